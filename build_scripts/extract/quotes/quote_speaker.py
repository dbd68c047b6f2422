"""Who said one quotation, read from the sentence before it.

``who_said`` weighs every reader in the order the module docstring of ``extract_quotes``
describes: the last speech verb's subject, a participle's sentence subject, a
colon's last person, the carried speaker; it returns None rather than guess.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from ...model import Mention
from ..names.name_tokens import WORD
from ..names.name_words import word_keys
from .carried_speaker import (
    clause_turn,
    interrupter,
    opener_title,
    others_since,
    shared_subject,
    sole_subject,
    someone_else,
    someone_named,
    titled_clause,
    titled_interrupter,
    titled_opener,
    while_he_says,
)
from .paragraphs import SENTENCE_END
from .quote_sources import HIS_ACCOUNT, line_head, roundup_head, titled_line_head
from .quote_spans import THAT_WORD
from .speaker_state import Attribution, People, who
from .speaker_titles import a_man, a_woman, heads_a_title
from .speech_cues import IN_WHICH, THAT_HE, Cues, after_complementiser, feminine_verb, relays
from .subject_before_verb import (
    SPEECH_NOUNS,
    before_titles,
    before_verb,
    body_before_verb,
    clause_opener,
    clause_subject,
    contrast_pronoun,
    document_author,
    kana_subject,
    object_relative,
    relative_subject,
    right_before,
    sentence_subject,
    sentence_topic,
    then_said_subject,
    title_before_verb,
    verb_first_subject,
    was_title_before_verb,
)
from .verb_subject import reported_from, verb_subject

# "The latter" as a speech verb's subject (ليرد عليها الأخير قائلا).
LATTER = re.compile(r"(?:\s+(?:عليه|عليها|عليهم))?\s+(?:الأخير|الأخيرة)(?!\w)")


# "Such as" right before a quotation (…ما يسمى "الاستقلال"، مثل أن "…" و"…"، من قبيل "…"):
# the speaker cites wording as an example of what others say; whose it is, the verb
# does not tell, so the quotation is nobody's rather than the speaker's.
CITED_EXAMPLE = re.compile(
    r"(?<!\w)(?:[وك]?مثل|من قبيل)(?:\s+(?:أن|ان|قول|عبارة|عبارات))?\s*[،,:]?\s*[\"«“]?\Z"
)
CITED_REACH = 24  # characters before the quotation that may hold the phrase


# A present verb of the plural (يعتبرونها، يقولون، يرون): after the last cue and before
# the quotation, its subject (a group) says or holds what is quoted, not the cue's.
# (Not تلفزيون، تعاون: ون after ي or ا ends nouns.)
PLURAL_PRESENT = re.compile(r"(?<!\w)[وف]?[يت][\u0621-\u064a]{1,4}[^\W\dاي_]ون(?:ه|ها|هم)?(?!\w)")


class _Quote(NamedTuple):
    """The quotation being attributed, its sentence and what the text has named: what
    every reader below looks at."""

    body: str
    start: int  # the quotation's opening mark
    sentence_start: int
    since: int  # the end of this sentence's previous quotation, or 0
    people: People
    in_sentence: list[Mention]  # the people named between the sentence's start and the quotation
    state: Attribution


def who_said(
    body: str,
    cues: Cues,
    start: int,
    sentence_start: int,
    people: People,
    state: Attribution,
    since: int = 0,
) -> Mention | None:
    """Who said the quotation at ``start``: each reader in turn, the first that concludes wins."""
    prefix = body[sentence_start:start]
    verbs, participles = cues.between(sentence_start, start)
    verbs = _attributing_verbs(body, verbs, start, people, state)
    q = _Quote(body, start, sentence_start, since, people, people.within(sentence_start, start), state)
    if CITED_EXAMPLE.search(body, max(sentence_start, start - CITED_REACH), start):
        return None  # روايات ما يسمى…، مثل أن "…": wording cited as an example, not the speaker's own
    owner = _words_owner(q) or _what_they_said(q) or _came_in_their_words(q)
    if owner is not None:
        return owner  # وكشف عن رد الرئيس بوتين "…": the reply is Putin's, whoever tells of it
    others = _cues_of_others(q, [*verbs, *participles])
    if others is not False:
        return others
    headed = _named_without_verb(q, verbs)
    if headed is not False:
        return headed
    second = _second_speaker(q, verbs, participles)
    if second is not False:
        return second
    if verbs:
        return _verb_speaker(q, verbs)
    return _verbless_speaker(q, prefix, participles)


def _attributing_verbs(
    body: str, verbs: list[int], start: int, people: People, state: Attribution
) -> list[int]:
    """The speech verbs that attribute the quotation, without those inside what is reported."""
    # A verb inside a reported clause whose subject is a country or body (قال فلان إن لبنان
    # طالب المبعوث…، موضحا): the reporting verb's subject is the one who speaks.
    verbs = [v for v in verbs if not (state.entities and body_before_verb(body, v, state.entities))]
    # ردّ فلان على من يتهم سكان المدينة…، بالقول: a verb after "whoever" is the object's, never
    # the attribution
    verbs = [v for v in verbs if not WHOEVER.search(body, max(0, v - 16), v)]
    # قال في تصريح آخر أدلى به: after the verb that attributes, a verb describing the
    # statement with no subject of its own is no second attribution (في تصريح أدلى به
    # لافروف is: its subject follows)
    return [
        v
        for i, v in enumerate(verbs)
        if not (i and ABOUT_IT.match(body, v) and not relays(body, v) and not people.within(v, start))
        and not (i and after_complementiser(body, v))  # وأكد أن…، لم يسبق له أن رأى…: inside what he said
        and not (i and after_complementiser(body, v, THAT_HE) and not people.starting(v, v + 2))
    ]


# "Whoever" right before a speech verb (على من يتهم، لمن يقول، ممن قالوا).
WHOEVER = re.compile(r"(?<!\w)[وفل]?(?:من|ممن)\s+\w+\Z")
# What may stand between the possessor's name and the quotation.
OWNER_GAP = re.compile(r"[\s:،,]*[\"“«]?\s*")


def _words_owner(q: _Quote) -> Mention | None:
    """The person whose reply, statement or words the quotation is, named right before it
    after a speech noun and their title; None when the sentence does not say so."""
    body, start, sentence_start, _, _, in_sentence, _ = q
    if not in_sentence or not OWNER_GAP.fullmatch(body, in_sentence[-1].end, start):
        return None
    person = in_sentence[-1]
    words = before_titles(body, sentence_start, person.start)  # الرئيس، وزير الخارجية: his title
    if not words:
        return None
    noun = words[-1][1:] if words[-1][:1] in "وب" and words[-1][1:] in SPEECH_NOUNS else words[-1]
    if noun not in SPEECH_NOUNS or (len(words) > 1 and words[-2] in ANSWERED):
        return None  # قال بيسكوف ردا على تصريحات زيلينسكي: "…": what he answers, not who speaks
    return person


# "What he said" (ما قاله فلان), and the clause of its content before the quotation (بخصوص أن).
WHAT_THEY_SAID = re.compile(
    r"(?<!\w)ما\s+(?:قاله|قالته|صرح\s+به|صرحت\s+به|ذكره|ذكرته|[أا]علنه|[أا]علنته)(?!\w)"
)
CONTENT_CLAUSE = re.compile(r"(?<!\w)(?:بخصوص|حول|من|عن)?\s*[بل]?[أا]ن(?!\w)")


def _what_they_said(q: _Quote) -> Mention | None:
    """What someone said, then its content (إن ما قاله المستشار فلان، رئيس البرلمان، بخصوص أن
    الحكومة "…"): the quoted words are that person's, whoever comments on them. None when
    another person is named before the quotation or no content clause leads to it."""
    body, start, sentence_start, *_ = q
    saying = list(WHAT_THEY_SAID.finditer(body, sentence_start, start))
    person = _the_one_titled_after(q, saying[-1].end()) if saying else None  # (the last one)
    return person if person is not None and CONTENT_CLAUSE.search(body, person.end, start) else None


# "It came in the speech of" (وجاء في كلمة فلان أن "…"): the words are the speech's author's.
CAME_IN = re.compile(
    r"(?<!\w)[وف]?جاء\s+(?:ذلك\s+)?في\s+"
    r"(?:كلمة|خطاب|تصريح|تصريحات|رسالة|بيان|تغريدة|منشور|حديث|مقابلة)\s+ل?(?=\w)"
)
CAME_IN_GAP = re.compile(r"[\s،,]*(?:[أإا]ن\s*)?[\s:،,]*[\"“«]?\s*")


def _came_in_their_words(q: _Quote) -> Mention | None:
    """The quotation is what came in someone's speech, statement or letter, named right
    before it (وجاء في كلمة الدبيبة أن "…"): theirs. None when the sentence does not
    open on those words or anything but أن stands between the name and the quotation."""
    body, start, sentence_start, *_ = q
    came = CAME_IN.search(body, sentence_start, start)
    person = _the_one_titled_after(q, came.end()) if came is not None else None
    return person if person is not None and CAME_IN_GAP.fullmatch(body, person.end, start) else None


def _the_one_titled_after(q: _Quote, at: int) -> Mention | None:
    """The one person named in the sentence from ``at`` to the quotation, with nothing but
    their title before them (ما قاله المستشار فلان، وجاء في كلمة رئيس الوزراء فلان)."""
    body, in_sentence = q.body, q.in_sentence
    after = [m for m in in_sentence if m.start >= at]
    if not after or any(who(m) != who(after[0]) for m in after):
        return None
    person = after[0]
    return person if not body[at : person.start].strip() or heads_a_title(body, at, person, b"") else None


# A speech noun after these is what the speaker answers or talks about (ردا على تصريحات فلان),
# or the subject of what the speaker says of it (قالت الوزارة إن تصريحات فلان "تدور في حلقة
# مفرغة": the quotation is the ministry's verdict on his words).
ANSWERED = word_keys("على حول بشأن إزاء تجاه إن أن بأن لأن")


def _cues_of_others(q: _Quote, cues_before: list[int]) -> Mention | Literal[False] | None:
    """The cues before the quotation are not its speaker's: a plural verb follows them, or each
    was an earlier quotation's; False when they may be its own."""
    body, start, sentence_start, since, people, _, state = q
    if cues_before and PLURAL_PRESENT.search(body, max(cues_before), start):
        return None  # يرى الوزير…، ووصفه المحامون بـ…، التي يعتبرونها "…": a plural subject's words
    if (
        sentence_start < since and cues_before and max(cues_before) < since
    ):  # every cue was an earlier quotation's
        if someone_named(body, since, start, people):
            return None  # أشار السيسي، متابعا: "…"، ليقاطعه الوزير فلان: "…"
        if state.speaker is not None and not people.within(since, start):
            return state.speaker  # …قائلا لزيلينسكي: "…" واتهمه بـ"…": the last speaker goes on
    return False


def _named_without_verb(q: _Quote, verbs: list[int]) -> Mention | Literal[False] | None:
    """A speaker no speech verb names: a line's head or a roundup's, or the one بحسبه stands
    for; False when neither is there."""
    body, start, sentence_start, since, people, in_sentence, state = q
    head = line_head(body, start, in_sentence) or roundup_head(body, start, people, state.entities)
    if head is not None:
        return state.hear("person", head, frozenset())  # ميلر: "…" (a headline, an interview)
    titled = titled_line_head(body, start, people) if not verbs else None
    if titled is not None:  # وزير الخارجية المغربي: "…", the minister named below, or the office's
        named, titles = titled
        return state.hear("person", named, titles) if named else state.hear("title", None, titles, start)
    told = HIS_ACCOUNT.search(body, max(sentence_start, since), start)
    if told is not None and not verbs:  # …مكّن بحسبه من “…”: the one the sentence is about
        return state.speaker or sentence_subject(body, sentence_start, in_sentence)
    return False


def _second_speaker(q: _Quote, verbs: list[int], participles: list[int]) -> Mention | Literal[False] | None:
    """Who takes the word after another quotation of this sentence, before the participle
    that introduces this one; False when no one does."""
    body, _, sentence_start, since, people, in_sentence, state = q
    if participles and sentence_start < since < participles[-1] and not any(since < v for v in verbs):
        # after another quotation of this sentence, someone named as a subject before the
        # participle (قال فلان: "…"، ليقاطعه علان بالقول: "…") is who speaks now
        after = [
            m
            for m in in_sentence
            if since <= m.start and m.end <= participles[-1] and interrupter(body, since, m)
        ]
        if after:
            return state.hear("person", after[0], frozenset())
        turn = clause_turn(body, since, participles[-1])
        if turn is not None:  # "…"، في حين حض الوزير فلان إسرائيل…، قائلاً: that clause's subject
            subject = verb_first_subject(body, turn, people.within(turn, participles[-1]))
            return state.hear("person" if subject else "other", subject, frozenset())
        if titled_interrupter(body, since, participles[-1]):
            return state.hear("other", None, frozenset())  # ثم قاطعه الرئيس بالقول: someone else, unnamed
    return False


def _verb_speaker(q: _Quote, verbs: list[int]) -> Mention | None:
    """The subject of the last speech verb: a statement's author, a subject written before
    the verb, the one written after it, or whom its pronoun subject stands for."""
    body, start, _, _, _, in_sentence, state = q
    cue = verbs[-1]
    if IN_WHICH.match(body, cue):  # أصدر فلان بيانا قال فيه: the statement's author
        return _statement_author(q, cue)
    before = _subject_before_verb(q, cue)
    if before is not False:
        return before
    kind, named, titles = verb_subject(
        body, cue, start, in_sentence, state.roles, state.entities, state.nations
    )
    if kind != "pronoun":
        return state.hear(kind, named, titles, cue)  # an unknown subject must not pass the word on
    while_he = while_he_says(body, q.sentence_start, cue, in_sentence)
    if while_he is not False:  # لأحد الجنود … وهو يقول: that soldier; زيلينسكي … وهو يقول: he
        return state.hear("person" if while_he else "other", while_he or None, frozenset())
    named_elsewhere = _pronoun_named(q, verbs, cue)
    if named_elsewhere is not False:
        return named_elsewhere
    return _pronoun_unnamed(q, cue)


def _statement_author(q: _Quote, cue: int) -> Mention | None:
    """Who made the statement a verb in a relative clause speaks of (بيانا قال فيه)."""
    body, _, sentence_start, _, _, in_sentence, state = q
    lead = DISCOURSE_LEAD.match(body, sentence_start)
    lead_end = lead.end() if lead else sentence_start
    author = document_author(body, cue, in_sentence) or sentence_subject(body, lead_end, in_sentence)
    if author is None and not in_sentence:
        if state.entities.find(1, lead_end, cue) != -1:  # وأصدرت الرئاسة بيانا قالت فيه:
            return state.hear("other", None, frozenset())  # a body's statement, no person's
        return state.speaker  # وفي هذا السياق قال إنه… في كلمة قال فيها: the one speaking already
    return state.hear("person" if author else "other", author, frozenset())


def _subject_before_verb(q: _Quote, cue: int) -> Mention | Literal[False] | None:
    """A subject written before the verb: a relative clause's antecedent, the words' owner,
    the sentence's topic, كان's subject, a title, or الأخير; False when none is."""
    body, start, sentence_start, _, people, in_sentence, state = q
    antecedent = relative_subject(body, cue, in_sentence)
    if antecedent is not False:
        return state.hear("person" if antecedent else "other", antecedent or None, frozenset())
    if object_relative(body, cue):  # التعليقات التي أدلى بها فلان بأن "…": his words, quoted
        kind, named, _ = verb_subject(
            body, cue, start, in_sentence, state.roles, state.entities, state.nations
        )
        if kind == "person":
            state.aside = True  # inside another's sentence: not the one speaking next
            return named
    topic = sentence_topic(body, sentence_start, in_sentence)
    if topic is not None and right_before(body, topic, cue):  # لافروف انتقد…، مؤكدا:
        return state.hear("person", topic, state.titles if state.speaker == topic else frozenset())
    kana = kana_subject(body, sentence_start, cue, in_sentence, state.entities)
    if kana is not False:  # وكان المتحدث فلان، قال في تصريح إن: the subject before the verb
        return state.hear("person" if kana else "other", kana or None, frozenset())
    was_titled = was_title_before_verb(body, sentence_start, cue)
    if was_titled:  # وكان الرئيس الروسي دعا زيلينسكي إلى…: the title is the subject, not the object
        return state.hear("title", None, was_titled, cue)
    latter = LATTER.match(body, cue)
    if latter is not None:  # ليرد عليها الأخير: the one named last before the verb
        before = people.within(state.paragraph_start(cue) or 0, cue)
        return state.hear("person" if before else "other", before[-1] if before else None, frozenset())
    return False


def _pronoun_named(q: _Quote, verbs: list[int], cue: int) -> Mention | Literal[False] | None:
    """Whom a pronoun subject stands for when the sentence names him: its topic, an embedded
    clause's subject, an earlier verb's, an opener, or a title before the verb; False when
    the sentence names no one there."""
    body, _, sentence_start, _, _, in_sentence, state = q
    antecedent = _relative_goes_on(q, verbs[:-1], cue)
    if antecedent is not None:  # …مع الوزير فلان الذي أكد أن…، وقال: "…": he, not the topic
        return state.hear("person", antecedent, frozenset())
    topic = sentence_topic(body, sentence_start, in_sentence)
    if topic is not None:  # … unless a clause of its own names another subject
        return None if titled_clause(body, sentence_start, topic, cue) else topic
    embedded = clause_subject(body, cue, in_sentence)
    if embedded is not None:
        return state.hear("person", embedded, frozenset())
    shared = shared_subject(body, verbs[:-1], cue, in_sentence, state)
    if shared is not False:
        return shared
    if WHEREUPON.search(body, max(0, cue - 16), cue):
        subject = verb_first_subject(body, sentence_start, in_sentence)
        if subject is not None and _another_since(q, subject, cue):
            return None  # …جاءت ردا على انتقادات وجهها المندوب علان، حيث قال: maybe the nearer man
        if subject is not None:  # ألقى فلان كلمة…، حيث قال: the one giving the speech
            return state.hear("person", subject, frozenset())
    opener = clause_opener(body, sentence_start, cue, in_sentence) or then_said_subject(
        body, sentence_start, cue, in_sentence
    )
    if opener is not None:
        return state.hear("person", opener, frozenset())
    before = before_verb(body, sentence_start, cue, in_sentence)
    if before is not None:
        return state.hear("person", before, frozenset())
    titled = title_before_verb(body, sentence_start, cue) if not in_sentence else frozenset()
    if titled:  # المتحدث القطري شدد على…، قائلا إن: the title is the subject
        return state.hear("title", None, titled, cue)
    return False


# A verb after حيث or إذ goes on the sentence's own subject (ألقى فلان كلمة، حيث قال).
WHEREUPON = re.compile(r"(?<!\w)[وف]?(?:حيث|إذ)\s+\w+\Z")


def _another_since(q: _Quote, subject: Mention, cue: int) -> bool:
    """Someone other than the sentence's subject, whom the verb's gender fits, is named
    between it and the verb after حيث (تصريحات فلان جاءت ردا على انتقادات وجهها
    المندوب علان، حيث قال): the nearer one may be speaking, so the subject is not sure.
    A feminine verb fits only a woman the text or the registry says is one."""
    woman = feminine_verb(q.body, cue)
    return any(
        subject.end <= m.start
        and m.end <= cue
        and who(m) != who(subject)
        and a_woman(q.state.roles.get(who(m), frozenset())) == woman
        for m in q.in_sentence
    )


# A speech verb joined by و to what came before (…، وقال، وأضاف).
JOINED_VERB = re.compile(r"(?<!\w)و\w+\Z")


def _relative_goes_on(q: _Quote, earlier: list[int], cue: int) -> Mention | None:
    """A verb joined by و to a relative clause's speech verb (فلان الذي أكد بدوره أن…،
    وقال) shares its subject: the person the clause is about, when no one else is named
    between the two verbs; None otherwise."""
    body, _, _, _, _, in_sentence, _ = q
    if not earlier or not JOINED_VERB.search(body, max(earlier[-1], cue - 12), cue):
        return None
    that = THAT_WORD.search(body, earlier[-1], cue)  # people named in what he said are no subject
    between = that.start() if that is not None else cue
    if any(earlier[-1] <= m.start < between for m in in_sentence):
        return None
    antecedent = relative_subject(body, earlier[-1], in_sentence)
    return antecedent or None


def _pronoun_unnamed(q: _Quote, cue: int) -> Mention | None:
    """Whom a pronoun subject stands for when the sentence names no one: usually the last
    speaker, unless the text turns to someone else."""
    body, start, sentence_start, _, people, in_sentence, state = q
    if contrast_pronoun(body, sentence_start, cue):  # ولم يفصح فلان…، غير أنه صرح
        return sole_subject(body, sentence_start, cue, in_sentence, state)
    if someone_else(body, sentence_start, cue, in_sentence, state):
        return None
    if state.speaker is not None and not in_sentence and titled_opener(body, sentence_start, cue, state):
        return None  # في المقابل تجاهل ولي العهد السؤال…، لكنه علق…، وقال: the crown prince, not the last speaker
    if _she_after_him(body, cue, start, people, state):  # وتابعت after a man's words, or …لتتدخل
        return None  # النائب فلانة وتكرر ما قاله زميلها. وشددت على: she, not the last speaker
    if _he_after_her(body, cue, people, state):
        return None  # …حسينة…، وفقا لما قاله القاضي فلان، وأضاف: he, not the last speaker
    if state.speaker is not None and _named_later_in_sentence(body, people, state.speaker, start):
        return None  # وردا على سؤال حول تصريحات الرئيس حيث أعلن أنه "…"، أجاب فلان: named only after
    return state.speaker or sole_subject(body, sentence_start, cue, in_sentence, state)


def _he_after_her(body: str, cue: int, people: People, state: Attribution) -> bool:
    """A masculine verb cannot carry on a woman's words once someone else has been named
    since: a man the text has not resolved speaks."""
    if state.speaker is None or feminine_verb(body, cue):
        return False
    own = state.titles | state.roles.get(who(state.speaker), frozenset())
    return a_woman(own) and not a_man(own) and others_since(people, state, cue)


def _named_later_in_sentence(body: str, people: People, person: Mention, start: int) -> bool:
    """``person`` is first named after the quotation at ``start``, later in its sentence
    (…"…"، أجاب فلان): the quotation's pronoun cannot stand for him."""
    return (
        person.start > start
        and "\n" not in body[start : person.start]
        and SENTENCE_END.search(body, start, person.start) is None
        and all(who(m) != who(person) for m in people.within(0, start))
    )


def _she_after_him(body: str, cue: int, start: int, people: People, state: Attribution) -> bool:
    """A feminine verb cannot carry on a man's words (nor those of the last speaker when
    others were named since): a woman the text has not resolved speaks."""
    own = state.titles | state.roles.get(who(state.speaker), frozenset()) if state.speaker else frozenset()
    return bool(
        state.speaker is not None
        and feminine_verb(body, cue)
        and not a_woman(own)
        and ((a_man(own) and state.speaker.entity_id) or others_since(people, state, cue))
        and not reported_from(body, cue, start)  # ونقلت الصحيفة عنه قوله: his words
    )


def _verbless_speaker(q: _Quote, prefix: str, participles: list[int]) -> Mention | None:
    """The speaker when no speech verb precedes the quotation: a participle's subject, the
    reported speech going on (وأن "…"), or the name before a colon; None otherwise."""
    body, start, sentence_start, _, people, in_sentence, state = q
    turn = clause_turn(body, sentence_start, participles[-1]) if participles else None
    if turn is not None:  # …، فيما اكتفت الوكالة بالقول إن: that clause's subject, not the sentence's
        subject = verb_first_subject(body, turn, people.within(turn, participles[-1]))
        return state.hear("person" if subject else "other", subject, frozenset())
    if participles and in_sentence:
        subject = sentence_subject(body, sentence_start, in_sentence)
        if subject is None or not state.another_countrys_office(sentence_start, subject):
            return subject  # (else وشكر رئيس زامبيا، الرئيس السيسي، قائلا: Sisi is thanked)
    if participles and not someone_else(body, sentence_start, participles[-1], in_sentence, state):
        return state.speaker  # أكد زيلينسكي أن…. موضحا: "…": the participle's subject is his
    titles = opener_title(body, sentence_start, participles[-1]) if participles else frozenset()
    if titles:
        return state.hear("title", None, titles, participles[-1])  # وانتقل رئيس الحكومة إلى…، قائلا
    if (
        THAT_GOES_ON.fullmatch(prefix)
        and state.speaker is not None
        and not people.within(state.heard_at, start)
    ):
        return state.speaker  # قال فلان إن…⏎ وأن "…": the same reported speech goes on
    colon = prefix.rstrip().rstrip('"“«').rstrip().endswith(":")
    if colon and not in_sentence and state.speaker is not None and HIS_TOPIC.match(prefix):
        return state.speaker  # وعن رأيه بتواجد اللاعبين: "…": his opinion, in his words
    if colon and in_sentence:
        topic = sentence_topic(body, sentence_start, in_sentence)  # "فلان: …", not whoever was named last
        between = WORD.findall(body, topic.end, body.rfind(":", 0, start)) if topic is not None else []
        # فلان: "…" or فلان يمازح فلانة: "…"; not a label of its own (… النص قبل التعديل: "…")
        return topic if not between or (between[0][0] in "يت" and len(between) <= 6) else None
    return None


# A sentence that opens on a topic of his, "on his opinion of…" (وعن رأيه في…، وحول
# موقفها من…), and gives it a colon: the words are the last speaker's.
HIS_TOPIC = re.compile(r"\s*[وف]?(?:عن|حول|بشأن|بخصوص)\s+\w{3,}(?:ه|ها)(?!\w)")
# A sentence that is nothing but "and that" before its quotation: what was said goes on.
THAT_GOES_ON = re.compile(r"\s*[وف][أإا]ن(?:ه)?\s*[\"“«]?\s*")


# A speech verb in a relative clause about a statement (بتصريح قال فيه، بيانا قالت فيه):
# its subject is the one who made the statement, the subject of the sentence.
# What may open a sentence before its subject (من جهته، اكتفى فلان…).
DISCOURSE_LEAD = re.compile(
    r"\s*(?:و?من (?:جهته|جهتها|ناحيته|ناحيتها)|و?بدوره|و?بدورها|و?في المقابل)\s*[،,]\s*"
)


ABOUT_IT = re.compile(r"[ \t]+(?:به|بها)(?!\w)")  # أدلى به، صرح بها: the statement is its object
