import shutil
import tempfile
import unittest
import urllib.error
import urllib.request
from pathlib import Path

from .support import BROKEN_SITE, joined
from sitechecks import browser
from sitechecks.server import SiteServer


class ServerTests(unittest.TestCase):
    def test_serves_only_under_the_sub_folder_and_logs_every_status(self):
        with SiteServer(BROKEN_SITE) as server:
            self.assertTrue(server.base_url.startswith("http://127.0.0.1:"))
            with urllib.request.urlopen(server.url("good.html")) as response:
                self.assertEqual(response.status, 200)
            origin = server.base_url.removesuffix("greenpub/")
            for url in (origin + "good.html", server.url("img/"), server.url("nothing.html")):
                with self.assertRaises(urllib.error.HTTPError) as caught:
                    urllib.request.urlopen(url)
                self.assertEqual(caught.exception.code, 404)
            self.assertEqual([r.status for r in server.log.take()], [200, 404, 404, 404])
            self.assertEqual(server.log.take(), [])


class BrowserTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.browser = browser.Browser()
        cls.shots = Path(tempfile.mkdtemp(prefix="site-checks-shots-"))

    @classmethod
    def tearDownClass(cls):
        cls.browser.close()
        shutil.rmtree(cls.shots)

    def served(self, *visits):
        with SiteServer(BROKEN_SITE) as server:
            return browser.check_served_pages(self.browser, server, [browser.PageVisit(k, p) for k, p in visits],
                                              self.shots)

    def test_a_good_page_passes_at_both_widths_with_screenshots(self):
        results = self.served(("page", "good.html"))
        self.assertEqual([r.name for r in results],
                         ["browser: kind page (good.html) at 390 px", "axe: kind page (good.html) at 390 px",
                          "browser: kind page (good.html) at 1280 px", "axe: kind page (good.html) at 1280 px"])
        self.assertEqual([r.problems for r in results], [[], [], [], []])
        self.assertTrue((self.shots / "page-390.png").read_bytes().startswith(b"\x89PNG"))
        self.assertTrue((self.shots / "page-1280.png").is_file())

    def test_a_broken_page_fails_every_browser_check(self):
        phone, phone_axe, desktop, desktop_axe = self.served(("wide", "wide.html"))
        text = joined(phone.problems)
        self.assertIn("console error:", text)
        self.assertIn("boom from the fixture", text)
        self.assertIn("server answered 404 to GET /greenpub/img/missing.png", text)
        self.assertIn("server answered 404 to GET /greenpub/assets/missing.css", text)
        self.assertIn("image did not load", text)
        self.assertIn("style sheet did not load (or has no rules): assets/missing.css", text)
        self.assertIn("scrolls sideways at 390 px", text)
        self.assertIn("div.frame", text)
        self.assertIn("chart 1 'too wide' (900 px wide", text)
        self.assertIn("does not fit its container div.frame (200 px", text)
        self.assertIn("reaches outside the 390 px viewport", text)
        self.assertIn("chart 2 'hidden chart' is not visible", text)
        self.assertNotIn("scrolls sideways", joined(desktop.problems))
        self.assertIn("does not fit its container", joined(desktop.problems))
        for axe in (phone_axe, desktop_axe):
            axe_text = joined(axe.problems)
            self.assertIn("axe critical: image-alt", axe_text)
            self.assertIn("axe critical: button-name", axe_text)
            self.assertIn("axe serious: color-contrast", axe_text)

    def test_a_page_without_viewport_meta_is_caught_on_the_phone(self):
        phone = self.served(("invalid", "invalid.html"))[0]
        self.assertIn("on a 390 px phone the page lays out 980 px wide", joined(phone.problems))

    def test_from_disk_a_missing_style_sheet_fails_and_a_present_one_passes(self):
        good, nostyle, deep = browser.check_pages_from_disk(self.browser, BROKEN_SITE,
                                                            ["good.html", "nostyle.html", "sub/deep.html"], self.shots)
        self.assertEqual((good.problems, deep.problems), ([], []))
        text = joined(nostyle.problems)
        self.assertIn("console error: file://", text)
        self.assertIn("absent.css - Failed to load resource", text)
        self.assertIn("its style sheets did not apply from disk", text)


if __name__ == "__main__":
    unittest.main()
