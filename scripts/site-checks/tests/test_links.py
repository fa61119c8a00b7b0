import unittest

from .support import BROKEN_SITE, joined
from sitechecks.links import check_links
from sitechecks.pages import discover


class LinkCheckerTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.pages = discover(BROKEN_SITE)
        cls.report = check_links(BROKEN_SITE, cls.pages.by_path(), "fixture")

    def problems(self, path):
        return joined(self.report.problems[path])

    def test_good_page_has_no_problem(self):
        self.assertEqual(self.report.problems["good.html"], [])

    def test_every_broken_link_is_reported_with_its_position(self):
        text = self.problems("links.html")
        expected = [
            "fixture/links.html:6:1: error: <base>",
            "<link href> loads 'https://cdn.example.org/style.css' outside the site",
            "<script src> '//cdn.example.org/app.js' is a //host address",
            "<style> url() '/abs.png' starts with '/'",
            "<a href> 'missing.html': missing.html does not exist",
            "good.html has no element with id 'nowhere'",
            "<a href> '/good.html' starts with '/'",
            "'../outside.html' climbs above the site root",
            "<a href> is a script URL: 'javascript:alert(1)'",
            "<a href> is a script URL: ' java\\tscript:alert(1)'",
            "'sub/': no such page (folder without index.html)",
            "'section/' links to a folder: opened from disk that shows a file listing; link 'section/index.html'",
            "<a href> is empty",
            "'ftp://example.org/file' outside the site (scheme ftp:)",
            "<img srcset> 'img/missing-2x.svg'",
            "img/dot.svg has no element with id 'nope'",
            "<div style> url() 'img/gone.png'",
            "'%E6%B2%A1%E6%9C%89.html': 没有.html does not exist",
        ]
        for message in expected:
            self.assertIn(message, text)
        self.assertEqual(len(self.report.problems["links.html"]), len(expected))

    def test_external_anchor_is_listed_not_failed(self):
        listed = [(link.page, link.url) for link in self.report.external]
        self.assertIn(("links.html", "https://www.example.org/ok"), listed)
        self.assertIn(("good.html", "https://www.gov.cn/"), listed)
        self.assertNotIn("www.example.org/ok", self.problems("links.html"))

    def test_links_leaving_the_site_from_a_sub_folder(self):
        self.assertIn("'../../elsewhere.html' climbs above the site root", self.problems("sub/deep.html"))

    def test_css_urls_are_resolved_against_the_sheet(self):
        text = self.problems("assets/style.css")
        self.assertIn("fixture/assets/style.css:4:1: error: url() '../img/missing.png'", text)
        self.assertNotIn("dot.svg", text)


class PageDiscoveryTests(unittest.TestCase):
    def test_kinds_and_first_page_of_each_kind_by_path(self):
        pages = discover(BROKEN_SITE)
        self.assertEqual(pages.kinds(), ["invalid", "links", "nostyle", "page", "section", "wide"])
        self.assertEqual([(k, p.path) for k, p in pages.representatives()],
                         [("invalid", "invalid.html"), ("links", "links.html"), ("nostyle", "nostyle.html"),
                          ("page", "good.html"), ("section", "section/index.html"), ("wide", "wide.html")])
        self.assertEqual([p.path for p in pages.without_kind()], ["nokind.html"])


if __name__ == "__main__":
    unittest.main()
