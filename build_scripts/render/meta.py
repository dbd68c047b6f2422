"""schema.org descriptions (JSON-LD) of articles and entities. Pure: model in, dicts out.

Search engines and citation tools read these instead of guessing from the page.
The dicts hold raw text and go into the page's front matter (``daftar.jsonld``);
the template adds the page's absolute URL (only the engine knows ``site_url``)
and serialises them with Jinja's ``tojson``, which escapes ``<``, ``>``, ``&``
and ``'``: text from an untrusted article can never close the script element.
"""

from __future__ import annotations

from typing import Any

from ..dossier.entity_index import Dossier, entity_keys
from ..model import REGISTRY_FIELDS, Article, Registry
from .common import article_summary, article_title, entity_name, names_of

CONTEXT = "https://schema.org"
WIKIDATA = "https://www.wikidata.org/wiki/{}"
SCHEMA_TYPES = {
    "actor": "Person",
    "country": "Country",
    "organisation": "Organization",
    "outlet": "NewsMediaOrganization",
    "place": "Place",
    "event": "Event",
}


def body_language(article: Article, lang: str) -> str:
    """The language the article's text is in on this page: an English page without
    a translation shows the Arabic original."""
    return "en" if lang == "en" and article.translation is not None else "ar"


def thing(registry: Registry, kind: str, entity_id: str, lang: str) -> dict[str, Any]:
    """An entity as schema.org sees it: type, name in the page's language, identifiers.

    A new dict on every call: the front matter is YAML, and a dict used twice
    would be written as a YAML alias that MkDocs reads back but people cannot.
    """
    entity = getattr(registry, REGISTRY_FIELDS[kind])[entity_id]
    data: dict[str, Any] = {"@type": SCHEMA_TYPES[kind], "name": entity_name(registry, kind, entity_id, lang)}
    if kind == "country":
        data["identifier"] = entity_id  # ISO 3166-1 alpha-2
    if getattr(entity, "wikidata", None):
        data["sameAs"] = WIKIDATA.format(entity.wikidata)
    if getattr(entity, "url", None):
        data["url"] = entity.url
    if kind == "event":
        data["startDate"], data["endDate"] = entity.start, entity.end
        if entity.place in registry.places:
            data["location"] = thing(registry, "place", entity.place, lang)
    if kind == "place" and entity.coordinates:
        latitude, longitude = entity.coordinates
        data["geo"] = {"@type": "GeoCoordinates", "latitude": latitude, "longitude": longitude}
    return data


def news_article(article: Article, dossier: Dossier, lang: str) -> dict[str, Any]:
    """The article as a NewsArticle: the outlet is its publisher, the entities it names its mentions."""
    registry = dossier.registry
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "headline": article_title(article, lang),
        "description": article_summary(article, lang),
        "datePublished": article.date.iso,
        "inLanguage": body_language(article, lang),
    }
    if article.outlet in registry.outlets:
        data["publisher"] = thing(registry, "outlet", article.outlet, lang)
        data["sourceOrganization"] = thing(registry, "outlet", article.outlet, lang)
    if article.url:
        data["isBasedOn"] = article.url  # the original; the page's own URL is added by the template
    keys = entity_keys(dossier.extractions[article.slug])
    mentions = [thing(registry, kind, entity_id, lang) for kind, entity_id in keys]
    if mentions:
        data["mentions"] = mentions
    return data


def entity(registry: Registry, kind: str, entity_id: str, lang: str) -> dict[str, Any]:
    """A person, country, organisation or outlet, with its names in both languages."""
    names = names_of(registry, kind, entity_id)
    data: dict[str, Any] = {"@context": CONTEXT, **thing(registry, kind, entity_id, lang)}
    others = [names.en if lang == "ar" else names.ar, *names.aliases_en, *names.aliases_ar]
    alternate = [name for name in dict.fromkeys(others) if name != data["name"]]
    if alternate:
        data["alternateName"] = alternate
    if kind == "actor":
        data.update(_person(registry, entity_id, lang))
    return data


def _person(registry: Registry, entity_id: str, lang: str) -> dict[str, Any]:
    actor = registry.actors[entity_id]
    data: dict[str, Any] = {}
    role = actor.current_role
    if role:
        data["jobTitle"] = role.en if lang == "en" else role.ar
    if actor.country in registry.countries:
        data["nationality"] = thing(registry, "country", actor.country, lang)
    return data
