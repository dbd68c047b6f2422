"""Names in lists: one per line (a decree, a list of the dead), between dashes on a
line (a team sheet), or after a plural title and a colon (النواب: …، كل من …). The
list itself is the cue, so names are read whole even without a given name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...arabic_text import word_key
from ...model import UnknownPerson
from ..names.name_shape import name_like
from ..names.name_tokens import MAX_NAME_WORDS, WORD, Token, tokens
from ..names.name_words import PREPOSITIONS, STOP, TITLES
from .name_scan import Scan

# A roster line: an optional number (1/ ، 3-) or bullet, then items set off by dashes
# (فلان ـ الخرطوم، فلان – فلان – فلان), the last item perhaps an age (25 عاما).
ROSTER_LINE = re.compile(r"^[ \t]*(?:\d{1,3}[ \t]*[/.)\-–][ \t]*|[-–•*][ \t]+)?([^\n]*?)[ \t.،:]*$", re.M)
ROSTER_DASH = re.compile(r"[ \t]*[–—][ \t]*|[ \t]+[-ـ][ \t]*|[ \t]*-[ \t]+")
ROSTER_AGE = re.compile(r"[ \t]+\d+[ \t]*[\u0621-\u064a]*[ \t]*$")
ROSTER_MIN = 3
ROSTER_COLUMN = re.compile(r"^(?:[^\n]{4,90}\n){2,}[^\n]{4,90}$", re.M)  # three short lines or more
# A line with two dashes. The lookahead asks first for two dash characters, which most
# lines lack: one pass over the line instead of a lazy scan trying each dash form at each letter.
ROSTER_ROW = re.compile(
    r"^(?=[^\n–—ـ-]*[–—ـ-][^\n–—ـ-]*[–—ـ-])"
    r"[^\n]*?(?:[–—]|[ \t][-ـ][ \t])[^\n]*?(?:[–—]|[ \t][-ـ][ \t])[^\n]*$",
    re.M,
)


def rosters(scan: Scan) -> list[UnknownPerson]:
    """Names listed one per line (an appointment decree: فلان ـ الخرطوم; the dead:
    1/ فلان 25 عاما) or between dashes on a line (a team sheet): three items or more
    in a row, each two to five name-like words and nothing else, two in three of them
    with a given name. The list is the cue, so a name that opens with a family name or
    the article (الشاذلي إبراهيم، البشير بن سعيد) is read whole. Only runs of three
    short lines and lines with two dashes are read: most articles have neither."""
    found: list[UnknownPerson] = []
    dashed = any(dash in scan.body for dash in ("–", "—", " - ", " ـ", "ـ "))  # most articles: none
    rows = _rows(scan.body) if dashed else ()
    for block in (*ROSTER_COLUMN.finditer(scan.body), *rows):
        column: list[tuple[str | None, tuple[int, int]]] = []  # each line's first item
        for line in ROSTER_LINE.finditer(scan.body, block.start(), block.end()):
            lead = ":" in scan.body[line.end(1) : line.end()]  # القائمة التالية: leads a list, is none of it
            items = [] if lead else _roster_items(scan, line.start(1), line.end(1))
            if len(items) >= ROSTER_MIN and all(kind for kind, _ in items):
                found += _roster_names(scan, items)
            if items and items[0][0]:
                column.append(items[0])
            else:
                found += _roster_names(scan, column)
                column = []
        found += _roster_names(scan, column)
    return found


DASH = re.compile("[–—ـ-]")


def _rows(body: str) -> Iterator[re.Match[str]]:
    """The lines ROSTER_ROW matches, in order: only a line with a dash can be one, so
    each is tried from its start where a dash stands (a few per article), instead of
    searching for ``^`` from every offset of the body."""
    tried = -1
    for dash in DASH.finditer(body):
        start = body.rfind("\n", 0, dash.start()) + 1
        if start > tried:
            tried = start
            row = ROSTER_ROW.match(body, start)
            if row is not None:
                yield row


# People listed in a sentence after a plural of a title or "each of" and a colon
# (استقبل الرئيس النواب: فلان، فلانة الفلانية وفلان الفلاني).
INLINE_ROSTER_CUE = re.compile(
    r"(?<!\w)(?:ال(?:نواب|وزراء|سفراء|سادة|أعضاء|نائبات|وزيرات|لاعبين|لاعبون|مرشحين|مرشحون)|كل من)[ \t]*\Z"
)  # right before a colon
INLINE_ROSTER_LIST = re.compile(r"[ \t]*([^\n.:؛!?؟]{8,300})")  # right after it
INLINE_ITEM = re.compile(r"[^،,]+")
COLON = re.compile(":")
LAST_ITEM = re.compile(r"\s+و(?=[\u0621-\u064a])")  # … وبولا يعقوبيان: the list's next name


def inline_rosters(scan: Scan) -> list[UnknownPerson]:
    """The names of a list after ``النواب:`` or ``كل من:``: three items or more, each
    one to four name-like words (a family name alone too: the list says who they are),
    the last joined by و. A list with anything else in it (a country, a ministry, a
    definite noun: الوزراء: الدفاع، المالية) names nobody."""
    found: list[UnknownPerson] = []
    for colon in COLON.finditer(scan.body):  # a few per article: each is checked for a cue before it
        if not INLINE_ROSTER_CUE.search(scan.body, max(0, colon.start() - 16), colon.start()):
            continue
        listed = INLINE_ROSTER_LIST.match(scan.body, colon.end())
        if listed is None:
            continue
        items = [_inline_item(scan, *span) for span in _list_items(scan, listed.start(1), listed.end(1))]
        if len(items) >= ROSTER_MIN and all(items):
            found += [person for person in items if isinstance(person, UnknownPerson)]
    for cue in EACH_OF.finditer(scan.body):  # حضرت كل من فلان وفلان وفلان بحالة سراح (no colon)
        listed = EACH_OF_LIST.match(scan.body, cue.end())
        spans = _list_items(scan, listed.start(1), listed.end(1)) if listed else []
        if len(spans) < ROSTER_MIN:
            continue
        spans[-1] = _name_part(scan, *spans[-1])  # … ونور الدين بوطار بحالة سراح: the name only
        items = [_inline_item(scan, *span) for span in spans]
        if isinstance(items[0], UnknownPerson) and sum(bool(item) for item in items) >= ROSTER_MIN:
            found += [person for person in items if isinstance(person, UnknownPerson)]
    return found


# The literal first and the lookbehind after it (كل not inside a word: شكل من): re
# finds a leading literal at C speed, a leading lookbehind is tried at every offset.
EACH_OF = re.compile(r"كل(?<!\wكل) من[ \t]+(?=[^\s:])")
EACH_OF_LIST = re.compile(r"([^\n.:؛،,!?؟]{8,300})")


def _list_items(scan: Scan, begin: int, end: int) -> list[tuple[int, int]]:
    """The spans of a list's items: between commas, and before و + a word that is no
    given name (وليد is a name, وبولا is و + بولا)."""
    spans = []
    for item in INLINE_ITEM.finditer(scan.body, begin, end):
        start = item.start() + len(item.group()) - len(item.group().lstrip())
        for joint in LAST_ITEM.finditer(scan.body, start, item.end()):
            word = WORD.match(scan.body, joint.end() - 1)
            if word and word_key(word.group()) not in scan.any_given:
                spans.append((start, joint.start()))
                start = joint.end()
        spans.append((start, item.start() + len(item.group().rstrip())))
    return spans


def _name_part(scan: Scan, start: int, end: int) -> tuple[int, int]:
    """The span up to the last of the words, from the first, that may stand in a name."""
    words = tokens(scan.body, start, end)
    kept = 0
    while (
        kept < len(words)
        and kept < MAX_NAME_WORDS
        and _roster_word(words[kept], scan.entity_words)
        and not (words[kept].key[:1] in PREPOSITIONS and words[kept].feminine)  # بحالة سراح
    ):
        kept += 1
    return (start, words[kept - 1].end) if kept else (start, start)


def _inline_item(scan: Scan, start: int, end: int) -> UnknownPerson | bool:
    """One listed name (an UnknownPerson), True for a registered person, else False."""
    words = tokens(scan.body, start, end)
    if not 1 <= len(words) <= 4 or not all(w.joined for w in words[1:]):
        return False
    if scan.body[start:end].strip() != scan.body[words[0].start : words[-1].end]:
        return False  # anything but words (a number, a bracket)
    if all(scan.person(w) for w in words):
        return True
    first = words[0]
    if first.definite or first.key in TITLES or first.key in STOP:
        return False
    if any(scan.mask.find(1, w.start, w.end) != -1 for w in words):
        return False
    if not all(_roster_word(w, scan.entity_words) for w in words):
        return False
    return UnknownPerson(text=scan.body[first.start : words[-1].end], start=first.start, end=words[-1].end)


def _roster_items(scan: Scan, start: int, end: int) -> list[tuple[str | None, tuple[int, int]]]:
    """The dash-separated items of a line, each (kind, span): kind "name", "person"
    (a registered one) or None."""
    spans, at = [], start
    for dash in ROSTER_DASH.finditer(scan.body, start, end):
        spans.append((at, dash.start()))
        at = dash.end()
    spans.append((at, end))
    age = ROSTER_AGE.search(scan.body, *spans[-1])
    spans[-1] = (spans[-1][0], age.start() if age else spans[-1][1])
    return [(_roster_kind(scan, a, b), (a, b)) for a, b in spans]


def _roster_kind(scan: Scan, start: int, end: int) -> str | None:
    if not 0 < scan.body.count(" ", start, end) < 2 * MAX_NAME_WORDS:
        return None  # a paragraph or one word: decided before reading its words
    words = tokens(scan.body, start, end)
    longest = MAX_NAME_WORDS + sum(w.key == "عبد" for w in words)  # عبد الهادي عبد الله محمد عدلان
    if not 2 <= len(words) <= longest or words[0].start != start or words[-1].end != end:
        return None
    if not all(w.joined for w in words[1:]) or any(scan.mask.find(1, w.start, w.end) != -1 for w in words):
        return None
    if any(scan.person(w) for w in words):
        return "person"
    if words[0].key in TITLES or not all(_roster_word(w, scan.entity_words) for w in words):
        return None
    return "name"


def _roster_word(word: Token, entity_words: frozenset[str]) -> bool:
    """A word that may stand in a listed name: a name-like word, علي (keyed as على),
    a word with the article, or a title's word, which after the first word is a name
    (محمد أمين الحمروني، الطيب محمد الشيخ)."""
    key = word.key
    return word.ali or key in TITLES or name_like(key, entity_words) or (word.definite and key not in STOP)


def _roster_names(scan: Scan, items: list) -> list[UnknownPerson]:
    """The names of one run of items, when it is a roster (see ``rosters``)."""
    names = [span for kind, span in items if kind == "name"]
    if len(items) < ROSTER_MIN or not names:
        return []
    given = sum(any(w.key in scan.any_given for w in tokens(scan.body, *span)) for span in names)
    if 3 * given < 2 * len(names):
        return []
    return [UnknownPerson(text=scan.body[a:b], start=a, end=b) for a, b in names]
