"""Map geometry as plain functions: TopoJSON arcs → rings, the Equal Earth projection,
line simplification and compact SVG path data. No I/O (``world_geometry`` reads the file).

TopoJSON stores each border once, as an arc shared by the two countries on either
side. Arcs are projected and simplified *before* they are stitched into rings, so
both neighbours get the very same simplified border: simplifying each country's
ring on its own would open slivers and overlaps along every frontier.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

Point = tuple[float, float]
Ring = list[Point]

# Equal Earth (Šavrič, Patterson & Jenny 2018): equal-area, so a large country is not
# inflated the way Mercator inflates Russia and Greenland, and it keeps the familiar
# look of the Robinson and Natural Earth maps newspapers use. The constants are the paper's.
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2


def equal_earth(longitude: float, latitude: float) -> Point:
    """(x, y) in radius units, y up: x spans ±2.7066 at the equator, y ±1.3173 at the poles."""
    lam, phi = math.radians(longitude), math.radians(latitude)
    theta = math.asin(_M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    x = lam * math.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)))
    return x, y


def decode_arcs(topology: Mapping[str, Any]) -> list[list[Point]]:
    """Every arc as absolute (longitude, latitude) points: quantized topologies store
    integer deltas, undone by a running sum then the ``transform``'s scale and translate."""
    transform = topology.get("transform")
    arcs: list[list[Point]] = []
    for arc in topology["arcs"]:
        if transform is None:
            arcs.append([(float(p[0]), float(p[1])) for p in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        points = []
        for dx, dy, *_ in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def unwrap(points: Sequence[Point]) -> list[Point]:
    """An arc that crosses the antimeridian (world-atlas 2 no longer cuts there) made
    continuous from its first point: 179° then -179° becomes 179° then 181°.

    Drawn whole past the map's edge rather than cut: at 1:110m only eastern Chukotka
    and a few islands of Fiji cross it, and a cut would need clipping every ring."""
    result: list[Point] = []
    shift = 0.0
    for i, (lon, lat) in enumerate(points):
        if i:
            step = lon + shift - result[-1][0]
            shift -= 360 * round(step / 360)
        result.append((lon + shift, lat))
    return result


def stitch(ring_arcs: Sequence[int], arcs: Sequence[Sequence[Point]]) -> Ring:
    """One ring from arc indexes; ``~i`` (a negative index) is arc ``i`` reversed.
    Consecutive arcs share their joining point, so each arc after the first drops it."""
    ring: Ring = []
    for index in ring_arcs:
        points = list(arcs[index]) if index >= 0 else list(reversed(arcs[~index]))
        ring.extend(points[1:] if ring else points)
    return ring


def polygons(geometry: Mapping[str, Any], arcs: Sequence[Sequence[Point]]) -> list[list[Ring]]:
    """A Polygon or MultiPolygon geometry as a list of polygons, each a list of rings."""
    if geometry.get("type") == "Polygon":
        return [[stitch(r, arcs) for r in geometry["arcs"]]]
    if geometry.get("type") == "MultiPolygon":
        return [[stitch(r, arcs) for r in polygon] for polygon in geometry["arcs"]]
    return []


def simplify(points: Sequence[Point], tolerance: float) -> list[Point]:
    """Douglas–Peucker, iterative: keeps both ends (the joints between shared arcs) and
    every point farther than ``tolerance`` from the line its neighbours would draw."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        length = math.hypot(bx - ax, by - ay)
        farthest, distance = first, 0.0
        for i in range(first + 1, last):
            px, py = points[i]
            if length:
                d = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
            else:
                d = math.hypot(px - ax, py - ay)
            if d > distance:
                farthest, distance = i, d
        if distance > tolerance:
            keep[farthest] = True
            stack.extend(((first, farthest), (farthest, last)))
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def ring_area(ring: Sequence[Point]) -> float:
    """Unsigned area (shoelace), to leave out islands too small to see or click."""
    return (
        abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, [*ring[1:], *ring[:1]], strict=True)))
        / 2
    )


def _number(tenths: int) -> str:
    """A coordinate in tenths as SVG's shortest form: 12, 1.5, .5, -.5."""
    whole, tenth = divmod(abs(tenths), 10)
    text = (str(whole) if whole or not tenth else "") + (f".{tenth}" if tenth else "")
    return f"-{text}" if tenths < 0 else text


def _pair(a: int, b: int) -> str:
    first, second = _number(a), _number(b)
    return first + ("" if second.startswith("-") else " ") + second


def path_data(rings: Iterable[Sequence[Point]]) -> str:
    """Rings as one path's ``d``: rounded to 0.1 first, then relative moves between the
    rounded points, so rounding never accumulates and most steps take a few characters."""
    parts = []
    for ring in rings:
        tenths = [(round(x * 10), round(y * 10)) for x, y in ring]
        deduped = [p for i, p in enumerate(tenths) if i == 0 or p != tenths[i - 1]]
        if len(deduped) > 1 and deduped[-1] == deduped[0]:
            deduped.pop()
        if len(deduped) < 3:
            continue
        steps = [_pair(x - px, y - py) for (px, py), (x, y) in itertools.pairwise(deduped)]
        parts.append(f"M{_pair(*deduped[0])}l" + " ".join(steps).replace(" -", "-") + "z")
    return "".join(parts)


class Frame:
    """Equal Earth scaled to an SVG ``width``, cropped to ``north``…``south`` (Antarctica
    and the empty Arctic ocean take a third of the height and name no country here)."""

    __slots__ = ("_top", "height", "scale", "width")

    def __init__(self, width: int, north: float, south: float) -> None:
        half_width, _ = equal_earth(180, 0)
        self.width = width
        self.scale = width / (2 * half_width)
        self._top = equal_earth(0, north)[1]
        self.height = round((self._top - equal_earth(0, south)[1]) * self.scale)

    def point(self, longitude: float, latitude: float) -> Point:
        """SVG coordinates (y down) of a place."""
        x, y = equal_earth(longitude, latitude)
        half_width = self.width / 2
        return half_width + x * self.scale, (self._top - y) * self.scale
