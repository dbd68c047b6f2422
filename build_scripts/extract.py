"""One article body → ``Extraction``: people, countries, organisations, cited
outlets, quotes, and probable people the registry does not know yet.

Pure and deterministic; the registry's automaton is built once and reused.
"""

from __future__ import annotations

from typing import Any

from .arabic_text import normalize, normalize_text
from .extract_quotes import extract_quotes
from .find_people import find_unknown_people
from .link_entities import find_mentions
from .model import Extraction, Mention, Registry


def _roles(registry: Registry, people: tuple[Mention, ...]) -> dict[str, frozenset[str]]:
    """The words of each named person's roles (نائب الرئيس), for quote attribution."""
    actors = registry.actors
    return {
        i: frozenset(normalize(w) for role in actors[i].roles for w in role.ar.split())
        for i in {m.entity_id for m in people}
    }


def extract(body: str, registry: Registry) -> Extraction:
    normalized = normalize_text(body)  # shared by the linker, the people finder and the quote finder
    mentions = find_mentions(body, registry, normalized)
    people = mentions["actor"]
    others = (*mentions["country"], *mentions["organisation"], *mentions["outlet"])
    unknown = find_unknown_people(body, registry, people, others, normalized)
    return Extraction(
        people=people,
        countries=mentions["country"],
        organisations=mentions["organisation"],
        outlets_cited=mentions["outlet"],
        quotes=extract_quotes(body, people, normalized, unknown, _roles(registry, people), others),
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


def extraction_json(title: str | None, deck: str | None, body: str, registry: Registry) -> dict[str, Any]:
    """The documented JSON form (schemas/extraction.schema.json); offsets index ``body``."""
    extraction = extract(body, registry)
    actors = registry.actors
    return {
        "title": title,
        "deck": deck,
        "headings": [line[3:].strip() for line in body.split("\n") if line.startswith("## ")],
        "people": _entity_json(registry, "actors", extraction.people),
        "countries": _entity_json(registry, "countries", extraction.countries),
        "organisations": _entity_json(registry, "organisations", extraction.organisations),
        "outlets_cited": _entity_json(registry, "outlets", extraction.outlets_cited),
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
