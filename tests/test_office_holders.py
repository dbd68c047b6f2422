"""A title with no name is the office's holder on the article's day, read from the
registry's dated roles, or nobody: never a guess (sentences written here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_scripts.content.registries import load_registry
from build_scripts.errors import Problems
from build_scripts.extract.article import extract
from build_scripts.extract.office_holders import office_holder

REPO = Path(__file__).resolve().parent.parent
REGISTRY = load_registry(REPO / "content", Problems())
QUOTE = ': "سنتوصل إلى اتفاق قريبا جدا مع جميع الأطراف".'


@pytest.mark.parametrize(
    ("subject", "day", "speaker"),
    [
        ("وقال الرئيس الأمريكي", "2025-06-01", "donald-trump"),
        ("وقال الرئيس الأمريكي", "2024-06-01", "joe-biden"),  # the office changed hands in January 2025
        ("وقال وزير الخارجية الروسي", "2025-03-01", "sergei-lavrov"),
        ("وقال وزير الخارجية الروسي اليوم", "2025-03-01", "sergei-lavrov"),  # a time word ends the title
        ("وقال الرئيس الأمريكي مساء الخميس", "2025-06-01", "donald-trump"),
        ("وقال المتحدث باسم الكرملين", "2025-03-01", "dmitry-peskov"),
        ("وزير الخارجية الروسي", "2025-03-01", "sergei-lavrov"),  # a headline: the title, a colon
        # another way the press writes the office (the role's also_ar), held that day
        ("وقالت منسقة الدبلوماسية الأوروبية", "2025-03-01", "kaja-kallas"),
        ("وقال منسق الدبلوماسية الأوروبية", "2024-03-01", "josep-borrell"),
        ("وقال رئيس الوزراء الإسرائيلي", "2025-03", "benjamin-netanyahu"),  # a month is a date too
        # Iraq's president and speaker, before and after they changed hands
        ("وقال الرئيس العراقي", "2021-05-01", "barham-salih"),
        ("وقال الرئيس العراقي", "2024-05-01", "abdul-latif-rashid"),
        ("وقال رئيس مجلس النواب العراقي", "2020-05-01", "mohamed-al-halbousi"),
        ("وقال رئيس مجلس النواب العراقي", "2025-03-01", "mahmoud-al-mashhadani"),
        ("وقال رئيس مجلس النواب العراقي", "2024-03-01", None),  # (the seat was empty then)
        # after the registry's as_of date an open-ended role may have changed hands: nobody
        ("وقال الرئيس الأمريكي", "2025-11-01", None),
        # more or other words than the role: a former president, a minister of no country
        ("وقال الرئيس الأمريكي السابق", "2025-03-01", None),
        ("وقال وزير الخارجية", "2025-03-01", None),
    ],
)
def test_a_title_alone_speaks_for_its_holder_that_day(subject: str, day: str, speaker: str | None) -> None:
    assert [q.speaker for q in extract(subject + QUOTE, REGISTRY, day).quotes] == [speaker]


def test_an_undated_article_resolves_no_office() -> None:
    assert office_holder(REGISTRY, frozenset({"الرئيس", "الأمريكي"}), None) is None
    assert [q.speaker for q in extract("وقال الرئيس الأمريكي" + QUOTE, REGISTRY).quotes] == [None]


def test_a_headlines_title_is_the_person_the_article_names_by_it() -> None:
    # وزير الخارجية الروسي: "…" above a paragraph naming him so; no date needed
    text = (
        'وزير الخارجية الروسي: "لن نقبل بأي شروط مسبقة للتفاوض"\n\n'
        "أكد وزير الخارجية الروسي، سيرغي لافروف، أن موسكو منفتحة على الحوار."
    )
    assert [q.speaker for q in extract(text, REGISTRY).quotes] == ["sergei-lavrov"]
    other = text.replace("الخارجية الروسي، سيرغي", "الدفاع الروسي، سيرغي")  # another title: nobody
    assert [q.speaker for q in extract(other, REGISTRY).quotes] == [None]


def test_a_person_named_earlier_who_fits_the_title_comes_first() -> None:
    # the text names Biden as the president it is about: the title is his, whatever the day
    text = (
        'والتقى الرئيس الأمريكي جو بايدن نظيره الفرنسي. وقال الرئيس الأمريكي: "العلاقات بين بلدينا قوية جدا".'
    )
    assert [q.speaker for q in extract(text, REGISTRY, "2025-06-01").quotes] == ["joe-biden"]
