"""The words of a body as the name reader sees them: a Token keeps each word's key
and the few facts of its spelling (article, tanween, ة, what stands before it)
that the rules ask again and again, so each is read from the text only once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...arabic_text import word_key
from .given_name_lists import BARE_ALEF_NAMES
from .name_words import FA_INNA, PREPOSITION_HAMZA

LETTERS = r"\u0621-\u064a\u0640\u064b-\u065f\u0670\u0671-\u06d3"  # what a word opens with
WORD = re.compile(f"[{LETTERS}]+" + r"(?:-[\u0621-\u064a\u0671-\u06d3]+)*")
# Each word with the gap before it (the last gap with no word, at the window's end): one
# findall gives both as strings, and the offsets are summed from their lengths.
GAP_AND_WORD = re.compile(f"([^{LETTERS}]*)({WORD.pattern}|" + r"\Z)")
WORD_REST = re.compile(f"[{LETTERS}]*")
MAX_NAME_WORDS = 5
# The word just before an offset. Atomic: no shorter reading of a word is ever followed
# by a space, so re need not try them all from every offset of the window (3x faster).
PREVIOUS_WORD = re.compile(WORD.pattern.join(("((?>", r")) +\Z")))
NEXT_WORD = re.compile(r"[ \t]+(\w+)")  # the word right after an offset, past spaces or tabs


@dataclass(slots=True)  # not frozen: thousands are made per article, and frozen init is slower
class Token:
    start: int
    end: int
    key: str
    joined: bool  # only spaces between the previous word and this one (no comma, colon, quote)
    definite: bool  # written with the article (normalised keys lose أ/ا: أليكسي is not ال…)
    ali: bool  # written علي, the name, not the preposition على (one key for both)
    feminine: bool  # ends in ة (رسالة): a common noun after a foreign given name
    # written with tanween (ناطقاً، مؤخرًا: an adverb or object) or as a passive verb (أُقيم): never a name
    tanween: bool = False
    hamza_clitic: bool = False  # بأخذ، لإطلاق: ب، ل or ك on a word with an initial hamza, no name


def word_end(body: str, offset: int) -> int:
    """``offset``, or the end of the word it falls inside: where a window of text may
    stop without cutting a word in two."""
    rest = WORD_REST.match(body, offset)  # always matches, maybe empty (past the end too)
    return rest.end() if rest is not None else len(body)


def tokens(body: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of ``body[start:end]`` (those ``WORD.finditer`` finds). Positional
    arguments and no match object per word: this runs for every word near a cue, and
    keyword construction costs three times as much."""
    found: list[Token] = []
    first = start
    for gap, raw in GAP_AND_WORD.findall(body, start, len(body) if end is None else end):
        if not raw:
            break  # the gap after the last word
        first += len(gap)
        last = first + len(raw)
        key, definite, ali, feminine, tanween, hamza_clitic = spelling(raw)
        joined = (
            gap == " "  # nearly every word: decided without reading the gap
            or (not gap.strip(" 0123456789") and "\n" not in gap)
            or (gap in (". ", ".") and bool(found) and found[-1].key == "د")  # د. خليل، د.خليل
        )
        found.append(Token(first, last, key, joined, definite, ali, feminine, tanween, hamza_clitic))
        first = last
    return found


@lru_cache(maxsize=1 << 16)
def spelling(raw: str) -> tuple[str, bool, bool, bool, bool, bool]:
    """(key, definite, ali, feminine, tanween, hamza_clitic) of a word as written: the
    Token facts its letters alone decide, remembered like ``word_key`` because the
    scans read the same words of news vocabulary over and over."""
    return (
        "فإن" if raw in FA_INNA else word_key(raw),
        (raw[:2] == "ال" and raw not in BARE_ALEF_NAMES)
        or (raw[1:3] == "ال" and raw[0] == "و"),  # فالتونين is a name
        raw == "علي",
        raw[-1] == "ة",
        "\u064b" in raw
        or "\u064c" in raw
        or "\u064d" in raw
        or (raw[1:2] == "\u064f" and raw[:1] in "أيت"),  # أُقيم، يُعتقد: a passive verb
        raw[:2] in PREPOSITION_HAMZA,
    )
