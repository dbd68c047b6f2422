"""The automaton that finds registry names in a normalised body: every listed and
rule-made spelling of every entity, stored once with the proclitic runs it may carry.
Built once per registry; what a match then means in its context is decided by the
linker (``link_entities``) and the context rules it calls."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from ...arabic_text import normalize
from ...content.registry_checks import spellings
from ...model import (
    REGISTRY_FIELDS,
    Actor,
    Country,
    Event,
    MentionKind,
    Organisation,
    Outlet,
    Place,
    Registry,
    per_registry,
)
from .spelling_variants import joinings, name_variants

# Every proclitic run a name may carry: conjunction, then preposition, then the article.
INDEFINITE = tuple(c + p for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك"))
DEFINITE = tuple(c + p for c in ("", "و", "ف") for p in ("ال", "بال", "كال", "لل"))


@dataclass(frozen=True, slots=True)
class Pattern:
    kind: str  # actor, country, organisation, outlet
    entity_id: str
    mention_kind: MentionKind  # name, surname, alias, adjective, capital
    definite: bool  # written with ال in the registry: the text must have the article
    ambiguous: bool  # short_ar: only after an unambiguous mention, or in its country's context
    generated: bool  # a rule-made variant (loses to any listed spelling)
    country: str | None = None  # an organisation's country, for short forms read in context


@dataclass(frozen=True, slots=True)
class Matcher:
    automaton: ahocorasick.Automaton  # people, countries, organisations, outlets, places
    events: ahocorasick.Automaton  # event names, matched apart: قمة باريس names Paris too


def _patterns(
    entity: Actor | Country | Organisation | Outlet | Place | Event, kind: str
) -> Iterable[tuple[str, Pattern]]:
    names = entity.names
    short = {normalize(s) for s in names.short_ar}
    country = entity.country if isinstance(entity, Organisation) else None
    adjectives = {normalize(a) for a in getattr(entity, "adjectives_ar", ())}
    capitals = {normalize(c) for c in getattr(entity, "capitals_ar", ())}
    for form in spellings(entity):
        key = normalize(form)
        mention_kind = _mention_kind(kind, key, normalize(names.ar), adjectives, capitals)
        definite = key.startswith("ال") and len(key) > 4 and mention_kind != "adjective"
        core = key[2:] if definite else key
        ambiguous = key in short
        for spelling in joinings(core) if kind == "actor" else (core,):
            yield spelling, Pattern(kind, entity.id, mention_kind, definite, ambiguous, False, country)
        if kind == "actor" and not ambiguous:
            for variant in name_variants(core) - joinings(core):
                yield variant, Pattern(kind, entity.id, mention_kind, definite, False, True)
    if kind == "actor":
        for whole in _family_respelt(entity.names.ar, spellings(entity), short):
            yield whole, Pattern(kind, entity.id, "name", False, False, True)
        for nasab in _nasab_forms(spellings(entity)):
            yield nasab, Pattern(kind, entity.id, "surname", False, True, True)
    for adjective in adjectives:
        if adjective.startswith("ال"):
            continue
        yield adjective, Pattern(kind, entity.id, "adjective", False, adjective in short, False)


def _family_respelt(name: str, forms: Iterable[str], short: set[str]) -> set[str]:
    """The full name with its family name spelt as a one-word alias spells it (دونالد
    ترامب listed with the alias ترمب: دونالد ترمب), which no rule makes; an ambiguous
    short form is left out, and so is a name with the article (its words are titles)."""
    words = normalize(name).split()
    if len(words) < 2 or words[0].startswith("ال"):
        return set()
    aliases = {normalize(form) for form in forms} - short
    return {" ".join([*words[:-1], alias]) for alias in aliases if " " not in alias and alias != words[-1]}


NASAB = ("بن", "ابن")


def _nasab_forms(forms: Iterable[str]) -> set[str]:
    """بن and the father's name of a name that opens with a given name and بن (فيصل بن
    فرحان → بن فرحان، ابن فرحان; محمد بن عبد الرحمن آل ثاني → بن عبد الرحمن): the press
    calls a Gulf official so once it has named him. A short form: it links only after
    he is named, and two people who share it (بن زايد) leave it to neither."""
    found: set[str] = set()
    for form in forms:
        words = normalize(form).split()
        if len(words) < 3 or words[1] not in NASAB or words[0] in NASAB:
            continue
        father = words[2:4] if words[2] == "عبد" and len(words) > 3 else words[2:3]
        found |= {" ".join([bin_word, *father]) for bin_word in NASAB}
    return found


def _mention_kind(kind: str, key: str, full: str, adjectives: set[str], capitals: set[str]) -> MentionKind:
    if kind == "country":
        return "adjective" if key in adjectives else "capital" if key in capitals else "name"
    if kind == "actor":
        return "name" if key == full or " " in key else "surname"
    return "name" if key == full else "alias"


def capital_or_place(patterns: tuple[Pattern, ...]) -> bool:
    """A capital and the place of that name (كييف): the government or the location."""
    kinds = sorted((p.kind, p.mention_kind == "capital") for p in patterns)
    return kinds == [("country", True), ("place", False)]


PREFIX_SETS = {group: frozenset(group) for group in (INDEFINITE + DEFINITE, DEFINITE, INDEFINITE)}


def _prefixes(pattern: Pattern) -> tuple[str, ...]:
    if pattern.mention_kind == "adjective":
        return INDEFINITE + DEFINITE
    return DEFINITE if pattern.definite else INDEFINITE


@per_registry
def matcher(registry: Registry) -> Matcher:
    """Each spelling is stored once, as ``core`` plus the space that ends a word in the
    padded, punctuation-blanked text, with the proclitic runs it may carry; a match
    counts only when the letters between the word's start and the core are one of
    them. Storing every prefix form instead made a base registry's automaton twelve
    times larger (215,000 words, 3 s to build)."""
    entities = {kind: field for kind, field in REGISTRY_FIELDS.items() if kind != "event"}
    return Matcher(automaton=_automaton(registry, entities), events=_automaton(registry, {"event": "events"}))


def _automaton(registry: Registry, fields: dict[str, str]) -> ahocorasick.Automaton:
    table: dict[str, list[Pattern]] = {}
    for kind, field in fields.items():
        for _, entity in sorted(getattr(registry, field).items()):
            for key, pattern in _patterns(entity, kind):
                table.setdefault(key, []).append(pattern)
    automaton = ahocorasick.Automaton()
    for key, patterns in sorted(table.items()):
        listed = [p for p in patterns if not p.generated]
        first: dict[tuple[str, str], Pattern] = {}
        for pattern in listed or patterns:
            first.setdefault((pattern.kind, pattern.entity_id), pattern)
        chosen = tuple(first.values())
        shared = all(p.ambiguous and p.country and p.definite == chosen[0].definite for p in chosen)
        if len(chosen) != 1 and not shared and not capital_or_place(chosen):
            continue  # a variant two entities could claim links neither
        # ناتو and الناتو both listed: the bare spelling takes the article or goes without
        own = (chosen[0].kind, chosen[0].entity_id)
        prefixes = frozenset().union(
            *(PREFIX_SETS[_prefixes(p)] for p in listed or patterns if (p.kind, p.entity_id) == own)
        )
        automaton.add_word(f"{key} ", (len(key) + 1, chosen, prefixes))
    if len(automaton) == 0:
        automaton.add_word("\x00", (1, (), frozenset()))  # an empty automaton cannot be built
    automaton.make_automaton()
    return automaton


# A candidate is a plain tuple (start, end, prefix, patterns): key offsets of the name
# itself (proclitics excluded), the proclitics it carries, and what it may name (one
# pattern, or the organisations sharing a short form such as البرلمان). Tens are made
# per article, most kept; a dataclass instance cost more than the whole match.
Candidate = tuple[int, int, str, tuple[Pattern, ...]]
