"""One article body → ``Extraction``: people, countries, organisations, cited
outlets, quotes, and probable people the registry does not know yet.

Pure and deterministic; the registry's automaton is built once and reused.
"""

from __future__ import annotations

import re
from typing import Any

from .arabic_text import NormalizedText, find_words, normalize, normalize_text, word_automaton
from .extract_quotes import extract_quotes
from .link_entities import find_mentions
from .model import Extraction, Mention, Registry, Span

# Titles that introduce a person's name (الرئيس فلان، وزير الخارجية فلان…).
TITLES = (
    "الرئيس",
    "الرئيسة",
    # construct state: رئيسة المفوضية الأوروبية أورسولا…، قائد الجيش…
    "رئيس",
    "رئيسة",
    "قائد",
    "قائدة",
    "نائب",
    "نائبة",
    "رئيس الوزراء",
    "رئيسة الوزراء",
    "رئيس الحكومة",
    "رئيسة الحكومة",
    "وزير الخارجية",
    "وزيرة الخارجية",
    "وزير الدفاع",
    "وزيرة الدفاع",
    "وزير",
    "وزيرة",
    "المستشار",
    "المستشارة",
    "الأدميرال",
    "الجنرال",
    "الفريق",
    "اللواء",
    "العقيد",
    "المتحدث باسم",
    "المتحدثة باسم",
    "الأمين العام",
    "السفير",
    "السفيرة",
    "النائب",
    "النائبة",
    "السيناتور",
    "الملك",
    "الأمير",
    "المبعوث",
    "المبعوثة",
    "الباحث",
    "الباحثة",
    "الخبير",
    "الخبيرة",
    "الدبلوماسي",
)
TITLE_WORDS = word_automaton(
    {prefix + normalize(title): True for title in TITLES for prefix in ("", "و", "ف")}
)


# Words that follow a title without being a name.
NOT_NAMES = frozenset(
    "في من على عن إلى الى أن إن الذي التي الذين السابق الجديد الحالي المقبل الأسبق العام البارز نفسه "
    "باسم لشؤون للشؤون و أو ثم قد لقد كان كانت هو هي بأن لأن كأن لديه لديها لدى عند بعد قبل خلال مع ضد حول "
    "أيضا أيضاً إنه إنها أنه أنها".split()
)
# Names run to four words (أورسولا فون دير لاين); a fifth is almost always the next verb.
MAX_NAME_WORDS = 4
NAME_WORD = re.compile(r"^[\u0621-\u064a\u0671-\u06d3]{2,}$")


def _name_after(
    body: str, after: int, known_starts: set[int], registry_words: set[str]
) -> list[tuple[int, int]]:
    """The one to four name-like words after a title (a nationality adjective may come first)."""
    names: list[tuple[int, int]] = []
    for word in re.finditer(r"\S+", body[after : after + 80]):
        if after + word.start() in known_starts:
            return []  # a known person: nothing to report
        text = word.group().rstrip("،,.:؛")
        if text.startswith("ال") or text in NOT_NAMES or not NAME_WORD.match(text) or text in registry_words:
            if not names and text.startswith("ال"):
                continue
            break
        names.append((after + word.start(), after + word.start() + len(text)))
        if len(names) == MAX_NAME_WORDS or text != word.group():
            break
    return names


def _unknown_people(
    body: str, people: tuple[Mention, ...], registry_words: set[str], normalized: NormalizedText | None = None
) -> tuple[Span, ...]:
    """Name-like words right after a title, not already a known person."""
    covered = [(m.start, m.end) for m in people]
    known_starts = {m.start for m in people}
    found: list[Span] = []
    text = normalized or normalize_text(body)
    for _, title_end, _ in find_words(TITLE_WORDS, text.padded):
        names = _name_after(body, text.origin[title_end - 1] + 1, known_starts, registry_words)
        if len(names) >= 2 and max(b - a for a, b in names) >= 5:  # short pairs are verbs (رفض عقد)
            start, end = names[0][0], names[-1][1]
            if not any(a < end and start < b for a, b in covered):
                found.append(Span(text=body[start:end], start=start, end=end))
    return tuple(dict.fromkeys(found))


_REGISTRY_WORDS: dict[int, tuple[Registry, set[str]]] = {}


def _registry_words(registry: Registry) -> set[str]:
    """Country and organisation words, so "الرئيس الأوكراني" is not read as a name."""
    cached = _REGISTRY_WORDS.get(id(registry))
    if cached is None or cached[0] is not registry:
        words = set()
        for group in (registry.countries, registry.organisations, registry.outlets):
            for entity in group.values():
                words.update(entity.names.ar.split())
        cached = _REGISTRY_WORDS[id(registry)] = (registry, words)
    return cached[1]


def extract(body: str, registry: Registry) -> Extraction:
    normalized = normalize_text(body)  # shared by the linker, the quote finder and the title scan
    mentions = find_mentions(body, registry, normalized)
    people = mentions["actor"]
    return Extraction(
        people=people,
        countries=mentions["country"],
        organisations=mentions["organisation"],
        outlets_cited=mentions["outlet"],
        quotes=extract_quotes(body, people, normalized),
        unknown_people=_unknown_people(body, people, _registry_words(registry), normalized),
    )


def _entity_json(registry: Registry, field: str, mentions: tuple[Mention, ...]) -> list[dict[str, Any]]:
    group = getattr(registry, field)
    result = []
    for entity_id in dict.fromkeys(m.entity_id for m in mentions):
        names = group[entity_id].names
        spans = [
            {"text": m.text, "start": m.start, "end": m.end, "kind": m.kind}
            for m in mentions
            if m.entity_id == entity_id
        ]
        result.append({"id": entity_id, "name_en": names.en, "name_ar": names.ar, "mentions": spans})
    return result


def extraction_json(title: str | None, deck: str | None, body: str, registry: Registry) -> dict[str, Any]:
    """The documented JSON form (schemas/extraction.schema.json); offsets index ``body``."""
    extraction = extract(body, registry)
    actors = registry.actors
    return {
        "title": title,
        "deck": deck,
        "headings": [line[3:].strip() for line in body.split("\n") if line.startswith("## ")],
        "people": _entity_json(registry, "actors", extraction.people),
        "countries": _entity_json(registry, "countries", extraction.countries),
        "organisations": _entity_json(registry, "organisations", extraction.organisations),
        "outlets_cited": _entity_json(registry, "outlets", extraction.outlets_cited),
        "quotes": [
            {
                "speaker": q.speaker,
                "speaker_name_en": actors[q.speaker].names.en if q.speaker else None,
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "paragraph": q.paragraph,
            }
            for q in extraction.quotes
        ],
        "unknown_people": [
            {"text": s.text, "start": s.start, "end": s.end} for s in extraction.unknown_people
        ],
    }
