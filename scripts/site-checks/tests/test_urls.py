import unittest

from .support import SCRIPTS  # noqa: F401  (puts the checks on sys.path)
from sitechecks import urls


class URLTests(unittest.TestCase):
    def test_script_urls_are_found_however_written(self):
        for value in ("javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
                      "\x01javascript:x", "java\nscript:x", "vbscript:x", "data:text/html,<b>",
                      "DATA:image/svg+xml,<svg onload=x>"):
            self.assertTrue(urls.is_script_url(value), value)
        for value in ("javascript-notes.html", "page.html#javascript:", "java%09script:x",
                      "data:image/png;base64,AAAA", "https://example.org/"):
            self.assertFalse(urls.is_script_url(value), value)

    def test_parse_kinds(self):
        self.assertEqual(urls.parse("https://x.org/a").kind, "scheme")
        self.assertEqual(urls.parse("//x.org/a").kind, "network")
        self.assertEqual(urls.parse("/a.html").kind, "absolute-path")
        self.assertEqual(urls.parse("   ").kind, "empty")
        parsed = urls.parse("a/%E5%8D%95%E4%BD%8D.html?x=1#%E7%AB%A0")
        self.assertEqual((parsed.kind, parsed.path, parsed.fragment), ("relative", "a/单位.html", "章"))
        self.assertIsNone(urls.parse("a.html").fragment)
        self.assertEqual(urls.parse("#").fragment, "")

    def test_resolve_stays_inside_the_site(self):
        self.assertEqual(urls.resolve("a/b.html", "../c.html"), "c.html")
        self.assertEqual(urls.resolve("a/b.html", "d/"), "a/d/")
        self.assertEqual(urls.resolve("index.html", ""), "index.html")
        self.assertEqual(urls.resolve("index.html", "./"), "")
        self.assertIsNone(urls.resolve("a/b.html", "../../c.html"))
        self.assertIsNone(urls.resolve("index.html", "../index.html"))

    def test_srcset_and_css_urls(self):
        self.assertEqual(urls.srcset_urls("a.png 1x, b.png 2x,c.png"), ["a.png", "b.png", "c.png"])
        css = 'a { background: url( "x.png" ) }\n/* url(comment.png) */\n@import \'y.css\';\nb { src: url(z.woff2) }'
        self.assertEqual(urls.css_urls(css), [("x.png", 1), ("y.css", 3), ("z.woff2", 4)])


if __name__ == "__main__":
    unittest.main()
