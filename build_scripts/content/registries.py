"""Registries (``content/registry/*.yml``) → validated ``Registry``.

Registries are data, not code. Each is checked on load and every problem is
collected with its ``path:line``: missing or malformed ids, duplicates, unknown
keys (with a suggestion), invalid ISO codes, and an Arabic alias claimed by two
entities, which is reported rather than silently resolved.

Country names come from CLDR through Babel for every ISO 3166-1 country; the
countries file adds only what CLDR lacks (aliases, nisba adjectives, capitals).

This module reads the files, merges a dossier's entries over the base's and checks the
fields every kind shares; ``registry_entities`` builds each kind, ``country_names`` holds
CLDR and the nisba inflections, ``registry_checks`` the checks across entities.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import Problems, did_you_mean
from ..model import (
    Actor,
    Country,
    Names,
    Registry,
    SourceLocation,
)
from .country_names import adjective_forms, cldr_countries
from .registry_checks import check_alias_claims, check_event_references
from .registry_entities import build
from .registry_files import Entry, RegistryFile, read_entries

BASE_DIR = Path(__file__).resolve().parent.parent / "base_registry"

ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COMMON_KEYS = ("id", "name", "aliases_ar", "short_ar", "aliases_en")
ENTITY_KEYS = {
    "actors": (*COMMON_KEYS, "role", "roles", "country", "wikidata"),
    "organisations": (*COMMON_KEYS, "country"),
    "outlets": (*COMMON_KEYS, "kind", "url"),
    "places": (*COMMON_KEYS, "country", "coordinates"),
    "events": (*COMMON_KEYS, "kind", "date", "start", "end", "place", "organiser", "participants"),
}
COUNTRY_KEYS = ("aliases_ar", "short_ar", "adjectives_ar", "capitals_ar", "aliases_en")
# Lists of names a dossier's entry extends rather than replaces when it overrides a base entry.
LIST_KEYS = frozenset({"aliases_ar", "short_ar", "aliases_en", "adjectives_ar", "capitals_ar"})


def _strings(entry: Entry, key: str, rel: str, problems: Problems) -> tuple[str, ...]:
    value = entry.data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.error(
            rel,
            entry.key_lines.get(key, entry.line),
            f"'{key}' must be a list of names",
            f"write {key}: [name, other name]",
        )
        return ()
    return tuple(dict.fromkeys(v.strip() for v in value))


def _check_keys(entry: Entry, allowed: tuple[str, ...], rel: str, problems: Problems) -> None:
    for key in entry.data:
        if key not in allowed:
            problems.warning(
                rel,
                entry.key_lines[key],
                f"unknown key '{key}'{did_you_mean(str(key), allowed)}",
                f"allowed keys: {', '.join(allowed)}",
            )


def _names(entry: Entry, rel: str, problems: Problems) -> Names | None:
    name = entry.data.get("name")
    line = entry.key_lines.get("name", entry.line)
    if not isinstance(name, dict) or not all(
        isinstance(name.get(lang), str) and name[lang].strip() for lang in ("ar", "en")
    ):
        problems.error(rel, line, "'name' needs Arabic and English", "write name: {ar: …, en: …}")
        return None
    return Names(
        ar=name["ar"].strip(),
        en=name["en"].strip(),
        aliases_ar=_strings(entry, "aliases_ar", rel, problems),
        short_ar=_strings(entry, "short_ar", rel, problems),
        aliases_en=_strings(entry, "aliases_en", rel, problems),
    )


def _entity_id(entry: Entry, rel: str, problems: Problems) -> str | None:
    entity_id = entry.data.get("id")
    if not isinstance(entity_id, str) or not ID.match(entity_id):
        problems.error(
            rel,
            entry.key_lines.get("id", entry.line),
            f"invalid id {entity_id!r}",
            "use lowercase ASCII words joined by '-', e.g. volodymyr-zelensky",
        )
        return None
    return entity_id


def _merged(base: Entry, override: Entry) -> Entry:
    """A dossier's entry over a base entry of the same id: the keys it gives replace the
    base's, except lists of names, which it extends (so adding an alias is one line)."""
    data = dict(base.data)
    if "role" in override.data or "roles" in override.data:  # a dossier's role replaces the base's roles
        data.pop("role", None)
        data.pop("roles", None)
    for key, value in override.data.items():
        if key in LIST_KEYS and isinstance(value, list) and isinstance(data.get(key), list):
            data[key] = [*data[key], *value]
        else:
            data[key] = value
    key_lines = {key: override.line for key in base.data} | override.key_lines
    return Entry(data=data, line=override.line, key_lines=key_lines)


def _load_entities(
    kind: str, files: list[RegistryFile], problems: Problems
) -> tuple[dict[str, Any], str | None]:
    """Entities of one kind from every file, base files first; and the base's ``as_of``."""
    entries, roles_as_of, as_of_dates = _entries_by_id(kind, files, problems)
    return _built_entities(kind, entries, roles_as_of, problems), min(as_of_dates, default=None)


def _entries_by_id(
    kind: str, files: list[RegistryFile], problems: Problems
) -> tuple[dict[str, tuple[Entry, RegistryFile]], dict[str, str | None], list[str]]:
    """Every file's entries by id, a dossier's merged over the base's, with the ``as_of``
    their roles are dated by and every file's ``as_of``; keys and ids checked on the way."""
    entries: dict[str, tuple[Entry, RegistryFile]] = {}
    roles_as_of: dict[str, str | None] = {}  # id → the as_of of the file its roles come from
    as_of_dates = []
    for file in files:
        if not file.path.exists():
            continue
        items, as_of = read_entries(file, kind, problems)
        as_of_dates += [as_of] if as_of else []
        for _, entry in items:
            _check_keys(
                entry, ENTITY_KEYS[kind] + (("enabled",) if not file.base else ()), file.rel, problems
            )
            entity_id = _entity_id(entry, file.rel, problems)
            if entity_id is None:
                continue
            if entity_id in entries:
                merged = _over_base(entity_id, entries[entity_id], entry, file, problems)
                if merged is not None:
                    entries[entity_id] = (merged, file)
                    if "role" in entry.data or "roles" in entry.data:
                        roles_as_of[entity_id] = None  # the dossier's own roles
                continue
            entries[entity_id] = (entry, file)
            roles_as_of[entity_id] = as_of
    return entries, roles_as_of, as_of_dates


def _over_base(
    entity_id: str, earlier: tuple[Entry, RegistryFile], entry: Entry, file: RegistryFile, problems: Problems
) -> Entry | None:
    """An id met again: a dossier's entry merged over the base's; anywhere else a duplicate
    (None), reported at the second with where the first is."""
    first, first_file = earlier
    if first_file.base and not file.base:
        return _merged(first, entry)
    where = f"line {first.key_lines['id']}"
    where = where if first_file is file else f"{first_file.rel}:{first.key_lines['id']}"
    problems.error(
        file.rel,
        entry.key_lines["id"],
        f"duplicate id '{entity_id}' (first at {where})",
        "give each entry its own id",
    )
    return None


def _built_entities(
    kind: str,
    entries: dict[str, tuple[Entry, RegistryFile]],
    roles_as_of: dict[str, str | None],
    problems: Problems,
) -> dict[str, Any]:
    """Each entry built as its kind, but one a dossier switched off or without valid names."""
    result = {}
    for entity_id, (entry, file) in entries.items():
        if entry.data.get("enabled", True) is False:
            continue  # a dossier switched a base entry off
        names = _names(entry, file.rel, problems)
        if names is not None:
            source = SourceLocation(path=file.rel, line=entry.line)
            built = build(kind, entity_id, names, entry, source, file.rel, problems)
            if isinstance(built, Actor):
                built = replace(built, roles_as_of=roles_as_of[entity_id])
            if built is not None:
                result[entity_id] = built
    return result


def _country_entries(files: list[RegistryFile], problems: Problems) -> dict[str, tuple[Entry, str]]:
    """ISO code → (entry, file) with a dossier's entries merged over the base's."""
    extras: dict[str, tuple[Entry, str]] = {}
    for file in files:
        if not file.path.exists():
            continue
        rel = file.rel
        for code, entry in read_entries(file, "countries", problems, mapping=True)[0]:
            if code in ("True", "False"):
                problems.error(
                    rel,
                    entry.line,
                    "a country code was read as a yes/no value",
                    "quote it: 'NO': {…} (YAML reads NO, YES, ON, OFF as booleans)",
                )
                continue
            if code not in cldr_countries():
                problems.error(
                    rel,
                    entry.line,
                    f"unknown ISO country code {code!r}{did_you_mean(str(code), list(cldr_countries()))}",
                    "use an ISO 3166-1 alpha-2 code",
                )
                continue
            _check_keys(entry, COUNTRY_KEYS, rel, problems)
            if code in extras and not file.base:
                entry = _merged(extras[code][0], entry)
            extras[str(code)] = (entry, rel)
    return extras


def _load_countries(files: list[RegistryFile], problems: Problems) -> dict[str, Country]:
    extras = _country_entries(files, problems)
    countries = {}
    for code, (arabic, english) in cldr_countries().items():
        entry, rel = extras.get(code, (Entry(data={}, line=0, key_lines={}), ""))
        names = Names(
            ar=arabic,
            en=english,
            aliases_ar=_strings(entry, "aliases_ar", rel, problems),
            short_ar=_strings(entry, "short_ar", rel, problems),
            aliases_en=_strings(entry, "aliases_en", rel, problems),
        )
        adjectives = tuple(
            form for stem in _strings(entry, "adjectives_ar", rel, problems) for form in adjective_forms(stem)
        )
        countries[code] = Country(
            id=code,
            names=names,
            adjectives_ar=tuple(dict.fromkeys(adjectives)),
            capitals_ar=_strings(entry, "capitals_ar", rel, problems),
            source=SourceLocation(path=rel, line=entry.line) if entry.line else None,
        )
    return countries


def registry_files(content_dir: Path, kind: str, base_dir: Path | None = BASE_DIR) -> list[RegistryFile]:
    """The files of one kind, base first: ``base_registry/<kind>.yml`` or
    ``base_registry/<kind>/*.yml``, then ``content/registry/<kind>.yml``."""
    files = []
    if base_dir is not None:
        root = base_dir.parent.parent
        paths = [base_dir / f"{kind}.yml", *sorted((base_dir / kind).glob("*.yml"))]
        files += [
            RegistryFile(path=p, rel=p.relative_to(root).as_posix(), base=True) for p in paths if p.exists()
        ]
    path = content_dir / "registry" / f"{kind}.yml"
    return [*files, RegistryFile(path=path, rel=f"content/registry/{kind}.yml", base=False)]


def load_registry(content_dir: Path, problems: Problems, base_dir: Path | None = BASE_DIR) -> Registry:
    """Load and validate the base registry and the dossier's (``content/registry/``),
    the dossier's entries added to or overriding the base's by id. Problems are
    collected, never raised here. ``base_dir=None`` loads the dossier's alone."""
    actors, as_of = _load_entities("actors", registry_files(content_dir, "actors", base_dir), problems)
    organisations, _ = _load_entities(
        "organisations", registry_files(content_dir, "organisations", base_dir), problems
    )
    registry = Registry(
        actors=actors,
        countries=_load_countries(registry_files(content_dir, "countries", base_dir), problems),
        organisations=organisations,
        outlets=_load_entities("outlets", registry_files(content_dir, "outlets", base_dir), problems)[0],
        places=_load_entities("places", registry_files(content_dir, "places", base_dir), problems)[0],
        events=_load_entities("events", registry_files(content_dir, "events", base_dir), problems)[0],
        as_of=as_of,
    )
    check_alias_claims(registry, problems)
    check_event_references(registry, problems)
    return registry
