"""Who may be a speaker: registered people, unregistered names, and their names said again.

The registry knows some people; find_people reads others from the text. A speech
verb's subject is often only a family name (وقال المسلماوي) or a shortened name, so
the names read once are found again where a speech verb makes them its subject.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator

from ...arabic_text import word_key
from ...model import Mention, UnknownPerson
from ..names.given_name_lists import ALL_GIVEN
from ..names.name_tokens import NEXT_WORD, PREVIOUS_WORD, WORD
from ..names.name_words import COMPLEMENTISERS as COMPLEMENTISER_KEYS
from ..names.name_words import ROLE_LINKS, TITLES, word_keys
from ..names.name_words import STOP as STOP_WORDS
from ..people.marked_names import BYLINE
from .quote_spans import OPEN_CLOSE
from .speech_cues import REPLY_VERBS, SPEECH_VERB_KEYS, speech_verb
from .subject_before_verb import LEAD_PARTICLES

# Part of a family name: أبو ردينة، آل ثاني، نبيل عبد الله
FAMILY_CONNECTORS = word_keys("أبو أبي بن ابن آل عبد")
GIVEN = ALL_GIVEN  # a family name alone stands for a person; these do not


def with_unknown(
    body: str,
    people: tuple[Mention, ...],
    unknown: tuple[UnknownPerson, ...],
    entities: tuple[Mention, ...] = (),
) -> list[Mention]:
    """Registered mentions plus the unregistered people found in the text (entity id
    empty, text the full name), so an unregistered subject is a subject too: where
    the name is first read, and wherever the text names them again by the full name.
    Anyone named in full, registered or not, is also the subject of a speech verb
    followed by their family name alone (وقال المسلماوي، أعرب الأنصاري) when no other
    person of the article shares it and no other mention covers it."""
    extra = _unregistered(body, unknown)
    taken = _taken(body, (*people, *extra, *entities))
    named = _named_in_full(people, extra)
    families = _family_counts(named)
    folded = one_alef(body)  # once per article: every form is searched in it
    for (entity_id, text), first in named.items():
        for form in _forms(text, entity_id, named, families):
            extra += _said_again(body, folded, form, text, entity_id, first, taken)
    by_role = list(_by_their_role(unknown, extra))  # وشدد محافظ حضرموت على أن…
    if by_role:
        roles_taken = _taken(body, (*people, *extra))  # (a place or a country inside the role is its own)
        for person, first in by_role:
            extra += _said_again(body, folded, person.role_ar or "", person.text, "", first, roles_taken)
    return sorted([*people, *extra], key=lambda m: m.start)


def _by_their_role(
    unknown: tuple[UnknownPerson, ...], extra: list[Mention]
) -> Iterator[tuple[UnknownPerson, Mention]]:
    """The unregistered people whom the text may name again by the role it gave them,
    with where it first named them: a role of two words or more that names its place or
    body (محافظ حضرموت; not وزير الخارجية, nor رئيس الوزراء العراقي, which a registered
    holder may share), no one else's in the article. As with a family name alone, only
    the subject of a speech verb counts (``_said_again``)."""
    roles = Counter(u.role_ar for u in unknown if u.role_ar)
    firsts = {m.start: m for m in extra}
    for person in unknown:
        role = person.role_ar or ""
        words = [word_key(w) for w in role.split()]
        named = any(w not in TITLES and not w.endswith(("ي", "يه")) for w in words)
        if len(words) >= 2 and roles[role] == 1 and named and person.start in firsts:
            yield person, firsts[person.start]


def _unregistered(body: str, unknown: tuple[UnknownPerson, ...]) -> list[Mention]:
    """The unregistered people find_people read, as mentions, but for a byline's writer."""
    if not unknown:
        return []  # (no byline to look for)
    return [
        Mention(entity_id="", kind="name", text=u.text, start=u.start, end=u.end)
        for u in unknown
        if not _byline(body, u.start)  # a writer's name is never a speaker
    ]


def _byline(body: str, start: int) -> bool:
    """The name at ``start`` is a byline's: its line is one (BYLINE reads a line from its
    start), and names the writer from there. Only the lines of the few unregistered people
    are read, not every line of the body."""
    line = BYLINE.match(body, body.rfind("\n", 0, start) + 1)
    return line is not None and line.start(1) == start


def _taken(body: str, mentions: tuple[Mention, ...]) -> bytearray:
    """One byte per character, 1 inside a mention: a name said again is only found outside
    them (``_said_again`` marks what it finds); 2 inside a country's adjective."""
    taken = bytearray(len(body) + 1)
    for mention in mentions:
        # A country's adjective does not hide a family name right after a speech verb
        # (وأشار السوداني: the Iraqi prime minister, once named in full, not "Sudanese"),
        # but after a title it is the title's (وقال الوزير السوداني).
        mark = b"\2" if mention.kind == "adjective" else b"\1"
        taken[mention.start : mention.end] = mark * (mention.end - mention.start)
    return taken


def _named_in_full(people: tuple[Mention, ...], extra: list[Mention]) -> dict[tuple[str, str], Mention]:
    """Each person named with two words or more, by (id, name), at the first such mention:
    the names that may be said again in part."""
    named: dict[tuple[str, str], Mention] = {}
    for mention in sorted((*extra, *people), key=lambda m: m.start):
        if " " in mention.text.strip():
            named.setdefault((mention.entity_id, mention.text), mention)  # where first named in full
    return named


def _family_counts(named: dict[tuple[str, str], Mention]) -> Counter[str | None]:
    """How many people of the article bear each family name: one shared names no one alone."""
    # مرزوق الغانم and مرزوق علي الغانم are one man: a family name is shared only by names
    # with different first words
    return Counter(family for _, family in {(text.split()[0], _family(text)) for _, text in named})


def _forms(
    text: str, entity_id: str, named: dict[tuple[str, str], Mention], families: Counter[str | None]
) -> list[str]:
    """The forms a person named in full may be said again by: the full name (unregistered
    people only), the family name no one else bears, the name cut short."""
    family = _family(text)
    alone = [family, *_abd_apart_or_joined(family)] if family and families[family] == 1 else []
    forms = ([text] if not entity_id else []) + alone
    forms += _middle_names(text, named) if not entity_id else []  # ودعا حساني: a father's name
    forms += _first_two(text, named) if not entity_id else []  # واعتبرت نادية فتاح: her name cut short
    forms += _given_alone(text, named) if not entity_id else []  # وقال نبيل: the given name alone
    return forms


def _said_again(
    body: str, folded: str, form: str, text: str, entity_id: str, first: Mention, taken: bytearray
) -> list[Mention]:
    """Where the text names a person again by ``form`` after ``first`` (a part of the name
    only as a speech verb's subject), outside every mention so far: each is marked in
    ``taken`` so no later form claims it. ``folded`` is the body with one alef."""
    again: list[Mention] = []
    # وقال صابر أحمد، وقال عبد الله بن…: a given name may start someone else's name
    given = word_key(form.split()[-1]) in GIVEN or word_key(form.split()[0]) == "عبد"
    for found_start, found_end in _whole_words(form, body[first.end :], folded[first.end :]):
        start, end = first.end + found_start, first.end + found_end
        if form != text and not (
            _after_speech_verb(body, start, taken)
            or _opens_before_speech_verb(body, start, end)
            or _reported_from(body, start, end)
            or _as_for(body, start, end)
        ):
            continue  # المتحدث العسكري is no Mr al-Askari: a family name alone only as a subject
        if given and not _name_ends(body, end):
            continue
        if taken.find(1, start, end) == -1:
            taken[start:end] = b"\1" * (end - start)
            again.append(Mention(entity_id=entity_id, kind="name", text=text, start=start, end=end))
    return again


def one_alef(text: str) -> str:
    """The alef's forms, which writers mix up in names (أبو حسنة is written ابو حسنة
    too), as one; offsets unchanged. (``str.replace`` runs in C, where ``str.translate``
    with a table looks every character up.)"""
    return text.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")


# What may stand right before a name: no letter (a word's start), or و، ب، ل written onto it.
WORD_OPENS = re.compile(r"(?<![\w\u0640])[وبل]?\Z")
LETTER = re.compile(r"\w")


def _whole_words(form: str, text: str, folded: str) -> Iterator[tuple[int, int]]:
    """(start, end) of ``form`` in ``text`` as a whole word, or after و، ب، ل written onto
    it, whatever alef its writer chose: found with ``str.find`` in ``folded`` (``text``
    with one alef, offsets unchanged), its ends checked in ``text``. Most names are not
    repeated, and no pattern need be built for one that is."""
    key = one_alef(form)
    at = folded.find(key)
    while at != -1:
        end = at + len(key)
        if WORD_OPENS.search(text, max(0, at - 2), at) is None or LETTER.match(text, end):
            at = folded.find(key, at + 1)  # inside a longer word: look on from the next letter
            continue
        yield at, end
        at = folded.find(key, end)


def _after_speech_verb(body: str, start: int, taken: bytearray) -> bool:
    """A speech verb (with its و or ف) stands right before ``start`` (وقال المسلماوي، وقال
    “المسلماوي”، وبيّن عبدي)."""
    start -= body[start - 1 : start] in OPEN_CLOSE
    before = PREVIOUS_WORD.search(body, max(0, start - 16), start)
    for _ in range(2):  # وقال الوزير عرقاب: a title between the verb and the name (not
        # المتحدث العسكري: a word with the article after a title is the title's adjective)
        if before is None or word_key(before.group(1)) not in TITLES or _title_adjective(body, start, taken):
            break
        before = PREVIOUS_WORD.search(body, max(0, before.start(1) - 16), before.start(1))
    key = word_key(before.group(1)) if before else ""
    if before is not None and key in REPLY_VERBS and "\u0651" in before.group(1):
        return True  # وردّ الدخيل على…: replied, written with its shadda (ورد alone is "appeared")
    return speech_verb(key) or key in EXPLAINED_OR_EXPRESSED  # وبيّن عبدي، وعبّر إبراهيم عن


def _title_adjective(body: str, start: int, taken: bytearray) -> bool:
    """A word after a title that is the title's adjective, not a family name (وقال الرئيس
    الغانم، واعتبر الوزير الإرياني): a country's adjective (الوزير اليمني) or a nisba
    that describes an office (المتحدث العسكري، الناطق الرسمي)."""
    if taken[start] == 2:
        return True
    word = WORD.match(body, start)
    return word is not None and word_key(word.group()) in OFFICE_ADJECTIVES


# Nisbas that describe an office after its title, never read there as a family name.
OFFICE_ADJECTIVES = ROLE_LINKS | word_keys(
    "العسكري العسكرية الأمني الأمنية الرسمي الرسمية الحكومي الحكومية الإعلامي الإعلامية "
    "الصحفي الصحفية السياسي السياسية القانوني القانونية الاقتصادي الاقتصادية الدبلوماسي "
    "الدبلوماسية الوطني الوطنية الشعبي الشعبية الإداري الإدارية المالي المالية الفني الفنية "
    "الميداني الميدانية الإسلامي الإسلامية العربي العربية الغربي الغربية الاتحادي الاتحادية "
    "المحلي المحلية الإقليمي الإقليمية الحوثي الحوثية الإيراني الإسرائيلي الأمريكي الروسي"
)


EXPLAINED_OR_EXPRESSED = word_keys("وبين عبر وعبر")
NAME_ENDERS = STOP_WORDS | COMPLEMENTISER_KEYS


def _name_ends(body: str, end: int) -> bool:
    """Nothing name-like follows ``end``: punctuation, or a function word (على، أن، في)."""
    after = NEXT_WORD.match(body, end)
    if after is None:
        return True
    key = word_key(after.group(1))
    return key in NAME_ENDERS or (key[:1] == "ف" and key[1:] in SPEECH_VERB_KEYS)  # فلان فأشار


def _opens_before_speech_verb(body: str, start: int, end: int) -> bool:
    """A family name opens its sentence and a speech verb follows it (الموسوي أشار
    إلى أن…): the subject written before its verb."""
    before = body[:start].rstrip(" \t")
    opener = PREVIOUS_WORD.search(before[-30:] + " ")
    if before[-1:] not in ("", "\n", ".", ":", "؛", "!", "؟", "،", ",") and not (
        opener and word_key(opener.group(1)) in LEAD_PARTICLES
    ):
        return False  # … but a clause may open with لكن، ثم، بينما (لكن حداد أجاب)
    after = NEXT_WORD.match(body, end)
    return after is not None and word_key(after.group(1)) in SPEECH_VERB_KEYS


AS_FOR = word_keys("أما وأما")


def _as_for(body: str, start: int, end: int) -> bool:
    """أما (as for), perhaps a title, the family name, then فـ and a speech verb (أما
    الدكتور كنعان فأشار إلى…): the topic of the sentence is the one speaking."""
    after = NEXT_WORD.match(body, end)
    key = word_key(after.group(1)) if after else ""
    if key[:1] != "ف" or key[1:] not in SPEECH_VERB_KEYS:
        return False
    before = PREVIOUS_WORD.search(body, max(0, start - 16), start)
    if before is not None and word_key(before.group(1)) in TITLES:  # أما الدكتور فلان
        before = PREVIOUS_WORD.search(body, max(0, before.start(1) - 16), before.start(1))
    return before is not None and word_key(before.group(1)) in AS_FOR


# What follows the one words are reported from (نقلت الوكالة عن فلان إن / قوله / : "…").
REPORTED_WORDS = word_keys("إن أن قوله قولها")


def _reported_from(body: str, start: int, end: int) -> bool:
    """The family name stands after عن and before what it said (نقلت الوكالة عن العوادي
    إن…، عن العوادي قوله): whom the words are reported from."""
    before = PREVIOUS_WORD.search(body, max(0, start - 8), start)
    if before is None or word_key(before.group(1)) != "عن":
        return False
    after = NEXT_WORD.match(body, end)
    if after is not None and word_key(after.group(1)) in REPORTED_WORDS:
        return True
    return body[end : end + 2].lstrip(" ")[:1] in (":", '"', "“", "«")


def _first_two(text: str, named: dict[tuple[str, str], Mention]) -> list[str]:
    """The first two words of an unregistered name of three words or more (نادية فتاح
    العلوي → نادية فتاح), when no other name of the article starts with them and the
    second word is no connector (محمد بن…، عبد الله…): the press may drop the last."""
    words = text.split()
    if len(words) < 3 or word_key(words[1]) in FAMILY_CONNECTORS or word_key(words[0]) in FAMILY_CONNECTORS:
        return []
    two = " ".join(words[:2])
    clash = any(other != text and other.startswith(two) for (_, other) in named)
    return [] if clash else [two]


def _given_alone(text: str, named: dict[tuple[str, str], Mention]) -> list[str]:
    """The given name of an unregistered name (العميد نبيل عبدالله → نبيل), when a list
    holds it and no other name of the article starts with it: a subject the press calls
    by it alone (وقال نبيل:), read only right after a speech verb and where no name goes on."""
    words = text.split()
    first = word_key(words[0])
    if len(words) < 2 or first not in GIVEN or first in FAMILY_CONNECTORS or first in STOP_WORDS:
        return []
    clash = any(other != text and word_key(other.split()[0]) == first for (_, other) in named)
    return [] if clash else [words[0]]


def _middle_names(text: str, named: dict[tuple[str, str], Mention]) -> list[str]:
    """The inner words of an unregistered name of three words or more that no list holds
    as a given name and no other name of the article has (عبد العالي حساني شريف →
    حساني): the press may call him by it, as the subject of a speech verb."""
    words = text.split()
    others = {w for (_, other), _ in named.items() if other != text for w in other.split()}
    return [
        w
        for w in words[1:-1]
        if len(word_key(w)) >= 4
        and word_key(w) not in GIVEN
        and word_key(w) not in FAMILY_CONNECTORS
        and word_key(w) not in STOP_WORDS
        and w not in others
        and not w.startswith("ال")
    ]


def _family(name: str) -> str | None:
    """The end of a name that can stand for the person: its last word, three letters or
    more and not a common word (فراس المسلماوي → المسلماوي، هايكو ماس → ماس), with the
    connector before it (نبيل أبو ردينة → أبو ردينة). One that is also a given name
    (إبراهيم صابر) is read only where no name goes on after it (``_name_ends``)."""
    words = name.split()
    if len(words) < 2:
        return None
    key = word_key(words[-1])
    if len(key) < 2 or key in STOP_WORDS or key in TITLES:
        return None
    if len(words) >= 3 and word_key(words[-2]) in FAMILY_CONNECTORS:
        return " ".join(words[-2:])
    if len(words) >= 3 and key in COMPOUND_ENDS:
        return " ".join(words[-2:])  # توفيق شرف الدين → شرف الدين, not الدين
    return words[-1]


COMPOUND_ENDS = word_keys("الدين الله")


def _abd_apart_or_joined(family: str) -> list[str]:
    """A family name in عبد as the press also writes it, apart or joined (محمد عبدالسلام,
    then وقال عبد السلام)."""
    if family.startswith("عبد ") and family.count(" ") == 1:
        return [family.replace(" ", "")]
    if family.startswith("عبد") and " " not in family and len(family) > 5:
        return ["عبد " + family[3:]]
    return []


def outside(mentions: list[Mention], speech: list[tuple[int, int]]) -> list[Mention]:
    """The mentions outside quoted speech: a person named inside a quotation (…قائلا:
    "بوتين لم يتعهد…") is what is said, never who says it or what a sentence is about."""
    if not speech:
        return mentions
    starts = [start for start, _ in speech]
    kept = []
    for mention in mentions:
        at = bisect_right(starts, mention.start) - 1
        if at < 0 or mention.start >= speech[at][1]:
            kept.append(mention)
    return kept
