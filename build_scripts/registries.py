"""Registries (``content/registry/*.yml``) → validated ``Registry``.

Registries are data, not code. Each is checked on load and every problem is
collected with its ``path:line``: missing or malformed ids, duplicates, unknown
keys (with a suggestion), invalid ISO codes, and an Arabic alias claimed by two
entities, which is reported rather than silently resolved.

Country names come from CLDR through Babel for every ISO 3166-1 country; the
countries file adds only what CLDR lacks (aliases, nisba adjectives, capitals).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from babel import Locale

from . import text_safety
from .arabic_text import normalize
from .errors import Problems, did_you_mean
from .model import Actor, Country, Names, Organisation, Outlet, Registry, SourceLocation

ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ISO = re.compile(r"^[A-Z]{2}$")
# Codes CLDR lists that are not ISO 3166-1 countries (EU, UN, reserved/user-assigned codes).
NOT_COUNTRIES = frozenset("AC CP CQ DG EA EU EZ IC QO TA UN XA XB XK ZZ".split())
COMMON_KEYS = ("id", "name", "aliases_ar", "short_ar", "aliases_en")
ENTITY_KEYS = {
    "actors": (*COMMON_KEYS, "role", "country", "wikidata"),
    "organisations": (*COMMON_KEYS, "country"),
    "outlets": (*COMMON_KEYS, "kind", "url"),
}
COUNTRY_KEYS = ("aliases_ar", "short_ar", "adjectives_ar", "capitals_ar", "aliases_en")
ROLE_KEYS = ("ar", "en", "since", "until")


@dataclass(frozen=True, slots=True)
class Entry:
    """One YAML mapping with the line of the mapping and of each of its keys."""

    data: dict[str, Any]
    line: int
    key_lines: dict[str, int]


@cache
def cldr_countries() -> dict[str, tuple[str, str]]:
    """ISO code → (Arabic name, English name) from CLDR."""
    arabic, english = Locale.parse("ar").territories, Locale.parse("en").territories
    return {
        code: (arabic[code], english[code])
        for code in sorted(arabic)
        if ISO.match(code) and code not in NOT_COUNTRIES and code in english
    }


def _entries(
    path: Path, rel: str, problems: Problems, *, mapping: bool = False
) -> Iterator[tuple[str | None, Entry]]:
    """Yield ``(key, entry)`` from a YAML list (key None) or a mapping of code → entry."""
    try:
        text = path.read_text(encoding="utf-8")
        for finding in text_safety.scan(text):  # names are displayed and matched: no disguises
            (problems.error if finding.error else problems.warning)(
                rel, finding.line, finding.message, finding.fix
            )
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError) as exc:
        problems.error(rel, 1, f"cannot read registry: {exc}", "re-save the file as UTF-8")
        return
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problems.error(
            rel,
            mark.line + 1 if mark else 1,
            f"invalid YAML: {getattr(exc, 'problem', exc)}",
            "check quoting and indentation",
        )
        return
    if node is None:
        return
    expected = yaml.MappingNode if mapping else yaml.SequenceNode
    if not isinstance(node, expected):
        problems.error(
            rel,
            1,
            f"registry must be a {'mapping of codes' if mapping else 'list of entries'}",
            "see the comment at the top of the file",
        )
        return
    pairs = (
        list(zip(node.value, data.items(), strict=True))
        if mapping
        else list(zip(node.value, data, strict=True))
    )
    for item_node, item in pairs:
        key, value_node, value = (item[0], item_node[1], item[1]) if mapping else (None, item_node, item)
        line = value_node.start_mark.line + 1
        if not isinstance(value, dict) or not isinstance(value_node, yaml.MappingNode):
            problems.error(
                rel, line, "entry must be a mapping of 'key: value'", "see the comment at the top of the file"
            )
            continue
        key_lines = {str(k.value): k.start_mark.line + 1 for k, _ in value_node.value}
        yield (str(key) if key is not None else None), Entry(data=value, line=line, key_lines=key_lines)


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


def _country_code(entry: Entry, rel: str, problems: Problems) -> str | None:
    code = entry.data.get("country")
    if code is None:
        return None
    if not isinstance(code, str) or code not in cldr_countries():
        hint = did_you_mean(str(code).upper(), list(cldr_countries())) if isinstance(code, str) else ""
        problems.error(
            rel,
            entry.key_lines["country"],
            f"invalid country code {code!r}{hint}",
            "use an ISO 3166-1 alpha-2 code such as UA",
        )
        return None
    return code


def _role(entry: Entry, rel: str, problems: Problems) -> dict[str, str | None]:
    role = entry.data.get("role")
    if role is None:
        return {}
    line = entry.key_lines["role"]
    if not isinstance(role, dict) or any(key not in ROLE_KEYS for key in role):
        problems.error(
            rel,
            line,
            "'role' must be {ar: …, en: …} with optional since/until",
            "write role: {ar: …, en: …, since: YYYY-MM-DD}",
        )
        return {}
    return {f"role_{key}": str(role[key]) if role.get(key) is not None else None for key in ROLE_KEYS}


def _load_entities(kind: str, content_dir: Path, problems: Problems) -> dict[str, Any]:
    path = content_dir / "registry" / f"{kind}.yml"
    rel = f"content/registry/{kind}.yml"
    if not path.exists():
        return {}
    result: dict[str, Any] = {}
    lines: dict[str, int] = {}
    for _, entry in _entries(path, rel, problems):
        _check_keys(entry, ENTITY_KEYS[kind], rel, problems)
        entity_id = entry.data.get("id")
        if not isinstance(entity_id, str) or not ID.match(entity_id):
            problems.error(
                rel,
                entry.key_lines.get("id", entry.line),
                f"invalid id {entity_id!r}",
                "use lowercase ASCII words joined by '-', e.g. volodymyr-zelensky",
            )
            continue
        if entity_id in result:
            problems.error(
                rel,
                entry.key_lines["id"],
                f"duplicate id '{entity_id}' (first at line {lines[entity_id]})",
                "give each entry its own id",
            )
            continue
        names = _names(entry, rel, problems)
        if names is None:
            continue
        source = SourceLocation(path=rel, line=entry.line)
        lines[entity_id] = entry.key_lines["id"]
        result[entity_id] = _build(kind, entity_id, names, entry, source, rel, problems)
    return result


def _build(
    kind: str,
    entity_id: str,
    names: Names,
    entry: Entry,
    source: SourceLocation,
    rel: str,
    problems: Problems,
) -> Any:
    if kind == "actors":
        wikidata = entry.data.get("wikidata")
        if wikidata is not None and not re.match(r"^Q\d+$", str(wikidata)):
            problems.error(
                rel,
                entry.key_lines["wikidata"],
                f"invalid Wikidata id {wikidata!r}",
                "use the Q-number, e.g. Q3874799, or leave it out",
            )
            wikidata = None
        return Actor(
            id=entity_id,
            names=names,
            country=_country_code(entry, rel, problems),
            wikidata=wikidata,
            source=source,
            **_role(entry, rel, problems),
        )
    if kind == "organisations":
        return Organisation(
            id=entity_id, names=names, country=_country_code(entry, rel, problems), source=source
        )
    url = entry.data.get("url")
    if url is not None and not (isinstance(url, str) and text_safety.is_web_address(url)):
        problems.error(
            rel,
            entry.key_lines["url"],
            f"outlet url must start with http:// or https:// (got '{text_safety.visible(str(url))}')",
            "write the outlet's web address, e.g. url: https://www.reuters.com/",
        )
        url = None
    return Outlet(
        id=entity_id,
        names=names,
        kind=str(entry.data.get("kind", "outlet")),
        url=url or None,
        source=source,
    )


NISBA_ENDINGS = ("", "ة", "ين", "ون", "ان", "تان", "تين", "ات")


def adjective_forms(stem: str) -> tuple[str, ...]:
    """A nisba adjective and its inflections: أوكراني → أوكرانية، أوكرانيين، أوكرانيون…

    A two-word adjective agrees word by word (كوري شمالي → كورية شمالية، كوريين
    شماليين), and its definite forms are listed too (الكوري الشمالي), because the
    matcher puts clitics and the article only in front of the first word.
    """
    words = stem.split()
    if not all(word.endswith("ي") for word in words):
        return (stem,)
    forms = [" ".join(word + ending for word in words) for ending in NISBA_ENDINGS]
    if len(words) > 1:
        forms += [" ".join("ال" + word for word in form.split()) for form in forms]
    return tuple(forms)


def _load_countries(content_dir: Path, problems: Problems) -> dict[str, Country]:
    extras: dict[str, tuple[Entry, str]] = {}
    path = content_dir / "registry" / "countries.yml"
    rel = "content/registry/countries.yml"
    if path.exists():
        for code, entry in _entries(path, rel, problems, mapping=True):
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
            extras[str(code)] = (entry, rel)
    countries = {}
    for code, (arabic, english) in cldr_countries().items():
        entry, source = extras.get(code, (Entry(data={}, line=0, key_lines={}), rel))
        short = _strings(entry, "short_ar", rel, problems)
        names = Names(
            ar=arabic,
            en=english,
            aliases_ar=_strings(entry, "aliases_ar", rel, problems),
            short_ar=short,
            aliases_en=_strings(entry, "aliases_en", rel, problems),
        )
        adjectives = tuple(
            form for stem in _strings(entry, "adjectives_ar", rel, problems) for form in adjective_forms(stem)
        )
        location = SourceLocation(path=source, line=entry.line) if entry.line else None
        countries[code] = Country(
            id=code,
            names=names,
            adjectives_ar=adjectives,
            capitals_ar=_strings(entry, "capitals_ar", rel, problems),
            source=location,
        )
    return countries


def spellings(entity: Actor | Country | Organisation | Outlet) -> tuple[str, ...]:
    """Every Arabic form that names the entity (the full name first)."""
    names = entity.names
    forms = (names.ar, *names.aliases_ar, *names.short_ar)
    if isinstance(entity, Country):
        forms += (*entity.adjectives_ar, *entity.capitals_ar)
    return tuple(dict.fromkeys(forms))


def _check_alias_claims(registry: Registry, problems: Problems) -> None:
    """An Arabic form claimed by two entities is an error: which one would it link to?"""
    owners: dict[str, tuple[str, str, SourceLocation | None]] = {}
    groups = (
        ("actor", registry.actors),
        ("organisation", registry.organisations),
        ("outlet", registry.outlets),
        ("country", registry.countries),
    )
    for kind, group in groups:
        for entity in group.values():
            for form in spellings(entity):
                key = normalize(form)
                owner = owners.setdefault(key, (kind, entity.id, entity.source))
                if owner[:2] != (kind, entity.id):
                    where = (
                        entity.source
                        or owner[2]
                        or SourceLocation(path="content/registry/countries.yml", line=1)
                    )
                    problems.error(
                        where.path,
                        where.line,
                        f"'{form}' names both {owner[0]} '{owner[1]}' and {kind} '{entity.id}'",
                        "keep the alias on one entry only (or make it short_ar on both)",
                    )


def load_registry(content_dir: Path, problems: Problems) -> Registry:
    """Load and validate every registry; problems are collected, never raised here."""
    registry = Registry(
        actors=_load_entities("actors", content_dir, problems),
        countries=_load_countries(content_dir, problems),
        organisations=_load_entities("organisations", content_dir, problems),
        outlets=_load_entities("outlets", content_dir, problems),
    )
    _check_alias_claims(registry, problems)
    return registry
