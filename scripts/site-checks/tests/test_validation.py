import unittest

from .support import BROKEN_SITE, joined
from sitechecks.validation import validate


class ValidationTests(unittest.TestCase):
    def test_nu_checker_reports_errors_of_an_invalid_page_only(self):
        good, invalid = BROKEN_SITE / "good.html", BROKEN_SITE / "invalid.html"
        report = validate([good, invalid], {good: "fx/good.html", invalid: "fx/invalid.html"})
        self.assertEqual(report.run_problems, [])
        self.assertEqual(report.errors[good], [])
        text = joined(report.errors[invalid])
        self.assertIn("fx/invalid.html:", text)
        self.assertIn("Duplicate ID", text)
        self.assertIn("alt", text)
        self.assertGreaterEqual(len(report.errors[invalid]), 3)


if __name__ == "__main__":
    unittest.main()
