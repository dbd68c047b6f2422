"""The mentions-per-month chart as inline SVG, drawn at build time (no charting JS).

A chart should say what it shows to everyone who cannot see it as drawn, so it
carries its numbers three ways: the SVG is ``role="img"`` with a one-sentence
summary (span, total, peak) as its label; each month is a group whose ``<title>``
the browser shows on hover ("September 2025: 12 mentions"); and a ``<details>``
table lists every month. ``<details>`` rather than a visually-hidden table
because it works for everyone: a screen reader announces it and opens it, a
sighted reader who wants the exact figures opens it too, and a reader without
CSS sees a plain disclosure. Bars also carry their value above them when there
is room, under a labelled scale (0 and round steps up to the peak).

Time runs in the reading direction: left to right in English, right to left on
Arabic pages, with the earliest month on the right and the most recent on the
left, and the scale on the right, where an Arabic reader starts (as Arabic
newspapers and spreadsheet programs in right-to-left sheets draw time series).
The SVG's coordinates are physical, so the drawing mirrors its x axis itself
and pins ``direction="ltr"`` for its text anchors.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from ..model import PartialDate
from .i18n import UI

WIDTH, HEIGHT = 600, 190
TOP, BOTTOM = 20, 44  # room for value labels above the bars, month and year rows below
SCALE_SIDE, END_SIDE = 34, 8  # the scale's labels sit on the side time starts from
PLOT = WIDTH - SCALE_SIDE - END_SIDE
MAX_BAR = 48  # a dossier of two months should not get two slabs
VALUE_LABEL_MIN_SLOT = 16  # narrower bars show their value on hover and in the table only
CHAR_WIDTH, LABEL_GAP = 6, 10  # a letter at 11px, roughly (Latin or Arabic), and the gap between labels
Scale = Callable[[int], float]  # a count to its y coordinate


def month_range(first: str, last: str) -> list[str]:
    """Every YYYY-MM from ``first`` to ``last``, so gaps show as empty months."""
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _month(key: str) -> PartialDate:
    return PartialDate(year=int(key[:4]), month=int(key[5:7]))


def scale_step(peak: int) -> int:
    """A round step (1, 2, 5, 10, 20, 50…) giving at most three steps up to ``peak``."""
    if peak <= 3:
        return 1
    magnitude = 10 ** math.floor(math.log10(peak / 3))
    return next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude * 3 >= peak)


def summary(axis: list[str], counts: dict[str, int], ui: UI) -> str:
    """One sentence a screen reader says for the whole chart."""
    total = ui.count("{n} mention", "{n} mentions", sum(counts.values()))
    label = ui("Mentions per month")
    if len(axis) == 1:
        return ui("{chart}, {span}: {total}", chart=label, span=ui.date(_month(axis[0])), total=total)
    peak = max(counts.values())
    peaks = [ui.date(_month(m)) for m in axis if counts.get(m, 0) == peak]
    where = ui.join(peaks) if len(peaks) <= 3 else ui.count("{n} month", "{n} months", len(peaks))
    span = ui.month_span(_month(axis[0]), _month(axis[-1]))
    return ui(
        "{chart}, {span}: {total}; most in {months} ({peak})",
        chart=label,
        span=span,
        total=total,
        months=where,
        peak=peak,
    )


@dataclass(frozen=True, slots=True)
class _Frame:
    """Logical x (0 = where time starts) to physical SVG x, mirrored on RTL pages."""

    slot: float  # the width each month gets
    rtl: bool

    def x(self, logical: float) -> float:
        physical = SCALE_SIDE + logical
        return WIDTH - physical if self.rtl else physical

    def anchor(self, logical: str) -> str:
        """``start``/``end`` in time's direction as a physical SVG text anchor."""
        if logical == "middle" or not self.rtl:
            return logical
        return "end" if logical == "start" else "start"


def _num(value: float) -> str:
    """A coordinate in as few bytes as a tenth of a unit allows (146.0 is 146)."""
    return f"{round(value, 1):g}"


def _scale(frame: _Frame, top: int, step: int, y_of: Scale) -> str:
    """The scale's lines as one path and its labels in one group, which anchors them all."""
    values = range(0, top + 1, step)
    x1, x2 = sorted((frame.x(0), frame.x(PLOT)))
    lines = "".join(f"M{_num(x1)} {_num(y_of(value))}H{_num(x2)}" for value in values)
    labels = "".join(
        f'<text x="{_num(frame.x(-5))}" y="{_num(y_of(value) + 4)}">{value}</text>' for value in values
    )
    return (
        f'<path class="daftar-chart-grid" d="{lines}" stroke="currentColor" stroke-opacity="0.2"/>'
        f'<g text-anchor="{frame.anchor("end")}">{labels}</g>'
    )


def _months(axis: list[str], counts: dict[str, int], frame: _Frame, top: int, ui: UI) -> str:
    """A group per month, with its hover title, a hover target (a slot wide, as tall
    as the scale) and its bar, none for a month with no mention.

    The groups share one transform that puts the first month's centre on the
    baseline and makes a unit across one slot (mirrored on RTL pages) and a unit
    up one mention, so the month's index and its count are its coordinates and
    both shapes are vertical lines: ``M3 0V15``, the target, and ``M3 0V12``, the
    bar. Their widths are strokes in slots: the group's ``stroke-width`` the bar's
    share, daftar.css a whole slot for the target (unpainted, and the colours)."""
    sx = -frame.slot if frame.rtl else frame.slot
    transform = (
        f"translate({_num(frame.x(frame.slot / 2))} {HEIGHT - BOTTOM}) "
        f"scale({sx:.5g} {-(HEIGHT - BOTTOM - TOP) / top:.5g})"
    )
    parts = []
    for index, key in enumerate(axis):
        value = counts.get(key, 0)
        tip = f"{ui.date(_month(key))}: {ui.count('{n} mention', '{n} mentions', value)}"
        bar = f'<path d="M{index} 0V{value}"/>' if value else ""
        parts.append(f'<g><title>{escape(tip)}</title><path d="M{index} 0V{top}"/>{bar}</g>')
    width = min(0.7, MAX_BAR / frame.slot)
    return (
        f'<g class="daftar-chart-months" transform="{transform}" stroke-width="{width:.5g}">'
        f"{''.join(parts)}</g>"
    )


def _values(axis: list[str], counts: dict[str, int], frame: _Frame, y_of: Scale) -> str:
    """Each bar's value above it when there is room, the peak's always; outside the
    months' scaled group, which would stretch them (daftar.css lets the pointer
    through them to the month below)."""
    peak = max(counts.values())
    labels = []
    for index, key in enumerate(axis):
        value = counts.get(key, 0)
        if value and (frame.slot >= VALUE_LABEL_MIN_SLOT or value == peak):
            x = round(frame.x((index + 0.5) * frame.slot))
            labels.append(f'<text x="{x}" y="{round(y_of(value) - 4)}">{value}</text>')
    return f'<g class="daftar-chart-values" text-anchor="middle">{"".join(labels)}</g>'


def _time_axis(axis: list[str], frame: _Frame, ui: UI) -> str:
    """Month names under the bars (every ``every``-th when they would collide),
    and the year under the first labelled month of each year, in one group that
    centres them all; whole units, as half a unit off a column's centre is no
    visible difference for a word."""
    names = [ui.month_name(_month(key)) for key in axis]
    every = max(1, math.ceil((CHAR_WIDTH * max(map(len, names)) + LABEL_GAP) / frame.slot))
    parts, last_year = [], None
    for index in range(0, len(axis), every):
        month = _month(axis[index])
        x = round(frame.x((index + 0.5) * frame.slot))
        parts.append(f'<text x="{x}" y="{HEIGHT - BOTTOM + 16}">{escape(names[index])}</text>')
        if month.year != last_year:
            parts.append(
                f'<text class="daftar-chart-year" x="{x}" y="{HEIGHT - BOTTOM + 32}">{month.year}</text>'
            )
            last_year = month.year
    return f'<g text-anchor="middle">{"".join(parts)}</g>'


def _table(axis: list[str], counts: dict[str, int], ui: UI) -> str:
    rows = "".join(
        f'<tr><th scope="row">{escape(ui.date(_month(key)))}</th><td>{counts.get(key, 0)}</td></tr>'
        for key in axis
    )
    return (
        f'<details class="daftar-chart-table"><summary>{escape(ui("Mentions per month as a table"))}</summary>\n'
        f'<table><thead><tr><th scope="col">{escape(ui("Month"))}</th>'
        f'<th scope="col">{escape(ui("Mentions"))}</th></tr></thead><tbody>{rows}</tbody></table>\n'
        "</details>"
    )


def mentions_chart(months: tuple[tuple[str, int], ...], ui: UI) -> str:
    """A figure (bars per month, scale, time axis) and the table of its numbers,
    as two HTML blocks for a Markdown page; empty when nothing was mentioned."""
    if not months:
        return ""
    counts = dict(months)
    axis = month_range(months[0][0], months[-1][0])
    step = scale_step(max(counts.values()))
    top = step * math.ceil(max(counts.values()) / step)

    def y_of(value: int) -> float:
        return HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * value / top

    frame = _Frame(slot=PLOT / len(axis), rtl=ui.direction == "rtl")
    label = escape(summary(axis, counts, ui))
    svg = (
        f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{label}" direction="ltr" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{label}</title>'
        + _scale(frame, top, step, y_of)
        + _months(axis, counts, frame, top, ui)
        + _values(axis, counts, frame, y_of)
        + _time_axis(axis, frame, ui)
        + "</svg>"
    )
    figure = (
        f'<figure class="daftar-chart">\n{svg}\n'
        f"<figcaption>{escape(ui('Mentions per month'))}</figcaption>\n</figure>"
    )
    return f"{figure}\n\n{_table(axis, counts, ui)}"
