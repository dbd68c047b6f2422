"""Arabic normalisation for *matching keys and search only*.

Never applied to text a reader sees: titles, bodies and quotes are shown exactly
as written. Modelled on camel_tools' ``utils/normalize.py``: one small pure
function per spelling rule, tables as data, nothing heavy at import time.

``normalize_with_offsets`` works character by character so that every
character of the key maps back to an offset in the original text; the entity
linker needs that to report ``start``/``end`` into the article body.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

# Harakat, shadda, sukun, Quranic marks and the superscript alef.
DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]")
TATWEEL = "\u0640"
# Zero-width characters, bidi controls, soft hyphen, BOM: invisible, they only break matching.
INVISIBLE = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
ALEF_FORMS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})
YEH_FORMS = str.maketrans({"ى": "ي"})
TEH_MARBUTA = str.maketrans({"ة": "ه"})
# Persian/Urdu letters typed on Persian keyboards (and what NFKC makes of some ligatures).
PERSIAN_FORMS = str.maketrans(
    {"ی": "ي", "ې": "ي", "ۍ": "ي", "ک": "ك", "ڪ": "ك", "ە": "ه", "ھ": "ه", "ۀ": "ه", "ہ": "ه"}
)
QUOTES = re.compile("[\"'“”‘’«»„‟‹›`]")
# A double quotation mark glued between an Arabic word and the next word (وأضاف"قمنا،
# ان”الاجتماع) stands for a missing space and becomes one; after a proclitic alone
# (و"حماس"، لـ"رويترز"، بـ«الفوز) it is dropped like every other, so the clitic meets its word.
# (the mark first, the letter before it looked behind from after it: re skips to a leading
# character class at C speed, a leading lookbehind is tried at every offset)
GLUED_QUOTE = re.compile('["“”«»„‟‹›](?<=[\u0621-\u064a\u0640\u064b-\u0652]["“”«»„‟‹›])(?=\\w)')
ONLY_PROCLITIC = re.compile(r"(?<![\w\u0640])[وف]?(?:[بك]?ال|لل|[بلك])?\u0640*\Z")

# Proclitics that attach to a word: conjunction (و ف), preposition (ب ل ك), article (ال).
PROCLITIC = re.compile(r"^(?:[وف]?(?:[بك]?ال|لل|[بلك])?)")


def space_glued_quotes(text: str) -> str:
    """``text`` with each glued quotation mark that stands for a space made one (one
    character for one: offsets do not move)."""
    if not GLUED_QUOTE.search(text):
        return text
    return GLUED_QUOTE.sub(lambda m: _glued(text, m.start()), text)


def _glued(text: str, at: int) -> str:
    word = strip_diacritics(text[max(0, at - 16) : at])
    return text[at] if ONLY_PROCLITIC.search(word) else " "


def strip_diacritics(text: str) -> str:
    return DIACRITICS.sub("", text)


def remove_tatweel(text: str) -> str:
    return text.replace(TATWEEL, "")


def remove_invisible(text: str) -> str:
    return INVISIBLE.sub("", text)


def normalize_alef(text: str) -> str:
    return text.translate(ALEF_FORMS)


def normalize_yeh(text: str) -> str:
    return text.translate(YEH_FORMS)


def normalize_teh_marbuta(text: str) -> str:
    return text.translate(TEH_MARBUTA)


def normalize_persian(text: str) -> str:
    return text.translate(PERSIAN_FORMS)


def remove_quotes(text: str) -> str:
    return QUOTES.sub("", text)


# Everything a key drops: diacritics and tatweel, invisible characters, quote marks.
REMOVED = re.compile(f"{DIACRITICS.pattern[:-1]}{TATWEEL}{INVISIBLE.pattern[1:-1]}{QUOTES.pattern[1:-1]}]")
# One-letter spelling folds, as (from, to) pairs for fast ``str.replace`` chains.
FOLDS = tuple(
    (chr(code), target)
    for table in (ALEF_FORMS, YEH_FORMS, TEH_MARBUTA, PERSIAN_FORMS)
    for code, target in sorted(table.items())
)
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
# A hyphen with a space beside it, dropped with the spaces on one side, so the words it
# joins stand one space apart as in a listed name (يون سوك- يول، يون سيوك - يول). Read on
# the key, after what it drops (a vowel mark between the hyphen and the space is none).
SPACED_HYPHEN_RUN = re.compile(r"(?<=[ \t])-[ \t]+|-(?=[ \t])|(?<=[ \t])-")
REMOVED_OR_EXPANDING = re.compile(REMOVED.pattern[:-1] + "\ufb50-\ufdff\ufe70-\ufefe]+")


@lru_cache(maxsize=4096)
def normalize_char(char: str) -> str:
    """The key of one character: presentation forms unfolded by NFKC first, then the
    Persian folding (NFKC turns some ligatures into Persian letters)."""
    text = unicodedata.normalize("NFKC", char) if PRESENTATION_FORMS.match(char) else char
    text = remove_quotes(remove_invisible(remove_tatweel(strip_diacritics(text))))
    return normalize_persian(normalize_teh_marbuta(normalize_yeh(normalize_alef(text)))).lower()


def normalize(text: str) -> str:
    """The matching key of ``text``: idempotent, leaves Latin letters (lower-cased) and digits.

    The same key as ``normalize_with_offsets`` without its offset map, which most
    callers (short names and words) do not need."""
    text = space_glued_quotes(text)
    if not PRESENTATION_FORMS.search(text):
        key = _folded(REMOVED.sub("", text))
        if key is not None:
            while "-" in key:  # (a run of hyphens loses one a pass: the key stays a key)
                shorter = SPACED_HYPHEN_RUN.sub("", key)
                if shorter == key:
                    break
                key = shorter
            return key
    return _normalize_slowly(text)[0]


@lru_cache(maxsize=1 << 16)
def word_key(word: str) -> str:
    """``normalize`` for one word, remembered: the rule-based readers key the same
    few thousand words of news vocabulary over and over."""
    return normalize(word)


class OffsetMap(Sequence[int]):
    """``origin[i]`` for a key made by deleting runs of characters: stores only the
    runs (few per article), not one integer per character."""

    __slots__ = ("_key_starts", "_length", "_shifts")

    def __init__(self, key_starts: list[int], shifts: list[int], length: int) -> None:
        self._key_starts, self._shifts, self._length = key_starts, shifts, length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index):
        # Hot path (two calls per mention, ~50,000 per 300 articles): integer indices in
        # range, no type check; a slice, which no reader takes, fails in bisect (a slice
        # does not compare with an int) and is served there.
        try:
            return index + self._shifts[bisect_right(self._key_starts, index) - 1]
        except TypeError:
            return [self[i] for i in range(*index.indices(self._length))]

    def __iter__(self) -> Iterator[int]:
        return (self[i] for i in range(self._length))


def normalize_with_offsets(text: str) -> tuple[str, Sequence[int]]:
    """(key, origin) where ``origin[i]`` is the offset in ``text`` of key character ``i``;
    ``origin[len(key)]`` is ``len(text)`` so a key span maps back as ``origin[a]..origin[b]``.

    Nearly all text folds each character to at most one: that case runs as a few
    C-level passes (one regex for the runs that are dropped, whose gaps make the key,
    ``str.replace`` per fold); text with presentation forms, or letters whose lower
    case is longer, goes character by character.
    """
    text = space_glued_quotes(text)
    key_starts, shifts, removed = [0], [0], 0
    kept, kept_from = [], 0
    for match in REMOVED_OR_EXPANDING.finditer(text):
        if PRESENTATION_FORMS.search(match.group()):
            return _normalize_slowly(text)
        kept.append(text[kept_from : match.start()])
        kept_from = match.end()
        removed += match.end() - match.start()
        key_starts.append(match.end() - removed)
        shifts.append(removed)
    key = _folded("".join((*kept, text[kept_from:])) if removed else text)
    if key is None:
        return _normalize_slowly(text)
    return _without_spaced_hyphens(key, OffsetMap(key_starts, shifts, len(key) + 1))


def _without_spaced_hyphens(key: str, origin: Sequence[int]) -> tuple[str, Sequence[int]]:
    """``key`` and its ``origin`` without the hyphens that have a space beside them, pass
    after pass (a run of hyphens loses one a pass): rare, so the offsets become a list."""
    if "-" not in key or SPACED_HYPHEN_RUN.search(key) is None:
        return key, origin
    chars, positions = key, list(range(len(key)))
    while dropped := {i for match in SPACED_HYPHEN_RUN.finditer(chars) for i in range(*match.span())}:
        keep = [i for i in range(len(chars)) if i not in dropped]
        chars, positions = "".join(chars[i] for i in keep), [positions[i] for i in keep]
    return chars, [*(origin[i] for i in positions), origin[len(key)]]


def _folded(kept: str) -> str | None:
    """``kept`` (nothing left to drop) with the one-letter folds and lower case; None when
    lower case lengthens a letter (İ), which only the character-by-character path maps."""
    for old, new in FOLDS:
        if old in kept:
            kept = kept.replace(old, new)
    lowered = kept.lower()
    return lowered if len(lowered) == len(kept) else None


def _normalize_slowly(text: str) -> tuple[str, Sequence[int]]:
    text = space_glued_quotes(text)
    key: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = normalize_char(char)
        key.append(folded)
        origin.extend([index] * len(folded))
    origin.append(len(text))
    return _without_spaced_hyphens("".join(key), origin)


def strip_proclitics(word: str) -> str:
    """``والأوكراني`` → ``اوكراني`` on a normalised word; keeps at least three letters."""
    match = PROCLITIC.match(word)
    if match and match.end() and len(word) - match.end() >= 3:
        return word[match.end() :]
    return word


CONJUNCTIONS = "وف"
PREPOSITIONS = "بكل"


def proclitic_forms(key: str) -> list[str]:
    """Every shorter reading of a normalised word, one proclitic layer at a time:
    ``والدنمارك`` → ``الدنمارك``, ``دنمارك``; ``للناتو`` → ``الناتو``, ``ناتو``;
    ``لاوكرانيا`` → ``اوكرانيا``.

    All layers, not only the shortest: ``وكندا`` must yield ``كندا`` (the
    greedy reading strips ك too). Search uses the same forms on both sides: the
    page adds them to its index-only terms, the query tries them, so a word
    written with a clitic meets its bare spelling. Pagefind's Arabic stemmer
    misses و/ف before alef (والدنمارك، وأوروبا) and ل/ب before alef (لأوكرانيا).
    A letter is read as a clitic only if enough of the word is left (three letters,
    four after a one-letter preposition: لقاء is not ل + قاء) — a JS twin lives in
    site_overrides/assets/daftar-search.js.
    """
    forms: list[str] = []
    rest = key
    if rest[:1] in CONJUNCTIONS and len(rest) >= 4:
        rest = rest[1:]
        forms.append(rest)
    if rest.startswith("لل") and len(rest) >= 5:
        rest = "ال" + rest[2:]  # ل + ال writes its alef away
        forms.append(rest)
    elif rest[:1] in PREPOSITIONS and len(rest) >= 5:
        rest = rest[1:]
        forms.append(rest)
    if rest.startswith("ال") and len(rest) >= 5:
        forms.append(rest[2:])
    return forms


def search_keys(word: str) -> list[str]:
    """Keys a search for ``word`` should try: its normalised form, then without clitics."""
    key = normalize(word)
    return list(dict.fromkeys([key, strip_proclitics(key)]))


NON_WORD = re.compile(r"[^\w ]")  # spaces stay as they are: fewer substitutions


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A body's matching key, its offset map, and the padded key word matchers scan."""

    key: str
    origin: Sequence[int]
    padded: str


def normalize_text(text: str) -> NormalizedText:
    key, origin = normalize_with_offsets(text)
    return NormalizedText(key=key, origin=origin, padded=padded(key))


def word_automaton(entries: Mapping[str, object]) -> ahocorasick.Automaton:
    """An automaton that matches whole words of a normalised key: each entry is
    stored as `` word `` and matched against ``padded(key)``, whose non-word
    characters are blanked, so a match inside a word is impossible by construction."""
    automaton = ahocorasick.Automaton()
    for word, value in sorted(entries.items()):
        automaton.add_word(f" {word} ", (len(word) + 2, value))
    automaton.make_automaton()
    return automaton


def padded(key: str) -> str:
    """``key`` with non-word characters blanked and one space on each side (same offsets, +1)."""
    return " " + NON_WORD.sub(" ", key) + " "


def find_words(automaton: ahocorasick.Automaton, text: str) -> list[tuple[int, int, object]]:
    """(start, end, value) in key offsets for every whole-word match in ``padded`` text."""
    return [(last - length + 1, last - 1, value) for last, (length, value) in automaton.iter(text)]
