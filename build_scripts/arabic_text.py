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
from functools import lru_cache

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

# Proclitics that attach to a word: conjunction (و ف), preposition (ب ل ك), article (ال).
PROCLITIC = re.compile(r"^(?:[وف]?(?:[بك]?ال|لل|[بلك])?)")


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


@lru_cache(maxsize=4096)
def normalize_char(char: str) -> str:
    """The key of one character: presentation forms unfolded by NFKC first, then the
    Persian folding (NFKC turns some ligatures into Persian letters)."""
    text = unicodedata.normalize("NFKC", char) if "\ufb50" <= char <= "\ufeff" or char > "\uffff" else char
    text = remove_invisible(remove_tatweel(strip_diacritics(text)))
    text = normalize_persian(normalize_teh_marbuta(normalize_yeh(normalize_alef(text))))
    return remove_quotes(text).casefold()


def normalize(text: str) -> str:
    """The matching key of ``text``: idempotent, leaves Latin letters (lower-cased) and digits."""
    return "".join(normalize_char(char) for char in text)


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """(key, origin) where ``origin[i]`` is the offset in ``text`` of key character ``i``;
    ``origin[len(key)]`` is ``len(text)`` so a key span maps back as ``origin[a]..origin[b]``."""
    key: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = normalize_char(char)
        key.append(folded)
        origin.extend([index] * len(folded))
    origin.append(len(text))
    return "".join(key), origin


def strip_proclitics(word: str) -> str:
    """``والأوكراني`` → ``اوكراني`` on a normalised word; keeps at least three letters."""
    match = PROCLITIC.match(word)
    if match and match.end() and len(word) - match.end() >= 3:
        return word[match.end() :]
    return word


def search_keys(word: str) -> list[str]:
    """Keys a search for ``word`` should try: its normalised form, then without clitics."""
    key = normalize(word)
    return list(dict.fromkeys([key, strip_proclitics(key)]))
