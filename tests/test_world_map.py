"""The world map: TopoJSON decoding, the projection, bins and legend, links only where a
page exists, place markers, and the built countries index and home page in both languages."""

from __future__ import annotations

import gzip
import itertools
import math
import posixpath
import re
from pathlib import Path

import pytest

from build_scripts.render import geo
from build_scripts.render.geo import Frame, decode_arcs, equal_earth, path_data, polygons, simplify, stitch
from build_scripts.render.i18n import ui
from build_scripts.render.map import PALETTE, PLACE, UNNAMED, MapEntry, bins, world_map
from build_scripts.render.world_geometry import GeometryMissing, Shape, World, alpha2, world

MAP_MAX_BYTES = 45_000  # the SVG raw; ~38 KB on the seed site, ~14 KB gzipped
MAP = re.compile(r'<figure class="daftar-map".*?</figure>', re.S)

# Two unit squares side by side sharing the arc x=1, quantized with scale 0.5.
TOPOLOGY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
    "arcs": [
        [[2, 0], [0, 2]],  # shared: (11,20) → (11,21)
        [[2, 2], [-2, 0], [0, -2], [2, 0]],  # left square's other sides
        [[2, 0], [2, 0], [0, 2], [-2, 0]],  # right square's other sides
    ],
    "objects": {
        "countries": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "arcs": [[0, 1]], "id": "804"},
                {"type": "MultiPolygon", "arcs": [[[2, -1]]], "id": "250"},
            ],
        }
    },
}


def test_quantized_arcs_are_delta_decoded_then_scaled_and_translated() -> None:
    arcs = decode_arcs(TOPOLOGY)
    assert arcs[0] == [(11.0, 20.0), (11.0, 21.0)]
    assert arcs[1] == [(11.0, 21.0), (10.0, 21.0), (10.0, 20.0), (11.0, 20.0)]


def test_rings_stitch_arcs_dropping_shared_joints_and_reverse_negative_indexes() -> None:
    arcs = decode_arcs(TOPOLOGY)
    assert stitch([0, 1], arcs) == [(11, 20), (11, 21), (10, 21), (10, 20), (11, 20)]
    right = stitch([2, ~0], arcs)
    assert right == [(11, 20), (12, 20), (12, 21), (11, 21), (11, 20)]
    assert polygons(TOPOLOGY["objects"]["countries"]["geometries"][1], arcs) == [[right]]
    assert polygons({"type": "Point", "coordinates": [0, 0]}, arcs) == []


def test_equal_earth_at_known_points() -> None:
    assert equal_earth(0, 0) == (0.0, 0.0)
    x, y = equal_earth(180, 0)
    assert math.isclose(x, 2.7066, abs_tol=1e-4) and y == 0
    x, y = equal_earth(0, 90)
    assert x == 0 and math.isclose(y, 1.3173, abs_tol=1e-4)
    # Equal-area: a band near the pole is drawn shorter than the same band at the equator.
    assert equal_earth(0, 80)[1] - equal_earth(0, 70)[1] < equal_earth(0, 10)[1]
    assert equal_earth(-30, -45) == pytest.approx((-equal_earth(30, 45)[0], -equal_earth(30, 45)[1]))


def test_the_frame_puts_the_prime_meridian_in_the_middle_and_north_up() -> None:
    frame = Frame(960, 84, -57)
    assert frame.point(0, 84) == pytest.approx((480, 0))
    assert frame.point(180, 0)[0] == pytest.approx(960)
    assert frame.point(0, -57)[1] == pytest.approx(frame.height, abs=0.5)
    assert frame.point(33, 50)[1] < frame.point(33, 10)[1]  # Kyiv above Khartoum


def test_simplification_keeps_ends_and_far_points_and_paths_are_relative_tenths() -> None:
    line = [(0.0, 0.0), (1.0, 0.01), (2.0, 0.0), (3.0, 2.0), (4.0, 0.0)]
    assert simplify(line, 0.1) == [(0.0, 0.0), (2.0, 0.0), (3.0, 2.0), (4.0, 0.0)]
    assert path_data([[(0.04, 0.0), (1.26, 0.0), (1.26, -1.5), (0.0, 0.0)]]) == "M0 0l1.3 0 0-1.5z"
    assert path_data([[(0, 0), (0.01, 0.0), (0.02, 0)]]) == ""  # collapsed to a point: left out
    assert geo.ring_area([(0, 0), (2, 0), (2, 3), (0, 3)]) == 6


def test_numeric_codes_map_to_alpha2_through_cldr() -> None:
    assert alpha2("804") == "UA" and alpha2("250") == "FR" and alpha2("36") == "AU"
    assert alpha2("810") == ""  # the USSR: CLDR splits it between fifteen countries
    assert alpha2(None, "Kosovo") == "XK" and alpha2(None, "Somaliland") == ""


def test_bins_start_at_round_numbers_and_end_at_the_peak() -> None:
    assert bins(0) == ()
    assert bins(1) == ((1, 1),)
    assert bins(5) == ((1, 1), (2, 2), (3, 4), (5, 5))
    assert bins(8) == ((1, 1), (2, 2), (3, 4), (5, 8))
    assert bins(120) == ((1, 2), (3, 19), (20, 99), (100, 120))
    for peak in range(1, 300):
        ranges = bins(peak)
        assert len(ranges) <= len(PALETTE) and ranges[0][0] == 1 and ranges[-1][1] == peak
        assert all(a[1] + 1 == b[0] for a, b in itertools.pairwise(ranges))


SQUARE = "M0 0l10 0 0 10-10 0z"
ATLAS = World(
    frame=Frame(960, 84, -57),
    shapes=(Shape(code="FR", name="France", d=SQUARE), Shape(code="UA", name="Ukraine", d=SQUARE)),
)


def test_only_named_countries_are_shaded_links_with_a_title_in_the_page_language() -> None:
    countries = {"UA": MapEntry(name="أوكرانيا", count=5, href="ua/")}
    html = world_map(ATLAS, countries, [], ui("ar"))
    assert html.count("<a ") == 1
    assert '<a href="ua/"><title>أوكرانيا: 5 مقالات</title>' in html
    assert f'<g fill="{UNNAMED}"><path d="{SQUARE}"/></g>' in html  # France: plain, no link
    assert 'role="group" aria-label="خريطة: بلد واحد مذكور؛ الأكثر ذكرًا: أوكرانيا (5 مقالات)"' in html
    assert 'direction="rtl"' not in html and "scale(-1" not in html  # geography is never mirrored


def test_the_legend_gives_every_bin_and_names_countries_too_small_to_draw() -> None:
    countries = {
        "UA": MapEntry(name="Ukraine", count=5, href="ua/"),
        "FR": MapEntry(name="France", count=3, href="fr/"),
        "BH": MapEntry(name="Bahrain", count=1, href="bh/"),
    }
    html = world_map(ATLAS, countries, [], ui("en"))
    legend = html[html.index("<figcaption") :]
    labels = re.findall(r"</svg> ([^<]+)</span>", legend)
    assert labels == ["1", "2", "3–4", "5", "none"]
    assert [f'fill="{c}"' in legend for c in PALETTE] == [True] * 4
    assert "Too small to draw at this scale: Bahrain (1)" in legend
    assert "most: Ukraine (5 articles)" in html


def test_places_are_circles_linking_to_their_pages_and_only_with_coordinates() -> None:
    places = [
        MapEntry(name="Geneva", count=2, href="../places/geneva/", point=(6.15, 46.2)),
        MapEntry(name="Nowhere", count=1, href="../places/nowhere/"),
    ]
    html = world_map(ATLAS, {}, places, ui("en"))
    assert html.count("<a href") == 1 and "nowhere" not in html
    x, y = ATLAS.frame.point(6.15, 46.2)
    assert (
        f'<a href="../places/geneva/"><title>Geneva: 2 articles</title><circle cx="{x:.1f}" cy="{y:.1f}"'
        in html
    )
    assert f'fill="{PLACE}"/></svg> Places with a page' in html
    assert world_map(ATLAS, {}, places, ui("en")) == html  # deterministic


def test_a_missing_package_says_how_to_install_it(tmp_path: Path) -> None:
    with pytest.raises(GeometryMissing, match="npm ci"):
        world(tmp_path)


def test_the_real_world_is_projected_once_and_every_country_has_a_code() -> None:
    atlas = world()
    assert world() is atlas
    codes = [s.code for s in atlas.shapes]
    assert {"UA", "FR", "US", "RU", "SD", "XK"} <= set(codes) and "AQ" not in codes
    assert sorted(c for c in codes if not c) == ["", ""]  # N. Cyprus, Somaliland
    assert len(codes) - 2 == len(set(codes) - {""})


@pytest.mark.parametrize(
    "page", ["countries/index.html", "en/countries/index.html", "index.html", "en/index.html"]
)
def test_the_built_pages_show_the_map_with_links_to_pages_that_exist(built_site: Path, page: str) -> None:
    site = built_site / "site"
    html = (site / page).read_text(encoding="utf-8")
    figure = MAP.search(html)
    assert figure, f"no map on {page}"
    svg = re.search(r"<svg viewBox.*?</svg>", figure.group(0), re.S).group(0)
    assert len(svg.encode()) < MAP_MAX_BYTES and len(gzip.compress(svg.encode())) < MAP_MAX_BYTES / 2
    hrefs = re.findall(r'<a href="([^"]+)"><title>', svg)
    assert len(hrefs) > 20 and any("places/" in h for h in hrefs)
    for href in hrefs:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), href))
        assert (site / target / "index.html").is_file(), f"{page}: {href} leads nowhere"
    assert 'role="group" aria-label="' in svg and "(5 " in svg.split('aria-label="')[1].split('"')[0]


def test_an_arc_across_the_antimeridian_is_made_continuous_not_drawn_across_the_map() -> None:
    assert geo.unwrap([(178.0, 65.0), (-179.0, 66.0), (-170.0, 66.0), (179.0, 64.0)]) == [
        (178.0, 65.0),
        (181.0, 66.0),
        (190.0, 66.0),
        (179.0, 64.0),
    ]
    assert geo.unwrap([(10.0, 0.0), (20.0, 0.0)]) == [(10.0, 0.0), (20.0, 0.0)]
    steps = [s for shape in world().shapes for s in re.findall(r"l([^z]*)z", shape.d)]
    widest = max(abs(float(n)) for s in steps for n in re.findall(r"-?\d*\.?\d+", s))
    assert widest < 100  # no relative step spans the map (a crossing drew a line 900 units long)
