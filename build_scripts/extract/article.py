"""One article body → ``Extraction``: people, countries, organisations, cited
outlets, quotes, and probable people the registry does not know yet.

Pure and deterministic; the registry's automaton is built once and reused.
"""

from __future__ import annotations

from typing import Any

from ..arabic_text import normalize_text, word_key
from ..model import Extraction, Mention, Registry, UnknownPerson, per_registry
from .link_events import described_event_mentions, generic_event_mentions
from .mentions.link_entities import find_mentions
from .mentions.near_spellings import near_spellings
from .office_holders import office_holder
from .people.find_people import find_unknown_people, without_linked_family_names
from .quotes.extract_quotes import extract_quotes
from .quotes.speaker_titles import without_l


def _roles(
    registry: Registry, people: tuple[Mention, ...], unknown: tuple[UnknownPerson, ...]
) -> dict[str, frozenset[str]]:
    """The words a person's title may use, for quote attribution: the words of their
    roles (نائب الرئيس) and their country's adjectives (السعودي), keyed by id, or by
    the name as written for a person the registry lacks (from the role the text gave)."""
    titles = _title_words(registry)
    result = {actor_id: titles[actor_id] for actor_id in sorted({m.entity_id for m in people})}
    for person in unknown:
        words = _role_words(person.role_ar or "")
        result.setdefault(person.text, frozenset(words | _nationality(registry, person.country)))
    return result


@per_registry
def _title_words(registry: Registry) -> dict[str, frozenset[str]]:
    """Actor id → the words a registered person's title may use (``_roles``): the same
    in every article, so read once per registry rather than once per article naming them."""
    return {
        actor.id: frozenset(
            _role_words(" ".join(text for role in actor.roles for text in role.texts_ar))
            | _nationality(registry, actor.country)
        )
        for actor in registry.actors.values()
    }


def _role_words(role: str) -> set[str]:
    """The keys of a role's words, with a word's و or ل also dropped (حزب العدالة
    والتنمية is named المتحدث باسم العدالة والتنمية: the title reader reads التنمية;
    الرئيس السابق لمفوضية الاتحاد is رئيس المفوضية)."""
    words = {word_key(w) for w in role.split()}
    unjoined = {w[1:] for w in words if w[:1] == "و" and len(w) > 3}
    of = {without_l(w) for w in words if w[:1] == "ل" and len(w) > 3}
    return words | unjoined | of


def _nationality(registry: Registry, country: str | None) -> set[str]:
    """The country's adjectives, and each word of one of two words (الجنوب الأفريقي: a
    title reads them as two words, الرئيس الجنوب الأفريقي)."""
    entry = registry.countries.get(country) if country else None
    if entry is None:
        return set()
    return {word_key(a) for a in entry.adjectives_ar} | {
        word_key(w) for a in entry.adjectives_ar if " " in a for w in a.split()
    }


@per_registry
def _definite_adjectives(registry: Registry) -> dict[str, tuple[str, str]]:
    """Country id → its adjective with the article, for a man's title and for a woman's
    (القطري، القطرية): the quote reader reads وزير خارجية قطر as وزير الخارجية القطري."""
    result = {}
    for country in registry.countries.values():
        if not country.adjectives_ar:
            continue
        man = country.adjectives_ar[0]
        woman = " ".join(w + "ة" for w in man.split())
        woman = woman if woman in country.adjectives_ar else man
        result[country.id] = (_definite(man), _definite(woman))
    return result


def _definite(adjective: str) -> str:
    return " ".join("ال" + w for w in adjective.split())


def extract(body: str, registry: Registry, day: str | None = None) -> Extraction:
    """What ``body`` names and quotes. ``day`` is the article's date (YYYY-MM-DD or
    YYYY-MM): generic event words (القمة) link only near an event's date."""
    normalized = normalize_text(body)  # shared by the linker, the people finder and the quote finder
    mentions = find_mentions(body, registry, normalized)
    generic = generic_event_mentions(body, normalized, registry, mentions, day)
    described = described_event_mentions(body, registry, mentions, day)
    events = tuple(
        sorted(
            {m.start: m for m in (*described, *generic, *mentions["event"])}.values(), key=lambda m: m.start
        )
    )
    others = (*mentions["country"], *mentions["organisation"], *mentions["outlet"], *mentions["place"])
    found = find_unknown_people(body, registry, mentions["actor"], others, normalized)
    respelled, unknown = near_spellings(found, registry)  # عباس عارقجي is عباس عراقجي
    people = tuple(sorted((*mentions["actor"], *respelled), key=lambda m: m.start))
    unknown = without_linked_family_names(unknown, people, registry)
    return Extraction(
        people=people,
        countries=mentions["country"],
        organisations=mentions["organisation"],
        outlets_cited=mentions["outlet"],
        places=mentions["place"],
        events=events,
        quotes=extract_quotes(
            body,
            people,
            normalized,
            unknown,
            _roles(registry, people, unknown),
            others,
            lambda titles: office_holder(registry, titles, day),
            _definite_adjectives(registry),
        ),
        unknown_people=unknown,
    )


def _entity_json(registry: Registry, field: str, mentions: tuple[Mention, ...]) -> list[dict[str, Any]]:
    group = getattr(registry, field)
    result = []
    for entity_id in dict.fromkeys(m.entity_id for m in mentions):
        names = group[entity_id].names
        spans = [
            {"text": m.text, "start": m.start, "end": m.end, "kind": m.kind}
            for m in mentions
            if m.entity_id == entity_id
        ]
        result.append({"id": entity_id, "name_en": names.en, "name_ar": names.ar, "mentions": spans})
    return result


def extraction_json(
    title: str | None, deck: str | None, body: str, registry: Registry, day: str | None = None
) -> dict[str, Any]:
    """The documented JSON form (schemas/extraction.schema.json); offsets index ``body``."""
    extraction = extract(body, registry, day)
    actors = registry.actors
    return {
        "title": title,
        "deck": deck,
        "headings": [line[3:].strip() for line in body.split("\n") if line.startswith("## ")],
        "people": _entity_json(registry, "actors", extraction.people),
        "countries": _entity_json(registry, "countries", extraction.countries),
        "organisations": _entity_json(registry, "organisations", extraction.organisations),
        "outlets_cited": _entity_json(registry, "outlets", extraction.outlets_cited),
        "places": _entity_json(registry, "places", extraction.places),
        "events": _entity_json(registry, "events", extraction.events),
        "quotes": [
            {
                "speaker": q.speaker,
                "speaker_name_en": actors[q.speaker].names.en if q.speaker else None,
                "speaker_name_ar": actors[q.speaker].names.ar if q.speaker else q.speaker_name_ar,
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "paragraph": q.paragraph,
            }
            for q in extraction.quotes
        ],
        "unknown_people": [
            {"text": s.text, "start": s.start, "end": s.end, "role_ar": s.role_ar, "country": s.country}
            for s in extraction.unknown_people
        ],
    }
