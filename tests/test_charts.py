"""The mentions-per-month chart says what it shows: a summary for screen readers,
a value per bar on hover and above it, a scale, a labelled time axis running in
the reading direction, and a table of the numbers."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from build_scripts.render.charts import mentions_chart, month_range, scale_step
from build_scripts.render.i18n import ui

SVG = "{http://www.w3.org/2000/svg}"
MONTHS = (("2024-10", 4), ("2025-08", 3), ("2025-09", 12), ("2025-11", 2))
TRANSFORM = re.compile(r"translate\(([-\d.]+) ([-\d.]+)\) scale\(([-\d.]+) ([-\d.]+)\)")
LINE = re.compile(r"M(\d+) 0V(\d+)")  # a month's line, up from the baseline: index, height


def svg_of(html: str) -> ET.Element:
    """The chart's SVG, parsed as XML (so it is also well-formed)."""
    return ET.fromstring(re.search(r"<svg.*</svg>", html, re.S).group(0))  # type: ignore[union-attr]


def month_groups(svg: ET.Element) -> list[ET.Element]:
    """The groups that stand for a month: each has its hover title."""
    return [g for g in svg.iter(f"{SVG}g") if g.find(f"{SVG}title") is not None]


def scale_and_axis(svg: ET.Element) -> tuple[ET.Element, ET.Element]:
    """The group of the scale's labels (the SVG's first) and of the time axis (its last)."""
    groups = svg.findall(f"{SVG}g")
    return groups[0], groups[-1]


def months_group(svg: ET.Element) -> tuple[ET.Element, tuple[float, float, float, float]]:
    """The group of the month groups and its transform (x, y of the first month's
    baseline; a slot across and a mention up in SVG units)."""
    months = svg.find(f"{SVG}g[@class='daftar-chart-months']")
    assert months is not None
    transform = TRANSFORM.fullmatch(months.get("transform", ""))
    assert transform is not None
    x0, y0, sx, sy = map(float, transform.groups())
    return months, (x0, y0, sx, sy)


def months_drawn(svg: ET.Element) -> list[tuple[str, float, str | None]]:
    """(hover title, column centre x, value label) per month group, in document order.
    A month's hover target and bar are vertical lines at its index (a month with no
    mention has no bar); its value label is the one over its centre."""
    months, (x0, _, sx, _) = months_group(svg)
    values = svg.find(f"{SVG}g[@class='daftar-chart-values']")
    assert values is not None and values.get("text-anchor") == "middle"
    labels = [(float(t.get("x", "")), t.text) for t in values]
    drawn = []
    for group in months:
        lines = [LINE.fullmatch(path.get("d", "")) for path in group.findall(f"{SVG}path")]
        assert all(lines) and 1 <= len(lines) <= 2 and len({line[1] for line in lines}) == 1  # type: ignore[index]
        centre = x0 + sx * int(lines[0][1])  # type: ignore[index]
        label = next((text for x, text in labels if abs(x - centre) < 1), None)
        drawn.append((group.findtext(f"{SVG}title") or "", centre, label))
    return drawn


def test_month_range_fills_gaps_across_years() -> None:
    assert month_range("2024-11", "2025-02") == ["2024-11", "2024-12", "2025-01", "2025-02"]


@pytest.mark.parametrize(
    ("peak", "step"),
    [(1, 1), (3, 1), (4, 2), (6, 2), (7, 5), (12, 5), (30, 10), (31, 20), (100, 50), (1234, 500)],
)
def test_the_scale_has_at_most_three_round_steps(peak: int, step: int) -> None:
    assert scale_step(peak) == step
    assert step * 3 >= peak


def test_english_chart_summarises_for_screen_readers() -> None:
    html = mentions_chart(MONTHS, ui("en"))
    svg = svg_of(html)
    summary = (
        "Mentions per month, October 2024\u2009–\u2009November 2025: 21 mentions; most in September 2025 (12)"
    )
    assert svg.get("role") == "img" and svg.get("aria-label") == summary
    assert svg.findtext(f"{SVG}title") == summary
    assert "<figcaption>Mentions per month</figcaption>" in html


def test_arabic_chart_summarises_in_arabic() -> None:
    svg = svg_of(mentions_chart(MONTHS, ui("ar")))
    assert svg.get("aria-label") == (
        "الإشارات شهريًا، أكتوبر 2024 – نوفمبر 2025: 21 إشارةً؛ أكثرها في سبتمبر 2025 (12)"
    )


def test_every_month_has_a_hover_title_and_the_bars_their_values() -> None:
    drawn = months_drawn(svg_of(mentions_chart(MONTHS, ui("en"))))
    assert len(drawn) == 14  # October 2024 to November 2025, empty months included
    assert drawn[0][0] == "October 2024: 4 mentions" and drawn[1][0] == "November 2024: 0 mentions"
    assert drawn[11] == ("September 2025: 12 mentions", pytest.approx(drawn[11][1]), "12")
    assert [label for _, _, label in drawn if label] == ["4", "3", "12", "2"]  # none on empty months


def test_the_scale_and_the_time_axis_are_labelled() -> None:
    svg = svg_of(mentions_chart(MONTHS, ui("en")))
    scale, axis = scale_and_axis(svg)
    assert [t.text for t in scale] == ["0", "5", "10", "15"]  # up to a round step above the peak
    assert svg.find(f"{SVG}path[@class='daftar-chart-grid']").get("d").count("M") == 4  # type: ignore[union-attr]
    assert scale.get("text-anchor") == "end" and axis.get("text-anchor") == "middle"
    months = [t.text for t in axis]
    assert months[:3] == ["Oct", "2024", "Nov"] and "2025" in months and "Sep" in months


def test_time_runs_right_to_left_on_arabic_pages() -> None:
    english = months_drawn(svg_of(mentions_chart(MONTHS, ui("en"))))
    arabic = months_drawn(svg_of(mentions_chart(MONTHS, ui("ar"))))
    assert english[0][1] < english[-1][1]  # earliest on the left
    assert arabic[0][1] > arabic[-1][1]  # earliest on the right, latest on the left
    assert arabic[0][1] == pytest.approx(600 - english[0][1])  # mirrored, scale side included
    svg = svg_of(mentions_chart(MONTHS, ui("ar")))
    assert svg.get("direction") == "ltr"  # anchors are physical whatever the page's direction
    scale, axis = scale_and_axis(svg)
    assert float(scale[0].get("x")) > 560 and scale.get("text-anchor") == "start"  # type: ignore[arg-type]
    assert "أكتوبر" in [t.text for t in axis]


def test_the_numbers_are_also_a_table() -> None:
    html = mentions_chart(MONTHS, ui("ar"))
    table = ET.fromstring(re.search(r"<table>.*</table>", html, re.S).group(0))  # type: ignore[union-attr]
    assert [th.text for th in table.iter("th")][:2] == ["الشهر", "الإشارات"]
    rows = [(row.find("th").text, row.find("td").text) for row in table.find("tbody")]  # type: ignore[union-attr]
    assert len(rows) == 14 and rows[0] == ("أكتوبر 2024", "4") and rows[11] == ("سبتمبر 2025", "12")
    assert all(row.find("th").get("scope") == "row" for row in table.find("tbody"))  # type: ignore[union-attr]
    assert '<details class="daftar-chart-table"><summary>الإشارات شهريًا في جدول</summary>' in html


def test_one_month_says_just_that_month() -> None:
    svg = svg_of(mentions_chart((("2025-09", 3),), ui("en")))
    assert svg.get("aria-label") == "Mentions per month, September 2025: 3 mentions"
    assert len(months_drawn(svg)) == 1


def test_a_long_span_thins_its_labels_and_names_many_peaks_by_count() -> None:
    months = tuple((key, 2) for key in month_range("2020-01", "2025-12"))
    svg = svg_of(mentions_chart(months, ui("en")))
    assert svg.get("aria-label").endswith("144 mentions; most in 72 months (2)")  # type: ignore[union-attr]
    drawn = months_drawn(svg)
    assert len(drawn) == 72 and all(title for title, _, _ in drawn)  # every month still has its hover value
    assert all(label == "2" for _, _, label in drawn)  # narrow bars: only the peak's value, here all of them
    axis = [t.text for t in scale_and_axis(svg)[1]]
    assert [str(year) for year in range(2020, 2026)] == [t for t in axis if t and t.isdigit()]
    assert len(axis) < 72


def test_no_months_no_chart() -> None:
    assert mentions_chart((), ui("en")) == ""


def test_every_chart_in_the_built_site_has_its_summary_titles_and_table(built_site) -> None:
    site = built_site / "site"
    charts = 0
    for path in sorted(site.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        for figure in re.findall(
            r'<figure class="daftar-chart">.*?</figure>\s*<details.*?</details>', html, re.S
        ):
            charts += 1
            svg = svg_of(figure)
            label = (
                "Mentions per month, "
                if "/en/" in f"/{path.relative_to(site).as_posix()}"
                else "الإشارات شهريًا، "
            )
            assert svg.get("role") == "img" and svg.get("aria-label", "").startswith(label), path
            titles = [g.findtext(f"{SVG}title") for g in month_groups(svg)]
            rows = re.findall(r'<tr><th scope="row">', figure)
            assert titles and all(titles) and len(rows) == len(titles), path
    assert charts >= 100  # every actor, country, organisation and outlet page with mentions, both languages


def test_a_month_without_mentions_keeps_its_title_and_draws_no_bar() -> None:
    svg = svg_of(mentions_chart(MONTHS, ui("en")))
    lines = {
        g.findtext(f"{SVG}title"): [p.get("d") for p in g.findall(f"{SVG}path")] for g in month_groups(svg)
    }
    assert lines["November 2024: 0 mentions"] == ["M1 0V15"]  # the hover target alone
    assert lines["September 2025: 12 mentions"] == ["M11 0V15", "M11 0V12"]
    assert sum(len(drawn) == 2 for drawn in lines.values()) == len(MONTHS)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_month_is_drawn_in_slots_across_and_mentions_up(language: str) -> None:
    """The months' transform takes a month's index and count to the old rectangles:
    the hover target a slot wide from the baseline (y 146) to the scale's top (y 20),
    the bar 0.7 of a slot wide, at most 48 units, and as tall as its count."""
    svg = svg_of(mentions_chart(MONTHS, ui(language)))
    months, (x0, y0, sx, sy) = months_group(svg)
    assert y0 == 146 and sy * 15 == pytest.approx(-126)  # 15, the scale's top, is y 20
    assert abs(sx) == pytest.approx(558 / 14, abs=1e-3) and (sx < 0) == (language == "ar")
    assert x0 == pytest.approx(34 + 558 / 28 if language == "en" else 600 - 34 - 558 / 28, abs=0.05)
    assert float(months.get("stroke-width", "")) == pytest.approx(0.7)
    two = months_group(svg_of(mentions_chart((("2025-08", 3), ("2025-09", 1)), ui(language))))
    assert float(two[0].get("stroke-width", "")) * abs(two[1][2]) == pytest.approx(48, abs=0.01)
