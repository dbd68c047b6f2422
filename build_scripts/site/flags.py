"""Which country flags the site shows, and their SVG files from the flag-icons package.

Flags used to be emoji (regional indicator letters): Debian's Chromium drew empty
boxes and Windows shows the two letters, so many readers saw no flag. The SVGs
come from flag-icons (MIT, pinned in package.json and installed by ``npm ci``,
which ``make site`` runs), are copied into ``docs/`` beside the pages (so
``mkdocs serve`` shows them too) and only for the countries a page shows: the
whole set is 2.7 MB, some single flags 80–180 KB.

The renderers draw a flag for every country chip (``render.common.flag``); this
module must name every country they can show. ``tests/test_flags.py`` checks
that against the rendered pages, and the built site is checked for a file
behind every flag.
"""

from __future__ import annotations

from pathlib import Path

from ..dossier.entity_index import Dossier
from ..model import Actor, Organisation
from ..render.pages import PageRef, flag_file

# Beside the checkout's package.json, not the content root: the flags are a
# dependency of the generator, like the Python packages, whichever dossier it builds.
FLAG_ICONS = Path(__file__).resolve().parents[2] / "node_modules" / "flag-icons"
ASPECT = "4x3"  # flag-icons ships 4x3 and 1x1; 4x3 keeps every flag's proportions readable


class FlagsMissing(Exception):
    """flag-icons is not installed, or lacks a flag the site shows."""


def shown_countries(dossier: Dossier) -> tuple[str, ...]:
    """ISO codes of every country a page shows as a chip or a title: the countries
    with a page, and the country of each person and organisation with one."""
    codes = {stats.id for stats in dossier.of_kind("country")}
    located: list[Actor | Organisation] = [
        *dossier.registry.actors.values(),
        *dossier.registry.organisations.values(),
    ]
    for entity in located:
        if entity.country and entity.country in dossier.registry.countries:
            codes.add(entity.country)
    return tuple(sorted(codes))


def flag_svg(code: str, package: Path = FLAG_ICONS) -> bytes:
    """The flag's SVG as flag-icons ships it (already minimal; copied byte for byte)."""
    if not (package / "package.json").is_file():
        raise FlagsMissing(
            f"flag-icons is not installed ({package}): run `npm ci` in the Daftar checkout "
            "(`make site` does it)"
        )
    path = package / "flags" / ASPECT / f"{code.lower()}.svg"
    if not path.is_file():
        raise FlagsMissing(f"flag-icons has no flag for country {code!r} ({path})")
    return path.read_bytes()


def flag_files(dossier: Dossier, package: Path = FLAG_ICONS) -> list[tuple[PageRef, bytes]]:
    """(file, SVG bytes) for each country shown, sorted by code."""
    return [(flag_file(code), flag_svg(code, package)) for code in shown_countries(dossier)]
