"""The subject written after a speech verb: a person, a title, a pronoun or someone unnamed.

``verb_subject`` is the reading Arabic news calls for most (قال الرئيس الأوكراني
زيلينسكي إن): the words from the verb to إن/أن, a colon or a quotation mark, and the
person who heads them rather than one inside their title. Whom a title alone stands
for (the last speaker, an office holder) is left to ``Attribution.hear``.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from ...arabic_text import word_key
from ...model import Mention
from ..names.name_shape import of_a_title
from ..names.name_tokens import PREVIOUS_WORD, WORD
from ..names.name_words import (
    AT_OCCASION,
    FOREIGN_RANKS,
    INSTITUTIONS,
    OCCASIONS,
    RANKS,
    RELATIVE_PRONOUNS,
    TITLES,
    word_keys,
)
from ..names.word_patterns import definite_taf_il, ifal, iftial, possessed_noun
from .quote_spans import OPEN_CLOSE, closing, is_speech
from .speaker_names import GIVEN
from .speaker_state import Roles, another_countrys_office, who
from .speaker_titles import (
    DEFINITE_TITLES,
    PREPOSITIONS,
    RELATIONAL,
    SERVING,
    SPEAKER_TITLES,
    SPOKESMAN_OF,
    STYLE_HONORIFICS,
    Nations,
    a_man,
    a_woman,
    country_as_adjective,
    heads_a_title,
    masculine_title,
    title_word,
    title_words,
)
from .speech_cues import (
    ACCUSING_VERBS,
    CALLING_VERBS,
    CONGRATULATING_VERBS,
    OBJECT_VERBS,
    OF_BEING,
    PARTICIPLE_KEYS,
    RELAYED,
    REPLIED_TO,
    REPLY_VERBS,
    VERB_BEFORE,
    VERB_ENDING,
    accused,
    calls_on,
    congratulated,
    feminine_verb,
    relays,
)
from .subject_before_verb import body_before_verb
from .verb_object import (
    MEDIUM_PREFIXES,
    PRONOUN_SUBJECT_STARTS,
    TANWEEN,
    described_object,
    indefinite,
    title_before_definite_object,
    title_before_named_object,
    title_before_object,
    with_object,
)

# What ends a speech verb's subject: the complementiser, a colon or an opening mark.
SUBJECT_END = re.compile(r"(?<!\w)ب?[إأا]ن(?:ه|ها|هم)?(?!\w)|[:" + "".join(OPEN_CLOSE) + "]")
# The pronoun of a relative clause right after its verb (وفق ما صرح به الوزير).
RESUMPTIVE = re.compile(r"\s+(?:به|بها|عنه|عنها|عليه|عليها)(?!\w)")  # رد عليه فلان too
# An aside between dashes right after the verb (وقال - في تصريحات اليوم - إن).
DASHED_ASIDE = re.compile(r"[ \t]+[-–—][^-–—\n]{1,160}[-–—]")
# A second verb joined to the speech verb by "or" (لم يؤكد أو ينفِ ميلر): the subject follows it.
COORDINATED_VERB = re.compile(r"\s+(?:أو|او)\s+[يت][\u0621-\u064a\u064b-\u0652]{2,6}(?!\w)")


# Reported speech: the speaker is whom it is reported from (عنه قوله، عن فلان قوله). Each
# form holds قول, asked of a subject first: most hold none.
REPORTED = re.compile(r"(?<!\w)(?:قوله|قولها|قولهم|القول)(?!\w)")  # عن عون القول إن
QUOTED_NAME = re.compile(r"\s*[«“\"]([^»”\"«“\n]{2,40})[»”\"]\s*[،,]")  # a subject's name in marks
QUOTED_NAME_ONLY = re.compile(r"\s*[«“\"]([^»”\"«“\n]{2,40})[»”\"]")  # … when it is all the marks hold
REPORTED_FROM_SOMEONE = re.compile(r"(?<!\w)عن\s+\w")  # عن مسؤول أمريكي قوله (not عنه قوله)
REPORTED_FROM = re.compile(r"(?<!\w)عن(?:ه|ها|هم)?(?!\w)")  # عنه قوله، عن فلان قوله: reported


# What verb_subject concludes: the kind of subject, the person it names, the title words it gives.
SubjectReading = tuple[str, Mention | None, frozenset[str]]


def verb_subject(
    body: str,
    cue: int,
    limit: int,
    people: list[Mention],
    roles: Roles = MappingProxyType({}),
    entities: bytes = b"",
    nations: Nations = MappingProxyType({}),
) -> SubjectReading:
    """The subject of the speech verb ending at ``cue``, with the title words it gives:
    ("person", mention, titles) when it names a person; ("pronoun", None, ∅) when the
    verb has no noun subject; ("title", None, titles) when it is only a title, which
    may be the last speaker's (وأوضح وزير الدولة); ("other", None, ∅) when it is
    someone or something not named (مسؤول أوروبي)."""
    if entities and body_before_verb(body, cue, entities):
        return "other", None, frozenset()  # إن لبنان طالب المبعوث فلان: the country asks, he is asked
    if _came(body, cue):
        return "pronoun", None, frozenset()  # وردت تصريحات فلان: his statements came, no one replied
    if _as_he_said(body, cue):
        return "pronoun", None, frozenset()  # لكونه – كما قال – زعيم الأغلبية: an aside, his own
    cue, end = _subject_span(body, cue, limit)
    named = [m for m in people if cue <= m.start < end]
    text = body[cue:end]
    reported = REPORTED.search(text) if "قول" in text else None
    if reported and not REPORTED_FROM.search(text, 0, reported.start()):
        end = cue + reported.start()  # وتابع رئيس الحكومة قوله: the subject is before his words
        named, text = [m for m in named if m.start < end], body[cue:end]
    elif reported or _relayed(body, cue, text):  # نقلت الصحيفة عنه قوله / عن فلان إن
        return _reported_subject(body, cue, text, named)
    if text.strip() and not any(c.isalnum() for c in text):
        return "pronoun", None, frozenset()  # (قال): "…": the verb repeated in brackets, no subject
    quoted = _quoted_name(body, cue, limit, people, entities) if not text.strip() else None
    if quoted is not None:
        return quoted
    words = text.split()
    feminine = _feminine_after_man(body, cue, words, named, roles, entities)
    if feminine is not None:
        return feminine
    if named and not body[cue : named[0].start].strip() and woman_called(body, named[0], roles):
        return "pronoun", None, frozenset()  # ودعا فلانة إلى المنصة، قائلا: he invites her, he speaks
    if len(words) == 2 and word_key(words[1].strip("،,.؛")) in SAME and title_word(word_key(words[0])):
        return "pronoun", None, frozenset()  # وأضاف المتحدث نفسه: the one speaking already
    if not named:  # وقال الرئيس الأوكراني اليوم "…": a time word ends the title
        words = _title_part(country_as_adjective(body, cue, end, nations) or words)
    first = word_key(words[0].strip("،,.؛")) if words else ""
    a_name = bool(named) and not body[cue : named[0].start].strip()  # لافروف is a name, not ل + noun
    if not named and words[:1] == ["علي"] and len(words) > 1 and not words[1].startswith("ال"):
        return "other", None, frozenset()  # قال علي رشيد …: a person we cannot name, not على
    if _pronoun_shape(body, cue, end, words, first, a_name):
        return "pronoun", None, frozenset()
    if named and _accused(body, cue, named):
        return "pronoun", None, frozenset()
    if (
        len(named) == 1
        and not body[cue : named[0].start].strip()  # (no title between: هنأ رئيس الأرجنتين ترامب)
        and calls_on(body, cue, CONGRATULATING_VERBS)
        and congratulated(body, named[0])
    ):
        return "pronoun", None, frozenset()  # وهنأ ميلي "على العمل…": whom he congratulates
    if not named and _body_accused(body, cue, entities):
        return "pronoun", None, frozenset()  # واتهم الولايات المتحدة بأنها تسعى…: he accuses it
    if _joint_subject(body, named):
        return "other", None, frozenset()  # وقال ماكرون والمستشار ميرتس: both, neither alone
    if named and another_countrys_office(body, nations, roles, cue, named[0]):
        # كما هنأ رئيس الأرجنتين ترامب: Argentina's president speaks, Trump is congratulated
        return "title", None, title_words(body[cue : named[0].start])
    if named:
        return _named_head(body, cue, named, roles, entities)
    return _title_alone(body, cue, end, words, first, entities)


# "As he said" set off by a dash, a comma or a bracket: an aside whose subject is the one
# speaking, whatever words follow it (لكونه – كما قال – زعيم الأغلبية في البرلمان).
AS_HE_SAID = re.compile(r"(?<!\w)كما\s+\w+\Z")
ASIDE_CLOSES = re.compile(r"\s*[–—\-،,)]")


def _as_he_said(body: str, cue: int) -> bool:
    """The verb at ``cue`` is كما + a speech verb closed by a dash, a comma or a bracket."""
    return (
        AS_HE_SAID.search(body, max(0, cue - 16), cue) is not None
        and ASIDE_CLOSES.match(body, cue) is not None
    )


def _accused(body: str, cue: int, named: list[Mention]) -> bool:
    """The one person named after اتهم or وصف is whom the subject accuses or
    describes, when بأنه follows his name (واتهم نظيره فلان بأنه "…"): the verb's
    subject is a pronoun, the last speaker. With two (اتهم فلان فلانا بأنه) the first is
    the subject."""
    return len(named) == 1 and calls_on(body, cue, ACCUSING_VERBS) and accused(body, named[0])


def _body_accused(body: str, cue: int, entities: bytes) -> bool:
    """A country or a body right after اتهم or وصف, then بأنه or بأنها: whom the subject
    accuses or describes, as ``_accused`` reads a person."""
    start = cue + len(body[cue : cue + 4]) - len(body[cue : cue + 4].lstrip())
    if start >= len(entities) or entities[start] != 1 or not calls_on(body, cue, ACCUSING_VERBS):
        return False
    end = start
    while end < len(entities) and entities[end] == 1:
        end += 1
    return bool(OF_BEING.match(body, end))


# و + a counterpart: the next person of a joint subject (ماكرون ونظيره الأمريكي فلان).
COUNTERPARTS = word_keys("نظيره نظيرته نظيريه")


def _joint_subject(body: str, named: list[Mention]) -> bool:
    """The subject's first person and the next one joined by و, with only titles between
    (وقال ماكرون والمستشار ميرتس، قال المرشحون فلان، وفلان): they speak together, and the
    words are neither's alone."""
    if len(named) < 2 or who(named[0]) == who(named[1]):
        return False
    words = body[named[0].end : named[1].start].replace("،", " ").replace(",", " ").split()
    if not words or not words[0].startswith("و"):
        return False
    first = word_key(words[0][1:])  # و alone, or joined to a title or a counterpart
    return (not first or title_word(first) or first in COUNTERPARTS) and all(
        title_word(word_key(w)) for w in words[1:]
    )


def _subject_span(body: str, cue: int, limit: int) -> tuple[int, int]:
    """Where the subject written after the verb at ``cue`` starts (past a resumptive pronoun
    or a second verb) and where it ends (before an occasion the speaker spoke at)."""
    resumptive = RESUMPTIVE.match(body, cue, limit)  # وفق ما صرح به الدبلوماسي: the subject follows
    if resumptive and "عن" in resumptive.group() and calls_on(body, cue, RELAYED):
        resumptive = None  # ونقلت عنه الصحف قوله: whom the papers relay, not a resumptive pronoun
    cue = resumptive.end() if resumptive else cue
    aside = DASHED_ASIDE.match(body, cue, limit)  # وقال - في كلمته بروما - إن: where, not who
    cue = aside.end() if aside else cue
    coordinated = COORDINATED_VERB.match(body, cue, limit)  # لم يؤكد أو ينفِ ميلر: one subject
    cue = coordinated.end() if coordinated else cue
    end = _subject_end(body, cue, limit)
    aside = OCCASION_ASIDE.search(body, cue, end) if OCCASION_WORD.search(body, cue, end) else None
    end = aside.start() if aside is not None and body[cue : aside.start()].strip() else end
    return cue, end


def reported_from(body: str, cue: int, end: int) -> bool:
    """What the verb at ``cue`` introduces before ``end`` is reported from someone (عنه
    قوله، نقلت الوكالة عن فلان أن): whoever relays it is not the one who said it."""
    text = body[cue:end]
    return ("قول" in text and REPORTED.search(text) is not None) or _relayed(body, cue, text)


def _relayed(body: str, cue: int, text: str) -> bool:
    """نقل (relayed) is the verb at ``cue`` and ``text``, what follows it, says from whom."""
    return "عن" in text and calls_on(body, cue, RELAYED) and REPORTED_FROM.search(text) is not None


def _reported_subject(body: str, cue: int, text: str, named: list[Mention]) -> SubjectReading:
    """Reported speech (عنه قوله): the speaker is whom the words are reported from."""
    after = [m for m in named if body.find("عن", cue, m.start) != -1]
    if after and _possessor(body, after[0]):
        return "other", None, frozenset()  # عن فلان محامي هشام جنينة قوله: the lawyer, not his client
    if after:
        return "person", after[0], frozenset()
    source = REPORTED_FROM_SOMEONE.search(text)
    if source:
        words = text[source.end() - 1 :].split()
        titles = title_before_object(words)
        if titles and word_key(words[0].strip("،,.؛")) in SPEAKER_TITLES:  # (عن الوزيرة، قولها)
            return "title", None, titles  # ونقل البيان عن وزير الخارجية السعودي تأكيده: his title
        return "other", None, frozenset()  # نقلت رويترز عن مسؤول أمريكي قوله: someone unnamed
    return "pronoun", None, frozenset()  # نقلت عنه قوله، وتابع قوله


def _possessor(body: str, person: Mention) -> bool:
    """A title without the article in construct right before ``person`` (محامي فلان، مستشار
    فلان): the person is whom the title holder serves, not the one the words come from."""
    before = PREVIOUS_WORD.search(body, max(0, person.start - 16), person.start)
    if before is None:
        return False
    key = word_key(before.group(1))
    return key in TITLES and not key.startswith("ال")


def _quoted_name(
    body: str, cue: int, limit: int, people: list[Mention], entities: bytes
) -> SubjectReading | None:
    """A subject written only as a name in quotation marks: a person's or an organisation's;
    None when the marks hold neither."""
    quoted = QUOTED_NAME.match(body, cue, limit)  # وأكد «روبيو»، خلال…: a name in marks
    inside = [m for m in people if quoted and quoted.start(1) <= m.start and m.end <= quoted.end(1)]
    if len(inside) == 1:
        return "person", inside[0], frozenset()
    named_alone = QUOTED_NAME_ONLY.match(body, cue, limit)  # قال "بول بولكه" في بيان: (no comma)
    alone = [m for m in people if named_alone and (m.start, m.end) == named_alone.span(1)]
    if alone:
        return "person", alone[0], frozenset()
    if named_alone and entities and entities.find(1, *named_alone.span(1)) != -1 and not relays(body, cue):
        return "other", None, frozenset()  # أعلنت "قوات الدعم السريع" موافقتها: an organisation
    if quoted and entities and entities.find(1, quoted.start(1), quoted.end(1)) != -1:
        return "other", None, frozenset()  # وأكد "حزب الله"، في بيان: an organisation speaks
    return None


def _feminine_after_man(
    body: str, cue: int, words: list[str], named: list[Mention], roles: Roles, entities: bytes
) -> SubjectReading | None:
    """A feminine verb before a man or a masculine title: he is her object, so the subject is
    a woman named further on, or a pronoun; None when the verb agrees with its subject."""
    if words and feminine_verb(body, cue):
        first_word = word_key(words[0])
        own = roles.get(who(named[0]), frozenset()) if named else frozenset()
        # (a title the text gave an unregistered person says nothing of her sex: the Maghreb's
        # press writes وزير الاقتصاد for a woman minister)
        man = (
            named and named[0].entity_id and a_man(own) and heads_a_title(body, cue, named[0], entities, own)
        )
        # وصفت الرئاسة انتقادات نتنياهو: he is inside the object; the ordinary reading follows
        if masculine_title(first_word) or man:
            # ووصفت (الرئيس) بوتين بأنه: she described him. A woman named further on in the
            # subject is who speaks (اعتبرت مبعوثة الرئيس دونالد ترامب … مورغان أورتاغوس)
            woman = next((m for m in named if a_woman(roles.get(who(m), frozenset()))), None)
            return ("person", woman, frozenset()) if woman else ("pronoun", None, frozenset())
    return None


def woman_called(body: str, person: Mention, roles: Roles) -> bool:
    """A masculine verb of calling on someone (دعا، حث، ناشد) right before a registered
    woman: she is whom he calls on, not the verb's subject, which would make it دعت."""
    if not person.entity_id:
        return False  # (an unregistered woman's title may be written in the masculine)
    own = roles.get(who(person), frozenset())
    verb_end = len(body[: person.start].rstrip())
    after = NEXT_KEY.match(body, person.end)
    return (
        calls_on(body, verb_end, MASCULINE_CALLING_VERBS)
        and a_woman(own)
        and not a_man(own)
        and after is not None
        and word_key(after.group(1)) in CALLED_TO  # دعا فلانة إلى، حث فلانة على; not دعا فلانة ترامب
    )


NEXT_KEY = re.compile(r"\s+(\w+)")
CALLED_TO = word_keys("إلى على")


MASCULINE_CALLING_VERBS = frozenset(verb for verb in CALLING_VERBS if not verb.endswith("ت"))


def _title_part(words: list[str]) -> list[str]:
    """The words that may make a title when no one is named: they stop at a time word, an
    age or an occasion, and honorifics before the title are dropped."""
    words = words[
        : next(
            (
                i
                for i, w in enumerate(words)
                if i and (word_key(w.rstrip("،,.؛")) in TIME_WORDS | AGED or _occasion(words, i))
            ),
            len(words),
        )
    ]  # (its comma too: الجمعة،) … and so does an age (وأوضح الوزير البالغ من العمر 44 عاما), and
    # where he spoke (وأضاف الوزير في الندوة الصحفية: not a title's في)
    while len(words) > 1 and word_key(words[0]) in STYLE_HONORIFICS:
        words = words[1:]  # وقال سمو الأمير: the title is الأمير
    return words


def _pronoun_shape(body: str, cue: int, end: int, words: list[str], first: str, a_name: bool) -> bool:
    """Shapes whose first words are what was said or whom, not who says it: the verb's
    subject is a pronoun."""
    if (
        not first
        or (first in PRONOUN_SUBJECT_STARTS and not a_name)
        or (first.startswith(MEDIUM_PREFIXES) and not a_name)
    ):
        return True  # قال في مؤتمر مع نظيره فلان: not فلان
    if not a_name and (with_object(first) or definite_taf_il(first) or TANWEEN.search(words[0])):
        return True  # وتوعد بتنفيذ…، وجددت التأكيد على: what was said, not who
    if not a_name and (iftial(first) or ifal(first)) and first not in GIVEN:
        return True  # وأعلن انتهاء الحرب، وأعلن إطلاق: a verbal noun, what he announced
    if not a_name and _bi_noun_in_a(words[0].strip("،,.؛"), first):
        return True  # وتعهد بمحاربة الفساد: what he pledged, not who
    if not a_name and first[:1] == "ب" and first[1:] in OCCASIONS:
        return True  # وأضافت بكلمة أمام البرلمان: where she spoke, not who
    if first in RELATIVE_PRONOUNS and calls_on(body, cue, OBJECT_VERBS):
        return True  # كما انتقد الذين شككوا…: whom he criticised
    if len(words) > 1 and first.endswith("ه") and word_key(words[1]) in PARTICIPLE_KEYS:
        return True  # واختتم تغريدته بالقول: his tweet, he speaks
    if (
        len(words) > 1
        and first not in TITLES
        and first not in RELATIONAL
        and first not in INSTITUTIONS
        and not a_name
        and possessed_noun(words[1].strip("،,.؛"), word_key(words[1].strip("،,.؛")), GIVEN)
    ):
        return True  # وأكد شعور بلاده بالقلق: a noun of his, the object
    if (
        not a_name
        and calls_on(body, cue)
        and first not in TITLES
        and first not in RELATIONAL
        and (possessed_noun(words[0].strip("،,.؛"), first, GIVEN) or _short_possessed(words[0], first))
    ):
        return True  # وحث زملاءه على التصويت، ودعا أنصاره، دعا جيشه: whom he calls on, his own
    if not a_name and calls_on(body, cue, OBJECT_VERBS) and _plural_object(first):
        return True  # كما حذر مسؤولين في الحكومة: whom he warned (their subject form is مسؤولون)
    if not a_name and _his_stance(words, first):
        return True  # كما أعلن معارضته لأي اجتياح: his opposition, he announced it
    # ثم تابع حديثه: "…": his talk, he goes on
    return len(words) == 1 and body[end : end + 1] == ":" and possessed_noun(words[0], first, GIVEN)


def _plural_object(key: str) -> bool:
    """A participle's plural in ين (مسؤولين، المتظاهرين، مواطنين): after a verb that takes an
    object it is that object, for the subject would be written in ون."""
    stem = key[2:] if key.startswith("ال") else key
    return len(stem) >= 6 and stem[0] == "م" and stem.endswith("ين") and key not in GIVEN


def _his_stance(words: list[str], first: str) -> bool:
    """A noun in ة with his or her pronoun (معارضته، مشاركتها), then a preposition: what
    the speaker announced or stressed, the object (no name of six letters ends so
    before لـ or في but for a rare شحاته, and a known name is read first)."""
    if len(words) < 2 or len(first) < 6 or not first.endswith(("ته", "تها")) or first in GIVEN:
        return False
    if not words[0].strip("،,.؛").endswith(("ه", "ها")):
        return False
    after = word_key(words[1].strip("،,.؛"))
    return after in PREPOSITIONS or (after[:1] in "لب" and not after.startswith(MEDIA_WORDS))


MEDIA_WORDS = tuple(p for p in MEDIUM_PREFIXES if len(p) > 2)  # لوكالة، لصحيفة (not لـ alone)


def _short_possessed(raw: str, key: str) -> bool:
    """A noun of three letters and his pronoun (جيشه، شعبه، حزبه) after a verb of calling
    on: no given name (نزيه، وجيه are listed)."""
    return len(key) == 4 and raw.strip("،,.؛").endswith("ه") and key not in GIVEN


def _bi_noun_in_a(raw: str, key: str) -> bool:
    """ب and a noun in ة of four letters or more (بمحاربة، بمعالجة): no subject opens so.
    Names do (بثينة، بوريطة، بن عيسى): a given name, and بو، بن، با, are left out."""
    return (
        len(key) >= 6
        and raw.endswith("ة")
        and key[0] == "ب"
        and not key.startswith(("بو", "بن", "با"))
        and key not in GIVEN
    )


def _named_head(body: str, cue: int, named: list[Mention], roles: Roles, entities: bytes) -> SubjectReading:
    """A subject that names people: the one who heads it speaks, with the titles before him;
    a name inside someone else's title or a body's name is not the speaker."""
    own = roles.get(who(named[0]), frozenset())
    if not heads_a_title(body, cue, named[0], entities, own) or _no_title_before(body, cue, named[0], own):
        rank = _one_of_them_ranked(body, cue, named[0])
        if rank is not None:
            return "person", named[0], frozenset({rank})
        return "other", None, frozenset()  # قالت مصادر مقربة من الرئيس فلان، قال مكتب فلان
    head = _head(body, cue, named, roles)
    if head is None:
        relation = _relation(body, cue, named[0])
        if relation is not None:  # مستشار فلان: his adviser, whom Attribution.hear may know
            return "relation", named[0], frozenset({relation})
    titles = title_words(body[cue : head.start]) if head is not None else frozenset()
    return ("person", head, titles) if head is not None else ("other", None, frozenset())


def _relation(body: str, cue: int, possessor: Mention) -> str | None:
    """The one word before a person's name that makes the subject someone serving them
    (كما اعتبر مستشار محمد حمدان دقلو، أن…), else None."""
    words = WORD.findall(body, cue, possessor.start)
    return word_key(words[0]) if len(words) == 1 and word_key(words[0]) in SERVING else None


def _title_alone(
    body: str, cue: int, end: int, words: list[str], first: str, entities: bytes
) -> SubjectReading:
    """A subject that names no one: a speaker's title (whom it stands for is left to
    ``Attribution.hear``), a described object, or someone unnamed."""
    if described_object(body, cue, end, entities):  # (nobody is named past this point)
        return "pronoun", None, frozenset()  # ووصف الاتفاق بأنه "…": he describes it
    if _addressed_before_participle(body, cue, end, words, entities):
        return "pronoun", None, frozenset()  # وخاطب داعمي الكيان قائلا: "…": whom he addressed
    before_object = title_before_named_object(body, cue, end, entities)
    if before_object and first in SPEAKER_TITLES:
        return "title", None, before_object  # واتهم الرئيس الأمريكي كييف بـ"…"
    titles = (
        (calls_on(body, cue) and title_before_object(words, calls_on=True))
        or (calls_on(body, cue, OBJECT_VERBS) and title_before_definite_object(words))
        or title_words(" ".join(words[:4]).split("،")[0], only=True)
        or title_before_object(words)
    )
    if titles and first in SPEAKER_TITLES and not indefinite(words):
        return "title", None, titles
    return "other", None, frozenset()


def _addressed_before_participle(body: str, cue: int, end: int, words: list[str], entities: bytes) -> bool:
    """A verb that calls on or addresses someone (ناشد، خاطب), then words naming no title,
    country or body, then a participle (قائلا): those words are whom he addressed, and
    the verb's subject is a pronoun."""
    if not calls_on(body, cue, CALLING_VERBS) or entities.find(1, cue, end) != -1:
        return False
    keys = [word_key(w.strip("،,.؛")) for w in words]
    at = next((i for i, key in enumerate(keys) if key in PARTICIPLE_KEYS), None)
    return bool(at) and not any(key in SPEAKER_TITLES for key in keys[:at])


# وأضاف المتحدث، خلال مداخلة هاتفية مع الإعلامي فلان، وأعرب الرئيس الصيني خلال لقائه نظيره
# فلان: where and when he spoke ends the subject (the host or the counterpart is not who speaks)
OCCASION_ASIDE = re.compile(r"[ \t]*[،,][ \t]*(?:خلال|أثناء|عبر)[ \t]|[ \t]+(?:خلال|أثناء)[ \t]")
# Every match of OCCASION_ASIDE holds one of these words, and most subjects hold none: they
# are looked for first, from their first letters (OCCASION_ASIDE opens with spaces, which
# re tries at every offset).
OCCASION_WORD = re.compile("خلال|أثناء|عبر")


def _occasion(words: list[str], i: int) -> bool:
    """``words[i]`` is في or خلال and an occasion of speech follows it."""
    return (
        word_key(words[i]) in AT_OCCASION
        and i + 1 < len(words)
        and word_key(words[i + 1].strip("،,.؛")) in OCCASIONS
    )


SAME = word_keys("نفسه نفسها ذاته ذاتها")
TIME_WORDS = word_keys(
    "اليوم أمس الليلة غدا مساء صباح ظهر الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت"
)
AGED = word_keys("البالغ البالغة")  # البالغ من العمر: of the age of


def _subject_end(body: str, cue: int, limit: int) -> int:
    """Where the subject of the verb ending at ``cue`` ends: the complementiser, a
    colon or a quotation, but not a name in quotation marks inside the subject
    (أكد المسؤول في "حزب الله" فلان أن…). A subject that is only a quoted name is
    cut at its mark: a pronoun subject, as the carried speaker is usually that name."""
    verb = VERB_ENDING.search(body, max(0, cue - 8), cue)
    to = REPLIED_TO.match(body, cue) if verb and word_key(verb.group(1)) in REPLY_VERBS else None
    if to is not None:
        limit = min(limit, to.end() - 4)  # ردّ الوزير على فلان: whom he answered is no subject
    at = cue
    while (found := SUBJECT_END.search(body, at, limit)) is not None:
        close = closing(body, found.group(), found.end(), limit) if found.group() in OPEN_CLOSE else -1
        inner = body[found.end() : close]
        alone = not body[cue : found.start()].strip() and not _relaying_outlet(body, cue, close)
        if close == -1 or alone or is_speech(inner) or "\n" in inner:
            return found.start()  # a quoted subject alone (وأضاف "أرجمان"، أن) reads as before
        at = close + 1
    return limit


# Whom a relay verb's quoted subject relays from (ونقلت "الوكالة الوطنية" عن فلان قوله).
RELAYED_SOURCE = re.compile(r"\s*عن(?:ه|ها|هم)?(?!\w)")


def _relaying_outlet(body: str, cue: int, close: int) -> bool:
    """The name in marks right after نقل is the outlet that relays, not the speaker
    (ونقلت "الوكالة الوطنية للإعلام" عن عون قوله): the subject goes on to whom it
    relays from."""
    return close != -1 and calls_on(body, cue, RELAYED) and RELAYED_SOURCE.match(body, close + 1) is not None


# Courtesy before a name (رئيس الجمهورية الدكتور فلان): the person's own, never a possessor's title.
COURTESY_TITLES = word_keys("الدكتور الدكتورة السيد السيدة المهندس المهندسة الأستاذ الأستاذة")


def _came(body: str, cue: int) -> bool:
    """ورد/وردت before a noun of news (وردت تصريحات فلان، ورد في البيان): "came", not و +
    "replied"."""
    verb = VERB_BEFORE.search(body, max(0, cue - 8), cue)
    if verb is None or word_key(verb.group()) not in CAME:
        return False
    after = NEXT_WORD.match(body, cue)
    return after is not None and word_key(after.group(1)) in NEWS_NOUNS


CAME = word_keys("ورد وردت")
NEXT_WORD = re.compile(r"\s*(\w+)")
NEWS_NOUNS = word_keys("تصريحات تصريح أنباء تقارير معلومات أخبار في ذلك هذا هذه")


def _no_title_before(body: str, cue: int, person: Mention, own: frozenset[str]) -> bool:
    """Two words or more between the verb and the person, none a title, an honorific or a
    word of their role: a noun phrase the person is only the possessor in (تكشف النهج
    العدواني لحكومة نتنياهو: the approach reveals, not Netanyahu)."""
    words = [word_key(w) for w in WORD.findall(body, cue, person.start)]
    return len(words) >= 2 and not any(
        w in SPEAKER_TITLES or w in RELATIONAL or w in own or w in STYLE_HONORIFICS or w[1:] in SPEAKER_TITLES
        for w in words
    )


def _one_of_them_ranked(body: str, cue: int, person: Mention) -> str | None:
    """The rank right before ``person`` when the subject is "one of" a body's members and
    the rank is his own (وقال أحد أركان المجلس العسكري العقيد فلان: he is that one), with
    nothing between that opens a clause; else None (أحد مساعدي العقيد فلان: his aide)."""
    between = body[cue : person.start]
    words = [word_key(w) for w in WORD.findall(between)]
    if len(words) < 3 or len(words) > 8 or words[0] not in ONE_OF or any(c in between for c in "،,.:؛"):
        return None
    if not _own_rank(words, len(words) - 1) or any(w in RELATIVE_PRONOUNS for w in words):
        return None
    return words[-1]


ONE_OF = word_keys("أحد إحدى")


def _own_rank(words: list[str], i: int) -> bool:
    """A military rank after a role that is complete (المتحدث باسم المجلس العسكري العقيد
    فلان): the speaker's own rank, not the genitive of his title (مساعد العقيد فلان)."""
    return words[i] in MILITARY_RANKS and i > 0 and words[i - 1] not in RELATIONAL


MILITARY_RANKS = RANKS | FOREIGN_RANKS


def _retitled(words: list[str], lead: str) -> list[str] | None:
    """The words after the last comma of a subject's title when they open with a definite
    title (مساعد رئيس الأركان، المتحدث باسم العسكريين العقيد فلان): a second title set
    beside the first, both the named man's; None otherwise."""
    cut = max(lead.rfind("،"), lead.rfind(","))
    if cut == -1:
        return None
    tail = [word_key(w) for w in WORD.findall(lead, cut)]
    return tail if tail and tail[0] in DEFINITE_TITLES and len(tail) < len(words) else None


def _head(body: str, cue: int, named: list[Mention], roles: Roles) -> Mention | None:
    """The person who heads the subject, not one inside its title: in ``كبير مستشاري
    الرئيس الفرنسي ماكرون، فلان`` Macron is the possessor and فلان speaks; with no
    such apposition nobody is named as the speaker (None: never guess)."""
    first = named[0]
    words = [word_key(w) for w in WORD.findall(body[cue : first.start])]
    after_comma = _retitled(words, body[cue : first.start])
    if after_comma is not None:  # مساعد رئيس الأركان، المتحدث باسم العسكريين العقيد فلان
        words = after_comma  # the titles after the comma are his, and so are those before
    titles = [
        w
        for i, w in enumerate(words)
        if (w in TITLES or w in RELATIONAL) and w not in COURTESY_TITLES and not _own_rank(words, i)
    ]
    possessed = len(titles) >= 2 and titles[0] in RELATIONAL and any(w in DEFINITE_TITLES for w in titles[1:])
    construct = bool(words) and (
        (words[-1] in RELATIONAL and not words[-1].startswith("ال")) or words[-1] == SPOKESMAN_OF
    )  # … or المتحدث باسم نتنياهو فلان: the one he speaks for
    if construct:
        possessed = True  # مبعوث ترامب، مستشار نتنياهو: a title in construct with the person
    of_title = any(of_a_title(w) for w in words)
    if of_title and words and words[0] in TITLES:
        possessed = True  # المستشار الإعلامي للرئيس الفرنسي ماكرون فلان: the adviser of the president
    own = roles.get(who(first), frozenset())
    if not possessed or titles[0] in own or "ال" + titles[0] in own:  # نائب الرئيس فانس: his own title
        return first  # (نائبة المديرة العامة… فلانة: her role says النائبة الأولى للمديرة العامة)
    apposition = [
        m
        for m in named[1:]
        if body[first.end : m.start].strip().startswith(("،", ","))
        or ((of_title or construct) and not body[first.end : m.start].strip())  # … ماكرون فرانسوا دوبون
    ]
    return apposition[0] if apposition else None
