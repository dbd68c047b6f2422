"""Names the text marks without a title before them: a byline on a line of its own,
quotation marks around a name, an age right after it, a nationality used as a noun
before it, an election or appointment around it (انتخاب فلان محافظا), a title after
it set off by a comma. Each mark is searched for once per body; most articles have none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

import ahocorasick

from ...arabic_text import NormalizedText, find_words, word_automaton, word_key
from ...model import Mention, UnknownPerson
from ..names.given_name_lists import STOP_GIVEN
from ..names.name_shape import name_like
from ..names.name_tokens import PREVIOUS_WORD, WORD, Token, tokens
from ..names.name_words import CONNECTORS, INSTITUTIONS, ROLE_LINKS, SPEECH_FORMS, STOP, TITLES, word_keys
from ..names.word_patterns import possessed_noun, present_verb
from .name_scan import Scan
from .person_role import role_after

ROLE_WORDS = INSTITUTIONS | ROLE_LINKS  # what a role holds besides titles (مجلس محافظة، باسم)
BYLINE_LABEL = re.compile(
    r"(?:بقلم|كتب|كتبت|كتابة|إعداد|المحرر|تحرير|متابعة|تصوير|ترجمة|تقرير)[ \t]*[:–—-]?[ \t]*$"
)


def signed(body: str, start: int) -> bool:
    """The name at ``start`` follows a byline's label on its own line (المحرر: فلان): the
    signature that closes an article, whole even as its last words."""
    return BYLINE_LABEL.fullmatch(body, body.rfind("\n", 0, start) + 1, start) is not None


# A line that is only a writer's name: "سامي جابر", "الثورة – سامي جابر:", "بقلم: سامي جابر".
BYLINE = re.compile(
    r"^[ \t]*(?:[^\n–—:-]{1,30}[ \t][–—-][ \t]*|" + BYLINE_LABEL.pattern.removesuffix("$") + r")?"
    r"([^\n:–—-]{3,40}?)[ \t]*:?[ \t]*$",  # كتب- فلان الفلاني: the writer
    re.M,
)


def bylines(scan: Scan) -> list[UnknownPerson]:
    """Writers named on a line of their own (the byline a page keeps above or below the
    article): two or three name-like words that open with a given name."""
    found = []
    for line in _byline_lines(scan.body):
        words = tokens(scan.body, line.start(1), line.end(1))
        if not 2 <= len(words) <= 3 or words[0].start != line.start(1) or words[-1].end != line.end(1):
            continue
        if words[0].key not in scan.any_given or words[0].key in STOP or any(scan.covered(w) for w in words):
            continue
        if all(w.joined for w in words[1:]) and all(
            name_like(w.key, scan.entity_words) or w.key in STOP_GIVEN for w in words[1:]
        ):  # فلان صباح: a given name that is also a time word, as a family name
            found.append(UnknownPerson(text=line.group(1), start=line.start(1), end=line.end(1)))
    return found


# The most a byline's line holds besides spaces and tabs: 30 characters and a dash
# before the name, the name's 40, a colon.
LONGEST_BYLINE = 30 + 1 + 40 + 1


def _byline_lines(body: str) -> Iterator[re.Match[str]]:
    """BYLINE's matches, in order. Each is a whole line, so BYLINE is tried from each
    line's start, and not on a line longer than any byline (a paragraph: most of a
    body's text), where it would try its lazy name at every length before failing."""
    start = 0
    while start <= len(body):
        end = body.find("\n", start)
        end = len(body) if end == -1 else end
        blanks = body.count(" ", start, end) + body.count("\t", start, end)
        line = BYLINE.match(body, start) if end - start - blanks <= LONGEST_BYLINE else None
        if line is not None:
            yield line
        start = end + 1


# Two to four words between quotation marks, nothing else inside: a quoted name?
QUOTED_WORDS = re.compile(r"[\"“”«»]([^\"“”«»\n،,.:؛()]{3,48})[\"“”«»]")


def quoted(scan: Scan) -> list[UnknownPerson]:
    """Names the press puts in quotation marks (وقال رئيس المجلس “وليد حميد كيطان”،
    الرئيس التنفيذي "بوب إيغر"): two to four name-like words that open with a given
    name — one that is also a common word (أمل، وليد) only after a title or a speech
    verb (within four words), or with two name words after it. A quoted slogan or organisation (“أحرار جبل
    العرب”) opens with none."""
    found = []
    for quoted in QUOTED_WORDS.finditer(scan.body):
        plain = quoted.group(1).split()
        if not 2 <= len(plain) <= 4 or (
            word_key(plain[0]) not in scan.any_given and word_key(plain[0]) not in STOP_GIVEN
        ):
            continue  # most quoted words are quotations, not names: decided before reading them
        inner = quoted.group(1)
        start = quoted.start(1) + len(inner) - len(inner.lstrip(" "))  # “صباح البزوني “: a space inside
        end = quoted.end(1) - len(inner) + len(inner.rstrip(" "))
        words = tokens(scan.body, start, end)
        if not 2 <= len(words) <= 4 or words[0].start != start or words[-1].end != end:
            continue
        first = words[0].key
        before = [w.key for w in tokens(scan.body, max(0, quoted.start() - 40), quoted.start())[-4:]]
        cued = any(key in TITLES or key in SPEECH_FORMS for key in before)  # رئيس مجلس إدارتها "بول بولكه"
        time_given = first in STOP_GIVEN and cued  # رئيس المجلس “صباح البزوني”: صباح as a name
        if (first in STOP and not time_given) or any(scan.covered(w) for w in words):
            continue
        if not all(w.joined for w in words[1:]):
            continue
        if not (name_like(first, scan.entity_words) or time_given):
            continue  # "لأي حرب تشن": ل + أي, not the name لاي
        if (
            first not in scan.given
            and not time_given
            and not (first in scan.ambiguous and (cued or len(words) >= 3))
        ):
            continue
        if first not in scan.given and any(w.key[:1] == "و" for w in words[1:]):
            continue  # "ثابت ومبدئي": a word that is also a name, and another word
        if all(name_like(w.key, scan.entity_words) or w.key.startswith("ال") for w in words[1:]):
            role, home = scan.role_at(_role_before(scan, quoted.start()))
            found.append(
                UnknownPerson(text=scan.body[start:end], start=start, end=end, role_ar=role, country=home)
            )
    return found


def _role_before(scan: Scan, mark: int) -> tuple[int, int] | None:
    """The role written right before a quoted name (رئيس مجلس محافظة البصرة “فلان”): the
    words back to a title, each a title's, a body's or a named place's; None when none is."""
    words = tokens(scan.body, max(0, mark - 80), mark)
    start = None
    for word in reversed(words[-8:]):
        if not (word.key in TITLES or word.key in ROLE_WORDS or word.definite or scan.mask[word.start] == 1):
            break
        if word.key in TITLES:
            start = word.start  # (the leftmost title read so far opens the role)
    if start is None:
        return None
    end = mark
    while end > start and scan.body[end - 1] in " \t":
        end -= 1
    return start, end


# Words before a nationality that make it a noun of its own, "the Moroccan" (بعد
# المغربي فلان), not an adjective of the noun before it (الوفد المغربي).
SUBSTANTIVE_BEFORE = word_keys("بعد قبل مع عن إلى على من بين ثم أو خلفا")
NEXT_WORD = re.compile(r" +(" + WORD.pattern + ")")


def after_nationality(scan: Scan) -> list[UnknownPerson]:
    """A given name right after a nationality used as a noun (بعد المغربي جمال بنعمر،
    والموريتاني إسماعيل ولد الشيخ أحمد، للبريطاني فلان): that person, of that country.
    A given name that is also a word (جمال) needs the nationality to stand alone."""
    found = []
    for mention in scan.entities:
        if mention.kind != "adjective" or not _substantive(scan.body, mention):
            continue
        after = NEXT_WORD.match(scan.body, mention.end)
        if after is None or word_key(after.group(1)) not in scan.any_given:
            continue
        person, _ = scan.run(after.start(1), lead=True)
        if person is not None and person.start == after.start(1):
            found.append(replace(person, country=person.country or mention.entity_id))
    return found


def _substantive(body: str, mention: Mention) -> bool:
    """The nationality ``mention`` is definite and stands alone: a conjunction or
    preposition fused to it (والموريتاني، للبريطاني), or a break or one of
    SUBSTANTIVE_BEFORE before it."""
    text = mention.text.lstrip("وف")
    if text.startswith("لل"):
        return True  # للبريطاني, or وللبريطاني
    if not text.startswith("ال"):
        return False
    if text != mention.text:
        return True  # والموريتاني
    before = PREVIOUS_WORD.search(body, max(0, mention.start - 24), mention.start)
    return before is None or word_key(before.group(1)) in SUBSTANTIVE_BEFORE


# A person's age right after their name, the way the press introduces people it
# interviews: مادالينا دي كاسترو (84 عاما)، فلان الفلاني، 45 عاماً،
AGE = re.compile(
    r"[ \t]*(?:\(\s*[0-9٠-٩]{1,3}\s*(?:عاما|عامًا|عاماً|سنة)\s*\)"
    r"|[،,]\s*[0-9٠-٩]{1,3}\s*(?:عاما|عامًا|عاماً|سنة)\s*[،,])"
)
AGE_HINT = re.compile(r"[0-9٠-٩]\s*(?:عاما|عامًا|عاماً|سنة)")  # searched first: most texts give no age


def aged(scan: Scan) -> list[UnknownPerson]:
    """Two to five name-like words right before an age (… (84 عاما)، …، 45 عاما،),
    opening with a given name or after a speech verb, a title or a break: the ages
    of things (السد الكبير (60 عاما)) have a noun with the article before them."""
    if not AGE_HINT.search(scan.body):
        return []
    found = []
    for age in AGE.finditer(scan.body):
        words = tokens(scan.body, max(0, age.start() - 80), age.start())
        if not words or words[-1].end != age.start():
            continue
        run = len(words)
        while run > 0 and _aged_word(scan, words[run - 1]):
            run -= 1
            if not words[run].joined:
                break  # a comma or a new line before it: the name starts here
        name = words[run:]
        if not 2 <= len(name) <= 5:
            continue
        first = name[0].key
        if first in scan.any_given or first[1:] in scan.any_given or _opens_aged(scan, words, run):
            found.append(
                UnknownPerson(
                    text=scan.body[name[0].start : name[-1].end], start=name[0].start, end=name[-1].end
                )
            )
    return found


def _aged_word(scan: Scan, word: Token) -> bool:
    """A word the name before an age may hold: not a verb, nor a noun with its pronoun
    (تمكن منافسه فلان، 59 عاما: his rival, then the name)."""
    return (
        not scan.covered(word)
        and not word.definite
        and not word.feminine
        and word.key not in SPEECH_FORMS
        and not present_verb(word.key)
        and not possessed_noun(scan.body[word.start : word.end], word.key, scan.any_given)
        and name_like(word.key, scan.entity_words)
    )


def _opens_aged(scan: Scan, words: list[Token], run: int) -> bool:
    """What stands before the name: a speech verb, a title, a noun with its pronoun that
    says who he is to someone (منافسه، نجله), or a break (punctuation, a new line), so
    the words are not the end of a longer noun phrase."""
    if run == 0:
        return True
    word = words[run - 1]
    before = word.key
    return (
        before in SPEECH_FORMS
        or before in TITLES
        or not words[run].joined
        or possessed_noun(scan.body[word.start : word.end], before, scan.any_given)
    )


# An election or appointment names its holder between the act and the office, the office
# in the accusative (انتخاب فلان الفلاني محافظا لنينوى، تعيين فلان وزيرا للمالية): the
# frame is the cue, so a name that opens with no listed given name (سيروان) is read too.
APPOINTMENT_ACTS = word_keys(
    "انتخاب تعيين تكليف ترشيح اختيار تسمية انتخب انتخبت عين عينت يعين تعين اختار اختارت رشح رشحت"
)
FUSED_BEFORE_ACT = ("", "و", "ب", "ل", "ف", "وب", "ول")  # وتعيين، بانتخاب، لاختيار، فعين
OFFICE_ACCUSATIVE = word_keys(
    "محافظا رئيسا وزيرا نائبا سفيرا مديرا أمينا قائدا ممثلا مبعوثا مستشارا متحدثا ناطقا عضوا مندوبا "
    "قاضيا حاكما نقيبا عميدا"
)
# A woman's office reads the same in the accusative (تعيين فلانة وزيرة للمياه).
FEMININE_OFFICES = word_keys("وزيرة رئيسة نائبة سفيرة مديرة ممثلة مستشارة متحدثة ناطقة عضوة مندوبة قاضية")
PARTY = word_key("عن")  # انتخاب فلان عن الحزب الفلاني نائبا: the party that put them up


def appointed(scan: Scan, text: NormalizedText) -> list[UnknownPerson]:
    """Two to four name-like words between an act of election or appointment and the
    office in the accusative, perhaps with the party that put them up (انتخاب فلان عن
    الحزب الفلاني نائبا أول): the holder, whatever their given name, with the office
    as their role (محافظا لنينوى → محافظ نينوى). The acts are found as whole words of
    the normalised text (تعيّن with its shadda too), not searched for in every word."""
    found = []
    for _, end, _ in find_words(_acts(), text.padded):
        act_end = text.origin[end - 1] + 1
        words = tokens(scan.body, act_end, act_end + 120)
        count, office = _holder(scan, words)
        if office is not None:
            name = scan.body[words[0].start : words[count - 1].end]
            role = _office_role(scan, words, office)
            found.append(
                UnknownPerson(text=name, start=words[0].start, end=words[count - 1].end, role_ar=role)
            )
    return found


@cache
def _acts() -> ahocorasick.Automaton:
    return word_automaton({clitic + act: True for act in APPOINTMENT_ACTS for clitic in FUSED_BEFORE_ACT})


def _holder(scan: Scan, words: list[Token]) -> tuple[int, int | None]:
    """(how many words open ``words`` as a name, the index of the office in the accusative
    after it: right away, after a comma, or after the party, عن and at most five words);
    the office is None when there is none. The name has two to four words besides its
    connectors (اسلمو ولد سيد المختار ولد لحبيب), and opens with the article only before
    a word without it (العزيز فايد, not الحكومة الجديدة)."""
    count = connectors = 0
    while (
        count - connectors < 4
        and count < len(words)
        and (count == 0 or words[count].joined)
        and (
            words[count].key in CONNECTORS
            or _holder_word(scan, words[count])
            or (count and words[count - 1].key in CONNECTORS and not scan.covered(words[count]))
        )  # ولد سيد المختار: the father's name after a connector, whatever word it also is
    ):
        connectors += words[count].key in CONNECTORS
        count += 1
    while count and words[count - 1].key in CONNECTORS:
        count, connectors = count - 1, connectors - 1
    if count - connectors < 2 or count == len(words) or (words[0].definite and words[1].definite):
        return count, None
    office = words[count]
    if office.key != PARTY:
        return count, count if office.key in OFFICE_ACCUSATIVE or office.key in FEMININE_OFFICES else None
    for at in range(count + 1, min(count + 7, len(words))):
        if not words[at].joined:
            break
        if words[at].key in OFFICE_ACCUSATIVE or words[at].key in FEMININE_OFFICES:
            return count, at
    return count, None


def _holder_word(scan: Scan, word: Token) -> bool:
    return (
        not scan.covered(word)
        and word.key not in OFFICE_ACCUSATIVE
        and word.key not in FEMININE_OFFICES
        and name_like(word.key, scan.entity_words)
    )


def _office_role(scan: Scan, words: list[Token], at: int) -> str:
    """The office and the place or body after it (وزيرا للمالية، محافظا لنينوى), as a role."""
    after = words[at + 1] if at + 1 < len(words) and words[at + 1].joined else None
    if after is None or scan.body[after.start] != "ل":
        return office_as_role(scan.body[words[at].start : words[at].end])
    end = at + 2
    while end < len(words) and words[end].joined and words[end].key.startswith(("ال", "وال")):
        end += 1  # وزيرا للصيد والاقتصاد البحري: the bodies joined by و, their adjectives
    return office_as_role(scan.body[words[at].start : words[end - 1].end])


def office_as_role(office: str) -> str:
    """An office in the accusative as a role: its noun out of the accusative, and the
    place or body after ل as its complement (وزيرا للمالية → وزير المالية، محافظاً
    لنينوى → محافظ نينوى). A role that does not open with one is returned as it is."""
    words = office.split()
    if not words or word_key(words[0]) not in OFFICE_ACCUSATIVE:
        return office
    noun = words[0].rstrip("\u064b").removesuffix("ا")
    if len(words) < 2 or not words[1].startswith("ل") or len(words[1]) < 3:
        return " ".join((noun, *words[1:]))
    held = words[1][1:]
    return " ".join((noun, "ا" + held if held.startswith("ل") else held, *words[2:]))


# A name set off by a comma and followed by a title (أن فلان الفلاني، عضو كتلة…): the role
# after it is the cue, so a given name that is also a word (حسن، سالم) opens it too.
APPOSED_TITLE = re.compile(r"[،,][ \t]*(?=\S)")
LEAD_INS = word_keys("أن إن بأن لأن وأن كما ثم لكن بينما فيما")


def apposed(scan: Scan) -> list[UnknownPerson]:
    """Two to four name-like words, opening on a given name (also one that is a word),
    right after a break, a complementiser or a verb, then a comma and a title (أفاد
    الموقع أن حسن عز الدين، عضو كتلة الوفاء، حذر): that person, with the role after it."""
    found = []
    for comma in APPOSED_TITLE.finditer(scan.body):
        title = WORD.match(scan.body, comma.end())
        if title is None or word_key(title.group()) not in TITLES:
            continue  # (most commas: decided on the word after them)
        words = tokens(scan.body, max(0, comma.start() - 60), comma.start())
        name = _apposed_name(scan, words)
        if name:
            start, end = name[0].start, name[-1].end
            after = tokens(scan.body, comma.end(), comma.end() + 120)
            role = role_after(after, 0, scan.covered)
            found.append(
                UnknownPerson(
                    text=scan.body[start:end],
                    start=start,
                    end=end,
                    role_ar=scan.body[role[0] : role[1]] if role else None,
                )
            )
    return found


def _apposed_name(scan: Scan, words: list[Token]) -> list[Token]:
    """The name that ends ``words`` (see ``apposed``), or none."""
    for size in (2, 3, 4):
        if size > len(words):
            break
        name, before = words[-size:], words[-size - 1] if size < len(words) else None
        if not all(w.joined for w in name[1:]) or any(scan.covered(w) for w in name):
            return []
        if name[0].key not in scan.any_given or name[0].key in STOP:
            continue
        if not all(name_like(w.key, scan.entity_words) or w.key in CONNECTORS for w in name[1:]):
            return []
        if before is None or not name[0].joined or before.key in LEAD_INS or before.key in SPEECH_FORMS:
            return name
    return []
