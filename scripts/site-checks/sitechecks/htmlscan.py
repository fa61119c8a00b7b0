"""A page read with Python's html.parser: its start tags with their attributes and positions,
the ids it defines, the classes of its <body> and its text. Nothing is fetched or run."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

# Elements whose content html.parser and browsers treat as raw text, not markup.
_RAW_TEXT = {"script", "style"}


@dataclass(frozen=True)
class Element:
    """One start tag as written: lower-case name, attributes in order, 1-based line and column."""

    tag: str
    attrs: tuple[tuple[str, str | None], ...]
    line: int
    column: int

    def get(self, name: str) -> str | None:
        for key, value in self.attrs:
            if key == name:
                return value
        return None


@dataclass
class ScannedPage:
    """What the checks need to know of one HTML (or SVG) file."""

    path: str  # relative to the site root, with forward slashes
    elements: list[Element] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    body_classes: list[str] = field(default_factory=list)
    body_text: str = ""
    style_texts: list[tuple[str, int]] = field(default_factory=list)  # (css, line)
    comments: list[str] = field(default_factory=list)

    @property
    def kind(self) -> str | None:
        """The page kind from `class="kind-<kind>"` on <body>, or None when it has none."""
        for name in self.body_classes:
            if name.startswith("kind-") and len(name) > len("kind-"):
                return name[len("kind-"):]
        return None


class _Scanner(HTMLParser):
    def __init__(self, page: ScannedPage) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.in_body = False
        self.raw_stack: list[str] = []
        self.text_parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        self._element(tag, attrs)
        if tag in _RAW_TEXT:
            self.raw_stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self._element(tag, attrs)

    def handle_endtag(self, tag):
        if self.raw_stack and self.raw_stack[-1] == tag:
            self.raw_stack.pop()
        if tag == "body":
            self.in_body = False

    def handle_data(self, data):
        if self.raw_stack:
            if self.raw_stack[-1] == "style":
                self.page.style_texts.append((data, self.getpos()[0]))
            return
        if self.in_body:
            self.text_parts.append(data)

    def handle_comment(self, data):
        self.page.comments.append(data)

    def _element(self, tag, attrs):
        line, offset = self.getpos()
        element = Element(tag, tuple((k.lower(), v) for k, v in attrs), line, offset + 1)
        self.page.elements.append(element)
        for key, value in element.attrs:
            if key == "id" and value is not None:
                self.page.ids.add(value)
        if tag == "a" and element.get("name"):
            self.page.ids.add(element.get("name") or "")
        if tag == "body":
            self.in_body = True
            self.page.body_classes = (element.get("class") or "").split()


def scan_text(path: str, text: str) -> ScannedPage:
    """Scans the markup `text` of the file at `path` (relative to the site root)."""
    page = ScannedPage(path=path)
    scanner = _Scanner(page)
    scanner.feed(text)
    scanner.close()
    page.body_text = "".join(scanner.text_parts)
    return page


def scan_file(site: Path, relative: str) -> ScannedPage:
    """Reads and scans one file of the site (UTF-8, as GreenPub writes every page)."""
    text = (site / relative).read_text(encoding="utf-8", errors="replace")
    return scan_text(relative, text)
