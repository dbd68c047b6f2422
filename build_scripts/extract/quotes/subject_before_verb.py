"""The subject written before a speech verb, or the person a sentence is about.

Verb-subject is the rule (قال لافروف), but the press also writes the subject first
(زيلينسكي شدد، وكان لافروف قد قال), inside a reported clause (إن الشرع أكد), in a
relative clause (والذي شدد) or as the topic of a verb-first sentence whose later
verb has only a pronoun. These readers look backwards from the verb.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain
from typing import Literal

from ...arabic_text import word_key
from ...model import Mention
from ..names.name_tokens import PREVIOUS_WORD, WORD
from ..names.name_words import COMPLEMENTISERS as COMPLEMENTISER_KEYS
from ..names.name_words import INSTITUTIONS, RELATIVE_PRONOUNS, TITLES, word_keys
from .quote_spans import OPEN_CLOSE
from .speaker_state import who
from .speaker_titles import (
    PREPOSITIONS,
    RELATIONAL,
    SERVING,
    SPEAKER_TITLES,
    STYLE_HONORIFICS,
    after_fused_preposition,
    heads_a_title,
    title_word,
    title_words,
)
from .speech_cues import ACCUSING_VERBS, VERB_BEFORE, accused, feminine_verb, word_before_verb

# Where the clause before a verb begins: punctuation, or a quotation's mark (the
# reporting sentence of a quotation with a full stop in it began before the quotation).
CLAUSE_BREAK = re.compile(
    "[،,؛:" + "".join(sorted(set("".join(OPEN_CLOSE) + "".join(OPEN_CLOSE.values())))) + "]"
)
WAS = word_keys("كان كانت وكان وكانت")
# Particles that may stand before a verb whose subject is carried over (وقد قال، إذ قال).
CARRY_PARTICLES = word_keys(
    "و ف ثم كما إذ حيث قد لقد وقد فقد كذلك بدوره بدورها ولكن لكن بل لكنه لكنها ولكنه ولكنها"
)
# "However he …" right before the verb (غير أنه صرح، إلا أنها قالت): the sentence's subject.
CONTRAST_PRONOUN = [
    [word_key(w) for w in pair.split()] for pair in ("غير أنه", "غير أنها", "إلا أنه", "إلا أنها")
]


def clause_before(body: str, sentence_start: int, cue: int) -> tuple[int, int]:
    """Where the clause before the verb ending at ``cue`` starts and ends (the verb's start)."""
    verb = [m.start() for m in WORD.finditer(body, max(sentence_start, cue - 40), cue) if m.end() == cue]
    end = verb[-1] if verb else cue
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(body, sentence_start, end)]
    return (breaks[-1] if breaks else sentence_start), end


def body_before_verb(body: str, cue: int, entities: bytes) -> bool:
    """A country or organisation is the subject written before the verb ending at ``cue``:
    it stands right before the verb, right after the complementiser (إن لبنان طالب،
    أن الحكومة دعت), so what follows the verb is its object, not its subject."""
    verb = VERB_BEFORE.search(body, max(0, cue - 16), cue)
    end = (verb.start() if verb else cue) - 1
    while end >= 0 and body[end] == " ":
        end -= 1
    if end < 0 or entities[end] != 1:
        return False
    start = end
    while start > 0 and entities[start - 1] == 1:
        start -= 1
    start -= 1 if start and body[start - 1] in "وبل" and entities[start - 1] != 1 else 0
    before = PREVIOUS_WORD.search(body, max(0, start - 12), start)
    return before is not None and word_key(before.group(1)) in COMPLEMENTISER_KEYS


def title_before_verb(body: str, sentence_start: int, cue: int) -> frozenset[str]:
    """The title words of a subject written before its verb with no name (المتحدث
    القطري شدد…): two to five words, a speaker's title first, every one a title's."""
    start, end = clause_before(body, sentence_start, cue)
    words = [word_key(w) for w in WORD.findall(body, start, end)]
    words = [w for w in words if w not in CARRY_PARTICLES]
    while len(words) > 1 and words[0] in STYLE_HONORIFICS:
        words = words[1:]
    if not 2 <= len(words) <= 5 or words[0] not in SPEAKER_TITLES or not all(title_word(w) for w in words):
        return frozenset()
    return title_words(" ".join(words))


def was_title_before_verb(body: str, sentence_start: int, cue: int) -> frozenset[str]:
    """كان and a title right before the verb (وكان الرئيس الروسي دعا…): the title words
    of the verb's subject, else ∅."""
    start, end = clause_before(body, sentence_start, cue)
    words = WORD.findall(body, start, end)
    if not words or word_key(words[0]) not in WAS:
        return frozenset()
    return title_before_verb(body, start + body[start:end].find(words[0]) + len(words[0]), cue)


def before_verb(body: str, sentence_start: int, cue: int, people: list[Mention]) -> Mention | None:
    """وكان لافروف قد قال، وكانت المتحدثة ماريا زاخاروفا قد أكدت: the person between
    كان and قد, with nothing but title words before them, is the verb's subject."""
    start, end = clause_before(body, sentence_start, cue)
    inside = [m for m in people if start <= m.start and m.end <= end]
    words = [word_key(w) for w in WORD.findall(body, start, end)]
    if len(inside) != 1 or len(words) < 3 or words[0] not in WAS or words[-1] != "قد":
        return None
    lead = [word_key(w) for w in WORD.findall(body, start, inside[0].start)][1:]
    return inside[0] if all(title_word(w) for w in lead) else None


def contrast_pronoun(body: str, sentence_start: int, cue: int) -> bool:
    """The clause before the verb is only غير أنه / إلا أنها (however he/she)."""
    words = [word_key(w) for w in WORD.findall(body, *clause_before(body, sentence_start, cue))]
    return words in CONTRAST_PRONOUN


# The one a document is from, right before the verb that quotes it (نقلت المتحدثة رسالة
# من ترامب، قال فيها): من or لـ and a person, then a comma.
DOCUMENT_FROM = re.compile(r"(?:^|\s)(?:من|لـ?|عن)\s*\Z")


def document_author(body: str, cue: int, people: list[Mention]) -> Mention | None:
    """The person a message or statement is from, named right before ``، قال فيها``
    (رسالة من ترامب، قال فيها: "…"): he wrote it, not the one who relays it."""
    verb = VERB_BEFORE.search(body, max(0, cue - 16), cue)
    start = verb.start() if verb else cue
    before = [m for m in people if m.end <= start]
    if not before:
        return None
    last = before[-1]
    if word_key(body[last.end : start].strip()) in RELATIVE_PRONOUNS and _speech_of(body, last.start):
        return last  # تصريحات ترامب التي وصف فيها…: his words, whoever defends them
    if body[last.end : start].strip() not in ("،", ",") or not DOCUMENT_FROM.search(
        body, max(0, last.start - 6), last.start
    ):
        return None
    return last


# Nouns of what a person said or wrote, whose possessor is the one speaking: in the
# quotation right after them (رد الرئيس بوتين "…"، تصريحات الوزير فلان: "…") or in a
# relative clause about them (تصريحات فلان التي قال فيها، تغريدة فلان التي كتب فيها).
SPEECH_NOUNS = word_keys("رد قول كلام عبارة تصريحات تصريح كلمة خطاب تغريدة تدوينة منشور رسالة مقابلة حديث")


def before_titles(body: str, begin: int, start: int) -> list[str]:
    """The keys of the words from ``begin`` to the name at ``start``, without the name's
    own title words right before it (تصريحات الرئيس ترامب → …، تصريحات)."""
    words = [word_key(w) for w in WORD.findall(body, begin, start)]
    while words and title_word(words[-1]) and words[-1] not in SPEECH_NOUNS:
        words.pop()
    return words


def _speech_of(body: str, start: int) -> bool:
    """A noun of speech stands before the name at ``start``, perhaps with the name's titles
    between (تصريحات الرئيس ترامب)."""
    words = before_titles(body, max(0, start - 60), start)
    return bool(words) and words[-1] in SPEECH_NOUNS


def clause_subject(body: str, cue: int, people: list[Mention], entities: bytes = b"") -> Mention | None:
    """The subject written before its verb inside a reported clause (قالت الرئاسة إن
    الشرع أكد أن "…"): the person right before the verb, right after إن/أن, or set off
    by commas after a title that follows إن/أن (قالت الصحيفة إن المتحدث باسم الجيش،
    فلان، أقر بأن…)."""
    before = [m for m in people if m.end <= cue]
    if not before:
        return None
    person = before[-1]
    if right_before(body, person, cue):
        word = PREVIOUS_WORD.search(body, max(0, person.start - 12), person.start)
        if word is not None and (
            word_key(word.group(1)) in COMPLEMENTISER_KEYS
            or word.group(1) == "فإن"
            or word_key(word.group(1)) in LEAD_PARTICLES
        ):
            return person  # إن الشرع أكد، ووفقا للموقع، فإن سموتريتش أشار، لكن حداد أجاب
        that = COMPLEMENTISER_BEFORE.search(body, max(0, person.start - 80), person.start)
        titled = that is not None and heads_a_title(body, that.end(), person, entities)
        return person if titled else None  # أفادت مصادر أن حاكم الإقليم فلان شدد على…
    between = body[person.end : cue]
    if len(WORD.findall(between)) != 1 or not between.lstrip().startswith(("،", ",")):
        return None
    comma = body[: person.start].rstrip()
    if not comma.endswith(("،", ",")):
        return None
    that = COMPLEMENTISER_BEFORE.search(body, max(0, person.start - 80), len(comma) - 1)
    if that is None or not heads_a_title(body, that.end(), person, entities):
        return None
    return person


COMPLEMENTISER_BEFORE = re.compile(r"(?<!\w)(?:[إأ]ن|بأن)(?!\w)(?!.*(?<!\w)(?:[إأ]ن|بأن)(?!\w))", re.S)


def clause_opener(body: str, sentence_start: int, cue: int, people: list[Mention]) -> Mention | None:
    """The subject of a verb-first clause earlier in the sentence, coordinated with the
    speech verb (وجّه وزير الدفاع فلان رسالة…، وقال: "…"): its person, read as
    ``verb_first_subject`` reads a sentence, when the speech verb opens its own clause."""
    start, verb_start = clause_before(body, sentence_start, cue)
    if start == sentence_start and body[verb_start : verb_start + 1] == "و":
        return _joined_clause_subject(body, sentence_start, verb_start, people)
    if start == sentence_start or WORD.findall(body, start, cue)[:1] not in (["وقال"], ["وأضاف"]):
        return None
    clauses = [sentence_start, *(m.end() for m in CLAUSE_BREAK.finditer(body, sentence_start, start - 1))]
    before = [m for m in people if m.end <= start]
    return verb_first_subject(body, clauses[-1], before) if before else None


def _joined_clause_subject(
    body: str, sentence_start: int, verb_start: int, people: list[Mention]
) -> Mention | None:
    """A speech verb joined by و to the verb-first clause the sentence opens with, no comma
    between (وأدى الرئيس فلان اليمين الدستورية ووعد بـ"…"): the two verbs share that
    clause's subject, when no one else is named after it."""
    before = [m for m in people if sentence_start <= m.start and m.end <= verb_start]
    if not before or any(who(m) != who(before[0]) for m in before):
        return None
    return verb_first_subject(body, sentence_start, before)


def then_said_subject(body: str, sentence_start: int, cue: int, people: list[Mention]) -> Mention | None:
    """The subject of the verb-first clause a speech verb with فـ goes on from (هاجم الرئيس
    فلان الإمارات فقال: "…"): فـ carries its subject on, whatever noun stands between."""
    verb = VERB_BEFORE.search(body, max(0, cue - 12), cue)
    if verb is None or not verb.group().startswith("ف"):
        return None
    start, _ = clause_before(body, sentence_start, verb.start())
    before = [m for m in people if m.end <= verb.start()]
    return verb_first_subject(body, start, before) if before else None


def sentence_topic(body: str, sentence_start: int, people: list[Mention]) -> Mention | None:
    """The person a sentence opens with, titles and all (وزير الخارجية الروسي سيرغي
    لافروف انتقد…، رومانيا: الرئيس نيكشور دان أكد…): the subject of what follows. A
    person named after anything else (وخلال لقائه بالرئيس X) never is."""
    first = next((m for m in people if m.start >= sentence_start), None)
    if first is None:
        return None
    lead = body[sentence_start : first.start]
    lead = lead.rsplit(":", 1)[-1]  # a label before a colon: "رومانيا: الرئيس …"
    words: Iterator[str] = (
        word_key(w) for w in WORD.findall(lead)
    )  # read only up to the first word no title has
    opening = next(words, None)
    if opening is not None and opening not in LEAD_PARTICLES:  # لكن ميرتس دعا…
        words = chain((opening,), words)
    # a counterpart (الرئيس المصري ونظيره الفرنسي ماكرون) is not the subject either; a body
    # inside the title is the title's (المتحدثة باسم وزارة خارجية جمهورية الصين، فلانة)
    return (
        first
        if all(
            w not in COUNTERPARTS and (title_word(w) or (i and w in INSTITUTIONS))
            for i, w in enumerate(words)
        )
        else None
    )


ADVERBIAL_OPENER = re.compile(r"\s*و?(?:في|على|خلال|عقب|بعد|قبل|أثناء|من جهة)\s")
# A time before a sentence's first verb, no comma after it (وليلة أمس ألقى فلان كلمة).
TIME_OPENER = re.compile(
    r"\s*[وف]?(?:(?:ليلة|مساء|صباح|ظهر|عصر|فجر|يوم)"
    r"\s+(?:أمس|اليوم|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)|أمس|اليوم)\s+(?=\S)"
)
# "For his part" before a sentence's subject (من جهته المتحدث فلان، أجاب…، وبدوره، الوزير فلان).
TURN_LEAD = re.compile(
    r"\s*و?(?:من (?:جهته|جهتها|جانبه|جانبها|ناحيته|ناحيتها)|بدوره|بدورها|في المقابل)(?!\w)\s*[،,]?"
)
LEAD_PARTICLES = word_keys(
    "لكن ولكن كما ثم بينما وبينما فيما أما وأما"
)  # before a sentence's or clause's subject


def sentence_subject(body: str, sentence_start: int, people: list[Mention]) -> Mention | None:
    """The person a sentence is about: the one it opens with (``topic``), or the one
    right after its opening verb (``verb_first_subject``)."""
    return sentence_topic(body, sentence_start, people) or verb_first_subject(body, sentence_start, people)


# A dateline before the sentence's verb (صدى نيوز - ، عمان – ): a few words and a dash.
DASHES = re.compile("[-–—]")
DATELINE = re.compile(r"[^\n.،,:]{2,40}?[ \t][-–—][ \t]")
KANA = re.compile(r"\s*[وف]?(?:كان|كانت)\s")


# "But" and "however" put a clause's subject before its verb (غير أن الرئيس فلان، ادعى أن).
CONTRAST = re.compile(r"(?<!\w)(?:(?:غير|إلا|الا|بيد) [أا]ن|[وف]?لكن)(?!\w)")


def kana_subject(
    body: str, sentence_start: int, cue: int, people: list[Mention], entities: bytes = b""
) -> Mention | Literal[False] | None:
    """The person named right before the verb in a sentence opened by كان (وكان الناطق باسم
    الحركة فلان، قال إن…), or in a sentence opened by "for his part" or a clause opened by
    "but" with only his title before him (من جهته المتحدث باسم الكرملين فلان، أجاب؛ غير أن
    رئيس الوزراء فلان، ادعى أن): all put the subject before its verb. None when that
    subject is someone serving the person named (لكن مستشار الرئيس فلان قال), False when
    the sentence has none of these shapes."""
    opener = sentence_start if KANA.match(body, sentence_start) else None
    if opener is None and (turn := TURN_LEAD.match(body, sentence_start)) is not None:
        opener = turn.end()
    if opener is None:
        contrast = [m.end() for m in CONTRAST.finditer(body, sentence_start, cue)]
        opener = contrast[-1] if contrast else None
    if opener is None:
        return False
    before = [m for m in people if opener <= m.start and m.end <= cue]
    if not before or len(WORD.findall(body, before[-1].end, cue)) != 1:
        return False  # only the verb between
    if opener == sentence_start:
        return before[-1]
    serving = any(word_key(w) in SERVING for w in WORD.findall(body, opener, before[0].start))
    if serving or len(before) != 1 or not heads_a_title(body, opener, before[0], entities):
        return None  # لكن مستشار الرئيس فلان قال: his adviser
    return before[0]


def verb_first_subject(body: str, sentence_start: int, people: list[Mention]) -> Mention | None:
    """In a verb-first sentence (التقى ماكرون بـ…، كما اتهم لافروف…، مؤكدا), the person
    right after the opening verb; not one after a preposition (خلال لقائه بـX) or
    inside a reported clause (وأضاف أن نتنياهو "…": the words are about him)."""
    first = next((m for m in people if m.start >= sentence_start), None)
    if first is None or after_fused_preposition(body, first):
        return None  # وشكر لماكرون تنظيمه، لافتا: Macron is thanked, not the one speaking
    lead = body[sentence_start : first.start]
    label = max(lead.rfind(":"), lead.rfind("\n"))
    lead = lead[label + 1 :] if label != -1 else lead  # a label line before it (الولايات المتحدة:)
    dateline = DATELINE.match(lead) if DASHES.search(lead) else None
    lead = lead[dateline.end() :] if dateline else lead  # صدى نيوز - استغرب الناطق…: a dateline
    comma = max(lead.rfind("،"), lead.rfind(","))
    if comma != -1 and ADVERBIAL_OPENER.match(lead):
        lead = lead[comma + 1 :]  # وفي جانب آخر من حديثه، وجّه الرئيس X…: an adverb opens the sentence
    time = TIME_OPENER.match(lead)
    lead = lead[time.end() :] if time else lead  # وليلة أمس ألقى فلان: a time opens the sentence
    words = _keys_before_subject(lead)
    if words is None:
        return None
    if len(words) > 1 and words[1] in INSTITUTIONS:  # وانتقدت حملة فلان…، واصفة: the campaign
        # speaks, not the person it belongs to (an institution inside a title is the title's)
        return None
    if any(w in COUNTERPARTS for w in words[1:]):
        return None  # التقى الرئيس المصري نظيره الفرنسي ماكرون، مؤكدا: the host speaks, not the guest
    if len(words) > 1 and words[-1] in RELATIONAL:
        return None  # كما اعتبر مستشار فلان أن: his adviser speaks, not he
    if words and (words[0] in ACCUSING_VERBS or words[0][1:] in ACCUSING_VERBS) and accused(body, first):
        return None  # ووصف الرئيس فلان بأنه "…": the one described is not the one speaking
    if lead.rstrip().endswith(("،", ",")) and _apposed_role(words[1:]):
        return first  # رفض المتحدث باسم حركة طالبان، فلان، …: the role, then its holder set off
    # التقى الرئيس X; a body inside the title is the title's (ألقى رئيس كتلة الوفاء النائب X)
    others = [w for i, w in enumerate(words) if not title_word(w) and not (i >= 2 and w in INSTITUTIONS)]
    return first if 1 <= len(others) <= 2 else None


def _keys_before_subject(lead: str) -> list[str] | None:
    """The keys of the words before a verb-first sentence's person, or None at the first
    word that makes the person no subject (a preposition, بال، لل: an object; أن: a reported
    clause's): a long lead is rarely read to its end."""
    keys: list[str] = []
    for word in WORD.findall(lead):
        key = word_key(word)
        if key in PREPOSITIONS or key in COMPLEMENTISER_KEYS or key.startswith(("بال", "لل")):
            if key.startswith("لل") and any(k in INSTITUTIONS for k in keys[1:]):
                continue  # رئيس كتلة الوفاء للمقاومة النائب فلان: the body's name goes on
            return None
        keys.append(key)
    return keys


# The verb's object, met or received, with its pronoun: the person after it is not the subject.
COUNTERPARTS = frozenset(
    word_key(w)
    for w in "نظيره نظيرته نظيرها نظيريه نظراءه نظرائه ضيفه ضيفته ضيفها ضيوفه مضيفه مضيفته مضيفها".split()
)


def _apposed_role(words: list[str]) -> bool:
    """Nothing but a title: its first word a title (المتحدث، وزير), then title words,
    institutions in construct with them and up to two words naming each institution
    (المتحدث الرسمي باسم حركة طالبان). Not a title and someone else (الرئيس ضيفه)."""
    if not words or words[0] not in TITLES:
        return False
    named = 0  # words left that may name the institution before them
    for word in words[1:]:
        if word in INSTITUTIONS:
            named = 2
        elif title_word(word):
            named = 0
        elif named:
            named -= 1
        else:
            return False
    return True


FEMININE_RELATIVES = word_keys("التي اللتان والتي")


def relative_subject(body: str, cue: int, people: list[Mention]) -> Mention | Literal[False] | None:
    """A speech verb opening a relative clause (…فريدريش ميرز بالفوز، والذي شدد على…):
    its subject is the person named just before the pronoun, with at most one word
    between; None when no one is (someone unnamed: never the sentence's subject,
    who would be a guess); False when the verb opens no relative clause."""
    if not any(relative in body[max(0, cue - 40) : cue] for relative in ("الذي", "التي", "اللذان", "اللتان")):
        return False  # most verbs open no relative clause: decided without two searches
    pronoun = word_before_verb(body, cue)
    if pronoun is None or word_key(pronoun.group(1)) not in RELATIVE_PRONOUNS:
        return False
    if (word_key(pronoun.group(1)) in FEMININE_RELATIVES) != feminine_verb(body, cue):
        return False  # الهجمات التي قال إنها…: the relative is the verb's object, its subject "he"
    before = [m for m in people if m.end <= pronoun.start(1)]
    if before and len(WORD.findall(body[before[-1].end : pronoun.start(1)])) <= 1:
        represented, representative = _represented(body, before)
        return representative if represented else before[-1]
    return None


REPRESENTING = re.compile(r"(?<!\w)(?:ممثل(?:اً|ًا|ا|ةً|ة)|نيابةً? عن)(?![\w\u064b-\u0652])")


def _represented(body: str, before: list[Mention]) -> tuple[bool, Mention | None]:
    """(whether the last person named is someone represented, who represents them):
    in فلان ممثلاً قائد الجيش علان، الذي أشار the one standing in speaks, not the one
    he represents, who was not there. The representative is the person named right
    before ممثلاً, or None when nobody is."""
    last = before[-1]
    lead = body[before[-2].end if len(before) > 1 else max(0, last.start - 60) : last.start]
    marks = list(REPRESENTING.finditer(lead))
    if not marks or not all(title_word(word_key(w)) for w in WORD.findall(lead[marks[-1].end() :])):
        return False, None
    named_right_before = len(before) > 1 and not WORD.findall(lead[: marks[-1].start()])
    return True, before[-2] if named_right_before else None


def object_relative(body: str, cue: int) -> bool:
    """The speech verb ending at ``cue`` opens a relative clause whose pronoun is its
    object (التعليقات التي أدلى بها فلان، الهجمات التي قال إنها): the clause describes a
    noun of someone else's sentence."""
    pronoun = word_before_verb(body, cue)
    return (
        pronoun is not None
        and word_key(pronoun.group(1)) in RELATIVE_PRONOUNS
        and (word_key(pronoun.group(1)) in FEMININE_RELATIVES) != feminine_verb(body, cue)
    )


def right_before(body: str, person: Mention, cue: int) -> bool:
    """The verb ending at ``cue`` comes right after the person (subject first: زيلينسكي شدد),
    or after an adverb between them (السيسي دائما يتحدث، الشرع قد أكد)."""
    between = WORD.findall(body[person.end : cue])
    return (
        1 <= len(between) <= 2
        and all(word_key(w) in VERB_ADVERBS for w in between[:-1])
        and not body[person.end : cue].strip().startswith(("،", ","))
    )


VERB_ADVERBS = word_keys("دائما دائماً دوما دوماً أيضا أيضاً كذلك قد لطالما مجددا مجدداً")
