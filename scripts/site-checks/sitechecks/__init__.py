"""Checks of a built GreenPub site: HTML validity, links, a real browser, accessibility and
hostile input. Run them with run_checks.py; each module holds one kind of check."""
