"""Read what a built page puts in its <head>: meta, link and JSON-LD, as a browser's parser would."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit


@dataclass
class Head:
    lang: str = ""
    meta: dict[str, list[str]] = field(default_factory=dict)  # property or name -> contents
    links: list[dict[str, str]] = field(default_factory=list)
    json_ld: list[str] = field(default_factory=list)  # raw text of each ld+json script
    scripts: int = 0  # <script> elements in the whole document

    def one(self, key: str) -> str:
        values = self.meta.get(key, [])
        assert len(values) == 1, f"{key}: {values}"
        return values[0]


class _HeadParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.head = Head()
        self._in_head = False
        self._json_ld: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.head.lang = values.get("lang", "")
        elif tag == "head":
            self._in_head = True
        elif tag == "script":
            self.head.scripts += 1
            if self._in_head and values.get("type") == "application/ld+json":
                self._json_ld = []
        elif self._in_head and tag == "meta" and "content" in values:
            key = values.get("property") or values.get("name") or ""
            self.head.meta.setdefault(key, []).append(values["content"])
        elif self._in_head and tag == "link":
            self.head.links.append(values)

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self._in_head = False
        elif tag == "script" and self._json_ld is not None:
            self.head.json_ld.append("".join(self._json_ld))
            self._json_ld = None

    def handle_data(self, data: str) -> None:
        if self._json_ld is not None:
            self._json_ld.append(data)


def read_head(path: Path) -> Head:
    parser = _HeadParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.head


def pages(site: Path) -> list[str]:
    """Every built page (site-relative), without Material's assets and the 404 page."""
    return sorted(
        p.relative_to(site).as_posix()
        for p in site.rglob("index.html")
        if not p.relative_to(site).as_posix().startswith(("assets/", "pagefind/"))
    )


def site_path(page: str, href: str) -> str:
    """The site-relative file a relative ``href`` on ``page`` points to."""
    assert not urlsplit(href).scheme and not href.startswith("/"), href
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page), href))
    return posixpath.join(target, "index.html") if href.endswith("/") else target
