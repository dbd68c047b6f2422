"""Given names of two words that a one-word list cannot hold: the الدين pairs (نور
الدين، شمس الدين), read where they stand and added to a name read from its second
given name on, and the Mauritanian ولد chains and سيد/سيدي compounds.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...arabic_text import word_key
from ...model import UnknownPerson
from ..names.given_name_lists import ALL_GIVEN
from ..names.name_shape import name_like
from ..names.name_tokens import PREVIOUS_WORD, Token, tokens, word_end
from ..names.name_words import (
    DIN,
    DIN_FIRST,
    GOD,
    GOD_FIRST,
    HONORIFICS,
    INSTITUTIONS,
    PATRONYMIC,
    PLACE_NOUNS,
    SIDI,
    SON_OF,
    SPEECH_FORMS,
    STOP,
    TITLES,
    VERBS,
    word_keys,
)
from .name_extent import accusative
from .name_scan import Scan
from .person_role import role_after

FIRST_WORDS = {DIN: DIN_FIRST, GOD: GOD_FIRST}
# What a الدين name after it names instead of a person: a place, an institution, a
# province (محافظة صلاح الدين), a brigade (كتائب عز الدين القسام).
DIN_PLACES = PLACE_NOUNS | INSTITUTIONS | word_keys("ولاية قضاء كتائب كتيبة لواء")
# Searched first: most texts have none. The literal opens the pattern (the space before
# it is a lookbehind after it): re finds a leading literal at C speed.
PAIR_WORD = re.compile(r"(?:الدين(?<= الدين)|الله(?<= الله)) (?=\w)")


def din_names(scan: Scan) -> list[UnknownPerson]:
    """Names that open with a given name in الدين or الله (بدر الدين التومي، فتح الله
    السعداوي): the pair and one or two name-like words after it, ending there."""
    found = []
    for match in PAIR_WORD.finditer(scan.body):
        firsts = FIRST_WORDS[word_key(match.group().strip())]
        first = PREVIOUS_WORD.search(scan.body, max(0, match.start() - 16), match.start())
        key = word_key(first.group(1)) if first else ""
        bare = key[1:] if key[:1] == "و" and key[1:] in firsts else key  # ونور الدين
        if first is None or bare not in firsts or _din_place(scan, first.start(1)):
            continue
        if scan.mask[first.start(1)]:
            continue  # حسن نصر الله: a registered name's end
        start = first.start(1) + len(key) - len(bare)
        words = tokens(scan.body, match.end(), word_end(scan.body, match.end() + 40))
        count, ended = 0, False
        while count < min(2, len(words)) and words[count].joined and not scan.covered(words[count]):
            if not name_like(words[count].key, scan.entity_words) or words[count].key in scan.given:
                break
            if count and _ends_the_name(words[count]):
                ended = True
                break
            count += 1
        closed = ended or (
            count < len(words)
            and (not words[count].joined or not name_like(words[count].key, scan.entity_words))
        )
        if count and (closed or count == len(words)) and not scan.covered(words[0]):
            end = words[count - 1].end
            found.append(
                _with_role_after(scan, UnknownPerson(text=scan.body[start:end], start=start, end=end))
            )
    return found


def _ends_the_name(word: Token) -> bool:
    """After the pair and a family name, an office in the accusative (نور الدين فلان
    مديرا، سفيرا) or a common noun in ة (قامة من قامات القطاع): the sentence goes on."""
    key = word.key
    definite_title = key[-1:] == "ا" and "ال" + key[:-1] in TITLES  # (titles listed with the article only)
    return accusative(word) or definite_title or (word.feminine and key not in ALL_GIVEN)


def _with_role_after(scan: Scan, person: UnknownPerson) -> UnknownPerson:
    """The role set off by a comma after the name (فتح الله السعداوي، رئيس حزب…،)."""
    after = tokens(scan.body, person.end, word_end(scan.body, person.end + 100))
    if not after or scan.body[person.end : after[0].start].strip() not in ("،", ","):
        return person
    role, home = scan.role_at(role_after(after, 0, scan.covered))
    return replace(person, role_ar=role, country=home) if role else person


def with_din(scan: Scan, person: UnknownPerson) -> UnknownPerson:
    """A name found from its second given name on (محمد فضل المولى) keeps the الدين
    pair written before it (قمر الدين محمد فضل المولى)."""
    if scan.body.find("الدين", max(0, person.start - 30), person.start) == -1:
        return person
    before = tokens(scan.body, max(0, person.start - 30), person.start)[-2:]
    if len(before) < 2 or before[1].key != DIN or scan.body[before[1].end : person.start] != " ":
        return person
    first = (
        before[0].key[1:] if before[0].key[:1] == "و" and before[0].key[1:] in DIN_FIRST else before[0].key
    )
    if first not in DIN_FIRST or not before[1].joined or _din_place(scan, before[0].start):
        return person
    start = before[0].end - len(first)
    return replace(person, text=scan.body[start : person.end], start=start)


def with_first_word(scan: Scan, person: UnknownPerson) -> UnknownPerson:
    """A name read from ولد or بنت on (ولد اشروقه) lost its given name, which the word before
    it is even when no list holds it or a role seemed to take it (الناني ولد اشروقه،
    النائب السالك ولد حادن); سيد and سيدي before a given name or ولد open a compound
    given name (سيد أحمد أحوبيب، وسيدي ولد مولاي الزين), not "Mr" (السيد)."""
    before = tokens(scan.body, max(0, person.start - 30), person.start)[-1:]
    if not before or scan.body[before[0].end : person.start] != " ":
        return person
    previous, first = before[0], word_key(person.text.split()[0])
    if previous.key in SON_OF or previous.key in PATRONYMIC:
        # وسيدي ولد مولاي الزين, الناها بنت حمدي ولد مكناس read from the father's name on
        person = replace(person, text=scan.body[previous.start : person.end], start=previous.start)
        return with_first_word(scan, person)
    key = previous.key[1:] if previous.key[:1] == "و" and previous.key[1:] in SIDI else previous.key
    start = previous.end - len(key)
    if first in SON_OF or first in PATRONYMIC:
        if (
            (key in STOP and key not in SIDI)
            or key in TITLES
            or key in HONORIFICS
            or key in SPEECH_FORMS  # وقال بن عبد الرحمن: the verb, then a man's nasab alone
            or key in VERBS
            or key in scan.entity_words
            or previous.tanween
        ):
            return person
    elif not (key in SIDI and first in scan.any_given):
        return person
    role = person.role_ar
    if role is not None and scan.body[start : previous.end] == role.rsplit(maxsplit=1)[-1]:
        role = role.rsplit(maxsplit=1)[0] if " " in role else None  # النائب السالك → النائب
    return replace(person, text=scan.body[start : person.end], start=start, role_ar=role)


def _din_place(scan: Scan, start: int) -> bool:
    before = PREVIOUS_WORD.search(scan.body, max(0, start - 24), start)
    return before is not None and word_key(before.group(1)) in DIN_PLACES
