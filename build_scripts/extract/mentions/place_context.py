"""Whether a capital or a place name is the location or the government it stands for
(في موسكو against موسكو ترفض), a dateline, or part of a treaty's, an outlet's or a
phrase's name (مذكرة بودابست، إذاعة طهران، القوة القاهرة): the place rules of the linker."""

from __future__ import annotations

import re

from ...arabic_text import normalize
from ..names.name_shape import place_noun
from .entity_automaton import INDEFINITE, Pattern
from .neighbour_words import next_word, previous_word

# A capital right after one of these is a location, a place (في موسكو، إلى باريس، في
# العاصمة الرياض، قرب دمشق، قمة باريس), not the government it stands for in موسكو ترفض.
LOCATIVE_WORDS = frozenset(
    normalize(word)
    for word in (
        "في إلى قرب العاصمة عاصمة مدينة وسط ضواحي داخل قمة مؤتمر محادثات اجتماع مفاوضات حوار منتدى ملتقى"
    ).split()
)  # and the event held there: قمة باريس، مؤتمر ميونخ، حوار المنامة
CAPITAL_WORDS = frozenset(normalize(word) for word in ("العاصمة", "عاصمة"))
# A capital right after one of these names a treaty or format, not a government (مذكرة بودابست).
DOCUMENT_WORDS = frozenset("مذكره اتفاق اتفاقيه معاهده بروتوكول اعلان صيغه مسار عمليه".split())
# …or an outlet named after the city (قناة "القاهرة الإخبارية"، إذاعة طهران، صحيفة الرياض).
MEDIA_WORDS = frozenset(
    normalize(w) for w in "قناة صحيفة جريدة إذاعة راديو تلفزيون وكالة موقع شبكة مجلة".split()
)


def media_word(word: str) -> bool:
    """A medium noun, with any conjunction and preposition fused to it (بقناة، وإذاعة)."""
    return any(word.startswith(prefix) and word[len(prefix) :] in MEDIA_WORDS for prefix in INDEFINITE)


# A dateline: the city a report was written in opens its line and a dash, a comma or an
# opening bracket follows it (لاهاي – الإخبارية، القاهرة (أ ش أ)).
# بغداد / المدى: the city, then the outlet; المنامة في 12 أكتوبر: the city, then the day
DATELINE_AFTER = re.compile(r"[ \t]*(?:[-–—/]|،|,|\(|في[ \t]+[0-9٠-٩])")
# القاهرة after القوة is the adjective "compelling" (القوة القاهرة, force majeure).
FORCE_WORDS = frozenset(normalize(w) for w in ("القوة", "قوة"))


def dateline(body: str, begin: int, finish: int) -> bool:
    """The name at body[begin:finish] opens a line and a dateline's punctuation follows."""
    line_start = body.rfind("\n", 0, begin) + 1
    return not body[line_start:begin].strip() and DATELINE_AFTER.match(body, finish) is not None


def place_where(
    patterns: tuple[Pattern, ...], key: str, start: int, end: int, prefix: str, before: str
) -> Pattern | None:
    """A place whose name is also a common word (مسقط: مسقط رأسه, birthplace) after a word
    that says where (في مسقط، مفاوضات مسقط), unless رأس follows: the place."""
    places = [p for p in patterns if p.kind == "place"]
    if len(places) != 1 or next_word(key, end).startswith("راس"):
        return None
    earlier = previous_word(key, start - len(prefix) - len(before) - 1) if before else ""
    return places[0] if _locative(before, earlier, prefix) else None


def _locative(before: str, earlier: str, prefix: str) -> bool:
    """في كييف، إلى باريس، في العاصمة الرياض، العاصمة السعودية الرياض، بموسكو، بالرياض،
    مطار القاهرة (a place noun)."""
    return (
        before in LOCATIVE_WORDS
        or place_noun(before)
        or any(earlier[k:] in CAPITAL_WORDS for k in range(3))  # العاصمة السعودية الرياض: an
        # adjective between; بالعاصمة البلجيكية بروكسل: with its preposition
        or prefix.removesuffix("ال").endswith("ب")
    )


def located(patterns: tuple[Pattern, ...], before: str, earlier: str, prefix: str) -> Pattern:
    """The place after a word that says where (``_locative``); otherwise the country its
    capital stands for (كييف ترفض)."""
    locative = _locative(before, earlier, prefix)
    return next(p for p in patterns if (p.kind == "place") == locative)
