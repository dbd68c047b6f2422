"""Events an article is about: named (قمة باريس، اجتماع تحالف الراغبين), or called by
their generic word (القمة، الاجتماع، المحادثات) when the article is dated near the
event and also names its place or its organiser.

A generic word alone proves nothing (every article about diplomacy says الاجتماع),
so it links only when one registered event of that kind fits the article's date
window and one of its anchors is named in the article; of two candidates, the one
held on the article's own day, else neither. Named mentions come from the entity matcher (``link_entities``) like any
other name. Pure functions; the word automaton is built once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import ahocorasick

from ..arabic_text import NormalizedText, find_words, normalize, word_automaton
from ..model import Event, Extraction, Mention, Registry, per_registry

# The generic words of each kind of event, as the press writes them with the article.
# Not اللقاء (any encounter, often one still to come) nor المفاوضات (the negotiations
# as a whole, not one round of them).
GENERIC_WORDS = {
    "summit": "القمة",
    "meeting": "الاجتماع",
    "call": "الاتصال المكالمة",
    "talks": "المحادثات",
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
    for event in _dated(registry, day):
        if ({event.place, event.organiser} - {None}) & anchors:
            fitting.setdefault(event.kind, []).append(event)
    chosen = {kind: _the_one(events, day) for kind, events in fitting.items()}
    if not any(chosen.values()):
        return ()  # no event a generic word could mean: the words need not be looked for
    found: list[Mention] = []
    for start, end, kind in find_words(GENERIC, text.padded):
        meant = chosen.get(str(kind))
        if meant is None:
            continue  # no event, or two the word could mean
        begin, finish = text.origin[start], text.origin[end - 1] + 1
        begin += _clitics(body[begin:finish])
        found.append(
            Mention(entity_id=meant.id, kind="generic", text=body[begin:finish], start=begin, end=finish)
        )
    return tuple(found)


def _the_one(events: list[Event], day: str) -> Event | None:
    """The event a generic word means: the only candidate, or the only one held on the
    article's own day (an article of 20 August calling "the meeting" the one held that
    day, not one of two days before that it also mentions)."""
    if len(events) == 1:
        return events[0]
    same_day = [e for e in events if len(day) == 10 and e.start <= day <= e.end]
    return same_day[0] if len(same_day) == 1 else None


def _clitics(word: str) -> int:
    """Letters of the conjunction or preposition before the article (والقمة → 1,
    للقمة → 1: the name as written starts at its own ل)."""
    for size in (2, 1):
        head, rest = word[:size], word[size:]
        if all(c in "وفبلك" for c in head) and (rest.startswith("ال") or rest.startswith("ل")):
            return size
    return 0


def _dated(registry: Registry, day: str) -> list[Event]:
    """The events whose window holds the article's ``day`` (YYYY-MM-DD, or YYYY-MM: any
    day of that month), in registry order."""
    first, last = _days(day)
    windows = _windows(registry)
    return [e for key, e in registry.events.items() if first <= windows[key][1] and windows[key][0] <= last]


@per_registry
def _windows(registry: Registry) -> dict[str, tuple[dt.date, dt.date]]:
    """Event id → the first and last day an article may speak of it (``BEFORE_DAYS``,
    ``AFTER_DAYS``): the same for every article, so read once per registry."""
    return {
        key: (
            dt.date.fromisoformat(event.start) - dt.timedelta(days=BEFORE_DAYS),
            dt.date.fromisoformat(event.end) + dt.timedelta(days=AFTER_DAYS),
        )
        for key, event in registry.events.items()
    }


def _days(day: str) -> tuple[dt.date, dt.date]:
    """The first and last day of an article's date: one day, or a whole month."""
    if len(day) == 10:
        date = dt.date.fromisoformat(day)
        return date, date
    year, month = map(int, day.split("-"))
    first = dt.date(year, month, 1)
    return first, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)


# An event noun, bare or with the article and a clitic (قمة، والاجتماع، بمحادثات).
EVENT_NOUNS = {
    "قمة": "summit",
    "اجتماع": "meeting",
    "لقاء": "meeting",
    "جلسة": "meeting",
    "محادثات": "talks",
    "مفاوضات": "talks",
    "مشاورات": "talks",
    "مؤتمر": "conference",
    "منتدى": "conference",
    "زيارة": "visit",
    "اتصال": "call",
    "مكالمة": "call",
    "اتفاق": "agreement",
    "اتفاقية": "agreement",
    "معاهدة": "agreement",
    "هجوم": "attack",
    "ضربة": "attack",
    "غارة": "attack",
    "تصويت": "vote",
    "انتخابات": "election",
}
EVENT_NOUN = re.compile(
    r"(?<![\w\u0640])[وف]?[بل]?(?:ال)?(" + "|".join(EVENT_NOUNS) + r")(?:ا|اً|ًا)?(?![\w\u0640])"
)  # هجوما، اتفاقاً: the accusative too
# A verb of meeting or hosting (اجتمع مع بوتين في ألاسكا، استقبل زيلينسكي في واشنطن):
# read only to find a registered event the text describes, never as a probable event
# (a verb says less than a noun about whether one occasion is meant).
MEETING_VERBS = {
    verb: "meeting"
    for verb in "اجتمع اجتمعت يجتمع سيجتمع التقى التقت يلتقي سيلتقي استقبل استقبلت استضاف استضافت".split()
}
MEETING_VERB = re.compile(r"(?<![\w\u0640])[وف]?(" + "|".join(MEETING_VERBS) + r")(?![\w\u0640])")
PRESS = re.compile(r"\s+(?:ال)?(?:صحفي|صحافي)")  # مؤتمر صحفي: a press conference, said at any event
ANCHOR_REACH = 60  # characters after the noun where its place or organiser may be named
ANCHOR_ORDER = ("place", "organisation", "country")  # where it was, who held it, who took part


@dataclass(frozen=True, slots=True)
class ProbableEvent:
    """An event the registry may lack: an event noun with a place or an organiser
    named right after it (محادثات في جنيف، اجتماع تحالف الراغبين)."""

    text: str  # from the noun to the end of the anchor, as written
    start: int
    end: int
    kind: str
    place: str | None
    organiser: str | None
    country: str | None = (
        None  # a country named with it (الهجوم الإسرائيلي): a participant, when nothing else anchors it
    )


@dataclass(frozen=True, slots=True)
class _Phrase:
    """An event noun (``start``–``noun_end``) and the first anchor named after it in
    its clause, ending at ``end``: a place, else an organisation, else a country."""

    start: int
    noun_end: int
    end: int
    kind: str
    anchor: str  # place | organisation | country
    anchor_id: str


def _phrases(
    body: str,
    mentions: Iterable[tuple[str, Mention]],
    words: re.Pattern[str] = EVENT_NOUN,
    kinds: Mapping[str, str] = EVENT_NOUNS,
) -> list[_Phrase]:
    """Every event noun (or, with ``MEETING_VERB``, meeting verb) with an anchor in its
    clause; never a press conference."""
    anchors = sorted((m.start, m.end, kind, m.entity_id) for kind, m in mentions)
    found = []
    for match in words.finditer(body):
        if PRESS.match(body, match.end()):
            continue
        start = match.start(1) - (2 if body[match.start(1) - 2 : match.start(1)] == "ال" else 0)
        reach = body[match.end() : match.end() + ANCHOR_REACH]
        stop = match.end() + min((reach.find(c) for c in ".،,:؛\n" if c in reach), default=len(reach))
        near = [a for a in anchors if match.end() <= a[0] < stop]
        anchor = next((a for kind in ANCHOR_ORDER for a in near if a[2] == kind), None)
        if anchor is not None:
            kind = kinds[match.group(1)]
            found.append(_Phrase(start, match.end(), anchor[1], kind, anchor[2], anchor[3]))
    return found


def described_event_mentions(
    body: str, registry: Registry, named: Mapping[str, Iterable[Mention]], day: str | None
) -> tuple[Mention, ...]:
    """Registered events an article describes rather than names: an event noun of any
    kind, without the article, or a meeting verb (اجتمع مع بوتين، استقبل زيلينسكي),
    with the event's place or organiser in its clause and one of its known
    participants named between them (لقاء الرئيسين ترامب وبوتين في ألاسكا), in an
    article dated in the event's window; of two such events, the one
    held on the article's own day, else neither. Another meeting in the same city
    that week (لقاء إضافي مع قادة عسكريين في واشنطن) names none of them. A noun with
    the article is the generic word (الاجتماع), whose own rule applies."""
    if day is None or not registry.events:
        return ()
    dated = _dated(registry, day)
    mentions = [("place", m) for m in named.get("place", ())]
    mentions += [("organisation", m) for m in named.get("organisation", ())]
    if not _anchors_any(dated, mentions):
        return ()  # most articles: no phrase could name an event, so none is looked for
    people = [m for kind in ("actor", "country", "organisation") for m in named.get(kind, ())]
    found = []
    phrases = _phrases(body, mentions) + _phrases(body, mentions, MEETING_VERB, MEETING_VERBS)
    for phrase in phrases:
        if body.startswith("ال", phrase.start):
            continue
        between = {m.entity_id for m in people if phrase.noun_end <= m.start < phrase.end}
        fitting = [
            e for e in dated if phrase.anchor_id in (e.place, e.organiser) and between & set(e.participants)
        ]
        event = _the_one(fitting, day) if fitting else None
        if event is not None:
            end = phrase.noun_end
            found.append(
                Mention(
                    entity_id=event.id,
                    kind="generic",
                    text=body[phrase.start : end],
                    start=phrase.start,
                    end=end,
                )
            )
    return tuple(found)


def _anchors_any(events: list[Event], mentions: list[tuple[str, Mention]]) -> bool:
    """Some mention is the place or organiser of one of ``events``: a phrase's anchor is
    always one of the mentions, so without such a mention no phrase names an event."""
    anchors = {anchor for e in events for anchor in (e.place, e.organiser) if anchor}
    return any(m.entity_id in anchors for _, m in mentions)


def probable_events(body: str, extraction: Extraction, registry: Registry) -> tuple[ProbableEvent, ...]:
    """Event nouns not part of a linked event, each with the first place, or else
    organisation, or else country named after it within the clause; not a press
    conference, and not an event the article already links by that kind and anchor
    (قمة موسعة لتحالف الراغبين in an article about the Paris summit). For
    ``check``'s notes: a contributor decides; nothing is linked from these."""
    covered = [(m.start, m.end) for m in extraction.events]
    linked = {
        (event.kind, anchor)
        for event in (registry.events.get(i) for i in extraction.ids("events"))
        if event is not None
        for anchor in (event.place, event.organiser)
        if anchor
    }
    mentions = [("place", m) for m in extraction.places]
    mentions += [("organisation", m) for m in extraction.organisations]
    mentions += [("country", m) for m in extraction.countries]
    found = []
    for phrase in _phrases(body, mentions):
        if any(a <= phrase.start < b for a, b in covered) or (phrase.kind, phrase.anchor_id) in linked:
            continue
        found.append(
            ProbableEvent(
                text=body[phrase.start : phrase.end],
                start=phrase.start,
                end=phrase.end,
                kind=phrase.kind,
                place=phrase.anchor_id if phrase.anchor == "place" else None,
                organiser=phrase.anchor_id if phrase.anchor == "organisation" else None,
                country=phrase.anchor_id if phrase.anchor == "country" else None,
            )
        )
    return tuple(found)
