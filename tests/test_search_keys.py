"""Search keys: proclitic readings, name skeletons, index-only terms, the expansion
tables — and the search script's JS twins, which must agree with Python in Chromium."""

from __future__ import annotations

import random

import pytest
from conftest import REPO

from build_scripts.arabic_text import normalize, proclitic_forms
from build_scripts.content.registries import load_registry
from build_scripts.errors import Problems
from build_scripts.extract.mentions.spelling_variants import token_variants
from build_scripts.render.search_aliases import alias_table, skeleton_table
from build_scripts.render.search_terms import (
    SENTINEL,
    WORD,
    article_terms,
    skeleton,
    terms_element,
    text_terms,
)

REGISTRY = load_registry(REPO / "content", Problems())

CURATED = [
    # clitics, hamza, ى/ة, tatweel, harakat, Persian letters, ligatures, quotes
    "والدنمارك",
    "للناتو",
    "لأوكرانيا",
    "وكندا",
    "بالضمانات",
    "وبالصواريخ",
    "وللناتو",
    "فالاستقرار",
    "الناتو",
    "بوتين",
    "لقاء",
    "كييف",
    "وزير",
    "ألمانيا",
    "وألمانيا",
    "إيمانويل",
    "آلاسكا",
    "ٱلله",
    "زيلينسكى",
    "الأمنية",
    "روتة",
    "أوكـرانيا",
    "زيلِنسكي",
    "المسيّرة",
    "زيلينسکی",
    "ﻻجئ",
    "«الناتو»",
    'وأضاف"قمنا',  # a glued quotation mark: a space, but not after a proclitic alone
    "أن”الاجتماع",
    'و"حماس"',
    "لـ«رويترز»",
    "وبـ“الناتو”",
    'ﻻ"ب',
    "تيليغرام",
    "تيليجرام",
    "ميرتس",
    "ميرتز",
    "ميرز",
    "هايسبورغ",
    "هايسبورج",
    "غرينكويتش",
    "ناوسيده",
    "ترامپ",
    "ڤلاديمير",
    "مسئول",
    "مسؤول",
    "إسرائيل",
    "رئيس",
    "فولوديمير",
    "فلوديمير",
    # Latin: accents, case, doubled letters
    "Zelenskyy",
    "Zelenskiy",
    "Zelenski",
    "ZELENSKY",
    "Élysée",
    "Plenković",
    "Nausėda",
    "Macron",
    "dragon",
    "Heisbourg",
    "Grynkewich",
    "Philippe",
    "NATO",
    "x",
    "",
    "2022",
    "٢٠٢٢",
    "Zelensky-Macron",
]
ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةٱ"
    "یکەھۀہېۍڪپچڤگ"
    "\u064b\u064c\u064e\u064f\u0650\u0651\u0652\u0670\u0640"
    "\u200c\u200d\u200b\u00ad\ufefb\ufe8d“”«»'\""
    "abcdeiklmnoprstuvwyzCKLMNOSZéèüöčć0123456789٠١٢٣"
)


def random_words(count: int = 1500, seed: int = 7) -> list[str]:
    """Deterministic words over letters, marks, invisibles and digits of both scripts."""
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 12))) for _ in range(count)]


def registry_name_words() -> list[str]:
    words: list[str] = []
    for actor in REGISTRY.actors.values():
        names = actor.names
        for spelling in (names.ar, *names.aliases_ar, names.en, *names.aliases_en):
            words += WORD.findall(spelling)
    return sorted(set(words))


# --- Python --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("والدنمارك", ["الدنمارك", "دنمارك"]),
        ("للناتو", ["الناتو", "ناتو"]),
        ("لأوكرانيا", ["اوكرانيا"]),
        ("وكندا", ["كندا"]),  # not ندا: ك is part of the name once و is gone
        ("وبالصواريخ", ["بالصواريخ", "الصواريخ", "صواريخ"]),
        ("وللناتو", ["للناتو", "الناتو", "ناتو"]),
        ("لقاء", []),  # ل + قاء would leave three letters
        ("كييف", []),
        ("الذي", []),
    ],
)
def test_proclitic_forms_peel_one_layer_at_a_time(word: str, forms: list[str]) -> None:
    assert proclitic_forms(normalize(word)) == forms


def test_skeleton_is_shared_by_every_rule_made_variant_of_a_name() -> None:
    """The search-side key is a quotient of the linker's variant rules: a spelling the
    linker would accept for a name never has a different skeleton."""
    for word in registry_name_words():
        frame = skeleton(word)
        if frame is None or not WORD.fullmatch(normalize(word)):
            continue
        for variant in token_variants(normalize(word)):
            if len(variant) >= 5:
                assert skeleton(variant) == frame, (word, variant)


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("زلنسكي", "زيلينسكي"),
        ("زيلنسكى", "زيلينسكي"),
        ("زيلينيسكي", "زيلينسكي"),
        ("هايسبورج", "هايسبورغ"),
        ("جرينكويتش", "غرينكويتش"),
        ("ستارمير", "ستارمر"),
        ("ناوسيدي", "ناوسيده"),
        ("ترامپ", "ترامب"),
        ("Zelenski", "Zelensky"),
    ],
)
def test_unlisted_spellings_reach_a_registry_word(typed: str, name: str) -> None:
    assert any(name in person for person in skeleton_table(REGISTRY)[skeleton(typed)])


@pytest.mark.parametrize(
    "word", ["الأمن", "الرئيس", "فرنسا", "الحكومة", "الدفاع", "بالرئيس", "روسيا", "dragon", "frank", "France"]
)
def test_common_words_have_no_skeleton_entry(word: str) -> None:
    """Too short, or their frame is also a place's (فرنسا/فرانسوا), so they never expand to a name."""
    assert skeleton(word) not in skeleton_table(REGISTRY)


def test_alias_table_maps_listed_spellings_both_ways_and_english() -> None:
    table = alias_table(REGISTRY)
    assert "ترامب" in table["ترمب"] and "دونالد ترامب" in table["ترمب"]
    assert "زيلينسكي" in table["زيلنسكي"]
    assert table["zelenskyy"] == ["Volodymyr Zelensky", "فولوديمير زيلينسكي"]
    assert all(len(targets) <= 4 for targets in table.values())


def test_text_terms_add_bare_readings_but_leave_names_and_definite_words() -> None:
    names = frozenset({"بوتين"})
    terms, keys = text_terms("أعربت السويد والدنمارك وأستراليا، واستقبل بوتين الوفد لـأوكـرانيا", names)
    assert {"السويد", "والدنمارك", "بوتين"} <= keys
    assert {"الدنمارك", "دنمارك", "استراليا", "استقبل"} <= terms
    assert "وتين" not in terms  # a registry name is not ب + وتين
    assert "سويد" not in terms  # ال alone is Pagefind's stemmer's job
    assert "لاوكرانيا" in terms and "اوكرانيا" in terms  # tatweel: Pagefind would keep it


def test_article_terms_carry_the_names_of_what_the_article_mentions() -> None:
    from build_scripts.content.read_articles import read_article
    from build_scripts.extract.article import extract

    path = REPO / "content/articles/2025-11-25-coalition-of-the-willing-video-meeting.ar.md"
    article = read_article(path, REPO, Problems())
    terms = article_terms(article, extract(article.body, REGISTRY), REGISTRY)
    assert {"zelensky", "zelenskyy", "ترمب", "nato", "ukraine", "الدنمارك", "كندا"} <= set(terms)
    assert terms == sorted(set(terms)) and SENTINEL not in terms
    element = terms_element(terms)
    assert element.startswith('<div hidden data-pagefind-index-attrs="data-terms" data-terms="⁂ ')


# --- JS twins in Chromium ----------------------------------------------------------

AGREE_JS = """(words) => words.map((w) => [
  daftarSearch.normalise(w), daftarSearch.procliticForms(daftarSearch.normalise(w)), daftarSearch.skeleton(w)
])"""


@pytest.mark.browser
def test_js_and_python_keys_agree(page, site_url: str) -> None:
    words = CURATED + registry_name_words() + random_words()
    page.goto(site_url + "search/")
    page.wait_for_function("window.daftarSearch !== undefined")
    js = page.evaluate(AGREE_JS, words)
    python = [[normalize(w), proclitic_forms(normalize(w)), skeleton(w)] for w in words]
    mismatches = [(w, p, j) for w, p, j in zip(words, python, js, strict=True) if p != j]
    assert mismatches == []
    assert page.js_errors == []


@pytest.mark.browser
@pytest.mark.parametrize("path", ["search/", "en/search/"])
def test_common_words_do_not_expand_to_names(page, site_url: str, path: str) -> None:
    """A common word searches for itself and its clitic readings only (with ة for a
    final ه), never for a name."""
    words = [
        "الرئيس", "الحكومة", "الأمن", "السلام", "الحرب", "فرنسا", "المستشار", "الوزراء", "الدفاع",
        "الخارجية", "المتحدة", "الاجتماع", "الضمانات", "المفاوضات", "العسكرية", "الاتفاق", "مستقبل",
        "بالرئيس", "والأمن", "security", "meeting", "guarantees", "frank", "dragon", "macaroni", "market",
    ]  # fmt: skip
    page.goto(site_url + path)
    page.wait_for_function("window.daftarSearch !== undefined")
    expanded = page.evaluate("(words) => words.map((w) => daftarSearch.queries(w))", words)
    for word, queries in zip(words, expanded, strict=True):
        own = {normalize(word), *proclitic_forms(normalize(word))}
        own |= {form[:-1] + "ة" for form in own if form.endswith("ه")}  # ة as well as ه
        assert set(queries) <= own, (word, queries)


@pytest.mark.browser
def test_a_listed_one_word_name_searches_itself_alone(page, site_url: str) -> None:
    """Every page naming Zelensky carries his listed spellings among its index-only
    terms: the typed spelling alone finds them, one index chunk instead of one per
    spelling (the first query's weight at 10,000 articles), while the other
    spellings still highlight the excerpts."""
    page.goto(site_url + "search/")
    page.wait_for_function("window.daftarSearch !== undefined")
    searched, spellings = page.evaluate(
        "(w) => [daftarSearch.searched(w), daftarSearch.queries(w)]", "زيلينسكي"
    )
    assert searched == ["زيلينسكي"]
    assert len(spellings) > 1 and spellings[0] == "زيلينسكي"
    # a word no list has still searches its readings and the names it may be
    assert len(page.evaluate("(w) => daftarSearch.searched(w)", "زلنسكي")) > 1
