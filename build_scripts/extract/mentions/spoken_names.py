"""A registered person named by a family name alone, or misspelt, as the subject of a
speech verb (وقال الحوثي:، وأضاف ستولتتبرغ:) after the article has named them in full:
read after the automaton's mentions, from the body and what is already linked."""

from __future__ import annotations

import re

from ...arabic_text import normalize, word_key
from ...model import Mention, Registry
from ..names.given_name_lists import ALL_GIVEN
from ..names.name_words import SPEECH
from .spelling_variants import family_words, one_edit_key

SPOKEN_FAMILY_NAME = re.compile(r"(?<!\w)([وف]?[\u0621-\u064a]{2,6})[ \t]+(ال[\u0621-\u064a]{3,})(?!\w)")


def speaking_family_names(body: str, registry: Registry, result: dict[str, list[Mention]]) -> list[Mention]:
    """A registered person's family name alone right after a speech verb (وقال الحوثي:
    "…"، أدان اليحيا بشدة), when the article has named exactly one registered
    person of that family name before it: that person. (الحوثي alone is too often the
    movement to be listed as his short form.)"""
    found = []
    for match in SPOKEN_FAMILY_NAME.finditer(body):
        if not _speech_verb(match.group(1)):
            continue
        owners = family_words(registry).get(normalize(match.group(2))[2:])
        if not owners:
            continue  # (most words after a speech verb are no registered family name)
        start, end = match.span(2)
        owner = None if _linked(result, start, end) else _named_before(result, start, owners)
        if owner is not None:
            found.append(Mention(entity_id=owner, kind="surname", text=body[start:end], start=start, end=end))
    return found


# A speech verb and one word without the article, then a colon or a comma (وأضاف ستولتتبرغ:).
SPOKEN_WORD = re.compile(r"(?<!\w)([وف]?[\u0621-\u064a]{2,6})[ \t]+([\u0621-\u064a]{5,})(?=[ \t]*[:،,])")


def misspelt_speakers(body: str, registry: Registry, result: dict[str, list[Mention]]) -> list[Mention]:
    """A speech verb's one-word subject a letter away from the family name of exactly
    one person the article named before (وأضاف ستولتتبرغ: after ينس ستولتنبرغ): that
    person, misspelt, as ``near_spellings`` reads a misspelt full name. Five letters or
    more, and no given name (a different person's name is not a misspelling)."""
    found = []
    for match in SPOKEN_WORD.finditer(body):
        word = normalize(match.group(2))
        if not _speech_verb(match.group(1)) or word in ALL_GIVEN:
            continue
        start, end = match.span(2)
        if _linked(result, start, end):
            continue  # (before the search among every family word, which costs)
        owners = family_words(registry).get(one_edit_key(word, registry), frozenset())
        owner = _named_before(result, start, owners)
        if owner is not None:
            found.append(Mention(entity_id=owner, kind="alias", text=body[start:end], start=start, end=end))
    return found


def _speech_verb(written: str) -> bool:
    """A speech verb, with its و or ف (قال، وأضاف)."""
    verb = word_key(written)
    return verb in SPEECH or (verb[:1] in "وف" and verb[1:] in SPEECH)


def _linked(result: dict[str, list[Mention]], start: int, end: int) -> bool:
    """Something is already linked at ``start:end``."""
    return any(m.start < end and start < m.end for mentions in result.values() for m in mentions)


def _named_before(result: dict[str, list[Mention]], start: int, owners: frozenset[str]) -> str | None:
    """The one of ``owners`` the article named before ``start``; None when none or several are."""
    named = {m.entity_id for m in result["actor"] if m.end <= start and m.entity_id in owners}
    return named.pop() if len(named) == 1 else None
