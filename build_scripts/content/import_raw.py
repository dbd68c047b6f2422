"""Turn a raw scraped article (plain text) into a content file's text.

Raw articles arrive as they were copied from a news site: the headline as the
first line (sometimes missing), an optional deck, bare heading lines, quotes as
``> `` lines, single newlines between paragraphs, and scraping leftovers at the
end. The rules here are deliberately conservative: when unsure, a line stays a
paragraph, because a wrong heading hides text while a missed one only looks
plain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Share/print widgets and relative timestamps that scrapers leave at the end.
LEFTOVERS = frozenset(
    {
        "شاركها",
        "شارك",
        "شارك المقال",
        "مشاركة",
        "طباعة",
        "اطبع",
        "تويتر",
        "فيسبوك",
        "واتساب",
        "انسخ الرابط",
        "نسخ الرابط",
        "اقرأ أيضا",
        "اقرأ أيضاً",
        "أمس",
        "اليوم",
        "share",
        "print",
        "tweet",
        "yesterday",
        "today",
        "copy link",
        "read more",
    }
)
SENTENCE_END = tuple(".!?؟…:؛;،,")
HEADLINE_MAX_CHARS = 140
HEADING_MAX_WORDS = 14
DECK_MAX_CHARS = 160


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportedText:
    title: str | None
    deck: str | None
    body: str  # Markdown: blocks separated by one blank line
    headings: tuple[str, ...]
    removed: tuple[str, ...]  # leftover lines dropped from the end


def _is_leftover(line: str) -> bool:
    key = line.strip().strip(".:!|·-–—•").strip().lower()
    return key in LEFTOVERS or re.fullmatch(r"\d+\s*(min|mins|دقائق|دقيقة)( read)?", key) is not None


def _is_short_unpunctuated(line: str, max_chars: int) -> bool:
    text = line.strip()
    if not text or text.startswith(">") or len(text) > max_chars:
        return False
    return not text.rstrip("\"'”»’ )").endswith(SENTENCE_END)


def is_heading(line: str) -> bool:
    """A bare heading: short, one line, no sentence punctuation at its end.

    A line that ends in ``:`` introduces a quote (``وأضاف زيلينسكي:``), so the
    colon rule keeps it a paragraph.
    """
    text = line.strip()
    return (
        _is_short_unpunctuated(text, HEADLINE_MAX_CHARS)
        and len(text.split()) <= HEADING_MAX_WORDS
        and not text.startswith("#")
    )


def _strip_leftovers(lines: list[str]) -> tuple[list[str], list[str]]:
    removed: list[str] = []
    while lines and (not lines[-1].strip() or _is_leftover(lines[-1])):
        line = lines.pop()
        if line.strip():
            removed.append(line.strip())
    return lines, list(reversed(removed))


def _title_and_deck(lines: list[str]) -> tuple[str | None, str | None, list[str]]:
    """Take a headline (and a deck right under it) off the top, if present."""
    if not lines or not _is_short_unpunctuated(lines[0], HEADLINE_MAX_CHARS):
        return None, None, lines
    title, rest = lines[0].strip(), lines[1:]
    if rest and _is_short_unpunctuated(rest[0], DECK_MAX_CHARS) and not is_heading_block(rest):
        return title, rest[0].strip(), rest[1:]
    return title, None, rest


def is_heading_block(rest: list[str]) -> bool:
    """A deck is followed by body text; two short lines in a row are title + heading."""
    return len(rest) < 2 or _is_short_unpunctuated(rest[1], HEADLINE_MAX_CHARS)


def convert(raw: str) -> ImportedText:
    """Convert raw article text into title, deck and a Markdown body."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = [line.rstrip() for line in text.split("\n")]
    lines, removed = _strip_leftovers(lines)
    content = [line for line in lines if line.strip()]
    title, deck, content = _title_and_deck(content)
    blocks: list[str] = []
    headings: list[str] = []
    for line in content:
        stripped = line.strip()
        if is_heading(stripped):
            headings.append(stripped)
            blocks.append(f"## {stripped}")
        elif stripped.startswith(">"):
            blocks.append("> " + stripped.lstrip(">").strip())
        else:
            blocks.append(stripped)
    return ImportedText(
        title=title,
        deck=deck,
        body="\n\n".join(blocks) + "\n",
        headings=tuple(headings),
        removed=tuple(removed),
    )
