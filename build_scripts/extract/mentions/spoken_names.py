"""A registered person named by a family name alone, or misspelt, as the subject of a
speech verb (وقال الحوثي:، وأضاف ستولتتبرغ:) after the article has named them in full:
read after the automaton's mentions, from the body and what is already linked."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...arabic_text import normalize, word_key
from ...model import Mention, Registry
from ..names.given_name_lists import ALL_GIVEN, ARABIC_GIVEN, FOREIGN_GIVEN
from ..names.name_words import SPEECH_FORMS, STOP, TITLES, word_keys
from .spelling_variants import family_words, one_edit, one_edit_key

# Arabic letters and tatweel: the only characters a speech verb is looked for in.
LETTERS = "\u0621-\u064a"


def _written(keys: Iterable[str]) -> str:
    """A pattern for every way the body may write a word whose ``word_key`` is one of
    ``keys`` in Arabic letters: each key letter as any letter keyed like it (ا: أ إ آ;
    ي: ى; ه: ة), tatweel after any. Keys sharing a first letter share one branch, so a
    word is tried against a few letters, not every key (a flat list of keys scanned
    slower than testing every pair of words)."""
    branches: dict[str, list[str]] = {}
    for key in sorted(keys):
        branches.setdefault(key[:1], []).append(key[1:])
    alternatives = []
    for first, rests in branches.items():
        spelled = "".join(c for c in map(chr, range(0x621, 0x64B)) if word_key(c) == first)
        if first == "":
            alternatives.append("")
        elif spelled:
            alternatives.append(f"[{spelled}]\u0640*{_written(rests)}")
    return "(?:" + "|".join(alternatives) + ")"


# A speech verb with its و or ف (قال، وأضاف), standing alone as a word of two to six
# letters (seven with و or ف) before a space or a tab. Both readers below look right
# after one, so the body is scanned for the verbs once, and for them alone (the old
# scans matched every pair of words, tested after). The pairs found are the same: a
# pair without a speech verb only ever consumed a word that cannot open one (a word
# with the article, or one a colon or a comma follows).
SPEECH_VERB = re.compile(rf"(?<!\w)(?=[وف]?[{LETTERS}]{{2,6}}[ \t])\u0640*{_written(SPEECH_FORMS)}(?=[ \t])")


def speech_verb_ends(body: str) -> list[int]:
    """Where each speech verb of ``body`` ends, in text order."""
    return [match.end() for match in SPEECH_VERB.finditer(body)]


# After a speech verb: a word with the article, standing alone (وقال الحوثي), or one
# without it that a break or a function word ends (وأكد إبراهيم في كلمة، وتابع عباس:), so
# it is no given name of someone else's full name (وقال إبراهيم عيسى).
FAMILY_NAME_AFTER = re.compile(rf"[ \t]+(ال)?([{LETTERS}]{{3,}})(?!\w)")
NEXT = re.compile(rf"[ \t]*([:،,\-–—]|[{LETTERS}]+)")
ENDS_A_NAME = STOP | word_keys("حينذاك حينها آنذاك")  # وقال إبراهيم حينذاك إن


def speaking_family_names(
    body: str, registry: Registry, result: dict[str, list[Mention]], verbs: list[int]
) -> list[Mention]:
    """A registered person's family name alone right after a speech verb (``verbs``,
    where each ends: وقال الحوثي: "…"، أدان اليحيا بشدة), when the article has named
    exactly one registered person of that family name before it: that person.
    (الحوثي alone is too often the movement to be listed as his short form.)"""
    found = []
    for match in filter(None, (FAMILY_NAME_AFTER.match(body, at) for at in verbs)):
        owners = family_words(registry).get(normalize(match.group(2)))
        if not owners:
            continue  # (most words after a speech verb are no registered family name)
        if not match.group(1) and not _alone(body, match):
            continue
        start, end = match.start(1) if match.group(1) else match.start(2), match.end(2)
        owner = None if _linked(result, start, end) else _named_before(result, start, owners)
        if owner is not None:
            found.append(Mention(entity_id=owner, kind="surname", text=body[start:end], start=start, end=end))
    return found


def _alone(body: str, match: re.Match[str]) -> bool:
    """A word without the article stands alone: no function word (وشدد على أن), and a
    break or a function word after it, not a name word (وقال إبراهيم عيسى)."""
    if word_key(match.group(2)) in STOP:
        return False
    after = NEXT.match(body, match.end())
    return after is not None and (after.group(1) in ":،,-–—" or word_key(after.group(1)) in ENDS_A_NAME)


# After a speech verb: a word without the article, a title with it before it or not.
TITLED_FIRST_NAME_AFTER = re.compile(rf"[ \t]+(?:(ال[{LETTERS}]+)[ \t]+)?([{LETTERS}]{{3,}})(?!\w)")


def speaking_first_names(body: str, result: dict[str, list[Mention]], verbs: list[int]) -> list[Mention]:
    """A foreign given name alone right after a speech verb (وشددت أورسولا على أن), when
    the article named exactly one person in full before it whose name, as written there,
    opens with that word (أورسولا فون دير لاين): that person. An Arabic given name is
    too common to stand for one person (وقال محمد)."""
    found = []
    for match in filter(None, (TITLED_FIRST_NAME_AFTER.match(body, at) for at in verbs)):
        if (match.group(1) and word_key(match.group(1)) not in TITLES) or not _alone(body, match):
            continue  # وأضاف الرئيس جابرييل- في كلمة: a title may stand between
        word = word_key(match.group(2))
        if word not in FOREIGN_GIVEN or word in ARABIC_GIVEN:
            continue
        start, end = match.span(2)
        named = {
            m.entity_id
            for m in result["actor"]
            if m.end <= start and " " in m.text and word_key(m.text.split()[0]) == word
        }
        if len(named) == 1 and not _linked(result, start, end):
            found.append(
                Mention(entity_id=named.pop(), kind="alias", text=body[start:end], start=start, end=end)
            )
    return found


# After a speech verb: one word without the article, then a colon, a comma, a quotation
# mark or a word that ends a subject (وأضاف ستولتتبرغ:، وأضاف جوتيرتش خلال كلمته أن).
WORD_AFTER = re.compile(
    rf"[ \t]+([{LETTERS}]{{5,}})(?=[ \t]*[:،,«“\"]|[ \t]+(?:خلال|في|أن|إن|أنه|إنه|أمام|لدى|عبر)(?!\w))"
)


def misspelt_speakers(
    body: str, registry: Registry, result: dict[str, list[Mention]], verbs: list[int]
) -> list[Mention]:
    """A speech verb's one-word subject a letter away from the family name of exactly
    one person the article named before (وأضاف ستولتتبرغ: after ينس ستولتنبرغ): that
    person, misspelt, as ``near_spellings`` reads a misspelt full name. Five letters or
    more, and no given name (a different person's name is not a misspelling)."""
    found = []
    for match in filter(None, (WORD_AFTER.match(body, at) for at in verbs)):
        word = normalize(match.group(1))
        if word in ALL_GIVEN:
            continue
        start, end = match.span(1)
        if _linked(result, start, end):
            continue  # (before the search among every family word, which costs)
        owners = family_words(registry).get(one_edit_key(word, registry), frozenset())
        owner = _named_before(result, start, owners) or _respelt_before(result, start, word)
        if owner is not None:
            found.append(Mention(entity_id=owner, kind="alias", text=body[start:end], start=start, end=end))
    return found


def _respelt_before(result: dict[str, list[Mention]], start: int, word: str) -> str | None:
    """The one person named before ``start`` whose family name, as this article wrote it
    (جوتيريش, a rule-made spelling), is a letter away from ``word`` (جوتيرتش)."""
    named = {
        m.entity_id
        for m in result["actor"]
        if m.end <= start and len(word) >= 5 and one_edit(word, normalize(m.text.split()[-1]))
    }
    return named.pop() if len(named) == 1 else None


def _linked(result: dict[str, list[Mention]], start: int, end: int) -> bool:
    """Something is already linked at ``start:end``."""
    return any(m.start < end and start < m.end for mentions in result.values() for m in mentions)


def _named_before(result: dict[str, list[Mention]], start: int, owners: frozenset[str]) -> str | None:
    """The one of ``owners`` the article named before ``start``; None when none or several are."""
    named = {m.entity_id for m in result["actor"] if m.end <= start and m.entity_id in owners}
    return named.pop() if len(named) == 1 else None
