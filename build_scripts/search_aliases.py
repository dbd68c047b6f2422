"""The query-expansion table the search page embeds: a typed spelling → the
spellings the dossier's pages actually use.

Readers type whichever spelling their outlet uses (زيلنسكي, ترمب) or an English
form (Zelenskyy); the index holds the text as published. Rather than stuffing
hidden variant text into pages (it would leak into result excerpts), the
search script looks each typed word up here and searches the registry's
spellings too. Keys are matching keys (``arabic_text.normalize``).
"""

from __future__ import annotations

import json
from collections import defaultdict

from .arabic_text import normalize
from .model import Names, Registry

MAX_EXPANSIONS = 4


def _entities(registry: Registry) -> list[Names]:
    groups = (registry.actors, registry.countries, registry.organisations, registry.outlets)
    return [entity.names for group in groups for _, entity in sorted(group.items())]


def alias_table(registry: Registry, lang: str) -> dict[str, list[str]]:
    """Matching key of every known spelling → up to four spellings to search for."""
    table: dict[str, list[str]] = defaultdict(list)
    for names in _entities(registry):
        if lang == "ar":
            spellings = [names.ar, *names.aliases_ar]
            targets = list(dict.fromkeys(spellings))[:MAX_EXPANSIONS]
        else:
            spellings = [names.en, *getattr(names, "aliases_en", ())]
            targets = [names.en]
        for spelling in spellings:
            key = normalize(spelling).casefold()
            for target in targets:
                if normalize(target).casefold() != key and target not in table[key]:
                    table[key].append(target)
    return {key: values[:MAX_EXPANSIONS] for key, values in sorted(table.items()) if values}


def alias_script(registry: Registry, lang: str) -> str:
    """The table as an inert JSON block (``</`` escaped so text cannot close the script)."""
    data = json.dumps(alias_table(registry, lang), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    data = data.replace("</", "<\\/")
    return f'<script type="application/json" id="daftar-search-aliases">{data}</script>'
