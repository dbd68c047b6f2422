"""Mentions-over-time charts as inline SVG, drawn at build time (no charting JS)."""

from __future__ import annotations

from html import escape

WIDTH, HEIGHT, PAD = 600, 140, 24


def month_range(first: str, last: str) -> list[str]:
    """Every YYYY-MM from ``first`` to ``last``, so gaps show as empty months."""
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def mentions_chart(months: tuple[tuple[str, int], ...], *, label: str, rtl: bool) -> str:
    """Bars per month; time runs in the reading direction (right-to-left in Arabic)."""
    if not months:
        return ""
    counts = dict(months)
    axis = month_range(months[0][0], months[-1][0])
    peak = max(counts.values())
    slot = (WIDTH - 2 * PAD) / len(axis)
    bars = []
    for index, month in enumerate(axis):
        value = counts.get(month, 0)
        height = 0 if not peak else (HEIGHT - 2 * PAD) * value / peak
        x = PAD + index * slot
        if rtl:
            x = WIDTH - x - slot
        y = HEIGHT - PAD - height
        bars.append(
            f'<rect x="{x + slot * 0.15:.1f}" y="{y:.1f}" width="{slot * 0.7:.1f}" height="{height:.1f}">'
            f"<title>{month}: {value}</title></rect>"
        )
    first_x, last_x = (WIDTH - PAD, PAD) if rtl else (PAD, WIDTH - PAD)
    anchor_first, anchor_last = ("end", "start") if rtl else ("start", "end")
    return (
        f'<svg class="daftar-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{escape(label)}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(label)}</title>'
        + "".join(bars)
        + f'<text x="{first_x}" y="{HEIGHT - 6}" text-anchor="{anchor_first}">{axis[0]}</text>'
        + f'<text x="{last_x}" y="{HEIGHT - 6}" text-anchor="{anchor_last}">{axis[-1]}</text>'
        + "</svg>"
    )
