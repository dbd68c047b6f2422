"""The dossier's data model: frozen values, no I/O.

Relations are resolved ids (``"volodymyr-zelensky"``, ``"UA"``), never Arabic
text, so URLs and file names stay stable ASCII whatever the spelling.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, TypeVar

FROZEN = {"frozen": True, "slots": True, "kw_only": True}


@dataclass(**FROZEN)
class SourceLocation:
    """Where a value came from, so errors can say ``path:line``."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(**FROZEN, order=True)
class PartialDate:
    """A publication date that may be known only to the month.

    Ordering is by (year, month, day) with an unknown day sorting first, so a
    month-only article lands before the dated articles of that month.
    """

    year: int
    month: int
    day: int | None = None

    @property
    def iso(self) -> str:
        base = f"{self.year:04d}-{self.month:02d}"
        return f"{base}-{self.day:02d}" if self.day else base

    @property
    def as_date(self) -> dt.date:
        """The first day the article could be from (for sorting and feeds)."""
        return dt.date(self.year, self.month, self.day or 1)

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month, self.day or 0)


@dataclass(**FROZEN)
class Translation:
    """An English translation written by a contributor (``*.en.md``)."""

    title: str
    body: str
    source: SourceLocation


@dataclass(**FROZEN)
class Article:
    """One article as read from ``content/articles/<date>-<slug>.ar.md``."""

    slug: str  # stable ASCII id, the file name without ``.ar.md``
    source: SourceLocation  # the front matter's first line
    title: str
    date: PartialDate
    body: str  # the Arabic body exactly as read (Markdown)
    body_line: int  # line of the file on which ``body`` starts
    deck: str | None = None
    date_note: str | None = None
    outlet: str | None = None
    url: str | None = None
    title_en: str | None = None
    summary_en: str | None = None
    translation: Translation | None = None
    key_lines: tuple[tuple[str, int], ...] = ()  # front-matter key -> line, for errors

    def line_of(self, key: str) -> int:
        return dict(self.key_lines).get(key, self.source.line)


# --- Registries -------------------------------------------------------------


@dataclass(**FROZEN)
class Names:
    """A name in both languages plus the Arabic spellings that refer to it."""

    ar: str
    en: str
    aliases_ar: tuple[str, ...] = ()
    short_ar: tuple[str, ...] = ()  # ambiguous: linked only after an unambiguous mention
    aliases_en: tuple[str, ...] = ()


@dataclass(**FROZEN)
class Role:
    """An office held from ``since`` until ``until`` (``YYYY-MM-DD``, either unknown).

    A role with no ``until`` is known to be held on the registry's ``as_of`` date."""

    ar: str
    en: str
    since: str | None = None
    until: str | None = None
    # Other ways the Arabic press writes this office (منسقة الدبلوماسية الأوروبية for the
    # EU's High Representative): quote attribution reads them; pages show ``ar``.
    also_ar: tuple[str, ...] = ()

    @property
    def texts_ar(self) -> tuple[str, ...]:
        """The office as the registry writes it, then as the press also does."""
        return (self.ar, *self.also_ar)

    def held_on(self, day: str) -> bool:
        """Held on ``day`` (an ISO date, or a month ``YYYY-MM``: any day of it)?"""
        if len(day) == 10:  # a day: from since (inclusive) to until (exclusive)
            return (self.since is None or self.since <= day) and (self.until is None or day < self.until)
        # a month: any overlap with it
        return (self.since is None or self.since[:7] <= day) and (self.until is None or day <= self.until[:7])


@dataclass(**FROZEN)
class Actor:
    id: str
    names: Names
    roles: tuple[Role, ...] = ()  # oldest first
    country: str | None = None  # ISO 3166-1 alpha-2
    wikidata: str | None = None
    source: SourceLocation | None = None
    # The date the roles are known true for: the base registry file's ``as_of`` (pages
    # say "role on <date>"); None when the dossier wrote them (its contributors keep them
    # current).
    roles_as_of: str | None = None

    @property
    def current_role(self) -> Role | None:
        """The latest role not known to have ended (the one to show without a date)."""
        return next((role for role in reversed(self.roles) if role.until is None), None)

    def role_on(self, day: str | None) -> Role | None:
        """The role held on ``day`` (the latest begun, if several); the current one
        when the day is unknown. None when no role is known to be held then."""
        if day is None:
            return self.current_role
        return next((role for role in reversed(self.roles) if role.held_on(day)), None)


@dataclass(**FROZEN)
class Country:
    id: str  # ISO 3166-1 alpha-2, upper case
    names: Names
    adjectives_ar: tuple[str, ...] = ()
    capitals_ar: tuple[str, ...] = ()
    source: SourceLocation | None = None


@dataclass(**FROZEN)
class Organisation:
    id: str
    names: Names
    country: str | None = None
    source: SourceLocation | None = None


@dataclass(**FROZEN)
class Outlet:
    id: str
    names: Names
    kind: str = "outlet"  # newspaper, agency, broadcaster, platform…
    url: str | None = None
    source: SourceLocation | None = None


@dataclass(**FROZEN)
class Place:
    """A city or region (جنيف، ألاسكا، دونباس): where things happen. A capital named as
    a location (في موسكو) is a place; named for its government (موسكو ترفض) it is
    the country."""

    id: str
    names: Names
    country: str  # ISO 3166-1 alpha-2
    coordinates: tuple[float, float] | None = None  # (latitude, longitude), only where sure
    source: SourceLocation | None = None


EVENT_KINDS = (
    "summit",
    "meeting",
    "call",
    "talks",
    "visit",
    "vote",
    "attack",
    "agreement",
    "conference",
    "election",
)


@dataclass(**FROZEN)
class Event:
    """Something that happened on a day or over a few days: a summit, a call, a round
    of talks. Linked from articles that name it, or that use its generic word (القمة)
    near its date together with its place or organiser."""

    id: str
    names: Names
    kind: str  # one of EVENT_KINDS
    start: str  # YYYY-MM-DD
    end: str  # YYYY-MM-DD, the same as start for a one-day event
    place: str | None = None  # a place id
    organiser: str | None = None  # an actor, organisation or country id
    participants: tuple[str, ...] = ()  # actor, organisation or country ids known in advance
    source: SourceLocation | None = None


# Entity kind (page kind, mention kind) → the Registry field holding it, which is
# also the kind's plural (URL folder, index page, data-export group). One table:
# every module that walks the kinds reads it.
REGISTRY_FIELDS = {
    "actor": "actors",
    "country": "countries",
    "organisation": "organisations",
    "outlet": "outlets",
    "place": "places",
    "event": "events",
}


@dataclass(**FROZEN)
class Registry:
    """Every known entity, keyed by id; the allow-list for a strict build."""

    actors: dict[str, Actor] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    outlets: dict[str, Outlet] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    as_of: str | None = None  # the date the base registry's roles are known true for


T = TypeVar("T")


def per_registry(build: Callable[[Registry], T]) -> Callable[[Registry], T]:
    """Remember what ``build`` derives from a registry, once per registry object.

    Registries are never changed after loading (a new load is a new object), but
    their dicts make them unhashable, so the memo is keyed by identity and checks
    that the object it remembers is still the one asked about."""
    memo: dict[int, tuple[Registry, T]] = {}

    @functools.wraps(build)
    def cached(registry: Registry) -> T:
        hit = memo.get(id(registry))
        if hit is None or hit[0] is not registry:
            hit = memo[id(registry)] = (registry, build(registry))
        return hit[1]

    return cached


# --- Extraction -------------------------------------------------------------

MentionKind = Literal["name", "surname", "title", "adjective", "capital", "alias", "generic"]


@dataclass(**FROZEN)
class Mention:
    """A span of the article body that refers to a registry entity."""

    entity_id: str
    kind: MentionKind
    text: str  # the body text exactly as written
    start: int  # character offsets into Article.body
    end: int


@dataclass(**FROZEN)
class Quote:
    speaker: str | None  # actor id, or None when unattributed
    text: str
    start: int
    end: int
    paragraph: int  # 1-based paragraph number in the body
    speaker_name_ar: str | None = None  # a speaker the registry lacks, as the text names them


@dataclass(**FROZEN)
class UnknownPerson:
    """A probable person the registry lacks: the name as written, and the role and
    country its title gave (الرئيس الفنلندي → role_ar, FI), when it had one."""

    text: str
    start: int
    end: int
    role_ar: str | None = None
    country: str | None = None


@dataclass(**FROZEN)
class Extraction:
    """What an article names and quotes; mentions are sorted by offset."""

    people: tuple[Mention, ...] = ()
    countries: tuple[Mention, ...] = ()
    organisations: tuple[Mention, ...] = ()
    outlets_cited: tuple[Mention, ...] = ()
    places: tuple[Mention, ...] = ()
    events: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    unknown_people: tuple[UnknownPerson, ...] = ()

    def ids(self, kind: str) -> tuple[str, ...]:
        """Distinct entity ids of one kind, in order of first mention."""
        return tuple(dict.fromkeys(m.entity_id for m in getattr(self, kind)))
