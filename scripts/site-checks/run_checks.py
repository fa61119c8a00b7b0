#!/usr/bin/env python3
"""Proves a built GreenPub site: the checks' own self-tests, HTML validity of every page (W3C Nu
checker), every link of every page, one page of every kind in headless Chromium at 390 and
1280 px served from a sub-folder (console, requests, charts, sideways scrolling, screenshots),
axe-core on the same pages, pages opened from disk, and hostile input built into a copy of
the project. Prints one line per check and ends with 'site-checks: N passed, N failed'.
Exit status 1 when any check failed."""

from __future__ import annotations

import argparse
import os
import sys
import time
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitechecks import browser, hostile, links, validation  # noqa: E402
from sitechecks.pages import discover  # noqa: E402
from sitechecks.server import SiteServer  # noqa: E402
from sitechecks.tally import CheckResult, Tally  # noqa: E402


class _SelfTestResult(unittest.TestResult):
    """Records each self-test as one check."""

    def __init__(self, tally: Tally) -> None:
        super().__init__()
        self.tally = tally

    def addSuccess(self, test):
        self.tally.record(CheckResult(f"self-test: {test.id().removeprefix('tests.')}"))

    def addFailure(self, test, err):
        self.tally.record(CheckResult(f"self-test: {test.id().removeprefix('tests.')}",
                                      problems=[self._exc_info_to_string(err, test)]))

    addError = addFailure

    def addSkip(self, test, reason):
        self.tally.record(CheckResult(f"self-test: {test.id().removeprefix('tests.')}", skipped_reason=reason))


def run_self_tests(tally: Tally) -> None:
    here = Path(__file__).resolve().parent
    suite = unittest.defaultTestLoader.discover(str(here / "tests"), top_level_dir=str(here))
    suite.run(_SelfTestResult(tally))


def display_path(path: Path, project: Path) -> str:
    try:
        return os.path.relpath(path.resolve(), project.resolve())
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=Path("."), help="the project folder (content/, templates/)")
    parser.add_argument("--site", type=Path, required=True, help="the built site to check")
    parser.add_argument("--greenpub", type=Path, required=True, help="the greenpub binary (for the hostile build)")
    parser.add_argument("--work", type=Path, required=True, help="scratch folder: screenshots, hostile project")
    parser.add_argument("--skip-self-tests", action="store_true", help="do not run the checks' own tests first")
    args = parser.parse_args(argv)

    started = time.monotonic()
    tally = Tally()
    project, site, work = args.project.resolve(), args.site.resolve(), args.work.resolve()
    shown_site = display_path(site, project)
    screenshots = work / "screenshots"

    if not args.skip_self_tests:
        tally.section("the checks' own tests, on fixture sites")
        run_self_tests(tally)

    tally.section(f"pages of {shown_site}")
    pages = discover(site)
    found = CheckResult(f"pages: {len(pages.pages)} pages of {len(pages.kinds())} kinds ({', '.join(pages.kinds())})")
    if not pages.pages:
        found.problems.append(f"{shown_site} holds no .html page")
    for page in pages.without_kind():
        found.problems.append(f"{shown_site}/{page.path}: <body> has no class=\"kind-<kind>\"")
    for kind, page in pages.representatives():
        found.notes.append(f"kind {kind}: {page.path}")
    tally.record(found)

    tally.section("HTML validity (W3C Nu HTML checker), every page")
    files = [site / page.path for page in pages.pages]
    report = validation.validate(files, {f: f"{shown_site}/{f.relative_to(site).as_posix()}" for f in files})
    if report.run_problems:
        tally.record(CheckResult("html: the checker ran", problems=report.run_problems))
    for file in files:
        tally.record(CheckResult(f"html: {file.relative_to(site).as_posix()}", problems=report.errors[file],
                                 notes=report.warnings[file]))

    tally.section("links, sources and fragments, every page and style sheet")
    link_report = links.check_links(site, pages.by_path(), shown_site)
    for path, problems in sorted(link_report.problems.items()):
        tally.record(CheckResult(f"links: {path}", problems=problems))
    external = CheckResult(f"links: {link_report.checked_urls} URLs read; "
                           f"{len(link_report.external)} external <a> links listed, not fetched")
    for link in link_report.external:
        external.notes.append(f"external link {shown_site}/{link.page}:{link.line}: {link.url}")
    tally.record(external)

    tally.section("headless Chromium: one page of every kind at 390 and 1280 px, then from disk")
    visits = [browser.PageVisit(kind, page.path) for kind, page in pages.representatives()]
    try:
        session = browser.Browser()
    except Exception as error:
        tally.record(CheckResult("browser: start headless Chromium", problems=[str(error)]))
        session = None
    if session is not None:
        try:
            tally.record(CheckResult(f"browser: Chromium {session.version} started, axe-core checks pages"))
            with SiteServer(site) as server:
                for result in browser.check_served_pages(session, server, visits, screenshots):
                    tally.record(result)
            from_disk = []
            if (site / "index.html").is_file():
                from_disk.append("index.html")
            nested = sorted((p.path for p in pages.pages if "/" in p.path),
                            key=lambda path: (-path.count("/"), path))
            if nested:
                from_disk.append(nested[0])
            for result in browser.check_pages_from_disk(session, site, from_disk, screenshots):
                tally.record(result)
        finally:
            session.close()

    tally.section("hostile input never becomes markup")
    for result in hostile.run(project, args.greenpub.resolve(), work / "hostile", display_path(work / "hostile", project)):
        tally.record(result)

    tally.section(f"screenshots in {display_path(screenshots, project)}; took {time.monotonic() - started:.1f} s")
    print(tally.summary_line(), flush=True)
    return 1 if tally.failed else 0


if __name__ == "__main__":
    sys.exit(main())
