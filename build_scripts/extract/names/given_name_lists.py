"""Given names: the lists in ``base_registry/given_names.yml`` and the first words
of registered names. Kept apart from the hand-written word lists because they are
data, read once (the file at import, the registry's once per registry object).
"""

from __future__ import annotations

from functools import cache

import yaml

from ...arabic_text import normalize
from ...content.registries import BASE_DIR
from ...model import Registry, per_registry
from .name_words import STOP, TITLES, word_keys

GIVEN_NAMES = BASE_DIR / "given_names.yml"


@cache
def _given_name_lists() -> dict[str, list[str]]:
    """The given-name file as written (read once: several tables derive from it)."""
    return yaml.safe_load(GIVEN_NAMES.read_text(encoding="utf-8"))


@cache
def given_names() -> tuple[frozenset[str], frozenset[str]]:
    """(given names that start a name alone, given names that need a cue)."""
    data = _given_name_lists()
    ambiguous = frozenset(normalize(w) for w in data["ambiguous"])
    names = frozenset(normalize(w) for w in (*data["arabic"], *_foreign_names())) - ambiguous - STOP
    return names, ambiguous


def _foreign_names() -> list[str]:
    """The foreign list, with each hard g also written ج, as Egyptian copy writes it
    (غوستافو → جوستافو, غابرييل → جابرييل): made by rule, so the list holds one spelling.
    Not for names of three letters, whose ج form is a word (جوه, "inside")."""
    listed = _given_name_lists()["foreign"]
    return [*listed, *(w.replace("غ", "ج") for w in listed if "غ" in w and len(w) >= 4)]


def _bare_alef_names() -> frozenset[str]:
    """Given names that open with أل/إل, as hurried typing writes them with a bare alef
    (الياس، اليكسي): they look like a word with the article but start a name."""
    data = _given_name_lists()
    return frozenset("ال" + w[2:] for w in (*data["arabic"], *data["foreign"]) if w[:2] in ("أل", "إل"))


BARE_ALEF_NAMES = _bare_alef_names()
ALL_GIVEN = given_names()[0] | given_names()[1]  # every listed given name, word-like or not
# Arabic given names as listed: two of them a letter apart (أحمد، محمد; حسن، حسين) are
# two names, never one name's spellings.
ARABIC_GIVEN = frozenset(normalize(w) for w in _given_name_lists()["arabic"])
STOP_GIVEN = word_keys("صباح")  # a given name, but a time word too (صباح اليوم)
AMBIGUOUS_GIVEN = given_names()[1]  # أسماء، أمل: given names that are also common words


def _foreign_given() -> frozenset[str]:
    """Given names of the foreign list that the Arabic list does not have (جوليوس, not حسن)."""
    data = _given_name_lists()
    arabic = {normalize(w) for w in data["arabic"]}
    return frozenset(normalize(w) for w in _foreign_names()) - arabic


FOREIGN_GIVEN = _foreign_given()


@per_registry
def any_given(registry: Registry) -> frozenset[str]:
    """Every given name, also those that are common words (made once, not per article)."""
    return registry_sets(registry)[0] | given_names()[1]


@per_registry
def registry_sets(registry: Registry) -> tuple[frozenset[str], frozenset[str]]:
    """(first words of registered names, the one-word names and adjectives of countries,
    organisations and outlets: الأمريكي، الكرملين; longer names are mentions, covered)."""
    first = {normalize(a.names.ar.split()[0]) for a in registry.actors.values()}
    first = {w for w in first if len(w) >= 3}  # لي، شي: also common words
    words = set()
    for group in (registry.countries, registry.organisations, registry.outlets):
        for entity in group.values():
            for form in (entity.names.ar, *entity.names.aliases_ar, *getattr(entity, "adjectives_ar", ())):
                if " " not in form.strip():
                    words.add(normalize(form))
    given, ambiguous = given_names()
    return frozenset(first - ambiguous - STOP - TITLES) | given, frozenset(words)
