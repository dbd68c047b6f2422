"""The dossier as data files for researchers: JSON for articles and entities, CSV for
mentions and quotes. Pure: model in, ``{file name: text}`` out.

Order is the site's (articles newest first by date, then id; entities by id;
mentions by offset), so two builds write the same bytes and a diff between two
versions of the dossier shows only what changed. Offsets index the article's
Arabic body exactly as written (``articles.json`` does not repeat bodies: they
are in the repository's ``content/articles/``).
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from ..dossier.entity_index import KINDS, Dossier, EntityStats
from ..model import REGISTRY_FIELDS, Article
from .common import names_of
from .pages import AbsoluteUrl, PageRef, article_ref

LANGUAGES = ("ar", "en")
DATA_FILES = ("articles.json", "entities.json", "events.json", "mentions.csv", "quotes.csv")
MENTION_COLUMNS = ("article", "entity_kind", "entity_id", "mention_kind", "text", "start", "end")
QUOTE_COLUMNS = ("article", "speaker", "speaker_name_ar", "paragraph", "text", "start", "end")
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection);
# quotes are free text from strangers, so such a cell gets a leading apostrophe.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _pages(ref: PageRef, absolute: AbsoluteUrl) -> dict[str, str]:
    return {lang: absolute(ref, lang) for lang in LANGUAGES}


def _article(article: Article, dossier: Dossier, absolute: AbsoluteUrl) -> dict[str, Any]:
    extraction = dossier.extractions[article.slug]
    title_en = (article.translation and article.translation.title) or article.title_en
    return {
        "id": article.slug,
        "date": article.date.iso,
        "date_note": article.date_note,
        "title_ar": article.title,
        "title_en": title_en,
        "deck": article.deck,
        "summary_en": article.summary_en,
        "translated": article.translation is not None,
        "outlet": article.outlet,
        "url": article.url,
        "pages": _pages(article_ref(article.slug), absolute),
        **{field: list(extraction.ids(field)) for field in KINDS},
        "quotes": len(extraction.quotes),
    }


def _entity(stats: EntityStats, dossier: Dossier, absolute: AbsoluteUrl) -> dict[str, Any]:
    names = names_of(dossier.registry, stats.kind, stats.id)
    entity = getattr(dossier.registry, REGISTRY_FIELDS[stats.kind])[stats.id]
    data: dict[str, Any] = {"id": stats.id, "name": {"ar": names.ar, "en": names.en}}
    if stats.kind == "actor":
        current = entity.current_role
        data["role"] = {"ar": current.ar, "en": current.en} if current else {"ar": None, "en": None}
        data["roles"] = [{"ar": r.ar, "en": r.en, "since": r.since, "until": r.until} for r in entity.roles]
        data["roles_as_of"] = entity.roles_as_of  # open roles are known held on this day
    for key in ("country", "wikidata", "kind", "url", "start", "end", "place", "organiser"):
        if hasattr(entity, key):
            data[key] = getattr(entity, key)
    data["pages"] = _pages(PageRef(kind=stats.kind, id=stats.id), absolute)
    data["articles"] = list(stats.articles)  # articles naming it, newest first
    data["mentions"] = stats.mentions
    if stats.kind == "actor":
        data["quotes"] = len(stats.quotes)
    if stats.kind == "outlet":
        data["published"] = list(stats.published)
    if stats.kind == "place" and entity.coordinates:
        data["coordinates"] = list(entity.coordinates)
    if stats.kind == "event":
        data["participants"] = list(entity.participants)
    return data


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _cell(value: str | int | None) -> str | int:
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _csv(columns: tuple[str, ...], rows: list[tuple[str | int | None, ...]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(tuple(_cell(value) for value in row) for row in rows)
    return buffer.getvalue()


def mention_rows(dossier: Dossier) -> list[tuple[str | int | None, ...]]:
    rows: list[tuple[str | int | None, ...]] = []
    for article in dossier.articles:
        extraction = dossier.extractions[article.slug]
        found = [(m, kind) for field, kind in KINDS.items() for m in getattr(extraction, field)]
        for m, kind in sorted(
            found, key=lambda item: (item[0].start, item[0].end, item[1], item[0].entity_id)
        ):
            rows.append((article.slug, kind, m.entity_id, m.kind, m.text, m.start, m.end))
    return rows


def quote_rows(dossier: Dossier) -> list[tuple[str | int | None, ...]]:
    rows: list[tuple[str | int | None, ...]] = []
    for article in dossier.articles:
        for q in sorted(dossier.extractions[article.slug].quotes, key=lambda q: (q.start, q.end)):
            # q.paragraph is the article page's #p-N anchor
            rows.append((article.slug, q.speaker, q.speaker_name_ar, q.paragraph, q.text, q.start, q.end))
    return rows


def export_data(dossier: Dossier, absolute: AbsoluteUrl) -> dict[str, str]:
    """Every data file, by name (their place on the site is the engine's business)."""
    articles = [_article(article, dossier, absolute) for article in dossier.articles]
    entities = {
        group: [_entity(stats, dossier, absolute) for stats in dossier.of_kind(kind)]
        for kind, group in REGISTRY_FIELDS.items()
    }
    return {
        "articles.json": _json({"articles": articles}),
        "entities.json": _json(entities),
        "events.json": _json({"events": entities["events"]}),
        "mentions.csv": _csv(MENTION_COLUMNS, mention_rows(dossier)),
        "quotes.csv": _csv(QUOTE_COLUMNS, quote_rows(dossier)),
    }
