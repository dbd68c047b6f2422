"""Whether a country's adjective (nisba) in the text is the country or a family name:
السوداني after a verb, when the article named محمد شياع السوداني, is the person; محمد
المصري is a man's name; a word after a definite adjective is the name a title leads to."""

from __future__ import annotations

from collections.abc import Sequence

from ...arabic_text import normalize, proclitic_forms
from ...model import Registry, per_registry
from ..names.given_name_lists import ALL_GIVEN, given_names
from ..names.name_words import STOP, TITLES
from .entity_automaton import Pattern


@per_registry
def _nisba_surnames(registry: Registry) -> dict[str, str]:
    """A registered person's family name that is a country's adjective (محمد شياع
    السوداني), keyed without the article → the person's id."""
    found: dict[str, str] = {}
    for actor in registry.actors.values():
        last = normalize(actor.names.ar).split()[-1]
        if last.startswith("ال") and last.endswith("ي") and len(last) > 4:
            found[last[2:]] = actor.id
    return found


def nisba_surname(
    registry: Registry, core: str, before: str, seen: set[tuple[str, str]], possessor: bool = False
) -> Pattern | None:
    """The person a definite country adjective stands for when it has no noun to agree
    with (after a verb, a preposition, a quotation mark: وأضاف السوداني، بين السوداني
    والمالكي) and the article has named the person whose family name it is. After a
    definite noun or one with a pronoun (الجيش السوداني، نظيره السوداني) it is the
    adjective. Written with ل (``possessor``: المكتب الإعلامي للسوداني) it agrees with
    no noun: it is whose, the person."""
    person = _nisba_surnames(registry).get(core)
    if person is None or ("actor", person) not in seen:
        return None
    if possessor:
        return Pattern("actor", person, "surname", False, False, False)
    bare = next((form for form in (before, *proclitic_forms(before)) if form.startswith("ال")), "")
    if bare or before.endswith(("ه", "ها", "هم", "هما", "ي")) or before in TITLES:
        return None
    return Pattern("actor", person, "surname", False, False, False)


def given_before(body: str, origin: Sequence[int], start: int, prefix: str, before: str) -> bool:
    """A given name right before a country's adjective (محمد المصري، سالم الهندي): a
    family name. A given name that is also a word counts too, but not على (the
    preposition, keyed like علي: على المصري أن…)."""
    if before[:1] == "و" and before[1:] in ALL_GIVEN:
        before = before[1:]  # وسالم الهندي: the list's next person
    if before in given_names()[0]:
        return True
    if before not in given_names()[1] or before in STOP:
        return False  # (آن, Anne, is keyed like أن)
    at = origin[start - len(prefix)] if start - len(prefix) < len(origin) else len(body)
    return body[max(0, at - 16) : at].split()[-1:] != ["على"]  # the last word only, not the whole text


def definite_nisba(word: str) -> bool:
    """A definite adjective in ي (الإيراني، الفرنسي)."""
    return word.startswith("ال") and word.endswith("ي") and len(word) >= 6
