"""Entity pages (actor, country, organisation, outlet) and their indexes. Pure.

Names come from the registry in the page's language; quotes stay in Arabic
(they are what was said) and link back to the exact paragraph they came from.
"""

from __future__ import annotations

from typing import Any

from . import render_meta
from .arabic_text import normalize
from .entity_index import Dossier, EntityStats
from .i18n import UI
from .markdown_safety import escape_inline, escape_meta
from .model import Actor, PartialDate
from .pages import Linker, Page, PageRef
from .render_charts import mentions_chart
from .render_common import article_link_list, entity_name, flag, make_page, names_of
from .text_safety import is_web_address

PLURAL_KIND = {
    "actor": "actors",
    "country": "countries",
    "organisation": "organisations",
    "outlet": "outlets",
}
INDEX_TITLES = {
    "actors": "People",
    "countries": "Countries",
    "organisations": "Organisations",
    "outlets": "Outlets",
}
ALONGSIDE_LIMIT = 10


def entity_ref(kind: str, entity_id: str) -> PageRef:
    return PageRef(kind=kind, id=entity_id)


def sort_key(name: str, lang: str) -> str:
    """Alphabetical order: Arabic by letter (hamza forms and the article ال ignored)."""
    if lang != "ar":
        return name.casefold()
    key = normalize(name)
    return key[2:] if key.startswith("ال") else key


def _chip(
    dossier: Dossier,
    kind: str,
    entity_id: str,
    ui: UI,
    link: Linker,
    count: int | None = None,
    day: str | None = None,
) -> str:
    name = escape_inline(entity_name(dossier.registry, kind, entity_id, ui.lang))
    prefix = f"{flag(entity_id, link)} " if kind == "country" else ""
    suffix = f" ({count})" if count is not None else ""
    role = dossier.registry.actors[entity_id].role_on(day) if kind == "actor" and day else None
    title = f' title="{escape_meta(role.en if ui.lang == "en" else role.ar)}"' if role else ""
    return f'<a class="daftar-chip daftar-chip--{kind}" href="{link(entity_ref(kind, entity_id))}"{title}>{prefix}{name}{suffix}</a>'


def chips(
    dossier: Dossier,
    keys: list[tuple[str, str, int]] | list[tuple[str, str]],
    ui: UI,
    link: Linker,
    attrs: str = "",
    day: str | None = None,
) -> str:
    """Linked entity names; ``attrs`` are extra attributes of the list (a search hint).
    With ``day`` (an article's date), a person's chip says the role held that day."""
    parts = [_chip(dossier, key[0], key[1], ui, link, key[2] if len(key) > 2 else None, day) for key in keys]
    return f'<p class="daftar-chips"{attrs}>' + " ".join(parts) + "</p>" if parts else ""


def _counts(stats: EntityStats, ui: UI) -> str:
    parts = [ui.count("{n} article", "{n} articles", len(stats.articles))]
    parts.append(ui.count("{n} mention", "{n} mentions", stats.mentions))
    if stats.kind == "actor":
        parts.append(ui.count("{n} quote", "{n} quotes", len(stats.quotes)))
    return '<p class="daftar-counts">' + " · ".join(parts) + "</p>"


def _quotes(dossier: Dossier, stats: EntityStats, ui: UI, link: Linker) -> list[str]:
    if not stats.quotes:
        return []
    lines = [f"## {ui('Quotes')}"]
    for ref in stats.quotes:
        target = link(PageRef(kind="article", id=ref.article), f"p-{ref.quote.paragraph}")
        article = dossier.article(ref.article)
        lines.append(
            f'<blockquote class="daftar-quote" lang="ar" dir="rtl"><p>{escape_meta(ref.quote.text)}</p></blockquote>\n\n'
            f'<p class="daftar-quote-source"><a href="{target}">{escape_inline(ui.date(article.date))}</a></p>'
        )
    return lines


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
    """The current role, then earlier ones with the day they ended."""
    facts = []
    current = actor.current_role
    if current:
        facts.append(f"{ui('Role')}: {escape_inline(current.en if ui.lang == 'en' else current.ar)}")
    for role in reversed(actor.roles):
        if role.until:
            text = escape_inline(role.en if ui.lang == "en" else role.ar)
            year, month, day = map(int, role.until.split("-"))
            until = ui.date(PartialDate(year=year, month=month, day=day))
            facts.append(f"{ui('Earlier')}: {text} ({ui('until {date}', date=until)})")
    return facts


def _facts(dossier: Dossier, stats: EntityStats, ui: UI, link: Linker) -> list[str]:
    facts = []
    entity = getattr(dossier.registry, PLURAL_KIND[stats.kind])[stats.id]
    if stats.kind == "actor":
        facts.extend(_roles(entity, ui))
    country = getattr(entity, "country", None)
    if country and country in dossier.registry.countries:
        facts.append(f"{ui('Country')}: {_chip(dossier, 'country', country, ui, link)}")
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


def _alongside(
    dossier: Dossier, stats: EntityStats, kind: str, title: str, ui: UI, link: Linker
) -> list[str]:
    keys = [(k, i, n) for k, i, n in stats.alongside if k == kind][:ALONGSIDE_LIMIT]
    return [f"## {ui(title)}", chips(dossier, keys, ui, link)] if keys else []


def render_entity(dossier: Dossier, stats: EntityStats, ui: UI, link: Linker) -> Page:
    lines = _header(dossier, stats, ui, link)
    if stats.months:
        lines.append(mentions_chart(stats.months, ui))
    lines += _quotes(dossier, stats, ui, link)
    if stats.kind == "outlet":
        lines += _outlet_lists(dossier, stats, ui, link)
    else:
        lines += [f"## {ui('Articles')}", article_link_list(dossier, stats.articles, ui, link)]
    if stats.kind == "country":
        lines += _country_extras(dossier, stats, ui, link)
    lines += _alongside(dossier, stats, "actor", "Named alongside", ui, link)
    if stats.kind != "country":
        lines += _alongside(dossier, stats, "country", "Countries named alongside", ui, link)
    else:
        lines += _alongside(dossier, stats, "country", "Countries most often named alongside", ui, link)
    name = entity_name(dossier.registry, stats.kind, stats.id, ui.lang)
    jsonld = render_meta.entity(dossier.registry, stats.kind, stats.id, ui.lang)
    meta: dict[str, Any] = {"title": name, "daftar": {"kind": stats.kind, "id": stats.id, "jsonld": jsonld}}
    return make_page(
        entity_ref(stats.kind, stats.id),
        ui,
        meta,
        "\n\n".join(line for line in lines if line),
        "content/registry/",
    )


def _outlet_lists(dossier: Dossier, stats: EntityStats, ui: UI, link: Linker) -> list[str]:
    lines = []
    if stats.published:
        lines += [
            f"## {ui('Published by this outlet')}",
            article_link_list(dossier, stats.published, ui, link),
        ]
    if stats.articles:
        lines += [
            f"## {ui('Articles citing this outlet')}",
            article_link_list(dossier, stats.articles, ui, link),
        ]
    return lines


def _country_extras(dossier: Dossier, stats: EntityStats, ui: UI, link: Linker) -> list[str]:
    actors = sorted(a.id for a in dossier.registry.actors.values() if a.country == stats.id)
    lines = []
    if actors:
        lines += [
            f"## {ui('People from this country')}",
            chips(dossier, [("actor", a) for a in actors], ui, link),
        ]
    if stats.mentions_by_kind:
        labels = {"name": ui("by name"), "adjective": ui("by adjective"), "capital": ui("by capital")}
        rows = [f"| {labels.get(kind, kind)} | {count} |" for kind, count in stats.mentions_by_kind]
        lines += [
            f"## {ui('Mentions by kind')}",
            f"| {ui('Kind')} | {ui('Mentions')} |\n|---|---|\n" + "\n".join(rows),
        ]
    return lines


def render_index(dossier: Dossier, plural: str, ui: UI, link: Linker) -> Page:
    """A sortable table: A–Z by default (works without JavaScript), or by number of articles."""
    kind = next(k for k, p in PLURAL_KIND.items() if p == plural)
    rows = []
    for stats in sorted(
        dossier.of_kind(kind),
        key=lambda s: sort_key(entity_name(dossier.registry, kind, s.id, ui.lang), ui.lang),
    ):
        rows.append(
            f"| {_chip(dossier, kind, stats.id, ui, link)} | {len(stats.articles)} | {stats.mentions} |"
        )
    table = f"| {ui('Name')} | {ui('Articles')} | {ui('Mentions')} |\n|---|---:|---:|\n" + "\n".join(rows)
    body = f'# {ui(INDEX_TITLES[plural])}\n\n<div class="daftar-sortable" markdown="1">\n\n{table}\n\n</div>'
    meta = {"title": ui(INDEX_TITLES[plural]), "daftar": {"kind": plural}}
    return make_page(PageRef(kind=plural), ui, meta, body, "content/registry/")
