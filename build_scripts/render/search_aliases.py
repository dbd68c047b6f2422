"""The query-expansion tables the search page embeds.

Readers type whichever spelling their outlet uses (زيلنسكي, ترمب, Zelenskyy);
the index holds the text as published, plus each article's index-only terms
(``search_terms``: the names of what it mentions, its clitic words' readings).
The search script widens the query with two tables:

- ``aliases``: the matching key of every registry spelling (Arabic, and English
  case-folded) → the other spellings of the same name, so ترمب also searches ترامب;
- ``skeletons``: the ``search_terms.skeleton`` of every word of a person's name →
  that word as the registry writes it (grouped by person), so a spelling no list
  has (زلنسكي, هايسبورج) still reaches the pages. People only, as for the entity linker's
  rule-made variants: the skeletons of place and organisation names collide with
  common words (الأمن and اليمن, بالرئيس and بيلاروس, frank and France). A
  skeleton that some other registry name also has is left out (فرنسا is France,
  not a spelling of فرانسوا).

Both sides of the page use the same tables whatever its language: an English
page shows the Arabic original, and every article page indexes the names of
what it mentions in both languages (``search_terms``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping

from ..arabic_text import normalize
from ..model import Actor, Country, Organisation, Outlet, Registry
from .search_terms import WORD, skeleton

MAX_EXPANSIONS = 4

Entity = Actor | Country | Organisation | Outlet


def _entities(registry: Registry) -> list[Entity]:
    groups: tuple[Mapping[str, Entity], ...] = (
        registry.actors,
        registry.countries,
        registry.organisations,
        registry.outlets,
    )
    return [entity for group in groups for _, entity in sorted(group.items())]


def _add(table: dict[str, list[str]], key: str, target: str) -> None:
    if normalize(target).casefold() != key and target not in table[key]:
        table[key].append(target)


def _spelling_groups(entity: Entity) -> Iterable[tuple[list[str], list[str]]]:
    """(spellings a reader may type, spellings to search for instead).

    An English name also searches the Arabic one: pages match it through their
    index-only terms anyway, but the Arabic original they show then gets the match
    highlighted in the excerpt. Not for countries: the ~250 CLDR names would make
    the table several times larger for names the English summaries mostly carry."""
    names = entity.names
    yield [names.ar, *names.aliases_ar], list(dict.fromkeys([names.ar, *names.aliases_ar]))
    yield [names.en, *names.aliases_en], [names.en] if isinstance(entity, Country) else [names.en, names.ar]


def alias_table(registry: Registry) -> dict[str, list[str]]:
    """Matching key of every known spelling → up to four other spellings to search for."""
    table: dict[str, list[str]] = defaultdict(list)
    for entity in _entities(registry):
        for spellings, targets in _spelling_groups(entity):
            for spelling in spellings:
                key = normalize(spelling).casefold()
                for target in targets[:MAX_EXPANSIONS]:
                    _add(table, key, target)
    return {key: values[:MAX_EXPANSIONS] for key, values in sorted(table.items()) if values}


def skeleton_table(registry: Registry) -> dict[str, list[list[str]]]:
    """Skeleton → the words of people's names (as the registry writes them) that
    share it, one list per person: a reader who types one person's listed spelling
    (سيرجي) is offered that person's other spellings (سيرغي), not another person's."""
    table: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for actor_id, actor in sorted(registry.actors.items()):
        names = actor.names
        for spelling in (names.ar, *names.aliases_ar, names.en, *names.aliases_en):
            for word in WORD.findall(spelling):
                frame = skeleton(word)
                if frame:
                    table[frame][actor_id].add(word)
    taken = {skeleton(word) for word in _other_name_words(registry)}
    return {
        frame: [sorted(words)[:MAX_EXPANSIONS] for _, words in sorted(people.items())]
        for frame, people in sorted(table.items())
        if frame not in taken
    }


def _other_name_words(registry: Registry) -> Iterable[str]:
    """Every word of every spelling of a place, organisation or outlet."""
    for group in (registry.countries, registry.organisations, registry.outlets):
        for entity in group.values():
            names = entity.names
            spellings = [names.ar, *names.aliases_ar, *names.short_ar, names.en, *names.aliases_en]
            spellings += [*getattr(entity, "adjectives_ar", ()), *getattr(entity, "capitals_ar", ())]
            for spelling in spellings:
                yield from WORD.findall(spelling)


def alias_script(registry: Registry, lang: str) -> str:
    """The tables as an inert JSON block (``</`` escaped so text cannot close the script).

    ``lang`` is accepted for symmetry with the other page renderers; both languages
    embed the same tables.
    """
    del lang
    tables = {"aliases": alias_table(registry), "skeletons": skeleton_table(registry)}
    data = json.dumps(tables, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    data = data.replace("</", "<\\/")
    return f'<script type="application/json" id="daftar-search-aliases">{data}</script>'
