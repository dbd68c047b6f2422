"""Events an article is about: named (قمة باريس، اجتماع تحالف الراغبين), or called by
their generic word (القمة، الاجتماع، المحادثات) when the article is dated near the
event and also names its place or its organiser.

A generic word alone proves nothing (every article about diplomacy says الاجتماع),
so it links only when exactly one registered event of that kind fits the article's
date window and one of its anchors is named in the article; two candidates link
neither. Named mentions come from the entity matcher (``link_entities``) like any
other name. Pure functions; the word automaton is built once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

import ahocorasick

from .arabic_text import NormalizedText, find_words, normalize, word_automaton
from .model import Event, Mention, Registry

# The generic words of each kind of event, as the press writes them with the article.
GENERIC_WORDS = {
    "summit": "القمة",
    "meeting": "الاجتماع اللقاء",
    "call": "الاتصال المكالمة",
    "talks": "المحادثات المفاوضات",
    "visit": "الزيارة",
    "conference": "المؤتمر",
    "vote": "التصويت",
    "agreement": "الاتفاق",
    "attack": "الهجوم",
}
# Days before an event an article may already call it "the summit" (it is announced),
# and days after it may still report on it.
BEFORE_DAYS, AFTER_DAYS = 7, 14


def _automaton() -> ahocorasick.Automaton:
    """Every generic word with the clitics it may carry (والقمة، بالاجتماع، للقمة)."""
    entries: dict[str, str] = {}
    for kind, words in GENERIC_WORDS.items():
        for word in words.split():
            key = normalize(word)
            bare = key[2:]
            for prefix in ("", "و", "ف", "ب", "وب", "فب", "ك"):
                entries[prefix + key] = kind
            for prefix in ("ل", "ول", "فل"):
                entries[prefix + "ل" + bare] = kind  # للقمة: ل + ال writes its alef away
    return word_automaton(entries)


GENERIC = _automaton()


def generic_event_mentions(
    body: str,
    text: NormalizedText,
    registry: Registry,
    named: Mapping[str, Iterable[Mention]],
    day: str | None,
) -> tuple[Mention, ...]:
    """Mentions of registered events by their generic word (kind ``generic``): only
    when the article's date ``day`` (YYYY-MM-DD or YYYY-MM) is in the event's window
    and the article names the event's place or organiser."""
    if day is None or not registry.events:
        return ()
    anchors = {m.entity_id for mentions in named.values() for m in mentions}
    fitting: dict[str, list[Event]] = {}
    for event in registry.events.values():
        if _in_window(event, day) and ({event.place, event.organiser} - {None}) & anchors:
            fitting.setdefault(event.kind, []).append(event)
    found = []
    for start, end, kind in find_words(GENERIC, text.padded):
        events = fitting.get(str(kind), [])
        if len(events) != 1:
            continue  # no event, or two the word could mean
        begin, finish = text.origin[start], text.origin[end - 1] + 1
        begin += _clitics(body[begin:finish])
        found.append(
            Mention(entity_id=events[0].id, kind="generic", text=body[begin:finish], start=begin, end=finish)
        )
    return tuple(found)


def _clitics(word: str) -> int:
    """Letters of the conjunction or preposition before the article (والقمة → 1,
    للقمة → 1: the name as written starts at its own ل)."""
    for size in (2, 1):
        head, rest = word[:size], word[size:]
        if all(c in "وفبلك" for c in head) and (rest.startswith("ال") or rest.startswith("ل")):
            return size
    return 0


def _in_window(event: Event, day: str) -> bool:
    start = dt.date.fromisoformat(event.start) - dt.timedelta(days=BEFORE_DAYS)
    end = dt.date.fromisoformat(event.end) + dt.timedelta(days=AFTER_DAYS)
    if len(day) == 10:
        return start <= dt.date.fromisoformat(day) <= end
    year, month = map(int, day.split("-"))  # a month: any overlap with the window
    first = dt.date(year, month, 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return first <= end and start <= last
