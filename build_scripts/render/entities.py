"""Entity pages (actor, country, organisation, outlet) and their indexes. Pure.

Names come from the registry in the page's language; quotes stay in Arabic
(they are what was said) and link back to the exact paragraph they came from.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..arabic_text import normalize
from ..dossier.entity_index import Dossier, EntityStats
from ..model import REGISTRY_FIELDS, Actor, Event, PartialDate
from ..text_safety import is_web_address
from . import meta as render_meta
from .charts import mentions_chart
from .common import chip, chips, entity_name, entity_ref, flag, make_page, names_of
from .entity_lists import dated_lists, event_quotes
from .i18n import UI
from .map import dossier_map
from .markdown_safety import escape_inline, escape_meta
from .pages import FEED_KINDS, Linker, Page, PageRef, feed_beside
from .period_pages import period_label, period_nav, period_ref, period_title
from .periods import Archive, Period

INDEX_TITLES = {
    "actors": "People",
    "countries": "Countries",
    "organisations": "Organisations",
    "outlets": "Outlets",
    "places": "Places",
    "events": "Events",
}
ALONGSIDE_LIMIT = 10
EVENT_KIND_LABELS = {
    "summit": "Summit",
    "meeting": "Meeting",
    "call": "Call",
    "talks": "Talks",
    "visit": "Visit",
    "vote": "Vote",
    "attack": "Attack",
    "agreement": "Agreement",
    "conference": "Conference",
}


def sort_key(name: str, lang: str) -> str:
    """Alphabetical order: Arabic by letter (hamza forms and the article ال ignored)."""
    if lang != "ar":
        return name.casefold()
    key = normalize(name)
    return key[2:] if key.startswith("ال") else key


def _counts(stats: EntityStats, ui: UI) -> str:
    parts = [ui.count("{n} article", "{n} articles", len(stats.articles))]
    parts.append(ui.count("{n} mention", "{n} mentions", stats.mentions))
    if stats.kind == "actor":
        parts.append(ui.count("{n} quote", "{n} quotes", len(stats.quotes)))
    return '<p class="daftar-counts">' + " · ".join(parts) + "</p>"


def _header(dossier: Dossier, stats: EntityStats, ui: UI, link: Linker) -> list[str]:
    names = names_of(dossier.registry, stats.kind, stats.id)
    title = names.ar if ui.lang == "ar" else names.en
    other, other_lang = (names.en, "en") if ui.lang == "ar" else (names.ar, "ar")
    prefix = f"{flag(stats.id, link, lazy=False)} " if stats.kind == "country" else ""
    lines = [
        f"# {prefix}{escape_inline(title)}",
        f'<p class="daftar-other-name" lang="{other_lang}">{escape_inline(other)}</p>',
    ]
    lines.extend(_facts(dossier, stats, ui, link))
    lines.append(_counts(stats, ui))
    return lines


def _roles(actor: Actor, ui: UI) -> list[str]:
    """The current role, then earlier ones with the day they ended. A base registry
    role is only known held on its file's ``as_of``: the page says so rather than
    present it as current on the day it is read."""
    facts = []
    current = actor.current_role
    if current:
        label = ui("Role")
        if actor.roles_as_of:
            year, month, day = map(int, actor.roles_as_of.split("-"))
            label = ui("Role on {date}", date=ui.date(PartialDate(year=year, month=month, day=day)))
        facts.append(f"{label}: {escape_inline(current.en if ui.lang == 'en' else current.ar)}")
    for role in reversed(actor.roles):
        if role.until:
            text = escape_inline(role.en if ui.lang == "en" else role.ar)
            year, month, day = map(int, role.until.split("-"))
            until = ui.date(PartialDate(year=year, month=month, day=day))
            facts.append(f"{ui('Earlier')}: {text} ({ui('until {date}', date=until)})")
    return facts


def _facts(dossier: Dossier, stats: EntityStats, ui: UI, link: Linker) -> list[str]:
    facts = []
    entity = getattr(dossier.registry, REGISTRY_FIELDS[stats.kind])[stats.id]
    if stats.kind == "actor":
        facts.extend(_roles(entity, ui))
    if stats.kind == "event":
        facts.extend(_event_facts(dossier, entity, ui, link))
    country = getattr(entity, "country", None)
    if country and country in dossier.registry.countries:
        facts.append(f"{ui('Country')}: {chip(dossier, 'country', country, ui, link)}")
    wikidata = getattr(entity, "wikidata", None)
    if wikidata:
        facts.append(
            f'<a href="https://www.wikidata.org/wiki/{escape_meta(wikidata)}" rel="noopener">Wikidata {escape_meta(wikidata)}</a>'
        )
    if stats.kind == "outlet" and entity.url and is_web_address(entity.url):  # checked on load too
        facts.append(
            f'<a href="{escape_meta(entity.url)}" rel="noopener nofollow">{escape_meta(entity.url)}</a>'
        )
    return [f'<p class="daftar-facts">{" · ".join(facts)}</p>'] if facts else []


def _event_facts(dossier: Dossier, event: Event, ui: UI, link: Linker) -> list[str]:
    """When (a day or a span of days), what kind of event, where, and who organised it."""
    facts = [
        f"{ui('Date')}: {escape_inline(_event_dates(event, ui))}",
        f"{ui('Kind')}: {ui(EVENT_KIND_LABELS[event.kind])}",
    ]
    if event.place in dossier.registry.places:
        facts.append(f"{ui('Place')}: {chip(dossier, 'place', event.place, ui, link)}")
    organiser = _entity_key(dossier, event.organiser)
    if organiser:
        facts.append(f"{ui('Organiser')}: {chip(dossier, *organiser, ui, link)}")
    return facts


def _event_dates(event: Event, ui: UI) -> str:
    def day(iso: str) -> str:
        year, month, number = map(int, iso.split("-"))
        return ui.date(PartialDate(year=year, month=month, day=number))

    return day(event.start) if event.start == event.end else f"{day(event.start)} – {day(event.end)}"


def _entity_key(dossier: Dossier, entity_id: str | None) -> tuple[str, str] | None:
    """The kind of an id an event gives (organiser, participant), if it has a page."""
    for kind in ("actor", "organisation", "country"):
        if entity_id and (kind, entity_id) in dossier.entities:
            return kind, entity_id
    return None


def _event_extras(
    dossier: Dossier, stats: EntityStats, ui: UI, link: Linker, shown: Period | None
) -> list[str]:
    """Who was expected, what was said in the articles about it, and the events
    before and after it that shared someone with it."""
    event = dossier.registry.events[stats.id]
    lines = []
    participants = [key for key in map(lambda i: _entity_key(dossier, i), event.participants) if key]
    if participants:
        lines += [f"## {ui('Participants')}", chips(dossier, participants, ui, link)]
    lines += event_quotes(dossier, stats, ui, link, shown)
    earlier, later = _neighbour_events(dossier, event)
    links = [
        f"{ui(label)}: {chip(dossier, 'event', other.id, ui, link)} ({escape_inline(_event_dates(other, ui))})"
        for label, other in (("Earlier event", earlier), ("Later event", later))
        if other is not None
    ]
    if links:
        lines.append('<p class="daftar-facts">' + " · ".join(links) + "</p>")
    return lines


def _neighbour_events(dossier: Dossier, event: Event) -> tuple[Event | None, Event | None]:
    """The closest events before and after this one with a participant, organiser or
    place in common."""

    def anchors(e: Event) -> set[str]:
        return {*e.participants, *(p for p in (e.organiser, e.place) if p is not None)}

    mine = anchors(event)
    shared = sorted(
        (e for e in dossier.registry.events.values() if e.id != event.id and anchors(e) & mine),
        key=lambda e: (e.start, e.id),
    )
    earlier = [e for e in shared if (e.start, e.id) < (event.start, event.id)]
    later = [e for e in shared if (e.start, e.id) > (event.start, event.id)]
    return (earlier[-1] if earlier else None), (later[0] if later else None)


def _place_extras(dossier: Dossier, stats: EntityStats, ui: UI, link: Linker) -> list[str]:
    """Events held there."""
    events = sorted(
        (e for e in dossier.registry.events.values() if e.place == stats.id), key=lambda e: (e.start, e.id)
    )
    if not events:
        return []
    return [f"## {ui('Events')}", chips(dossier, [("event", e.id) for e in events], ui, link)]


def _alongside(
    dossier: Dossier, stats: EntityStats, kind: str, title: str, ui: UI, link: Linker
) -> list[str]:
    keys = [(k, i, n) for k, i, n in stats.alongside if k == kind][:ALONGSIDE_LIMIT]
    return [f"## {ui(title)}", chips(dossier, keys, ui, link)] if keys else []


def _feed_link(stats: EntityStats, link: Linker) -> str | None:
    """The page's own Atom feed (``feeds``), relative: the head's autodiscovery
    link (``daftar.feed``) and the visible one share it."""
    if stats.kind not in FEED_KINDS:
        return None
    return link(feed_beside(entity_ref(stats.kind, stats.id)))


def render_entity(
    dossier: Dossier,
    stats: EntityStats,
    ui: UI,
    link: Linker,
    archive: Archive | None = None,
    period: Period | None = None,
) -> Page:
    """An entity's page; when its lists are long (``archive``), they show the newest
    year or month and link the others, and ``period`` names one of those pages."""
    if archive is not None and period is not None:
        return _render_period(dossier, stats, ui, link, archive, period)
    shown = archive.shown(None) if archive is not None else None
    lines = _header(dossier, stats, ui, link)
    feed = _feed_link(stats, link)
    if feed:
        lines.append(
            f'<p class="daftar-feed"><a href="{feed}" type="application/atom+xml">{ui("Atom feed")}</a></p>'
        )
    if stats.months and stats.kind != "event":  # an event's articles fall in a month or two
        lines.append(mentions_chart(stats.months, ui))
    if archive is not None and shown is not None:
        lines.append(period_nav(archive, shown, entity_ref(stats.kind, stats.id), ui, link))
    lines += dated_lists(dossier, stats, ui, link, shown)
    if stats.kind == "country":
        lines += _country_extras(dossier, stats, ui, link)
    if stats.kind == "event":
        lines += _event_extras(dossier, stats, ui, link, shown)
    if stats.kind == "place":
        lines += _place_extras(dossier, stats, ui, link)
    lines += _alongside(dossier, stats, "actor", "Named alongside", ui, link)
    if stats.kind != "country":
        lines += _alongside(dossier, stats, "country", "Countries named alongside", ui, link)
    else:
        lines += _alongside(dossier, stats, "country", "Countries most often named alongside", ui, link)
    name = entity_name(dossier.registry, stats.kind, stats.id, ui.lang)
    jsonld = render_meta.entity(dossier.registry, stats.kind, stats.id, ui.lang)
    meta: dict[str, Any] = {"title": name, "daftar": {"kind": stats.kind, "id": stats.id, "jsonld": jsonld}}
    if feed:
        meta["daftar"]["feed"] = feed
    body = "\n\n".join(line for line in lines if line)
    return make_page(entity_ref(stats.kind, stats.id), ui, meta, body, "content/registry/")


def _render_period(
    dossier: Dossier, stats: EntityStats, ui: UI, link: Linker, archive: Archive, period: Period
) -> Page:
    """One year or month of an entity's quotes and articles, under its name linking
    back to its page (which has the facts, the chart and the rest)."""
    page = entity_ref(stats.kind, stats.id)
    name = entity_name(dossier.registry, stats.kind, stats.id, ui.lang)
    prefix = f"{flag(stats.id, link, lazy=False)} " if stats.kind == "country" else ""
    shown = archive.shown(period)
    lines = [
        f"# {prefix}[{escape_inline(name)}]({link(page)}) — {period_label(period, ui)}",
        period_nav(archive, shown, page, ui, link),
        *dated_lists(dossier, stats, ui, link, shown),
    ]
    if stats.kind == "event":
        lines += event_quotes(dossier, stats, ui, link, shown)
    daftar = {"kind": stats.kind, "id": stats.id, "period": period.part}
    meta = {"title": period_title(name, period, ui), "daftar": daftar}
    return make_page(period_ref(page, period), ui, meta, "\n\n".join(lines), "content/registry/")


def _country_extras(dossier: Dossier, stats: EntityStats, ui: UI, link: Linker) -> list[str]:
    actors = sorted(a.id for a in dossier.registry.actors.values() if a.country == stats.id)
    places = sorted(p.id for p in dossier.registry.places.values() if p.country == stats.id)
    lines = []
    if actors:
        lines += [
            f"## {ui('People from this country')}",
            chips(dossier, [("actor", a) for a in actors], ui, link),
        ]
    if places:
        lines += [
            f"## {ui('Places in this country')}",
            chips(dossier, [("place", p) for p in places], ui, link),
        ]
    if stats.mentions_by_kind:
        labels = {
            "name": ui("by name"),
            "adjective": ui("by adjective"),
            "capital": ui("by capital"),
            "place": ui("by place"),
        }
        rows = [f"| {labels.get(kind, kind)} | {count} |" for kind, count in stats.mentions_by_kind]
        lines += [
            f"## {ui('Mentions by kind')}",
            f"| {ui('Kind')} | {ui('Mentions')} |\n|---|---|\n" + "\n".join(rows),
        ]
    return lines


def render_index(dossier: Dossier, plural: str, ui: UI, link: Linker) -> Page:
    """A sortable table: A–Z by default (works without JavaScript), or by number of articles."""
    kind = next(k for k, p in REGISTRY_FIELDS.items() if p == plural)
    rows = []
    for stats in sorted(
        dossier.of_kind(kind),
        key=lambda s: sort_key(entity_name(dossier.registry, kind, s.id, ui.lang), ui.lang),
    ):
        rows.append(
            f"| {chip(dossier, kind, stats.id, ui, link)} | {len(stats.articles)} | {stats.mentions} |"
        )
    table = f"| {ui('Name')} | {ui('Articles')} | {ui('Mentions')} |\n|---|---:|---:|\n" + "\n".join(rows)
    world_map = f"{dossier_map(dossier, ui, link)}\n\n" if kind == "country" else ""
    body = f'# {ui(INDEX_TITLES[plural])}\n\n{world_map}<div class="daftar-sortable" markdown="1">\n\n{table}\n\n</div>'
    meta = {"title": ui(INDEX_TITLES[plural]), "daftar": {"kind": plural}}
    return make_page(PageRef(kind=plural), ui, meta, body, "content/registry/")


def timeline_events(dossier: Dossier, events: Iterable[Event], ui: UI, link: Linker) -> str:
    """A month's events on the timeline, each linked, with its dates."""
    items = [
        f"<li>{chip(dossier, 'event', e.id, ui, link)} · {escape_inline(_event_dates(e, ui))}</li>"
        for e in events
        if ("event", e.id) in dossier.entities
    ]
    return '<ul class="daftar-timeline-events">' + "".join(items) + "</ul>" if items else ""
