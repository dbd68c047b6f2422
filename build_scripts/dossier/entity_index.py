"""Per-entity indexes across the dossier: which articles name whom, who is quoted,
who appears alongside whom, and when. Pure aggregation over extractions.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from ..model import Actor, Article, Event, Extraction, Mention, Organisation, Outlet, Place, Quote, Registry

# Extraction field -> entity kind (page kind and URL folder).
KINDS = {
    "people": "actor",
    "countries": "country",
    "organisations": "organisation",
    "outlets_cited": "outlet",
    "places": "place",
    "events": "event",
}
BASE_PREFIX = "build_scripts/base_registry/"  # where base entries' sources point
RELATED_LIMIT = 5
# An entity named by more articles than this says little about relatedness
# (every article of this dossier names Ukraine), and skipping it keeps
# related-article ranking near-linear as the dossier grows.
RELATED_MAX_DF = 400


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteRef:
    article: str  # slug
    quote: Quote


@dataclass(frozen=True, slots=True, kw_only=True)
class EntityStats:
    kind: str
    id: str
    articles: tuple[str, ...] = ()  # slugs, newest first
    mentions: int = 0
    mentions_by_kind: tuple[tuple[str, int], ...] = ()
    quotes: tuple[QuoteRef, ...] = ()
    alongside: tuple[tuple[str, str, int], ...] = ()  # (kind, id, articles together)
    months: tuple[tuple[str, int], ...] = ()  # YYYY-MM -> mentions
    published: tuple[str, ...] = ()  # outlets: articles it published


@dataclass(frozen=True, slots=True, kw_only=True)
class Dossier:
    """Everything the renderers need, computed once."""

    articles: tuple[Article, ...]  # newest first
    extractions: Mapping[str, Extraction]
    registry: Registry
    entities: Mapping[tuple[str, str], EntityStats]
    related: Mapping[str, tuple[str, ...]]
    by_slug: Mapping[str, Article]
    position: Mapping[str, int]  # slug -> index in ``articles``

    def article(self, slug: str) -> Article:
        return self.by_slug[slug]

    def of_kind(self, kind: str) -> list[EntityStats]:
        return [stats for (k, _), stats in sorted(self.entities.items()) if k == kind]

    def neighbours(self, slug: str) -> tuple[str | None, str | None]:
        """(newer, older) article by date."""
        index = self.position[slug]
        newer = self.articles[index - 1].slug if index > 0 else None
        older = self.articles[index + 1].slug if index + 1 < len(self.articles) else None
        return newer, older


def entity_keys(extraction: Extraction) -> list[tuple[str, str]]:
    """Distinct (kind, id) an article names, in order of first mention."""
    keys: list[tuple[str, str]] = []
    for field, kind in KINDS.items():
        keys.extend((kind, entity_id) for entity_id in extraction.ids(field))
    return keys


def _place_countries(extraction: Extraction, registry: Registry) -> list[tuple[str, str]]:
    """The countries an article names through their places (في أبو ظبي: the UAE): the
    country's page lists the article, though no word names the state itself."""
    return [("country", registry.places[i].country) for i in extraction.ids("places") if i in registry.places]


def _mentions(extraction: Extraction) -> Iterable[tuple[str, Mention]]:
    for field, kind in KINDS.items():
        for mention in getattr(extraction, field):
            yield kind, mention


def build_dossier(
    articles: tuple[Article, ...],
    extractions: Mapping[str, Extraction],
    registry: Registry,
    related: Mapping[str, tuple[str, ...]] | None = None,
) -> Dossier:
    """Aggregate per entity. ``related`` is ``related_articles(articles, extractions)``
    when the caller already has it (``serve`` remembers it; see ``related_key``)."""
    per_entity: dict[tuple[str, str], dict] = defaultdict(
        lambda: {
            "articles": [],
            "mentions": Counter(),
            "months": Counter(),
            "quotes": [],
            "alongside": Counter(),
        }
    )
    for key in _registry_keys(registry, articles):
        per_entity[key]
    for article in articles:  # newest first, so lists come out newest first
        extraction = extractions[article.slug]
        keys = list(dict.fromkeys([*entity_keys(extraction), *_place_countries(extraction, registry)]))
        for key in keys:
            per_entity[key]["articles"].append(article.slug)
            per_entity[key]["alongside"].update(k for k in keys if k != key)
        for kind, mention in _mentions(extraction):
            entry = per_entity[(kind, mention.entity_id)]
            entry["mentions"][mention.kind] += 1
            entry["months"][article.date.iso[:7]] += 1
            if kind == "place" and mention.entity_id in registry.places:  # في جنيف names Switzerland's ground
                country = per_entity[("country", registry.places[mention.entity_id].country)]
                country["mentions"]["place"] += 1
                country["months"][article.date.iso[:7]] += 1
        for quote in extraction.quotes:
            if quote.speaker:
                per_entity[("actor", quote.speaker)]["quotes"].append(
                    QuoteRef(article=article.slug, quote=quote)
                )
    located: dict[str, Mapping[str, Actor | Organisation | Place]] = {
        "actor": registry.actors,
        "organisation": registry.organisations,
        "place": registry.places,
    }
    for kind, entity_id in list(per_entity):  # a page's country chip links a page that exists
        entity = located.get(kind, {}).get(entity_id)
        if entity is not None and entity.country in registry.countries:
            per_entity[("country", entity.country)]
    published = defaultdict(list)
    for article in articles:
        if article.outlet:
            published[article.outlet].append(article.slug)
            per_entity[("outlet", article.outlet)]  # a base registry outlet that only publishes
    entities = {key: _stats(key, data, published) for key, data in per_entity.items()}
    return Dossier(
        articles=articles,
        extractions=extractions,
        registry=shown_registry(registry, entities),
        entities=dict(sorted(entities.items())),
        related=related if related is not None else related_articles(articles, extractions),
        by_slug={a.slug: a for a in articles},
        position={a.slug: i for i, a in enumerate(articles)},
    )


def _own(entity: Actor | Organisation | Outlet | Place | Event) -> bool:
    """Written (or overridden) in the dossier's content/registry/, not only inherited
    from the base registry."""
    return entity.source is None or not entity.source.path.startswith(BASE_PREFIX)


def _registry_keys(registry: Registry, articles: tuple[Article, ...]) -> list[tuple[str, str]]:
    """Entities that get a page even when no article names them: the dossier's own
    entries. The hundreds the base registry adds get one only when named."""
    actors = [a for a in registry.actors.values() if _own(a)]
    keys = [("actor", a.id) for a in actors]
    keys += [("organisation", i) for i, o in registry.organisations.items() if _own(o)]
    keys += [("outlet", i) for i, o in registry.outlets.items() if _own(o)]
    keys += [("place", i) for i, p in registry.places.items() if _own(p)]
    keys += [("event", i) for i, e in registry.events.items() if _own(e)]
    # An event's place has a page whenever the event has one.
    keys += [("place", e.place) for e in registry.events.values() if _own(e) and e.place in registry.places]
    # Only countries that matter here: ~250 empty country pages would be noise.
    keys += [("country", a.country) for a in actors if a.country in registry.countries]
    return keys


def shown_registry(registry: Registry, entities: Mapping[tuple[str, str], object]) -> Registry:
    """The registry cut to the people, organisations, outlets, places and events that have a page:
    renderers, search tables and the data export see only these (countries all stay: CLDR's)."""
    return replace(
        registry,
        actors={i: a for i, a in registry.actors.items() if ("actor", i) in entities},
        organisations={i: o for i, o in registry.organisations.items() if ("organisation", i) in entities},
        outlets={i: o for i, o in registry.outlets.items() if ("outlet", i) in entities},
        places={i: p for i, p in registry.places.items() if ("place", i) in entities},
        events={i: e for i, e in registry.events.items() if ("event", i) in entities},
    )


def _stats(key: tuple[str, str], data: dict, published: Mapping[str, list[str]]) -> EntityStats:
    kind, entity_id = key
    alongside = sorted(data["alongside"].items(), key=lambda item: (-item[1], item[0]))
    return EntityStats(
        kind=kind,
        id=entity_id,
        articles=tuple(data["articles"]),
        mentions=sum(data["mentions"].values()),
        mentions_by_kind=tuple(sorted(data["mentions"].items())),
        quotes=tuple(data["quotes"]),
        alongside=tuple((k, i, n) for (k, i), n in alongside),
        months=tuple(sorted(data["months"].items())),
        published=tuple(published.get(entity_id, ())) if kind == "outlet" else (),
    )


def related_key(
    articles: tuple[Article, ...], extractions: Mapping[str, Extraction]
) -> tuple[tuple[str, frozenset[tuple[str, str]]], ...]:
    """Everything ``related_articles`` reads: the articles' order and which entities
    each names. Equal keys give equal results, so a typo fix need not rank again."""
    return tuple((a.slug, frozenset(entity_keys(extractions[a.slug]))) for a in articles)


def related_articles(
    articles: tuple[Article, ...], extractions: Mapping[str, Extraction]
) -> dict[str, tuple[str, ...]]:
    """Rank other articles by shared entities, weighted by rarity (idf); ties by date, then slug.

    Weights are integers (micro-units of idf) so a score is the same whatever order
    the entities are added in: float sums are not, and set order follows the hash seed.
    """
    keys = {a.slug: set(entity_keys(extractions[a.slug])) for a in articles}
    holders: dict[tuple[str, str], list[str]] = defaultdict(list)
    for slug, entity_set in keys.items():
        for key in entity_set:
            holders[key].append(slug)
    total = max(len(articles), 1)
    weights = {
        key: round(1_000_000 * math.log(1 + total / len(others)))
        for key, others in holders.items()
        if len(others) <= RELATED_MAX_DF
    }
    order = {a.slug: i for i, a in enumerate(articles)}  # newest first
    result: dict[str, tuple[str, ...]] = {}
    for slug, entity_set in keys.items():
        scores: dict[str, int] = {}
        for key in entity_set & weights.keys():
            weight = weights[key]
            for other in holders[key]:
                scores[other] = scores.get(other, 0) + weight
        scores.pop(slug, None)
        ranked = heapq.nsmallest(RELATED_LIMIT, scores.items(), key=lambda item: (-item[1], order[item[0]]))
        result[slug] = tuple(other for other, _ in ranked)
    return result
