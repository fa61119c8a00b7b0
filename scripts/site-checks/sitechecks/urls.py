"""How the checks classify a URL written in a page: a javascript: URL, an address outside the
site, or a path inside it (resolved against the page, with its fragment)."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from urllib.parse import unquote

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_C0_AND_SPACE = "".join(chr(c) for c in range(0x21))


def normalised(value: str) -> str:
    """The URL as a browser reads it before parsing: C0 controls and spaces trimmed at both
    ends, tabs and line breaks removed everywhere (WHATWG URL)."""
    trimmed = value.strip(_C0_AND_SPACE)
    return trimmed.replace("\t", "").replace("\n", "").replace("\r", "")


def is_script_url(value: str) -> bool:
    """True when following or loading the URL would run script (javascript:, vbscript:, or a
    data: URL holding an HTML or SVG document)."""
    url = normalised(value).lower()
    return url.startswith(("javascript:", "vbscript:", "data:text/html", "data:image/svg+xml",
                           "data:application/xhtml"))


@dataclass(frozen=True)
class ParsedURL:
    """A URL split into what the link checker decides on."""

    kind: str  # "scheme", "network" (//host), "absolute-path", "relative", "empty"
    scheme: str | None
    path: str  # percent-decoded path part (relative kinds only)
    fragment: str | None  # percent-decoded, without '#'; None when there is no '#'


def parse(value: str) -> ParsedURL:
    url = normalised(value)
    if url == "":
        return ParsedURL("empty", None, "", None)
    match = _SCHEME.match(url)
    if match:
        return ParsedURL("scheme", match.group(1).lower(), "", None)
    if url.startswith("//") or url.startswith("\\\\"):
        return ParsedURL("network", None, "", None)
    before, hash_sign, fragment = url.partition("#")
    path = before.split("?", 1)[0]
    decoded_fragment = unquote(fragment) if hash_sign else None
    if url.startswith("/") or url.startswith("\\"):
        return ParsedURL("absolute-path", None, unquote(path), decoded_fragment)
    return ParsedURL("relative", None, unquote(path), decoded_fragment)


def resolve(base_file: str, relative_path: str) -> str | None:
    """The site-relative path `relative_path` points to from the file `base_file`, or None
    when it climbs above the site root. An empty path is the base file itself."""
    if relative_path == "":
        return base_file
    joined = posixpath.join(posixpath.dirname(base_file), relative_path)
    normal = posixpath.normpath(joined)
    if normal == ".." or normal.startswith("../") or normal.startswith("/"):
        return None
    if relative_path.endswith("/") and normal != ".":
        normal += "/"
    return "" if normal == "." else normal


def srcset_urls(value: str) -> list[str]:
    """The URLs of a srcset attribute (each candidate is 'URL [descriptor]')."""
    urls = []
    for candidate in value.split(","):
        parts = candidate.strip().split()
        if parts:
            urls.append(parts[0])
    return urls


_CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)""", re.IGNORECASE)
_CSS_IMPORT = re.compile(r"""@import\s+(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


def css_urls(css: str) -> list[tuple[str, int]]:
    """(URL, 1-based line) of every url(...) and @import "..." in a style sheet's text."""
    found: list[tuple[str, int]] = []
    text = _CSS_COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), css)
    for pattern in (_CSS_URL, _CSS_IMPORT):
        for match in pattern.finditer(text):
            value = next(g for g in match.groups() if g is not None)
            found.append((value, text.count("\n", 0, match.start()) + 1))
    found.sort(key=lambda item: (item[1], item[0]))
    return found
