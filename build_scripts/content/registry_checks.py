"""Checks across entities, once every registry is loaded: an Arabic form two entities
claim (which would the linker pick?), except the shared short forms and capitals it
reads by context, and an event's place, organiser and participants that must exist.
``spellings`` lives here as the one list of forms both the check and the linker count."""

from __future__ import annotations

from ..arabic_text import normalize
from ..errors import Problems, did_you_mean
from ..model import Actor, Country, Event, Organisation, Outlet, Place, Registry, SourceLocation


def check_event_references(registry: Registry, problems: Problems) -> None:
    """An event's place must be a place, its organiser and participants known ids."""
    known = {*registry.actors, *registry.organisations, *registry.countries}
    for event in registry.events.values():
        where = event.source or SourceLocation(path="content/registry/events.yml", line=1)
        if event.place is not None and event.place not in registry.places:
            problems.error(
                where.path,
                where.line,
                f"event '{event.id}': unknown place '{event.place}'{did_you_mean(event.place, list(registry.places))}",
                "add the place to content/registry/places.yml, or fix the id",
            )
        for other in (event.organiser, *event.participants):
            if other is not None and other not in known:
                problems.error(
                    where.path,
                    where.line,
                    f"event '{event.id}': unknown id '{other}'{did_you_mean(other, sorted(known))}",
                    "use the id of a person, organisation or country (ISO code) in the registry",
                )


def spellings(entity: Actor | Country | Organisation | Outlet | Place | Event) -> tuple[str, ...]:
    """Every Arabic form that names the entity (the full name first)."""
    names = entity.names
    forms = (names.ar, *names.aliases_ar, *names.short_ar)
    if isinstance(entity, Country):
        forms += (*entity.adjectives_ar, *entity.capitals_ar)
    return tuple(dict.fromkeys(forms))


# (kind, entity id, where it is listed, the form as written, a short form read by its country)
_Claim = tuple[str, str, SourceLocation | None, str, bool]


def check_alias_claims(registry: Registry, problems: Problems) -> None:
    """An Arabic form claimed by two entities is an error: which one would it link to?
    Except a short form (short_ar) that every claimant is an organisation of a different
    country lists as short: the linker reads it by the country the text is about
    (وزارة الخارجية in an article about Egypt)."""
    for owners in _claims(registry).values():
        distinct = {(kind, entity_id) for kind, entity_id, *_ in owners}
        if len(distinct) == 1 or _country_short_forms(registry, owners) or _capital_place(registry, owners):
            continue
        _report_claims(owners, problems)


def _claims(registry: Registry) -> dict[str, list[_Claim]]:
    """Every entity's forms by the key the linker matches them by, in registry order."""
    claims: dict[str, list[_Claim]] = {}
    groups = (
        ("actor", registry.actors),
        ("organisation", registry.organisations),
        ("outlet", registry.outlets),
        ("country", registry.countries),
        ("place", registry.places),
        ("event", registry.events),
    )
    for kind, group in groups:
        for entity in group.values():
            short = {normalize(s) for s in entity.names.short_ar}
            local = isinstance(entity, Organisation) and entity.country is not None
            for form in spellings(entity):
                key = normalize(form)
                shared = local and key in short
                if key.startswith("ال") and len(key) > 4 and kind != "country":
                    key = key[2:]  # matched after the article, where an adjective is (السوداني)
                claims.setdefault(key, []).append((kind, entity.id, entity.source, form, shared))
    return claims


def _report_claims(owners: list[_Claim], problems: Problems) -> None:
    """Each later claimant of another entity's form, reported where it is listed."""
    first = owners[0]
    for kind, entity_id, source, form, _ in owners[1:]:
        if (kind, entity_id) == first[:2]:
            continue
        where = source or first[2] or SourceLocation(path="content/registry/countries.yml", line=1)
        problems.error(
            where.path,
            where.line,
            f"'{form}' names both {first[0]} '{first[1]}' and {kind} '{entity_id}'",
            "keep the alias on one entry only (or, for organisations of different "
            "countries, make it short_ar on each)",
        )


def _capital_place(registry: Registry, owners: list[_Claim]) -> bool:
    """A country's capital and the place of that name in it (كييف): the linker tells
    the government (كييف ترفض) from the location (في كييف) by the word before it."""
    kinds = {kind: entity_id for kind, entity_id, *_ in owners}
    if len({(kind, entity_id) for kind, entity_id, *_ in owners}) != 2 or set(kinds) != {"country", "place"}:
        return False
    country = registry.countries[kinds["country"]]
    place = registry.places[kinds["place"]]
    capitals = {normalize(c) for c in country.capitals_ar}
    return place.country == country.id and any(normalize(form) in capitals for *_, form, _ in owners)


def _country_short_forms(registry: Registry, owners: list[_Claim]) -> bool:
    """Every claim is a short form of an organisation, one organisation per country."""
    if not all(shared for *_, shared in owners):
        return False
    countries = [registry.organisations[entity_id].country for _, entity_id, *_ in owners]
    return len(set(countries)) == len({entity_id for _, entity_id, *_ in owners})
