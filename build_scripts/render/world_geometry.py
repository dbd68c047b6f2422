"""The world's country outlines, read once per process from the world-atlas package.

world-atlas (ISC, Natural Earth 1:110m as TopoJSON, 108 KB) is pinned in
package.json and installed by ``npm ci``, which ``make site`` runs, like
flag-icons (``flags``). It is read, projected and simplified here once per process
(``functools.cache``): every page that shows the map gets the same path strings.

Its features are keyed by ISO 3166-1 *numeric* code ("804"); CLDR, through Babel,
already maps numeric codes to alpha-2 (its territory aliases), so no table is kept
here. Three features have no ISO code at all (Kosovo, N. Cyprus, Somaliland);
Kosovo has the user-assigned code XK that CLDR and the registry use.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel.core import get_global

from .geo import Frame, decode_arcs, path_data, polygons, ring_area, simplify, unwrap

# Beside the checkout's package.json, as flag-icons is (see flags.FLAG_ICONS).
WORLD_ATLAS = Path(__file__).resolve().parents[2] / "node_modules" / "world-atlas"
TOPOLOGY_FILE = "countries-110m.json"
WIDTH = 960  # SVG units; coordinates are rounded to 0.1, finer than a phone's pixel
NORTH, SOUTH = 84.0, -57.0  # northern Greenland to Cape Horn
TOLERANCE = 0.8  # Douglas–Peucker, SVG units: 1/3 px on a 390 px phone, under 1 px at full width
MIN_AREA = 2.0  # SVG units²: smaller islands are left out (a country's largest part never is)
LEFT_OUT = {"010"}  # Antarctica: below the frame
NO_NUMERIC = {"Kosovo": "XK"}


class GeometryMissing(Exception):
    """world-atlas is not installed."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Shape:
    code: str  # ISO 3166-1 alpha-2, or "" for the few lands without one
    name: str  # Natural Earth's English name, for lands without a code
    d: str  # SVG path data


@dataclass(frozen=True, slots=True, kw_only=True)
class World:
    frame: Frame
    shapes: tuple[Shape, ...]  # sorted by code, then name


def alpha2(numeric: str | None, name: str = "") -> str:
    """ISO alpha-2 for a numeric code, through CLDR's aliases; "" when there is none
    (a numeric code CLDR splits between several countries, like the old USSR's, is none)."""
    if numeric is None:
        return NO_NUMERIC.get(name, "")
    replacement = get_global("territory_aliases").get(numeric.zfill(3), [])
    return replacement[0] if len(replacement) == 1 and replacement[0].isalpha() else ""


def project_topology(topology: dict, frame: Frame) -> tuple[Shape, ...]:
    """Every country as one SVG path, projected, simplified and rounded."""
    arcs = [
        simplify([frame.point(lon, lat) for lon, lat in unwrap(arc)], TOLERANCE)
        for arc in decode_arcs(topology)
    ]
    shapes = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        numeric, name = geometry.get("id"), geometry.get("properties", {}).get("name", "")
        if numeric in LEFT_OUT:
            continue
        parts = sorted(polygons(geometry, arcs), key=lambda p: -ring_area(p[0]))
        kept = [p for i, p in enumerate(parts) if i == 0 or ring_area(p[0]) >= MIN_AREA]
        d = path_data(ring for polygon in kept for ring in polygon)
        if d:
            shapes.append(Shape(code=alpha2(numeric, name), name=name, d=d))
    return tuple(sorted(shapes, key=lambda s: (s.code, s.name)))


@cache
def world(package: Path = WORLD_ATLAS) -> World:
    """The projected world, computed on first use in each process."""
    path = package / TOPOLOGY_FILE
    if not path.is_file():
        raise GeometryMissing(
            f"world-atlas is not installed ({path}): run `npm ci` in the Daftar checkout "
            "(`make site` does it)"
        )
    frame = Frame(WIDTH, NORTH, SOUTH)
    return World(frame=frame, shapes=project_topology(json.loads(path.read_text("utf-8")), frame))
