"""Link checker: every href, src, srcset and CSS url() of every page must resolve to a file of
the site, every #fragment to an element of the target page, and nothing may load from outside
the site. External <a href> links are allowed and listed, never fetched."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import urls
from .htmlscan import Element, ScannedPage, scan_file

# Attributes that hold one URL (or a srcset) per element. Links a reader follows are
# "navigation"; everything else is a resource the browser loads with the page.
_NAVIGATION = {
    "a": ("href", "xlink:href"),
    "area": ("href",),
    "blockquote": ("cite",),
    "q": ("cite",),
    "ins": ("cite",),
    "del": ("cite",),
}
_RESOURCE = {
    "link": ("href",),
    "script": ("src",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "iframe": ("src",),
    "frame": ("src",),
    "embed": ("src",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "input": ("src", "formaction"),
    "button": ("formaction",),
    "form": ("action",),
    "object": ("data",),
    "use": ("href", "xlink:href"),
    "image": ("href", "xlink:href"),
    "feimage": ("href", "xlink:href"),
}
_ALLOWED_NAVIGATION_SCHEMES = {"http", "https", "mailto", "tel"}
_MARKUP_SUFFIXES = (".html", ".htm", ".svg")


@dataclass(frozen=True)
class ExternalLink:
    page: str
    line: int
    url: str


@dataclass
class LinkReport:
    """Problems per file (site-relative path) and the external links found."""

    problems: dict[str, list[str]] = field(default_factory=dict)
    external: list[ExternalLink] = field(default_factory=list)
    checked_urls: int = 0


class LinkChecker:
    """Checks the pages of one site. `display` is how the site folder is named in messages."""

    def __init__(self, site: Path, pages: dict[str, ScannedPage], display: str) -> None:
        self.site = site
        self.pages = dict(pages)
        self.display = display.rstrip("/")
        self.report = LinkReport()
        self._found: dict[str, list[tuple[int, int, str]]] = {}

    def check_all(self) -> LinkReport:
        for path in sorted(self.pages):
            self.report.problems.setdefault(path, [])
            self.check_page(self.pages[path])
        for css in sorted(p.relative_to(self.site).as_posix() for p in self.site.rglob("*.css")):
            self.report.problems.setdefault(css, [])
            text = (self.site / css).read_text(encoding="utf-8", errors="replace")
            for value, line in urls.css_urls(text):
                self._check_url(css, line, 1, "url()", value, navigation=False)
        for path, found in self._found.items():
            self.report.problems[path] = [message for _, _, message in sorted(found)]
        self.report.external.sort(key=lambda link: (link.page, link.line, link.url))
        return self.report

    def check_page(self, page: ScannedPage) -> None:
        for element in page.elements:
            if element.tag == "base":
                self._problem(page.path, element.line, element.column,
                              "<base> changes how every relative link resolves; GreenPub pages must not use it")
            names = _NAVIGATION.get(element.tag) or _RESOURCE.get(element.tag) or ()
            navigation = element.tag in _NAVIGATION
            for name in names:
                value = element.get(name)
                if value is None:
                    continue
                label = f"<{element.tag} {name}>"
                values = urls.srcset_urls(value) if name == "srcset" else [value]
                for one in values:
                    self._check_url(page.path, element.line, element.column, label, one, navigation)
            style = element.get("style")
            if style:
                for value, _ in urls.css_urls(style):
                    self._check_url(page.path, element.line, element.column,
                                    f"<{element.tag} style> url()", value, navigation=False)
        for css, line in page.style_texts:
            for value, offset in urls.css_urls(css):
                self._check_url(page.path, line + offset - 1, 1, "<style> url()", value, navigation=False)

    def _check_url(self, path: str, line: int, column: int, label: str, value: str,
                   navigation: bool) -> None:
        self.report.checked_urls += 1
        if urls.is_script_url(value):
            self._problem(path, line, column, f"{label} is a script URL: {value!r}")
            return
        parsed = urls.parse(value)
        if parsed.kind == "empty":
            self._problem(path, line, column, f"{label} is empty")
            return
        if parsed.kind == "scheme":
            if navigation and parsed.scheme in _ALLOWED_NAVIGATION_SCHEMES:
                if parsed.scheme in ("http", "https"):
                    self.report.external.append(ExternalLink(path, line, value))
                return
            if not navigation and parsed.scheme == "data":
                return
            where = "links to" if navigation else "loads"
            self._problem(path, line, column,
                          f"{label} {where} {value!r} outside the site (scheme {parsed.scheme}:)")
            return
        if parsed.kind == "network":
            self._problem(path, line, column,
                          f"{label} {value!r} is a //host address: it leaves the site (and breaks when opened from disk)")
            return
        if parsed.kind == "absolute-path":
            self._problem(path, line, column,
                          f"{label} {value!r} starts with '/': it breaks when the site is in a sub-folder or opened from disk; use a relative link")
            return
        target = urls.resolve(path, parsed.path)
        if target is None:
            self._problem(path, line, column, f"{label} {value!r} climbs above the site root")
            return
        if target.endswith("/") or (target == "" and parsed.path != ""):
            folder = target
            index = f"{folder}index.html"
            if (self.site / index).is_file():
                self._problem(path, line, column,
                              f"{label} {value!r} links to a folder: opened from disk that shows a file listing; link {index!r}")
            else:
                self._problem(path, line, column, f"{label} {value!r}: no such page (folder without index.html)")
            return
        file = self.site / target
        if file.is_dir():
            self._problem(path, line, column, f"{label} {value!r} links to a folder, not a file")
            return
        if not file.is_file():
            self._problem(path, line, column, f"{label} {value!r}: {target} does not exist in the site")
            return
        if parsed.fragment is None or parsed.fragment == "" or parsed.fragment.lower() == "top":
            return
        if not target.endswith(_MARKUP_SUFFIXES):
            return
        ids = self._ids(target)
        if parsed.fragment not in ids:
            self._problem(path, line, column,
                          f"{label} {value!r}: {target} has no element with id {parsed.fragment!r}")

    def _ids(self, target: str) -> set[str]:
        if target not in self.pages:
            self.pages[target] = scan_file(self.site, target)
        return self.pages[target].ids

    def _problem(self, path: str, line: int, column: int, message: str) -> None:
        self._found.setdefault(path, []).append(
            (line, column, f"{self.display}/{path}:{line}:{column}: error: {message}"))


def check_links(site: Path, pages: dict[str, ScannedPage], display: str) -> LinkReport:
    """Checks every page in `pages` and every style sheet of the site."""
    return LinkChecker(site, pages, display).check_all()
