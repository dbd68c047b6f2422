"""Invisible and control characters in contributed text, and what we do about them.

Articles come by pull request from people we do not know, and a reviewer reads
the diff, not the bytes. The policy:

- Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069)
  are **errors**, in front matter and body alike: they make a name or a
  sentence display in an order other than the one stored ("Trojan Source"),
  so a reviewer could approve text that is not what readers see.
- Other control characters (C0 except tab and newline, DEL, C1) and the
  Unicode line/paragraph separators are **errors**: they are invalid in HTML,
  and YAML counts U+0085/U+2028/U+2029 as line breaks, so they also shift
  every line number we report.
- Zero-width characters (U+200B–U+200D, U+2060, U+FEFF inside text), bidi
  marks (U+200E, U+200F, U+061C) and the soft hyphen U+00AD are **warnings**:
  harmless to display, but they split a word, so search misses it.
  Entity matching already ignores them (``arabic_text.remove_invisible``).
- Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE), typically pasted
  from a PDF, are **warnings** suggesting NFKC. Persian/Urdu letters (ی ک ە)
  are not reported: matching folds them and they display correctly.

The reader never rewrites the text: what is stored is what is shown. We report
instead of stripping because ZWNJ/ZWJ and the marks have legitimate uses
(Persian words, emoji, punctuation next to Latin names) that stripping would
break, and because CI builds with ``--strict``, so a warning still has to be
fixed in the file before an article is merged.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
INVISIBLE = re.compile("[\u200b-\u200f\u061c\u00ad\u2060\ufeff]")
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
DISPLAY_LIMIT = 60
# A link we publish to readers: http(s) only, no spaces or characters that end an attribute.
WEB_ADDRESS = re.compile(r"^https?://[^\s<>\"']+$")


@dataclass(frozen=True, slots=True)
class Finding:
    """One suspicious character; ``count`` groups repeats of a warning on one line."""

    line: int  # 1-based within the text given
    column: int  # 1-based, in characters
    char: str
    error: bool
    count: int = 1

    @property
    def name(self) -> str:
        return character_name(self.char)

    @property
    def message(self) -> str:
        where = f"at column {self.column}" + (f" ({self.count} on this line)" if self.count > 1 else "")
        if BIDI_CONTROLS.match(self.char):
            return f"invisible bidi control {self.name} {where} can disguise the text"
        if self.error:
            return f"control character {self.name} {where}"
        if PRESENTATION_FORMS.match(self.char):
            return f"Arabic presentation form {self.name} {where} (copied from a PDF?)"
        return f"invisible character {self.name} {where} splits words for search"

    @property
    def fix(self) -> str:
        if PRESENTATION_FORMS.match(self.char):
            return "retype the word, or convert the text with Unicode NFKC normalisation"
        if self.char in "\u2028\u2029\x85":
            return f"replace the invisible {self.name} with an ordinary line break"
        return f"delete the invisible character {self.name}"


def is_web_address(url: str) -> bool:
    """Whether ``url`` may become a link on the site (``javascript:``, ``data:`` may not)."""
    return WEB_ADDRESS.match(url) is not None


def character_name(char: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE``: what a contributor can search for in an editor."""
    return f"U+{ord(char):04X} {unicodedata.name(char, 'CONTROL CHARACTER')}"


def scan(text: str) -> Iterator[Finding]:
    """Every error character, and each warning character once per line (with a count)."""
    for number, line in enumerate(text.split("\n"), start=1):
        for match in BIDI_CONTROLS.finditer(line):
            yield Finding(number, match.start() + 1, match.group(), True)
        for match in CONTROLS.finditer(line):
            yield Finding(number, match.start() + 1, match.group(), True)
        yield from _warnings(line, number)


def _warnings(line: str, number: int) -> Iterator[Finding]:
    first: dict[str, int] = {}
    counts: dict[str, int] = {}
    for pattern in (INVISIBLE, PRESENTATION_FORMS):
        for match in pattern.finditer(line):
            # presentation forms are reported as one class: a PDF paste has dozens
            key = "forms" if pattern is PRESENTATION_FORMS else match.group()
            first.setdefault(key, match.start())
            counts[key] = counts.get(key, 0) + 1
    for key, start in sorted(first.items(), key=lambda item: item[1]):
        yield Finding(number, start + 1, line[start], False, counts[key])


def visible(text: str, limit: int = DISPLAY_LIMIT) -> str:
    """Quote contributor text inside a message without letting it reorder or flood the log.

    Messages go to terminals, CI logs and PR comments; an override character or
    an ANSI escape in a key would otherwise act there too.
    """
    shown = "".join(
        f"<U+{ord(c):04X}>" if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in text
    )
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"
