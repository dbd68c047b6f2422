"""Misspelt names of registered people, among the names the people finder reports.

A contributor's article writes عباس عارقجي; the registry knows عباس عراقجي. The
matcher's rule-made variants do not cover every letter swapped or dropped,
so the finder reports the name as unknown; this module turns such a report into a
mention of the one registered person it can only be. Its own job: it reads the
finder's reports, which link_entities (run before the finder) cannot.
"""

from __future__ import annotations

from ...arabic_text import normalize
from ...model import Mention, Registry, UnknownPerson, per_registry
from ..names.given_name_lists import ALL_GIVEN, ARABIC_GIVEN
from .spelling_variants import ORDINALS, one_edit

NameEnds = dict[str, tuple[tuple[str, str, int], ...]]


@per_registry
def _name_ends(registry: Registry) -> tuple[NameEnds, NameEnds]:
    """Two tables of the registered names of two words or more: first word → (its last
    word, actor id, its number of words), and last word → (its first word, …)."""
    by_first: dict[str, set[tuple[str, str, int]]] = {}
    by_last: dict[str, set[tuple[str, str, int]]] = {}
    for actor in registry.actors.values():
        for name in (actor.names.ar, *actor.names.aliases_ar):
            words = normalize(name).split()
            if len(words) >= 2:
                by_first.setdefault(words[0], set()).add((words[-1], actor.id, len(words)))
                by_last.setdefault(words[-1], set()).add((words[0], actor.id, len(words)))
    return (
        {first: tuple(sorted(ends)) for first, ends in by_first.items()},
        {last: tuple(sorted(ends)) for last, ends in by_last.items()},
    )


def near_spellings(
    people: tuple[UnknownPerson, ...], registry: Registry
) -> tuple[tuple[Mention, ...], tuple[UnknownPerson, ...]]:
    """(mentions, the rest): a name the people finder read whose first word is a
    registered person's first name and whose last word is theirs with one letter
    added, dropped, changed or two neighbours swapped (عباس عارقجي for عباس عراقجي)
    is that person spelled another way, when exactly one registered person fits, with
    as many words; so is a name whose family name is theirs and whose first word is
    their first name misspelt (حيد العبادي). Only family names of five letters or more:
    short names are too close. Not an Arabic name of its own (ال + a given name: احمد
    ناصر المحمد is not أحمد عبدالله الأحمد); and after a common Arabic first name, a
    consonant changed is a misspelling only after a title (محمد بايري, tried in Algeria,
    is not Iran's محمد باقري: many men are called محمد and something close; رايلا
    أودينجت and الرئيس الغيني ألفا موندي are misspelt)."""
    table = _name_ends(registry)[0]
    mentions: list[Mention] = []
    rest: list[UnknownPerson] = []
    for person in people:
        words = normalize(person.text).split()
        fits = {
            actor_id
            for last, actor_id, count in table.get(words[0], ())
            if len(words) >= 2
            if len(words) == count  # a misspelling changes letters, not words (محمد سالمان ≠ محمد بن سلمان)
            if min(len(last), len(words[-1])) >= 5 and one_edit(last, words[-1])
            if last not in ORDINALS  # عبدالله الثني is no misspelt عبد الله الثاني
            if words[-1] not in ALL_GIVEN  # خالد سليمان is another name than خالد بن سلمان, not a misspelling
            if not (words[-1].startswith("ال") and words[-1][2:] in ALL_GIVEN)  # المحمد: ال + محمد
            if words[0] not in COMPOUND_FIRST or _same_second_word(registry, actor_id, words)
        }
        if not fits:
            fits = _misspelt_first_word(registry, words)
        if person.role_ar is None and words[0] in ARABIC_GIVEN:
            fits = {actor_id for actor_id in fits if not _consonant_changed(registry, actor_id, words)}
        if len(fits) == 1:
            mentions.append(
                Mention(
                    entity_id=fits.pop(), kind="alias", text=person.text, start=person.start, end=person.end
                )
            )
        else:
            rest.append(person)
    return tuple(mentions), tuple(rest)


def _consonant_changed(registry: Registry, actor_id: str, words: list[str]) -> bool:
    """Every registered name of the person that the name's last word is one letter from
    differs from it by a letter changed where one of the two is a consonant (باقري →
    بايري), not by a letter added, dropped or swapped, nor a vowel or hamza seat changed
    (توكاييف → توكائيف)."""
    names = registry.actors[actor_id].names
    lasts = {normalize(n).split()[-1] for n in (names.ar, *names.aliases_ar)}
    return all(_consonant_swap(last, words[-1]) for last in lasts if one_edit(last, words[-1]))


SOFT_LETTERS = frozenset("اويىءئؤةه")


def _consonant_swap(a: str, b: str) -> bool:
    if len(a) != len(b):
        return False
    changed = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(changed) == 1 and not set(changed[0]) <= SOFT_LETTERS  # (a consonant is one of them)


def _misspelt_first_word(registry: Registry, words: list[str]) -> set[str]:
    """The registered people whose family name (five letters or more) the name ends with
    and whose first name its first word is with one letter changed (حيد العبادي for
    حيدر العبادي), when that word is no given name of its own (أحمد and محمد are two
    names, not a misspelling)."""
    if len(words) < 2 or len(words[-1]) < 5 or len(words[0]) < 3 or words[0] in ALL_GIVEN:
        return set()
    return {
        actor_id
        for first, actor_id, count in _name_ends(registry)[1].get(words[-1], ())
        if count == len(words) and first != words[0] and one_edit(first, words[0])
    }


# First words that begin a two-word given name (عبد الرحمن، أبو بكر): a near spelling
# must share the second word too (عبد الوهاب زياني is not عبد الرحمن تياني).
COMPOUND_FIRST = frozenset(normalize(w) for w in ("عبد", "أبو", "أبي"))


def _same_second_word(registry: Registry, actor_id: str, words: list[str]) -> bool:
    names = registry.actors[actor_id].names
    return any(normalize(n).split()[1:2] == words[1:2] for n in (names.ar, *names.aliases_ar))
