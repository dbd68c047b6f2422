"""What an ambiguous short form (short_ar: البرلمان، الجيش، بري) names: an entity the
article named unambiguously, the country that qualifies it or that the article is about,
a title of the person's own role; and the country an adjective after a name gives it."""

from __future__ import annotations

from ...arabic_text import normalize
from ...model import Registry, per_registry
from ..names.name_words import TITLES
from ..people.person_role import home_country
from .entity_automaton import Candidate, Pattern


def resolve(patterns: tuple[Pattern, ...], seen: set[tuple[str, str]], country: str | None) -> Pattern | None:
    """What a short form (short_ar) names: the one entity it may name that the article
    named unambiguously before it (a person: anywhere in it); else the one organisation of the country that
    qualifies it (البرلمان الفرنسي) or, unqualified, that the article names most
    (القوات المسلحة in an article about Sudan); else nothing."""
    earlier = [p for p in patterns if (p.kind, p.entity_id) in seen]
    if earlier:
        return earlier[0] if len(earlier) == 1 else None
    local = [p for p in patterns if p.country is not None and p.country == country]
    return local[0] if len(local) == 1 else None


def titled(registry: Registry, patterns: tuple[Pattern, ...], before: str) -> Pattern | None:
    """A person's short form right after a title word of their own role (الرئيس بري،
    للرئيس بري: Berri, speaker of parliament, though بري alone is also "land"): the one
    person it may name whose role has that word."""
    bare = before[2:] if before.startswith(("ال", "لل")) else before[1:] if before.startswith("ل") else before
    if before not in TITLES and "ال" + bare not in TITLES and bare not in TITLES:
        return None
    fits = [p for p in patterns if p.kind == "actor" and bare in role_keys(registry).get(p.entity_id, ())]
    return fits[0] if len(fits) == 1 else None


@per_registry
def role_keys(registry: Registry) -> dict[str, frozenset[str]]:
    """Actor id → the words of every role they held, without the article."""
    return {
        actor.id: frozenset(
            key[2:] if key.startswith("ال") else key
            for role in actor.roles
            for text in role.texts_ar
            for key in normalize(text).split()
        )
        for actor in registry.actors.values()
    }


def leading_country(candidates: list[Candidate], registry: Registry) -> str | None:
    """The country an article is about (``home_country``). An article about Ukraine names
    Russia as often as Ukraine (تزويد الجيش بالسلاح is Ukraine's army there): a
    plurality is not enough to read a bare الجيش by."""
    first = [patterns[0] for _, _, _, patterns in candidates]
    return home_country(
        (p.entity_id for p in first if p.kind == "country" and not p.ambiguous),
        (registry.places[p.entity_id].country for p in first if p.kind == "place"),
    )


def holders_country(candidates: list[Candidate], index: int, registry: Registry, key: str) -> str | None:
    """The country of the registered person named right after a short form, set off by
    a comma or nothing (المتحدث باسم وزارة الخارجية، إسماعيل بقائي): the institution in
    the person's title is their country's."""
    if index + 1 >= len(candidates):
        return None
    start, _, prefix, patterns = candidates[index + 1]
    pattern = patterns[0]
    if pattern.kind != "actor" or pattern.ambiguous or prefix:
        return None
    if key[candidates[index][1] : start].strip(" ،,") != "":
        return None
    return registry.actors[pattern.entity_id].country


def adjective_after(candidates: list[Candidate], index: int) -> str | None:
    """The country whose adjective stands right after a name (حزب الله العراقي), not a
    country named after "and" (بين حزب الله وإسرائيل)."""
    if index + 1 >= len(candidates):
        return None
    start, _, prefix, patterns = candidates[index + 1]
    adjacent = start - len(prefix) - candidates[index][1] <= 1
    pattern = patterns[0]
    fits = pattern.kind == "country" and pattern.mention_kind == "adjective" and prefix in ("", "ال")
    return pattern.entity_id if adjacent and fits else None
