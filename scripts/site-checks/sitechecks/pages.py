"""Finds the pages of a built site and their kinds, so that the checks follow whatever page
kinds the site has instead of a fixed list."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .htmlscan import ScannedPage, scan_file


@dataclass(frozen=True)
class SitePages:
    """Every page of a site in path order, and the first page of each kind."""

    site: Path
    pages: tuple[ScannedPage, ...]

    def by_path(self) -> dict[str, ScannedPage]:
        return {page.path: page for page in self.pages}

    def kinds(self) -> list[str]:
        return sorted({page.kind for page in self.pages if page.kind is not None})

    def representatives(self) -> list[tuple[str, ScannedPage]]:
        """(kind, first page of that kind by path), by kind name."""
        first: dict[str, ScannedPage] = {}
        for page in self.pages:
            if page.kind is not None and page.kind not in first:
                first[page.kind] = page
        return [(kind, first[kind]) for kind in sorted(first)]

    def without_kind(self) -> list[ScannedPage]:
        return [page for page in self.pages if page.kind is None]


def html_paths(site: Path) -> list[str]:
    """Relative paths of every .html file under `site`, sorted by their text."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.is_file())


def discover(site: Path) -> SitePages:
    """Scans every page of the site at `site`."""
    return SitePages(site=site, pages=tuple(scan_file(site, rel) for rel in html_paths(site)))
