"""One registry entry → its entity, by kind: an actor with Wikidata id and dated roles,
an organisation, an outlet with its web address, a place with coordinates, an event
with its kind and days. Each field's problem is reported at its line, never raised."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .. import text_safety
from ..errors import Problems, did_you_mean
from ..model import EVENT_KINDS, Actor, Event, Names, Organisation, Outlet, Place, Role, SourceLocation
from .country_names import cldr_countries
from .registry_files import Entry

ROLE_KEYS = ("ar", "en", "since", "until", "also_ar")


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


def _day(value: Any) -> str | None:
    """A role date as ``YYYY-MM-DD`` (YAML reads unquoted dates as dates), or None if malformed."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            return None
    return None


def _one_role(value: Any, line: int, rel: str, problems: Problems) -> Role | None:
    fix = "write {ar: …, en: …, since: YYYY-MM-DD, until: YYYY-MM-DD} (dates optional)"
    if not isinstance(value, dict) or any(key not in ROLE_KEYS for key in value):
        problems.error(rel, line, "a role must be {ar: …, en: …} with optional since/until/also_ar", fix)
        return None
    if not all(isinstance(value.get(lang), str) and value[lang].strip() for lang in ("ar", "en")):
        problems.error(rel, line, "a role needs Arabic and English text", fix)
        return None
    dates = {key: _day(value[key]) for key in ("since", "until") if value.get(key) is not None}
    for key, day in dates.items():
        if day is None:
            problems.error(rel, line, f"role '{key}' is not a date: {value[key]!r}", fix)
            return None
    since, until = dates.get("since"), dates.get("until")
    if since and until and until < since:
        problems.error(rel, line, f"role ends ({until}) before it begins ({since})", "check the dates")
        return None
    also = value.get("also_ar", [])
    if not isinstance(also, list) or not all(isinstance(text, str) and text.strip() for text in also):
        problems.error(
            rel,
            line,
            "a role's also_ar must be a list of Arabic titles",
            "write also_ar: [منسقة الدبلوماسية الأوروبية]",
        )
        return None
    return Role(
        ar=value["ar"].strip(),
        en=value["en"].strip(),
        since=since,
        until=until,
        also_ar=tuple(text.strip() for text in also),
    )


def _roles(entry: Entry, rel: str, problems: Problems) -> tuple[Role, ...]:
    """``role: {…}`` (one) or ``roles: [{…}, …]`` (oldest first), never both."""
    if "role" in entry.data and "roles" in entry.data:
        problems.error(
            rel, entry.key_lines["roles"], "both 'role' and 'roles'", "keep one: roles: [{…}, {…}]"
        )
        return ()
    key = "roles" if "roles" in entry.data else "role"
    value = entry.data.get(key)
    if value is None:
        return ()
    line = entry.key_lines[key]
    values = value if key == "roles" and isinstance(value, list) else [value]
    roles = tuple(role for item in values if (role := _one_role(item, line, rel, problems)) is not None)
    starts = [role.since for role in roles if role.since]
    if starts != sorted(starts):
        problems.error(rel, line, "roles are not in order", "list roles oldest first")
    return roles


def build(
    kind: str,
    entity_id: str,
    names: Names,
    entry: Entry,
    source: SourceLocation,
    rel: str,
    problems: Problems,
) -> Any:
    """The entity an entry of ``kind`` describes; None when a field it cannot do without is wrong."""
    if kind == "actors":
        return _actor(entity_id, names, entry, source, rel, problems)
    if kind == "organisations":
        return Organisation(
            id=entity_id, names=names, country=_country_code(entry, rel, problems), source=source
        )
    if kind == "places":
        return _place(entity_id, names, entry, source, rel, problems)
    if kind == "events":
        return _event(entity_id, names, entry, source, rel, problems)
    return _outlet(entity_id, names, entry, source, rel, problems)


def _actor(
    entity_id: str, names: Names, entry: Entry, source: SourceLocation, rel: str, problems: Problems
) -> Actor:
    """A person: a malformed Wikidata id is dropped (reported), the person kept."""
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
        roles=_roles(entry, rel, problems),
        source=source,
    )


def _outlet(
    entity_id: str, names: Names, entry: Entry, source: SourceLocation, rel: str, problems: Problems
) -> Outlet:
    """An outlet: a url that is no web address is dropped (reported), the outlet kept."""
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


def _place(
    entity_id: str, names: Names, entry: Entry, source: SourceLocation, rel: str, problems: Problems
) -> Place | None:
    country = _country_code(entry, rel, problems)
    if country is None:
        if "country" not in entry.data:
            problems.error(rel, entry.line, f"place '{entity_id}' needs a country", "add country: UA")
        return None
    coordinates = entry.data.get("coordinates")
    if coordinates is not None:
        valid = (
            isinstance(coordinates, list)
            and len(coordinates) == 2
            and all(isinstance(c, int | float) and not isinstance(c, bool) for c in coordinates)
            and -90 <= coordinates[0] <= 90
            and -180 <= coordinates[1] <= 180
        )
        if not valid:
            problems.error(
                rel,
                entry.key_lines["coordinates"],
                f"invalid coordinates {coordinates!r}",
                "write coordinates: [latitude, longitude] in degrees, e.g. [46.2, 6.15], or leave them out",
            )
            coordinates = None
    return Place(
        id=entity_id,
        names=names,
        country=country,
        coordinates=(float(coordinates[0]), float(coordinates[1])) if coordinates else None,
        source=source,
    )


def _event(
    entity_id: str, names: Names, entry: Entry, source: SourceLocation, rel: str, problems: Problems
) -> Event | None:
    """An event: without a known kind or valid days there is none; bad participants are dropped."""
    kind = _event_kind(entry, rel, problems)
    if kind is None:
        return None
    days = _event_days(entry, rel, problems)
    if days is None:
        return None
    start, end = days
    data = entry.data
    participants = _participants(entry, rel, problems)
    return Event(
        id=entity_id,
        names=names,
        kind=kind,
        start=start,
        end=end,
        place=str(data["place"]) if data.get("place") is not None else None,
        organiser=str(data["organiser"]) if data.get("organiser") is not None else None,
        participants=tuple(participants),
        source=source,
    )


def _event_kind(entry: Entry, rel: str, problems: Problems) -> str | None:
    """The event's kind, one of ``EVENT_KINDS``; None (reported, with a suggestion) otherwise."""
    kind = entry.data.get("kind")
    if kind not in EVENT_KINDS:
        problems.error(
            rel,
            entry.key_lines.get("kind", entry.line),
            f"event kind {kind!r} is not one of {', '.join(EVENT_KINDS)}"
            + (did_you_mean(str(kind), EVENT_KINDS) if kind else ""),
            "write kind: summit (or meeting, call, talks, visit…)",
        )
        return None
    return kind


def _event_days(entry: Entry, rel: str, problems: Problems) -> tuple[str, str] | None:
    """(start, end): one ``date``, or ``start`` and ``end`` for several days; None when they
    clash, are no dates or end before they begin."""
    data, lines = entry.data, entry.key_lines
    fix = "write date: YYYY-MM-DD, or start: and end: for several days"
    if "date" in data and ("start" in data or "end" in data):
        problems.error(rel, lines["date"], "both 'date' and 'start'/'end'", fix)
        return None
    key = "date" if "date" in data else "start"
    start = _day(data.get(key))
    end = _day(data.get("end", data.get(key)))
    if start is None or end is None:
        bad = key if start is None else "end"
        problems.error(
            rel, lines.get(bad, entry.line), f"event '{bad}' is not a date: {data.get(bad)!r}", fix
        )
        return None
    if end < start:
        problems.error(rel, lines["end"], f"event ends ({end}) before it begins ({start})", "check the dates")
        return None
    return start, end


def _participants(entry: Entry, rel: str, problems: Problems) -> list[str]:
    """The participants' ids; none (reported) when they are not a list of ids."""
    participants = entry.data.get("participants", [])
    if not isinstance(participants, list) or not all(isinstance(p, str) for p in participants):
        problems.error(
            rel,
            entry.key_lines["participants"],
            "'participants' must be a list of ids",
            "write participants: [id, id]",
        )
        participants = []
    return participants
