"""Hostile input never becomes markup. A copy of the project gets hostile values: a Markdown page
with raw script, javascript: links and a title that closes an attribute; an institution name
in the latest year's statistics and a title in each register (when those files exist). The
copy is built with greenpub, and every built page is read with html.parser: no <script>, no
on* attribute, no script URL may appear, and each hostile value must appear as text."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from . import urls
from .pages import discover
from .tally import CheckResult

PAGE_NAME = "site-checks-hostile"
PAGE_TITLE = '"><img src=x onerror=alert(1)>'
MENU_TITLE = "<svg onload=alert(1)>"
INSTITUTION_NAME = '<script>alert(1)</script>单位, "><img src=x onerror=alert(1)>'
REGISTER_TITLE = '"><img src=x onerror=alert(1)>改造, <script>alert(1)</script>'
CODE_TEXT = '"><b onmouseover=alert(1)>code</b>'

_PAGE = f"""---
title: '{PAGE_TITLE}'
summary: '<script>alert(1)</script> "quoted" & <b onclick=alert(1)>bold</b>'
menu: 99
menu_title: '{MENU_TITLE}'
---

<script>alert(1)</script>

Inline raw HTML: <img src=x onerror=alert(1)> and <a href="javascript:alert(1)">a raw link</a>.

<!-- --><script>alert(1)</script><!-- -->

- [x](javascript:alert(1))
- [upper](JaVaScRiPt:alert(1))
- [entity](jav&#x61;script:alert(1))
- [tab](java&#9;script:alert(1))
- [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
- ![image](javascript:alert(1))
- <javascript:alert(1)>
- [reference][evil]

[evil]: javascript:alert(1) "t\\" onmouseover=\\"alert(1)"

| 列 | 值 |
| --- | --- |
| <script>alert(1)</script> | `{CODE_TEXT}` |

Text that must stay text: 5 < 6 && 7 > 3 and `{CODE_TEXT}`.
"""

_FORBIDDEN_ELEMENTS = ("script", "iframe", "frame", "frameset", "object", "embed", "applet", "base")
_YEAR_FILE = re.compile(r"^(\d{4})\.(csv|xlsx)$")


@dataclass
class Injection:
    """One hostile value put into a copied data file."""

    what: str
    file: str  # project-relative
    value: str
    where: str  # row and column, for the log


@dataclass
class HostileOutcome:
    results: list[CheckResult] = field(default_factory=list)


def _read_table(path: Path) -> tuple[list[list[str]], str, str]:
    """Rows, encoding and line ending of a CSV as GreenPub reads it (UTF-8 with or without BOM,
    else GB18030)."""
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    else:
        try:
            data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = "gb18030"
    text = data.decode(encoding)
    newline = "\r\n" if "\r\n" in text else "\n"
    return list(csv.reader(io.StringIO(text, newline=""))), encoding, newline


def _write_table(path: Path, rows: list[list[str]], encoding: str, newline: str) -> None:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator=newline, quoting=csv.QUOTE_MINIMAL).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))


def _column(header: list[str], key: str, labels: tuple[str, ...]) -> int | None:
    for index, cell in enumerate(header):
        name = cell.strip().lstrip("\ufeff")
        if name.lower() == key or any(name.startswith(label) for label in labels):
            return index
    return None


def _inject(project: Path, relative: str, key: str, labels: tuple[str, ...], value: str,
            what: str) -> Injection | str:
    """Replaces the first non-empty cell of the column `key` (or a Chinese label) by `value`;
    returns the injection, or why it could not be made."""
    path = project / relative
    rows, encoding, newline = _read_table(path)
    if not rows:
        return f"{relative} is empty"
    column = _column(rows[0], key, labels)
    if column is None:
        return f"{relative} has no column {key} ({' / '.join(labels)}) in its header {rows[0]}"
    for number, row in enumerate(rows[1:], start=2):
        if column < len(row) and row[column].strip():
            row[column] = value
            _write_table(path, rows, encoding, newline)
            return Injection(what, relative, value, f"row {number}, column {rows[0][column].strip()!r}")
    return f"{relative} has no data row with a {key}"


def prepare(project: Path, copy: Path) -> tuple[list[Injection], list[tuple[str, str]], list[str]]:
    """Copies content/ and templates/ of `project` to `copy` and injects the hostile values.
    Returns (injections made, (what, why) of each absence to say loudly, problems)."""
    if copy.exists():
        shutil.rmtree(copy)
    copy.mkdir(parents=True)
    for folder in ("content", "templates"):
        shutil.copytree(project / folder, copy / folder, symlinks=False)
    (copy / "content" / f"{PAGE_NAME}.md").write_text(_PAGE, encoding="utf-8")
    injections: list[Injection] = []
    absent: list[tuple[str, str]] = []
    problems: list[str] = []

    statistics = copy / "content" / "data" / "statistics"
    years = sorted(
        (int(m.group(1)), m.group(2), p.name)
        for p in (statistics.iterdir() if statistics.is_dir() else [])
        if (m := _YEAR_FILE.match(p.name)) and p.is_file()
    )
    if not years:
        absent.append(("institution names", "content/data/statistics/<YEAR>.csv is ABSENT: hostile institution names were NOT tested"))
    else:
        latest = years[-1][0]
        csv_name = f"{latest}.csv"
        if not (statistics / csv_name).is_file():
            absent.append(("institution names", f"the latest statistics year {latest} has no CSV (only XLSX): hostile institution names were NOT tested"))
        else:
            made = _inject(copy, f"content/data/statistics/{csv_name}", "name", ("单位名称",),
                           INSTITUTION_NAME, "institution name")
            (injections.append if isinstance(made, Injection) else problems.append)(made)

    registers = copy / "content" / "data" / "registers"
    register_files = sorted(p.name for p in registers.glob("*.csv")) if registers.is_dir() else []
    if not register_files:
        absent.append(("register titles", "content/data/registers/*.csv is ABSENT: hostile register titles were NOT tested"))
    for name in register_files:
        made = _inject(copy, f"content/data/registers/{name}", "title", ("项目名称",),
                       REGISTER_TITLE, "register title")
        (injections.append if isinstance(made, Injection) else problems.append)(made)
    return injections, absent, problems


def markup_problems(site: Path, display: str) -> tuple[int, list[str]]:
    """(pages read, problems): every <script> or other active element, on* attribute and script
    URL in any page of the built site."""
    pages = discover(site)
    problems = []
    for page in pages.pages:
        for element in page.elements:
            where = f"{display}/{page.path}:{element.line}:{element.column}"
            if element.tag in _FORBIDDEN_ELEMENTS:
                problems.append(f"{where}: <{element.tag}> element")
            if element.tag == "meta" and (element.get("http-equiv") or "").lower() == "refresh":
                problems.append(f"{where}: <meta http-equiv=refresh>")
            if element.tag == "img" and (element.get("src") or "").strip() == "x":
                problems.append(f"{where}: injected <img src=x>")
            for name, value in element.attrs:
                if name.startswith("on"):
                    problems.append(f"{where}: event-handler attribute {name}={value!r} on <{element.tag}>")
                if value is not None and urls.is_script_url(value):
                    problems.append(f"{where}: script URL in {name}={value!r} on <{element.tag}>")
                if name == "style" and value and re.search(r"expression\s*\(|javascript:", value, re.I):
                    problems.append(f"{where}: script in style={value!r}")
    return len(pages.pages), problems


def pages_with_text(site: Path, text: str) -> list[str]:
    """Paths of the pages whose body text (what a reader sees, entities decoded) holds `text`."""
    return [page.path for page in discover(site).pages if text in page.body_text]


def run(project: Path, greenpub: Path, work: Path, display: str) -> list[CheckResult]:
    """Builds the hostile copy under `work` and returns the checks' results."""
    results: list[CheckResult] = []
    copy, site = work / "project", work / "site"
    build = CheckResult("hostile: build the project copy with hostile values")
    injections, absent, problems = prepare(project, copy)
    build.problems += problems
    for injection in injections:
        build.notes.append(f"{injection.what} {injection.value!r} put into {injection.file}, {injection.where}")
    if site.exists():
        shutil.rmtree(site)
    completed = subprocess.run([str(greenpub), "build", "--root", str(copy), "--out", str(site)],
                               capture_output=True, text=True, timeout=600)
    if completed.returncode != 0:
        build.problems.append(f"greenpub build failed ({completed.returncode}):\n"
                              f"{(completed.stdout + completed.stderr).strip()}")
    results.append(build)
    if build.problems:
        return results

    count, markup = markup_problems(site, f"{display}/site")
    safe = CheckResult(f"hostile: no <script>, on* attribute or script URL in {count} built pages",
                       problems=markup)
    hostile_page = [p for p in discover(site).pages if p.path == f"{PAGE_NAME}.html"]
    if hostile_page:
        safe.notes.append(f"raw HTML in the Markdown became {len(hostile_page[0].comments)} "
                          f"HTML comment(s) on {PAGE_NAME}.html")
    results.append(safe)

    expectations = [("page title", PAGE_TITLE, f"{PAGE_NAME}.html"),
                    ("menu title", MENU_TITLE, None),
                    ("text in Markdown code", CODE_TEXT, f"{PAGE_NAME}.html")]
    expectations += [(f"{i.what} from {i.file}", i.value, None) for i in injections]
    for what, value, page in expectations:
        result = CheckResult(f"hostile: {what} {value!r} shows as text")
        found = pages_with_text(site, value)
        if page is not None and page not in found:
            result.problems.append(f"{page} does not show {value!r} as text")
        elif not found:
            result.problems.append(f"no built page shows {value!r} as text (escaped away, mangled or not rendered)")
        else:
            result.notes.append(f"shown on {len(found)} page(s), first {found[0]}")
        results.append(result)

    for what, reason in absent:
        results.append(CheckResult(f"hostile: {what} show as text",
                                   skipped_reason=reason + "\n(the sample project must have these files for this check)"))
    return results
