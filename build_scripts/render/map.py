"""The world map as inline SVG, drawn at build time: no map library, no JavaScript, no tiles.

Each country is shaded by how many articles name it, in a few bins of a
colour-blind-safe sequential palette (ColorBrewer YlGnBu), and a shaded country
is a link to its page whose ``<title>`` (name and count, in the page's language)
the browser shows on hover and screen readers read as the link's name. Places
with a page and coordinates are small circles linking to their pages.

The SVG is ``role="group"`` with the one-sentence summary as its label, not
``role="img"``: an image's children are presentational, so screen readers would
lose the links inside it. The drawing is geography and is never mirrored; the
legend is HTML in a ``<figcaption>``, so it follows the page's direction.

``world_map`` is pure (data in, string out); ``dossier_map`` gathers the data
from a dossier and the projected outlines from ``world_geometry``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape

from ..dossier.entity_index import Dossier
from .common import entity_name
from .i18n import UI
from .pages import Linker, PageRef
from .world_geometry import World, world

PALETTE = ("#a1dab4", "#41b6c4", "#2c7fb8", "#253494")  # YlGnBu, light to dark
UNNAMED = "#dcdcdc"
PLACE = "#d95f02"  # orange on blues: apart from every bin for every common colour blindness
STEPS = (1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000)
PLACE_RADIUS = 4


@dataclass(frozen=True, slots=True, kw_only=True)
class MapEntry:
    """A country or place on the map: name in the page's language, articles naming it, link."""

    name: str
    count: int
    href: str
    point: tuple[float, float] | None = None  # (longitude, latitude), places only


def bins(peak: int) -> tuple[tuple[int, int], ...]:
    """At most ``len(PALETTE)`` (low, high) ranges covering 1…``peak``, starting at round
    numbers (1, 2, 3, 5, 10, 20…) spread evenly over those up to the peak."""
    if peak < 1:
        return ()
    starts = [s for s in STEPS if s <= peak]
    if len(starts) > len(PALETTE):
        last = len(starts) - 1
        starts = sorted({starts[round(i * last / (len(PALETTE) - 1))] for i in range(len(PALETTE))})
    ends = [s - 1 for s in starts[1:]] + [peak]
    return tuple(zip(starts, ends, strict=True))


def bin_of(count: int, ranges: Sequence[tuple[int, int]]) -> int:
    return next(i for i, (low, high) in enumerate(ranges) if low <= count <= high)


def range_label(low: int, high: int) -> str:
    return str(low) if low == high else f"{low}–{high}"


def summary(countries: Mapping[str, MapEntry], ui: UI) -> str:
    """One sentence for the whole map: how many countries, and the most named."""
    named = ui.count("{n} country named", "{n} countries named", len(countries))
    if not countries:
        return ui("Map: {countries}", countries=named)
    peak = max(entry.count for entry in countries.values())
    top = sorted(entry.name for entry in countries.values() if entry.count == peak)
    most = ui.join(top[:3]) if len(top) <= 3 else ui.count("{n} country", "{n} countries", len(top))
    count = ui.count("{n} article", "{n} articles", peak)
    return ui("Map: {countries}; most: {top} ({count})", countries=named, top=most, count=count)


def _title(entry: MapEntry, ui: UI) -> str:
    count = ui.count("{n} article", "{n} articles", entry.count)
    return escape(ui("{name}: {count}", name=entry.name, count=count))


def _countries(atlas: World, countries: Mapping[str, MapEntry], ranges: Sequence, ui: UI) -> list[str]:
    plain = [f'<path d="{s.d}"/>' for s in atlas.shapes if s.code not in countries]
    shaded: list[list[str]] = [[] for _ in ranges]
    for shape in atlas.shapes:
        if entry := countries.get(shape.code):
            shaded[bin_of(entry.count, ranges)].append(
                f'<a href="{escape(entry.href)}"><title>{_title(entry, ui)}</title><path d="{shape.d}"/></a>'
            )
    groups = [f'<g fill="{UNNAMED}">' + "".join(plain) + "</g>"]
    groups += [
        f'<g fill="{PALETTE[i]}">' + "".join(links) + "</g>" for i, links in enumerate(shaded) if links
    ]
    return groups


def _places(atlas: World, places: Sequence[MapEntry], ui: UI) -> str:
    marks = []
    for place in places:
        if place.point is None:
            continue
        x, y = atlas.frame.point(*place.point)
        marks.append(
            f'<a href="{escape(place.href)}"><title>{_title(place, ui)}</title>'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{PLACE_RADIUS}"/></a>'
        )
    return (
        f'<g class="daftar-map-places" fill="{PLACE}" stroke="#fff">' + "".join(marks) + "</g>"
        if marks
        else ""
    )


def _key(colour: str, label: str, *, circle: bool = False) -> str:
    mark = '<circle cx="7" cy="7" r="5"' if circle else '<rect width="14" height="14" rx="2"'
    return (
        f'<span class="daftar-map-key"><svg width="14" height="14" aria-hidden="true">'
        f'{mark} fill="{colour}"/></svg> {escape(label)}</span>'
    )


def legend(ranges: Sequence[tuple[int, int]], missing: Sequence[MapEntry], has_places: bool, ui: UI) -> str:
    """The bins in the reading direction, and the named countries too small to draw."""
    keys = [_key(PALETTE[i], range_label(*r)) for i, r in enumerate(ranges)]
    keys.append(_key(UNNAMED, ui("none")))
    parts = [f"<span>{escape(ui('Articles naming each country'))}:</span> " + " ".join(keys)]
    if has_places:
        parts.append(_key(PLACE, ui("Places with a page"), circle=True))
    if missing:
        names = ui.join([f"{m.name} ({m.count})" for m in missing])
        parts.append(f"<span>{escape(ui('Too small to draw at this scale: {names}', names=names))}</span>")
    return '<figcaption class="daftar-map-legend">' + "<br>".join(parts) + "</figcaption>"


def world_map(atlas: World, countries: Mapping[str, MapEntry], places: Sequence[MapEntry], ui: UI) -> str:
    """The map as one HTML block for a Markdown page (no blank line inside); ``countries``
    by ISO alpha-2, only those with at least one article and a page."""
    ranges = bins(max((e.count for e in countries.values()), default=0))
    label = escape(summary(countries, ui))
    drawn = {shape.code for shape in atlas.shapes}
    missing = [countries[code] for code in sorted(countries) if code not in drawn]
    svg = (
        f'<svg viewBox="0 0 {atlas.frame.width} {atlas.frame.height}" role="group" aria-label="{label}" '
        f'xmlns="http://www.w3.org/2000/svg" stroke="#fff" stroke-width=".5" stroke-linejoin="round">'
        + "".join(_countries(atlas, countries, ranges, ui))
        + _places(atlas, places, ui)
        + "</svg>"
    )
    caption = legend(ranges, missing, any(p.point for p in places), ui)
    return f'<figure class="daftar-map" data-pagefind-ignore>\n{svg}\n{caption}\n</figure>'


def dossier_map(dossier: Dossier, ui: UI, link: Linker, atlas: World | None = None) -> str:
    """The dossier's countries (articles naming each) and places with coordinates, mapped."""
    registry = dossier.registry
    countries = {
        stats.id: MapEntry(
            name=entity_name(registry, "country", stats.id, ui.lang),
            count=len(stats.articles),
            href=link(PageRef(kind="country", id=stats.id)),
        )
        for stats in dossier.of_kind("country")
        if stats.articles
    }
    places = [
        MapEntry(
            name=entity_name(registry, "place", stats.id, ui.lang),
            count=len(stats.articles),
            href=link(PageRef(kind="place", id=stats.id)),
            point=(coordinates[1], coordinates[0]),
        )
        for stats in dossier.of_kind("place")
        if (coordinates := registry.places[stats.id].coordinates)
    ]
    if not countries and not places:
        return ""
    return world_map(atlas or world(), countries, places, ui)
