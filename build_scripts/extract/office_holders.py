"""Who held an office on a day: a title with no name (وقال الرئيس الأمريكي) read
against the registry's dated roles.

Arabic news often quotes an office, not a name: وقال وزير الخارجية الروسي, قال
المتحدث باسم الكرملين. The registry knows who held each role and when, so the
speaker is the one person whose role is exactly that title (its words, the
country's name or adjective set aside) on the article's day. Never a guess:

- the title must be the whole role: الرئيس الأمريكي is رئيس الولايات المتحدة, but
  الرئيس الأمريكي السابق or المنتخب matches nothing;
- exactly one person may hold it that day, else nobody;
- a role with no end date is only known to be held up to the registry's ``as_of``
  date: after it, someone else may hold it (a government fell), so nobody.

Pure functions; the index is built once per registry.
"""

from __future__ import annotations

from collections import defaultdict

from ..arabic_text import word_key
from ..model import Registry, Role, per_registry

Key = tuple[str | None, frozenset[str]]  # (country, the title's other words)


def _bare(word: str) -> str:
    """A word's key without the article: الوزراء and وزراء are one title word."""
    key = word_key(word)
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


@per_registry
def _adjectives(registry: Registry) -> dict[str, str]:
    """Country adjective key → country (الأمريكي، الأمريكية → US)."""
    return {_bare(a): c.id for c in registry.countries.values() for a in c.adjectives_ar}


@per_registry
def _offices(registry: Registry) -> dict[Key, list[tuple[Role, str]]]:
    """Each role's title key → the roles with that key and their holders."""
    adjectives = _adjectives(registry)
    country_words = {
        c.id: {_bare(w) for n in (c.names.ar, *c.names.aliases_ar) for w in n.split()}
        for c in registry.countries.values()
    }  # read once per country, not once per person of that country
    index: dict[Key, list[tuple[Role, str]]] = defaultdict(list)
    for actor in registry.actors.values():
        country = registry.countries.get(actor.country) if actor.country else None
        names = country_words[country.id] if country else set()
        for role in actor.roles:
            for text in role.texts_ar:
                words = {_bare(w) for w in text.split()}
                own = {w for w in words if w in names or adjectives.get(w) == actor.country}
                index[(actor.country if own else None, frozenset(words - own))].append((role, actor.id))
    return index


def office_holder(registry: Registry, titles: frozenset[str], day: str | None) -> str | None:
    """The one person who held the office ``titles`` names on ``day``, else None."""
    if not day or not titles:
        return None
    adjectives = _adjectives(registry)
    words = {_bare(w) for w in titles}
    countries = {adjectives[w] for w in words if w in adjectives}
    if len(countries) > 1:
        return None
    country = next(iter(countries), None)
    rest = frozenset(w for w in words if w not in adjectives)
    holders = {
        actor_id
        for role, actor_id in _offices(registry).get((country, rest), ())
        if role.held_on(day)
        and (role.until is not None or (registry.as_of is not None and day <= registry.as_of))
    }
    return holders.pop() if len(holders) == 1 else None
