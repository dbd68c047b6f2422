"""Per-entity aggregation on a small hand-made dossier (no extractor involved)."""

from __future__ import annotations

from build_scripts.dossier.entity_index import build_dossier, related_articles
from build_scripts.model import (
    Actor,
    Article,
    Country,
    Extraction,
    Mention,
    Names,
    Outlet,
    PartialDate,
    Quote,
    Registry,
    SourceLocation,
)


def article(slug: str, day: int, outlet: str | None = None) -> Article:
    return Article(
        slug=slug,
        source=SourceLocation(path=f"content/articles/{slug}.ar.md", line=1),
        title=slug,
        date=PartialDate(year=2025, month=8, day=day),
        body="نص\n",
        body_line=5,
        outlet=outlet,
    )


def mention(entity: str, kind: str = "name") -> Mention:
    return Mention(entity_id=entity, kind=kind, text="x", start=0, end=1)


REGISTRY = Registry(
    actors={
        "a": Actor(id="a", names=Names(ar="أ", en="A"), country="UA"),
        "b": Actor(id="b", names=Names(ar="ب", en="B")),
        "c": Actor(id="c", names=Names(ar="ج", en="C")),
    },
    countries={"UA": Country(id="UA", names=Names(ar="أوكرانيا", en="Ukraine"))},
    outlets={"o": Outlet(id="o", names=Names(ar="و", en="O"))},
)
ARTICLES = (
    article("2025-08-03-three", 3, outlet="o"),
    article("2025-08-02-two", 2),
    article("2025-08-01-one", 1),
)
EXTRACTIONS = {
    "2025-08-03-three": Extraction(
        people=(mention("a"), mention("b"), mention("a", "surname")),
        countries=(mention("UA", "adjective"),),
        quotes=(
            Quote(speaker="a", text="قول", start=0, end=3, paragraph=1),
            Quote(speaker=None, text="x", start=0, end=1, paragraph=1),
        ),
    ),
    "2025-08-02-two": Extraction(people=(mention("a"), mention("c")), outlets_cited=(mention("o"),)),
    "2025-08-01-one": Extraction(people=(mention("b"), mention("c")), countries=(mention("UA"),)),
}


def test_counts_articles_mentions_and_quotes_per_actor() -> None:
    dossier = build_dossier(ARTICLES, EXTRACTIONS, REGISTRY)
    a = dossier.entities[("actor", "a")]
    assert a.articles == ("2025-08-03-three", "2025-08-02-two")  # newest first
    assert a.mentions == 3
    assert a.mentions_by_kind == (("name", 2), ("surname", 1))
    assert [ref.quote.text for ref in a.quotes] == ["قول"]
    assert a.months == (("2025-08", 3),)
    assert ("actor", "b", 1) in a.alongside and ("actor", "c", 1) in a.alongside


def test_country_mentions_are_split_by_kind() -> None:
    ua = build_dossier(ARTICLES, EXTRACTIONS, REGISTRY).entities[("country", "UA")]
    assert ua.mentions_by_kind == (("adjective", 1), ("name", 1))


def test_outlet_separates_published_from_cited() -> None:
    outlet = build_dossier(ARTICLES, EXTRACTIONS, REGISTRY).entities[("outlet", "o")]
    assert outlet.published == ("2025-08-03-three",)
    assert outlet.articles == ("2025-08-02-two",)


def test_unnamed_registry_actor_still_gets_an_entry() -> None:
    registry = Registry(actors={**REGISTRY.actors, "d": Actor(id="d", names=Names(ar="د", en="D"))})
    assert build_dossier(ARTICLES, EXTRACTIONS, registry).entities[("actor", "d")].articles == ()


def test_related_articles_rank_by_shared_entities_then_date() -> None:
    related = related_articles(ARTICLES, EXTRACTIONS)
    assert related["2025-08-02-two"] == ("2025-08-03-three", "2025-08-01-one")
    assert set(related["2025-08-01-one"]) == {"2025-08-03-three", "2025-08-02-two"}


def test_neighbours_by_date() -> None:
    dossier = build_dossier(ARTICLES, EXTRACTIONS, REGISTRY)
    assert dossier.neighbours("2025-08-02-two") == ("2025-08-03-three", "2025-08-01-one")
    assert dossier.neighbours("2025-08-03-three") == (None, "2025-08-02-two")


def test_the_country_of_a_person_with_a_page_has_a_page_even_when_no_article_names_it() -> None:
    base = SourceLocation(path="build_scripts/base_registry/actors/europe.yml", line=3)
    registry = Registry(
        actors={"p": Actor(id="p", names=Names(ar="ف", en="P"), country="PL", source=base)},
        countries={"PL": Country(id="PL", names=Names(ar="بولندا", en="Poland"))},
    )
    articles = (article("2025-08-01-one", 1),)
    dossier = build_dossier(articles, {"2025-08-01-one": Extraction(people=(mention("p"),))}, registry)
    assert ("country", "PL") in dossier.entities  # the person's country chip links a page
    assert dossier.entities[("country", "PL")].articles == ()
