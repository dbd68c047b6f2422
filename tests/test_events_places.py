"""Events and places: the registry checks them, the linker finds them, the site shows them.

Sentences here were written for these tests. The registry is the repository's
(base and dossier), with the seed dossier's events (content/registry/events.yml).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from build_scripts.__main__ import main
from build_scripts.content.registries import load_registry
from build_scripts.errors import Problems
from build_scripts.extract.article import extract
from build_scripts.extract.link_events import probable_events

REPO = Path(__file__).resolve().parent.parent
REGISTRY = load_registry(REPO / "content", Problems())


def load(tmp_path: Path, **files: str) -> list[str]:
    folder = tmp_path / "content" / "registry"
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / f"{name}.yml").write_text(text, encoding="utf-8")
    problems = Problems()
    load_registry(tmp_path / "content", problems, base_dir=None)
    return [str(p) for p in sorted(problems.items)]


# --- the registry -------------------------------------------------------------


@pytest.mark.parametrize(
    ("places", "events", "expected"),
    [
        (
            "- id: geneva\n  name: {ar: جنيف, en: Geneva}\n",
            "",
            "content/registry/places.yml:1: place 'geneva' needs a country",
        ),
        (
            "- id: geneva\n  name: {ar: جنيف, en: Geneva}\n  country: CH\n  coordinates: [146.2, 6.1]\n",
            "",
            "content/registry/places.yml:4: invalid coordinates [146.2, 6.1]",
        ),
        (
            "",
            "- id: x\n  name: {ar: قمة, en: Summit}\n  kind: party\n  date: 2025-01-01\n",
            "content/registry/events.yml:3: event kind 'party' is not one of",
        ),
        (
            "",
            "- id: x\n  name: {ar: قمة, en: Summit}\n  kind: summit\n  date: 2025-02-30\n",
            "content/registry/events.yml:4: event 'date' is not a date: '2025-02-30'",
        ),
        (
            "",
            "- id: x\n  name: {ar: قمة, en: Summit}\n  kind: summit\n  start: 2025-02-03\n  end: 2025-02-01\n",
            "content/registry/events.yml:5: event ends (2025-02-01) before it begins (2025-02-03)",
        ),
        (
            "",
            "- id: x\n  name: {ar: قمة, en: Summit}\n  kind: summit\n  date: 2025-02-03\n  place: genva\n",
            "content/registry/events.yml:1: event 'x': unknown place 'genva'",
        ),
        (
            "",
            "- id: x\n  name: {ar: قمة, en: Summit}\n  kind: summit\n  date: 2025-02-03\n  participants: [nobody]\n",
            "content/registry/events.yml:1: event 'x': unknown id 'nobody'",
        ),
    ],
)
def test_bad_places_and_events_are_reported_with_file_and_line(
    tmp_path: Path, places: str, events: str, expected: str
) -> None:
    problems = load(tmp_path, places=places or "[]\n", events=events or "[]\n")
    assert len(problems) == 1 and problems[0].startswith(expected), problems


def test_a_capital_and_its_place_may_share_a_name_but_nothing_else_may(tmp_path: Path) -> None:
    countries = "UA: {capitals_ar: [كييف]}\n"
    place = "- id: kyiv\n  name: {ar: كييف, en: Kyiv}\n  country: %s\n"
    assert load(tmp_path / "a", countries=countries, places=place % "UA") == []
    # the same spelling for a place in another country: which would it be?
    problems = load(tmp_path / "b", countries=countries, places=place % "PL")
    assert len(problems) == 1 and "'كييف' names both country 'UA' and place 'kyiv'" in problems[0]


# --- linking ------------------------------------------------------------------


def ids(text: str, field: str, day: str | None = None) -> list[str]:
    return list(extract(text, REGISTRY, day).ids(field))


def test_a_capital_named_as_a_location_is_the_place_and_as_a_government_the_country() -> None:
    assert ids("وصل الوفد إلى جنيف أمس.", "places") == ["geneva"]
    assert ids("وصل الوفد إلى جنيف أمس.", "countries") == []
    assert ids("وعقد الاجتماع في باريس.", "places") == ["paris"]
    assert ids("وأعلنت باريس أنها سترسل مساعدات.", "countries") == ["FR"]
    assert ids("وأعلنت باريس أنها سترسل مساعدات.", "places") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وهبطت الطائرة في مطار القاهرة الدولي مساء.", "cairo"),  # a place noun before it
        ("وانطلقت أعمال منتدى الدوحة بمشاركة الوزراء.", "doha"),  # an event held there
        ("وتحدث الوزير في حوار المنامة عن الأمن.", "manama"),
    ],
)
def test_a_capital_after_a_place_noun_or_an_event_held_there_is_the_place(text: str, place: str) -> None:
    assert (ids(text, "places"), ids(text, "countries")) == ([place], [])


def test_a_place_whose_name_is_a_common_word_is_the_place_where_something_happens() -> None:
    assert ids("والتقى الوزير اليوم في مسقط نظيره العماني.", "places") == ["muscat"]
    assert ids("وانتهت جولة مفاوضات مسقط أمس.", "places") == ["muscat"]
    assert ids("وعاد الكاتب إلى مسقط رأسه في الجنوب.", "places") == []  # his birthplace


def test_a_named_event_is_linked_and_names_its_place_too() -> None:
    text = "وناقشت قمة باريس الضمانات الأمنية."
    assert ids(text, "events") == ["paris-summit-2025-09-04"]
    assert ids(text, "places") == ["paris"]


SUMMIT = "انعقدت القمة في باريس بحضور قادة تحالف الراغبين، وقالت القمة إن الدعم مستمر."


def test_a_generic_word_links_the_event_near_its_date_when_its_place_is_named() -> None:
    mentions = extract(SUMMIT, REGISTRY, "2025-09-05").events
    assert {m.entity_id for m in mentions} == {"paris-summit-2025-09-04"}
    assert {m.kind for m in mentions} == {"generic"} and [m.text for m in mentions] == ["القمة", "القمة"]


@pytest.mark.parametrize("day", ["2025-06-01", "2025-12-01", None])
def test_a_generic_word_links_nothing_far_from_the_event_or_without_a_date(day: str | None) -> None:
    assert ids(SUMMIT, "events", day) == []


def test_a_generic_word_links_nothing_when_neither_place_nor_organiser_is_named() -> None:
    assert ids("وقالت القمة إن الدعم مستمر لأوكرانيا.", "events", "2025-09-04") == []


def test_of_two_events_a_generic_word_may_mean_it_picks_the_one_held_that_day() -> None:
    # Both the White House meeting (18 August, Washington) and the NATO meeting
    # (20 August, organised by NATO) fit an article of 20 August naming both anchors.
    text = "وبحث الاجتماع الذي دعا إليه حلف الناتو ما جرى في واشنطن."
    assert ids(text, "events", "2025-08-20") == ["nato-chiefs-of-defence-meeting-2025-08-20"]
    assert ids(text, "events", "2025-08-21") == []  # neither was held that day: no guess


# --- pages --------------------------------------------------------------------


def test_event_place_and_timeline_pages_link_each_other(built_site: Path) -> None:
    site = built_site / "site"
    event = (site / "events/paris-summit-2025-09-04/index.html").read_text(encoding="utf-8")
    english = (site / "en/events/paris-summit-2025-09-04/index.html").read_text(encoding="utf-8")
    assert "قمة باريس" in event and "4 سبتمبر 2025" in event and 'href="../../places/paris/"' in event
    assert "Paris summit of the coalition of the willing" in english and "September 4, 2025" in english
    assert 'href="../../articles/2025-09-04-paris-summit-coalition-of-the-willing/"' in event
    place = (site / "places/paris/index.html").read_text(encoding="utf-8")
    assert 'href="../../events/paris-summit-2025-09-04/"' in place
    assert 'href="../../places/paris/"' in (site / "countries/fr/index.html").read_text(encoding="utf-8")
    timeline = (site / "en/timeline/index.html").read_text(encoding="utf-8")
    assert 'href="../events/geneva-talks-2025-11-23/"' in timeline
    article = (site / "articles/2025-09-04-paris-summit-coalition-of-the-willing/index.html").read_text(
        encoding="utf-8"
    )
    assert 'href="../../events/paris-summit-2025-09-04/"' in article


# --- events the registry lacks ------------------------------------------------


def probable(text: str, day: str = "2025-12-01") -> list[tuple[str, str, str | None, str | None]]:
    extraction = extract(text, REGISTRY, day)
    return [(p.text, p.kind, p.place, p.organiser) for p in probable_events(text, extraction, REGISTRY)]


def test_an_event_noun_with_a_place_or_organiser_after_it_is_a_probable_event() -> None:
    assert probable("وانطلقت محادثات جديدة في الدوحة بين الطرفين.") == [
        ("محادثات جديدة في الدوحة", "talks", "doha", None)
    ]
    assert probable("وشارك في اجتماع حلف الناتو وزراء الدفاع.") == [
        ("اجتماع حلف الناتو", "meeting", None, "nato")
    ]


def test_a_press_conference_or_a_registered_event_is_not_reported() -> None:
    assert probable("وقال في مؤتمر صحفي في الدوحة إن الوضع صعب.") == []
    # the Paris summit is registered: its own words in its own days are not news to the registry
    assert probable("وناقشت قمة باريس الضمانات، ثم عقدت قمة أخرى في باريس.", "2025-09-04") == []


def test_check_prints_an_unknown_event_with_a_stanza_to_paste(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--quiet", "--root", str(repo), "check"]) == 0
    before = int(re.search(r"(\d+) unknown event\(s\)", capsys.readouterr().out).group(1))
    path = repo / "content/articles/2025-12-01-doha-talks.ar.md"
    path.write_text(
        "---\ntitle: محادثات في الدوحة\ndate: 2025-12-01\n---\n\nوانطلقت محادثات جديدة في الدوحة بين الطرفين.\n",
        encoding="utf-8",
    )
    assert main(["--quiet", "--root", str(repo), "check"]) == 0
    out = capsys.readouterr().out
    assert (
        "content/articles/2025-12-01-doha-talks.ar.md:6: note: unknown event 'محادثات جديدة في الدوحة'"
        " — if this is an event, add to content/registry/events.yml:"
    ) in out
    assert (
        "  kind: talks\n  date: 2025-12-01   # the article's date: check the event's own\n  place: doha"
        in out
    )
    assert f"{before + 1} unknown event(s)" in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وشن الجيش هجوما على مواقع في خاركيف.", [("هجوما على مواقع في خاركيف", "attack", "kharkiv", None)]),
        ("ووقع الطرفان اتفاقا في الدوحة.", [("اتفاقا في الدوحة", "agreement", "doha", None)]),
        # with no place or organiser, a country named with it is a participant
        ("وأدان البيان الهجوم الإسرائيلي الأخير.", [("الهجوم الإسرائيلي", "attack", None, None)]),
    ],
)
def test_more_event_nouns_are_reported(text: str, expected: list[tuple]) -> None:
    assert probable(text) == expected


def test_an_event_described_by_its_place_in_its_window_links_to_the_registered_event() -> None:
    text = "وجاء ذلك بعد لقاء الرئيسين دونالد ترامب وفلاديمير بوتين في ألاسكا الأسبوع الماضي."
    assert [m.entity_id for m in extract(text, REGISTRY, "2025-08-20").events] == ["alaska-summit-2025"]
    assert extract(text, REGISTRY, "2025-12-20").events == ()  # out of the event's window: nothing


def test_another_meeting_in_the_same_city_that_week_is_not_the_registered_event() -> None:
    # none of the White House meeting's participants is named: a different meeting
    text = "وعقد الجنرال لقاء إضافيا مع قادة عسكريين أوروبيين في واشنطن."
    assert extract(text, REGISTRY, "2025-08-19").events == ()


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # a meeting verb, a participant and the event's place in one clause, in its window
        (
            "فقد اجتمع الجمعة الماضي مع الرئيس الروسي فلاديمير بوتين في ألاسكا.",
            "2025-08-20",
            ["alaska-summit-2025"],
        ),
        (
            "واستقبل ترامب الرئيس الأوكراني فولوديمير زيلينسكي في واشنطن.",
            "2025-08-20",
            ["white-house-meeting-2025-08-18"],
        ),
        (
            "واستقبل ترامب الرئيس الأوكراني فولوديمير زيلينسكي في واشنطن.",
            "2025-12-20",
            [],
        ),  # out of its window
        ("واستقبل الجنرال قادة عسكريين أوروبيين في واشنطن.", "2025-08-19", []),  # no participant of it
    ],
)
def test_a_meeting_verb_describes_a_registered_event(text: str, day: str, expected: list[str]) -> None:
    assert [m.entity_id for m in extract(text, REGISTRY, day).events] == expected


def test_a_meeting_verb_is_never_a_probable_event() -> None:
    # a verb says less than a noun about one occasion: make check does not report it
    assert probable("واجتمع وزير الخارجية بنظيره في الدوحة.", "2025-12-01") == []


def test_an_indefinite_nisba_after_a_definite_one_is_a_name_not_a_country() -> None:
    """وزير الخارجية الإيراني عراقي: عراقجي misspelt; an indefinite adjective cannot agree
    with the definite title before it."""
    assert ids("واجتمع الوسيط مع وزير الخارجية الإيراني عراقي خلال المفاوضات.", "countries") == ["IR"]
    assert ids("واجتمع الوسيط مع مسؤول عراقي خلال المفاوضات.", "countries") == ["IQ"]


def test_a_dateline_city_before_a_slash_and_its_outlet_is_the_place() -> None:
    assert (
        ids("بغداد / وكالة الأنباء قال الوزير إن الوضع مستقر.", "places"),
        ids("بغداد / وكالة الأنباء قال الوزير إن الوضع مستقر.", "countries"),
    ) == (["baghdad"], [])


def test_a_dateline_city_with_the_article_or_before_its_day_is_the_place() -> None:
    text = "المنامة في 12 أكتوبر /بنا/ ترأس الوزير الجلسة الأولى."
    assert (ids(text, "places"), ids(text, "countries")) == (["manama"], [])
    text = "الدوحة - قال الوزير إن المحادثات مستمرة."
    assert (ids(text, "places"), ids(text, "countries")) == (["doha"], [])


def test_a_countrys_adjective_after_a_given_name_that_is_also_a_word_is_a_family_name() -> None:
    assert ids("ومن بين الفنانين نوال وسالم الهندي وآخرون.", "countries") == []
    assert ids("ويجب على المصري أن يختار بنفسه.", "countries") == ["EG"]  # على, keyed like علي
    assert ids("وتزايد اعتماد الفلسطينيين على الوكالة.", "countries") == ["PS"]  # a plural
