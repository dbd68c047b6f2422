"""People the registry does not know: names read from the cues Arabic news gives.

A run of name-like words is a person's name when something says so:
- a title or role before it (الرئيس الفنلندي، وزيرة الخارجية الألمانية، المتحدث
  باسم الكرملين، رئيس الإدارة العسكرية في كييف): the role words, countries and
  organisations between the title and the name are skipped and kept as the role;
- a given name (data: ``base_registry/given_names.yml`` plus the first word of
  every registered name) that starts it (خليل الحية، بشارة بحبح);
- a speech verb whose subject it is (قال فلان الفلاني إن…), for given names that
  are also common words (باسم، حسن), which need a cue.

A name never takes a trailing verb, time word or function word, a word fused to
a preposition and the article (للإليزيه), a noun with a possessive suffix
(خارجيتها), or a country, organisation or registered person. Reports carry the
role and the country read from the title, so ``check`` can print a nearly
complete registry stanza. Pure functions over the body; data loaded once.

This module runs the readers and merges their reports. The rules live beside it:
name_scan (from a title or a speech verb), name_extent (where a name ends),
roster_names, marked_names and compound_given_names (the other cues), person_role
(a report's role and country), over the lists of name_words and given_name_lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import ahocorasick

from ...arabic_text import NormalizedText, find_words, normalize, normalize_text, word_automaton, word_key
from ...model import Mention, Registry, UnknownPerson, per_registry
from ..names.given_name_lists import registry_sets
from ..names.name_shape import after_place_noun
from ..names.name_tokens import WORD
from ..names.name_words import (
    FOREIGN_RANKS,
    NAMED_AFTER_WORDS,
    SPEECH,
    SPEECH_FORMS,
    TITLES,
    VERBS,
    word_keys,
)
from .compound_given_names import din_names, with_din, with_first_word
from .marked_names import after_nationality, aged, appointed, apposed, bylines, office_as_role, quoted, signed
from .name_scan import Scan
from .person_role import article_country, with_dynasty, with_home
from .roster_names import inline_rosters, rosters


@per_registry
def _cue_automaton(registry: Registry) -> ahocorasick.Automaton:
    """Every word that can open a name or a role, with the clitics it may carry: the
    scan looks only where one of them stands, not at every word of the article."""
    given, _ = registry_sets(registry)
    # Not the ambiguous given names: they start a name only after a title or a
    # speech verb, whose own hit starts the scan (على، أن would fire everywhere).
    words = {w: True for w in (*TITLES, *SPEECH, *given, "ابو", "ام")}
    for word in list(words):
        for clitic in ("و", "ف", "ل", "ب", "ول", "وب", "فل"):
            words[clitic + word] = True
        if word.startswith("ال") and word in TITLES:
            words["لل" + word[2:]] = words["ولل" + word[2:]] = True  # للجنرال: ل on the article
    return word_automaton(words)


FAMILY_OF = ("آل ", "ال ")  # آل (the family of) before a cue word
FAMILY_WORDS = word_keys("آل")  # … and before a dynasty's name ending a registered one


def find_unknown_people(
    body: str,
    registry: Registry,
    known: tuple[Mention, ...],
    entities: tuple[Mention, ...],
    normalized: NormalizedText | None = None,
) -> tuple[UnknownPerson, ...]:
    """Probable people not in the registry, in text order, each name once."""
    text = normalized or normalize_text(body)
    scan = Scan(body, registry, _mask(body, known, entities), entities)
    found: dict[str, UnknownPerson] = {}
    for person in _read_from_cues(scan, registry, text):
        _keep(found, person)
    for person in _listed(scan, [*known, *found.values()]):
        _keep(found, person)
    for person in (
        *bylines(scan),
        *quoted(scan),
        *din_names(scan),
        *aged(scan),
        *after_nationality(scan),
        *appointed(scan, text),
        *apposed(scan),
        *rosters(scan),
        *inline_rosters(scan),
    ):
        _keep(found, person)
    found = _with_whole_given_names(scan, found)
    found = {key: with_dynasty(person) for key, person in found.items()}
    home = article_country(entities, registry, known)
    if home is not None:
        found = {key: with_home(body, person, home, entities, registry) for key, person in found.items()}
    return _longest(body, _reportable(body, registry, found))


def without_linked_family_names(
    unknown: tuple[UnknownPerson, ...], people: tuple[Mention, ...], registry: Registry
) -> tuple[UnknownPerson, ...]:
    """The reports without those opening on the last word of a registered person's name
    that the article writes in full (no given name): that is the person with the
    sentence's next word (a headline's «رامافوسا يؤدي اليمين», the body's سيريل رامافوسا).
    A dynasty's name (آل نهيان) is also a given name: نهيان بن زايد is someone else.
    Nor those made of the first or last words of such a name, two or more (الرئيس حسن
    شيخ يشير… beside حسن شيخ محمود, فضل الله beside حسن فضل الله): the person, named
    short. Asked after the near spellings are linked, as they may be that name."""
    if not unknown:
        return unknown
    given = registry_sets(registry)[0]
    family: set[str] = set()
    starts: set[str] = set()
    for mention in people:  # as this article spells them
        words = mention.text.split()
        if len(words) >= 2 and word_key(words[-2]) not in FAMILY_WORDS:
            family.add(word_key(words[-1]))
        # the first or last words of a name it writes in full (الرئيس حسن شيخ يشير… beside
        # حسن شيخ محمود; ولفت فضل الله beside حسن فضل الله)
        starts.update(normalize(" ".join(words[:n])) for n in range(2, len(words)))
        starts.update(normalize(" ".join(words[n:])) for n in range(1, len(words) - 1))
    # a report that is all of a part, the family name too, whatever a given name it also is
    # (written with عبد apart or joined alike: عبد السلام beside محمد عبدالسلام)
    parts = {part.replace(" ", "") for part in starts} | family
    family -= given
    return tuple(
        p
        for p in unknown
        if word_key(p.text.split()[0]) not in family and normalize(p.text).replace(" ", "") not in parts
    )


def _mask(body: str, known: tuple[Mention, ...], entities: tuple[Mention, ...]) -> bytearray:
    """Where the known mentions stand, so no reader takes their words into a name."""
    mask = bytearray(len(body) + 1)  # 1: a country, organisation or outlet; 2: a registered person
    for value, mentions in ((1, entities), (2, known)):
        byte = bytes([value])
        for mention in mentions:
            start, end = mention.start, mention.end
            mask[start:end] = byte * (end - start)
    for named in NAMED_AFTER_RULER.finditer(body) if RULER_TITLE.search(body) else ():
        start, end = named.span(1)
        mask[start:end] = b"\1" * (end - start)  # مركز الملك عبد العزيز: an institution's name
    for prayer in PRAYERS.finditer(body) if "الله" in body else ():
        start, end = prayer.span()
        mask[start:end] = b"\1" * (end - start)  # ورحمة الله وبركاته: a greeting, not رحمة الله
    return mask


def _read_from_cues(scan: Scan, registry: Registry, text: NormalizedText) -> Iterator[UnknownPerson]:
    """The names the scan reads from each cue word (a title, a speech verb, a given
    name), each cue skipped when an earlier scan already read past it."""
    body = scan.body
    consumed = 0
    for start, _, _ in find_words(_cue_automaton(registry), text.padded):
        cue = text.origin[start]
        if cue < consumed:
            continue  # (looking back could only move it further into what was read)
        if body[max(0, cue - 3) : cue] in FAMILY_OF and not body[max(0, cue - 4) : cue - 3].isalpha():
            continue  # آل الشيخ، آل ثاني: a family's name, not the title الشيخ (not استقال الوزير)
        offset = scan.back(cue)
        if offset < consumed:
            continue
        person, consumed = scan.run(offset, lead=offset != cue)
        if person is not None and after_place_noun(body, person.start):
            person = scan.after_place(person)
        if (
            person is not None
            and person.end < len(body.rstrip())
            and not _blessed(body, person.end)
            and _plausible(body, person)
        ):
            yield person  # (a name the text cuts off is no name)


def _with_whole_given_names(scan: Scan, found: dict[str, UnknownPerson]) -> dict[str, UnknownPerson]:
    """Each report with its whole given name (a first word, a compound in الدين) and
    kept once under it."""
    whole: dict[str, UnknownPerson] = {}
    for person in found.values():  # صلاح read alone, then as صلاح الدين…: one name, reported once
        _keep(whole, with_din(scan, with_first_word(scan, person)))
    return whole


def _reportable(body: str, registry: Registry, found: dict[str, UnknownPerson]) -> tuple[UnknownPerson, ...]:
    """The reports worth making, in text order: no registered short form, no digit, no
    news site's name, no name the text cuts off."""
    short = _short_forms(registry)  # عبد العاطي: a registered person's short form, not news to the registry
    end = len(body.rstrip())  # a name the text cuts off at its very end is no name (…خليل ال)
    kept = (
        p
        for p in found.values()
        if normalize(p.text) not in short
        and not DIGIT.search(p.text)
        and word_key(p.text.split()[-1]) not in OUTLET_ENDINGS  # سام برس: a news site's name
        and word_key(p.text.split()[-1]) not in HOLY_EPITHETS  # مريم العذراء: a saint
        and (p.end < end or signed(body, p.start))
        and not _alias_of_someone(body, p.start)
    )
    return tuple(sorted(kept, key=lambda p: p.start))


DIGIT = re.compile(r"\d")  # no name has one (الوزير مقابل 21 آخرين)
# A name given as another's alias: a nom de guerre (ويعرف فلان باسم "أبو الحسن"، الملقب
# بـ"أبو علي"، عدة أسماء مستعارة منها: …) is one more name of someone, not a new person.
ALIAS_CUE = re.compile(
    r"مستعار|(?:يعرف|يُعرف|تعرف|عرف|المعروف|المعروفة|الملقب|الملقبة|يلقب|اشتهر)(?!\w)[^.\n؟!]{0,40}?"
    r"(?:باسم|بلقب|بكنية|بـ)(?!\w)"
)
CLAUSE_START = re.compile(r"[.\n؟!][^.\n؟!]*\Z")


def _alias_of_someone(body: str, start: int) -> bool:
    """The clause before ``start`` says what follows is someone's alias (``ALIAS_CUE``),
    and nothing between opens another statement about someone (``المعروف بلقب "غنيوة"،
    قال الوزير فلان``: a title or a verb ends the aliases)."""
    window = max(0, start - 150)
    clause = CLAUSE_START.search(body, window, start)
    cues = list(ALIAS_CUE.finditer(body, clause.start() if clause else window, start))
    if not cues:
        return False
    gap = body[cues[-1].end() : start]
    if gap.lstrip()[:1] in QUOTE_MARKS and gap.rstrip()[-1:] not in QUOTE_MARKS:
        return False  # بلقب "غنيوة"، وفلان: quoted aliases, then a name unquoted
    between = (word_key(w.group()) for w in WORD.finditer(gap))
    return not any(w in TITLES or w in SPEECH_FORMS or w in VERBS for w in between)


QUOTE_MARKS = "\"«“”'″"


def _plausible(body: str, person: UnknownPerson) -> bool:
    """One word read after a title is a name only as a speaker before a colon (قال
    النائب منيمنة: "…") or after a foreign rank (الجنرال ميكينزي): alone it is far more
    often a noun or a verb (عضو المجلس موضوع، الوزير تعني) than a family name. (Rosters
    list family names alone.)"""
    if _glad_tidings(person.text):
        return False
    if " " in person.text.strip() or body[person.end : person.end + 2].lstrip()[:1] == ":":
        return True
    rank = body[max(0, person.start - 16) : person.start].split()[-1:]
    return bool(rank) and word_key(rank[0]) in FOREIGN_RANKS  # الجنرال ميكينزي: a surname


# The last word of a news site's name (سام برس، هبة نيوز): no person's name ends so.
OUTLET_ENDINGS = word_keys("برس بريس نيوز")
# A saint's epithet (مريم العذراء، يوحنا المعمدان): a figure of faith, not of the news.
HOLY_EPITHETS = word_keys("العذراء البتول المعمدان")
# Nouns after which سارة is "glad", not Sarah (تزف بشرى سارة، أنباء سارة).
GLAD_NEWS = word_keys("بشرى بشارة أخبار أنباء نبأ مفاجأة")
GLAD = word_key("سارة")


def _glad_tidings(text: str) -> bool:
    words = [word_key(w) for w in text.split()]
    return len(words) == 2 and words[0] in GLAD_NEWS and words[1] == GLAD


def _keep(found: dict[str, UnknownPerson], person: UnknownPerson) -> None:
    """Report each name once, where it is first read, with the first role the text gives
    it: a headline names someone bare, the paragraph after it with a role. A role
    hard-wrapped over two lines (وزير الخارجية⏎اليمني) is reported on one, single-spaced,
    and an office in the accusative (فلان رئيسا للمجلس) as its noun (رئيس المجلس)."""
    role = office_as_role(" ".join(person.role_ar.split())) if person.role_ar is not None else None
    if role != person.role_ar:
        person = replace(person, role_ar=role)
    key = normalize(person.text)
    first = found.get(key)
    if first is None:
        found[key] = person
    elif first.role_ar is None and person.role_ar is not None:
        found[key] = replace(first, role_ar=person.role_ar, country=person.country)
    elif first.country is None and person.country is not None and person.role_ar is None:
        found[key] = replace(first, country=person.country)  # والموريتاني فلان: a nationality, no role


@per_registry
def _short_forms(registry: Registry) -> frozenset[str]:
    """The short forms of registered people (short_ar), which link only in context."""
    return frozenset(normalize(form) for actor in registry.actors.values() for form in actor.names.short_ar)


def _blessed(body: str, end: int) -> bool:
    """A blessing follows the name (محمد صلى الله عليه وسلم، عيسى عليه السلام، السيدة
    زينب (عليها السلام)): a prophet, a companion or a saint, not a person in the news."""
    head = body[end : end + 20].lstrip(" ،,(")
    if head[:1] not in "صعر":
        return False  # (most names: no blessing, decided on the letter before keying)
    return normalize(head).startswith(BLESSINGS)


# (keyed: Persian-keyboard text writes علیها with ی)
BLESSINGS = tuple(
    normalize(b) for b in ("صلى الله", "عليه السلام", "عليها السلام", "عليهم السلام", "رضي الله")
)


def _listed(scan: Scan, people: list[Mention | UnknownPerson]) -> list[UnknownPerson]:
    """People named in a list after a person (حسام جبارين، باسم نعيم، غازي حمد; فلان
    وباسم نعيم): an item of two or three name-like words that starts with a given
    name, even one that is also a common word, and ends the item."""
    listed, todo = [], sorted(people, key=lambda p: p.start)
    while todo:
        item = scan.list_item(todo.pop(0).end)
        if item is not None:
            listed.append(item)
            todo.insert(0, item)
    return listed


# A place or an institution named after a ruler or a scholar (مركز الملك عبد العزيز،
# مستشفى الملك فيصل التخصصي، جامعة الأمير سلطان، مسجد الإمام محمد بن عبد الوهاب): the
# title and name are the institution's, covered like a registered name, so a role
# goes on through them (مدير مستشفى الملك فيصل التخصصي فلان) and no one is reported.
# Greetings and prayers whose words read as a compound given name (رحمة الله، أسعد الله).
PRAYERS = re.compile(
    r"عليكم[ \t]+ورحمة[ \t]+الله(?:[ \t]+تعالى)?(?:[ \t]+وبركاته)?"
    r"|[أا]سعد[ \t]+الله[ \t]+(?:[أا]وقات|مساء|صباح|[أا]يام)كم"
)
RULER = r"ال(?:ملك|[أا]مير|شيخ|سلطان|[إا]مام)[ \t]+"
# Searched first: it opens with a literal, which re finds at C speed, while the whole
# pattern opens with a lookbehind tried at every offset; most texts name no ruler.
RULER_TITLE = re.compile(RULER)
NAMED_AFTER_RULER = re.compile(
    r"(?<!\w)[وبلف]?(?:" + "|".join(NAMED_AFTER_WORDS) + r")[ \t]+"
    r"(" + RULER + r"(?:عبد[ \t]*)?[\u0621-\u064a]+"
    r"(?:[ \t]+(?:بن|بنت)[ \t]+(?:عبد[ \t]*)?[\u0621-\u064a]+)*(?:[ \t]+آل[ \t]+[\u0621-\u064a]+)?)"
)


def _longest(body: str, people: tuple[UnknownPerson, ...]) -> tuple[UnknownPerson, ...]:
    """Drop a report whose words are the start or end of a longer one (هيثم / هيثم بن
    طارق). When a name of two words or more ends at punctuation somewhere, a longer
    report that starts with it ran into the next word (سيمون كرم، / سيمون كرم ترؤس
    وفد): the longer one goes instead."""
    keys = [normalize(p.text).split() for p in people]
    clean = {
        " ".join(k) for p, k in zip(people, keys, strict=True) if len(k) >= 2 and _ends_clause(body, p.end)
    }
    kept = []
    for person, words in zip(people, keys, strict=True):
        if any(" ".join(words[:n]) in clean for n in range(2, len(words))):
            continue
        if any(
            len(other) > len(words)
            and (other[: len(words)] == words or other[-len(words) :] == words)
            and " ".join(other[: len(words)]) not in clean
            for other in keys
        ):
            continue
        kept.append(person)
    return tuple(kept)


def _ends_clause(body: str, end: int) -> bool:
    """Punctuation, or a word with tanween (قرارًا), which no name goes on into."""
    if body[end : end + 1] in ("،", ",", ".", ":", "؛", "\n"):
        return True
    after = WORD.search(body, end, end + 40)
    return (
        after is not None
        and not body[end : after.start()].strip()
        and any(mark in after.group() for mark in "\u064b\u064c\u064d")
    )
