"""What an article page adds to its search index, and the name skeletons the
search page uses for spellings no list enumerates. Pure.

Pagefind indexes the text as published, and its Arabic stemmer leaves many
clitic forms alone: a page that writes only والدنمارك or لأوكرانيا is not found
by الدنمارك or أوكرانيا. Each article page therefore carries *index-only terms*
in an attribute that Pagefind reads (``data-pagefind-index-attrs``) and readers
never see:

- the bare readings of words written with a conjunction or preposition
  (``arabic_text.proclitic_forms``);
- the matching key of a word Pagefind would not fold itself (tatweel, Persian
  letters);
- the names of the entities the article mentions, in both languages (the chips
  that show them are left out of the index so that result excerpts show
  article text, not a list of names).

The terms follow a ``SENTINEL`` word; the search script cuts every excerpt
before it, so a match on a term still shows the original sentence around the
word as written (site_overrides/assets/daftar-search.js).

``skeleton`` is the key that every rule-made spelling of a foreign name shares
(spelling_variants.token_variants): the search script computes the same key for a
typed word and looks it up in a table of registry name tokens, so زلنسكي finds
زيلينسكي although no list has that spelling. The JS twin must agree with it
(tests/test_search_keys.py runs both in Chromium).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from ..arabic_text import normalize, proclitic_forms
from ..model import Article, Extraction, Names, Registry, per_registry
from .markdown_safety import escape_meta

SENTINEL = "⁂"  # a word of its own, never typed, never a term: where excerpts stop
# A word as Pagefind sees it: letters, digits, and the marks and tatweel inside it.
WORD = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+")
PAGEFIND_FOLDS = str.maketrans({"ة": "ه", "ى": "ي"})  # its stemmer treats these as one already
FIELDS = {"people": "actors", "countries": "countries", "organisations": "organisations"}

# --- Skeletons ----------------------------------------------------------------

MIN_SKELETON_WORD = 5  # shorter words are too often common words (بوتين/بيتون)
MIN_SKELETON = 4
MIN_LATIN_SKELETON = 5  # Latin frames of four collide with words (dragon/Dragone, macaroni/Macron)
# Arabic letters, and the Persian ones Arabic writes foreign names with (پ ڤ چ گ).
ARABIC_LETTERS = re.compile("[\u0621-\u064a\u067e\u0686\u06a4\u06af]+")
LATIN_LETTERS = re.compile("[a-z]+")
SKELETON_FOLDS = str.maketrans(
    {"غ": "ج", "چ": "ج", "گ": "ج", "پ": "ب", "ڤ": "ف", "ئ": "ي", "ؤ": "و", "ء": None}
)
SKELETON_SWAPS = (("تس", "ز"), ("تز", "ز"))
LATIN_SWAPS = (("ph", "f"), ("w", "v"), ("c", "k"))


def skeleton(word: str) -> str | None:
    """The consonant frame of a long name-like word, or None for short or mixed words.

    Arabic: غ→ج (and Persian letters to Arabic ones), تس/تز→ز, final ه→ي, long
    vowels ا و ي between the first and last letter dropped, doubled letters merged
    (زيلينسكي, زلنسكي, زيلنسكى → زلنسكي). Latin: accents and vowels after the first
    letter dropped (Zelenskyy, Zelenskiy → zlnsk).
    """
    key = normalize(word)
    if len(key) < MIN_SKELETON_WORD:
        return None
    if ARABIC_LETTERS.fullmatch(key):
        frame, shortest = _arabic_frame(key), MIN_SKELETON
    elif LATIN_LETTERS.fullmatch(latin := strip_marks(key)):
        frame, shortest = _latin_frame(latin), MIN_LATIN_SKELETON
    else:
        return None
    merged = "".join(c for i, c in enumerate(frame) if i == 0 or c != frame[i - 1])
    return merged if len(merged) >= shortest else None


def _arabic_frame(key: str) -> str:
    key = key.translate(SKELETON_FOLDS)
    for old, new in SKELETON_SWAPS:
        key = key.replace(old, new)
    if len(key) < 3:
        return ""
    key = key[:-1] + "ي" if key.endswith("ه") else key
    return key[0] + "".join(c for c in key[1:-1] if c not in "اوي") + key[-1]


def _latin_frame(key: str) -> str:
    for old, new in LATIN_SWAPS:
        key = key.replace(old, new)
    return key[0] + "".join(c for c in key[1:] if c not in "aeiouy")


# --- Index-only terms -----------------------------------------------------------


def strip_marks(text: str) -> str:
    """Text without combining marks after NFD, as Pagefind compares words
    (``str.normalize("NFD").replace(/\\p{M}/gu, "")``): é → e, أ → ا, harakat gone."""
    return "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.category(c).startswith("M")
    )


def pagefind_fold(word: str) -> str:
    """What Pagefind itself treats as one word: marks stripped, ة/ى as ه/ي (its
    stemmer), case."""
    return unicodedata.normalize("NFC", strip_marks(word)).translate(PAGEFIND_FOLDS).lower()


@lru_cache(maxsize=65536)
def word_terms(token: str) -> tuple[str, tuple[str, ...], bool]:
    """(key, its proclitic readings, whether Pagefind would miss the key): words
    repeat across articles, so this is computed once per spelling."""
    key = normalize(token)
    forms = () if key.startswith("ال") else tuple(proclitic_forms(key))
    return key, forms, key != pagefind_fold(token)


def text_terms(text: str, names: frozenset[str]) -> tuple[set[str], set[str]]:
    """(keys of the words Pagefind would miss, keys of every word of ``text``).

    The first are clitic readings and unfolded spellings. A word that is itself a
    registry spelling (بوتين, لافروف) is not split: its first letter is not a
    clitic. Words with only the article ال are left to Pagefind's stemmer, which
    handles them.
    """
    terms: set[str] = set()
    keys: set[str] = set()
    for token in set(WORD.findall(text)):
        key, forms, unfolded = word_terms(token)
        keys.add(key)
        if len(key) < 3:
            continue
        if unfolded:
            terms.add(key)
        if key not in names:
            terms.update(forms)
    return terms, keys


@lru_cache(maxsize=4096)
def name_terms(names: Names) -> frozenset[str]:
    """Words of an entity's names in both languages: the full names, and aliases
    that are one word (a multi-word alias adds common words: فلاديمير زيلينسكي)."""
    spellings = [names.ar, names.en]
    spellings += [a for a in (*names.aliases_ar, *names.aliases_en) if len(WORD.findall(a)) == 1]
    return frozenset(normalize(word) for spelling in spellings for word in WORD.findall(spelling))


@per_registry
def registry_words(registry: Registry) -> frozenset[str]:
    """Normalised words of every Arabic spelling in the registry (once per registry)."""
    groups = (registry.actors, registry.countries, registry.organisations, registry.outlets)
    words: set[str] = set()
    for group in groups:
        for entity in group.values():
            names = entity.names
            for spelling in (names.ar, *names.aliases_ar, *names.short_ar):
                words.update(normalize(w) for w in WORD.findall(spelling))
    return frozenset(words)


def article_terms(article: Article, extraction: Extraction, registry: Registry) -> list[str]:
    """Every index-only term of an article (same for its Arabic and English page), sorted."""
    terms, visible = text_terms(
        "\n".join([article.title, article.deck or "", article.body]), registry_words(registry)
    )
    for names in _entity_names(article, extraction, registry):
        terms |= name_terms(names) - visible
    return sorted(t for t in terms if len(t) >= 2)


def _entity_names(article: Article, extraction: Extraction, registry: Registry) -> list[Names]:
    """Names of what the article mentions (its chips) and of its publisher."""
    found = [
        getattr(registry, group)[i].names for field, group in FIELDS.items() for i in extraction.ids(field)
    ]
    outlets = (*extraction.ids("outlets_cited"), article.outlet or "")
    return found + [registry.outlets[i].names for i in outlets if i in registry.outlets]


def terms_element(terms: Iterable[str]) -> str:
    """An empty, hidden block whose attribute Pagefind indexes after the page text."""
    value = escape_meta(" ".join([SENTINEL, *terms]))
    return f'<div hidden data-pagefind-index-attrs="data-terms" data-terms="{value}"></div>'
