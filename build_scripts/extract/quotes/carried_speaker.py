"""The speaker carried over between quotations, and when it must not be.

A speech verb with no subject of its own (وأضاف، مؤكدا) speaks for the last speaker,
unless the sentence gives it another subject or names someone else since. Verbs
without a quotation (أوضح ماكرون أن…) set or clear the carried speaker as they pass.
"""

from __future__ import annotations

import re
from typing import Literal

from ...arabic_text import word_key
from ...model import Mention
from ..names.name_tokens import PREVIOUS_WORD, WORD
from ..names.name_words import COMPLEMENTISERS as COMPLEMENTISER_KEYS
from ..names.name_words import RELATIVE_PRONOUNS, TITLES, word_keys
from .paragraphs import READ_MORE, SENTENCE_ENDS, past_headings
from .speaker_state import Attribution, People, bare, who
from .speaker_titles import PREPOSITIONS, a_woman, after_fused_preposition, title_word, title_words
from .speech_cues import (
    IN_WHICH,
    OBJECT_VERBS,
    Cues,
    considered,
    feminine_verb,
    passive,
    speech_verb,
    word_before_verb,
)
from .subject_before_verb import (
    CARRY_PARTICLES,
    clause_before,
    clause_subject,
    kana_subject,
    relative_subject,
    right_before,
    sentence_subject,
    sentence_topic,
)
from .verb_object import indefinite
from .verb_subject import verb_subject


def others_since(people: People, state: Attribution, cue: int) -> bool:
    """Someone other than the speaker is named between the latest attribution to them
    and ``cue``: a feminine verb may be hers, whoever spoke last."""
    speaker = state.speaker
    if speaker is None:
        return False
    since = max(speaker.end, state.heard_at)
    return any(who(m) != who(speaker) for m in people.within(since, cue))


def _about_the_speaker(body: str, clause: tuple[int, int], people: list[Mention], state: Attribution) -> bool:
    """Words that end with the last speaker's name run into و + the verb (a heading left
    in the text: تصريحات الشيباني وأضاف: "…"): the words are about him, and he goes on."""
    start, end = clause
    inside = [m for m in people if start <= m.start and m.end <= end]
    return (
        state.speaker is not None
        and body[end : end + 1] == "و"
        and bool(inside)
        and all(who(m) == who(state.speaker) for m in inside)
        and not body[inside[-1].end : end].strip()
    )


def someone_else(body: str, sentence_start: int, cue: int, people: list[Mention], state: Attribution) -> bool:
    """The sentence gives the verb a subject of its own, so the last speaker is not
    carried over to it: a noun phrase right before the verb (وكان حاكم الإقليم فلان
    قد قال), or another person who heads a clause of the sentence (أن ترامب لم يبد
    اعتراضا…، إذ قال: Trump speaks, not the deputy quoted before)."""
    clause = clause_before(body, sentence_start, cue)
    if READ_MORE.match(body, body.rfind("\n", 0, clause[0]) + 1, clause[1]):
        return False  # قراءة المزيد: عنوان…⏎وأضاف: the line before is another article's headline
    if _about_the_speaker(body, clause, people, state):
        return False
    words = [word_key(w) for w in WORD.findall(body, *clause)]
    words = [w for w in words if w not in CARRY_PARTICLES]
    first = (
        words[0][1:]
        if words and words[0][:1] == "و" and words[0][1:] in PREPOSITIONS
        else words[:1] and words[0]
    )
    if words and first not in PREPOSITIONS:  # وفي كلمته قال: an adverbial, not a subject
        return not _verb_on_a_body(body, clause, state.entities)
    for person in people:
        if person.end > cue or (state.speaker is not None and who(person) == who(state.speaker)):
            continue
        word = PREVIOUS_WORD.search(body, max(0, person.start - 12), person.start)
        if word is not None and word_key(word.group(1)) in COMPLEMENTISER_KEYS:
            return True
    return False


def _verb_on_a_body(body: str, clause: tuple[int, int], entities: bytes) -> bool:
    """The clause is a verb of attack or blame and the country or body it targets, no more
    (ثم هاجم باكستان قائلا): the verb's subject is a pronoun, the one speaking."""
    words = [m for m in WORD.finditer(body, *clause) if word_key(m.group()) not in CARRY_PARTICLES]
    if len(words) < 2 or not entities:
        return False
    verb = word_key(words[0].group())
    if verb not in OBJECT_VERBS and not (verb[:1] in "وف" and verb[1:] in OBJECT_VERBS):
        return False
    return all(entities.find(0, m.start(), m.end()) == -1 for m in words[1:])


# "While he says" (وهو يقول): a circumstantial clause, its pronoun the last one named.
WHILE_HE = re.compile(r"(?<!\w)و(?:هو|هي|هم)\s+\w+\Z")
ONE_OF = re.compile(r"(?<!\w)[لبو]?(?:أحد|إحدى|احد|احدى)\s+ال\w")


def while_he_says(
    body: str, sentence_start: int, cue: int, people: list[Mention]
) -> Mention | Literal[False] | None:
    """Whom a circumstantial "while he says" (وهو يقول) at ``cue`` stands for: someone
    unnamed (None) when "one of" a group comes after the last person named (سجلت لأحد
    الجنود مشاهد وهو يقول), else the one person the sentence names before it (وأظهر
    المقطع زيلينسكي … وهو يقول). False when the verb is no such clause, or the sentence
    names nobody or several people before it."""
    if WHILE_HE.search(body, max(sentence_start, cue - 20), cue) is None:
        return False
    before = [m for m in people if sentence_start <= m.start and m.end <= cue]
    if ONE_OF.search(body, max((m.end for m in before), default=sentence_start), cue) is not None:
        return None
    named = {who(m): m for m in before}
    return next(iter(named.values())) if len(named) == 1 else False


def shared_subject(
    body: str, earlier: list[int], cue: int, people: list[Mention], state: Attribution
) -> Mention | Literal[False] | None:
    """A verb with no noun subject shares the subject of an earlier speech verb of
    its sentence (وصف البرهان الوضع…، وأضاف: "…"): that verb's speaker, None when
    its subject is someone unnamed, False when no earlier verb has a noun subject."""
    for verb in reversed(earlier):
        if IN_WHICH.match(body, verb):
            continue  # كلمة وعد فيها شعبه…، حيث قال: the speech's author, whom the sentence names
        kind, named, titles = verb_subject(
            body, verb, cue, people, state.roles, state.entities, state.nations
        )
        if kind == "other" and _about_a_thing(body, verb):
            continue  # وعن الوعكة التي تحدث عنها الإعلام، قال: not the media's word
        if kind != "pronoun":
            return state.hear(kind, named, titles, verb)
    return False


def titled_interrupter(body: str, since: int, cue: int) -> bool:
    """After the last quotation, a clause opens with a verb and a title (ثم قاطعه الرئيس
    بالقول): its subject, someone the text does not name here, speaks."""
    words = [w for w in (word_key(x) for x in WORD.findall(body, since, cue)) if w not in CARRY_PARTICLES]
    return (
        2 <= len(words) <= 4
        and words[0] not in PREPOSITIONS
        and words[0][:1] not in "بل"
        and any(w in TITLES for w in words[1:])
    )


# A clause of its own within the sentence, about someone else (whereas, while).
CLAUSE_TURN = re.compile(r"(?<!\w)(?:في حين|بينما|فيما|في الوقت الذي)(?!\w)")


def clause_turn(body: str, start: int, end: int) -> int | None:
    """Where the last clause turn between ``start`` and ``end`` ends (في حين حض
    فلان…), or None."""
    turns = list(CLAUSE_TURN.finditer(body, start, end))
    return turns[-1].end() if turns else None


def interrupter(body: str, since: int, person: Mention) -> bool:
    """The person opens the clause after the last quotation as its verb's subject: one or
    two words before the name, none of them a preposition (، ليقاطعه ترامب، ورفع ترامب
    صوته; not في إشارة إلى ترامب, للنائبين فلان وفلانة)."""
    words = [word_key(w) for w in WORD.findall(body, since, person.start)]
    if not 1 <= len(words) <= 2 or after_fused_preposition(body, person):
        return False
    return not any(w in PREPOSITIONS or w.startswith(("لل", "بال")) for w in words)


def sole_subject(
    body: str, sentence_start: int, cue: int, people: list[Mention], state: Attribution
) -> Mention | None:
    """With no speaker yet, a pronoun's verb later in a verb-first sentence (دعا مبعوث
    الأمم المتحدة، فلان، الحوثيين إلى وقف الهجمات التي قال إنها…) speaks for the
    sentence's subject: the only person the sentence names before it, right after the
    opening verb and its title, of the verb's gender."""
    before = [m for m in people if m.end <= cue]
    if not before or any(who(m) != who(before[0]) for m in before):
        return None
    words = [word_key(w) for w in WORD.findall(body[sentence_start : before[0].start])]
    if len(words) >= 2 and words[0] in NEGATIONS and words[1][:1] in "يت":
        words = words[1:]  # ولم يفصح كيربي…، غير أنه صرح: a negated present verb opens it
    elif (words[0][1:] if words and words[0][:1] == "و" else words[:1] and words[0]) not in OPENING_VERBS:
        return None
    if any(w in COMPLEMENTISER_KEYS for w in words):
        return None
    if not all(title_word(w) for w in words[1:2]):
        return None  # دعا الحوثيين فلانا: not its subject
    roles = state.roles.get(before[0].entity_id or "", frozenset())
    if feminine_verb(body, cue) != a_woman(roles):
        return None
    return before[0]


# Verbs that open a sentence about what someone did, whose subject a later "he said" is.
OPENING_VERBS = word_keys(
    "دعا دعت طالب طالبت حث حثت جدد جددت أعلن أعلنت انتقد انتقدت رحب رحبت أدان أدانت التقى التقت "
    "استقبل استقبلت بحث بحثت أجرى أجرت زار زارت وجه وجهت اتهم اتهمت نفى نفت"
)
NEGATIONS = word_keys("لم ولم لا ولا لن ولن")


def titled_opener(body: str, sentence_start: int, cue: int, state: Attribution) -> bool:
    """The sentence opens (after a phrase like في المقابل) with a verb and a title for
    its subject that the last speaker's roles do not hold: a later "he said" is the
    title holder's, not the last speaker's."""
    title = _title_after_verb(body, sentence_start, cue)
    if title is None:
        return False
    held = {bare(w) for w in state.roles.get(who(state.speaker), ())} if state.speaker else set()
    return bare(title[0]) not in held


def opener_title(body: str, sentence_start: int, cue: int) -> frozenset[str]:
    """The title the sentence opens with after a verb that is no speech verb, up to a
    preposition (وانتقل رئيس الحكومة إلى…، قائلا): the subject a participle speaks for."""
    words = _title_after_verb(body, sentence_start, cue)
    if words is None:
        return frozenset()
    head = words[: next((i for i, w in enumerate(words) if w.startswith("ال")), len(words))]
    if len(head) > 1 and indefinite(head):
        return frozenset()  # وهاجم مسؤول باكستاني الهند قائلا: someone unnamed, no one's title
    end = next((i for i, w in enumerate(words) if w in PREPOSITIONS), len(words))
    return title_words(" ".join(words[:end]))


def _title_after_verb(body: str, sentence_start: int, cue: int) -> list[str] | None:
    """The keys after the sentence's first word when it opens, past a phrase like في
    المقابل, with a word that is no title nor speech verb and then a title; else None (a
    speech verb's own subject is read where it is a cue)."""
    words = [word_key(w) for w in WORD.findall(body, sentence_start, cue)][:8]
    while words and (words[0] in PREPOSITIONS or words[0] in CARRY_PARTICLES):
        words = words[2:] if words[0] in PREPOSITIONS else words[1:]  # في المقابل، من جهته
    if len(words) < 2 or words[0] in TITLES or speech_verb(words[0]) or words[1] not in TITLES:
        return None
    return words[1:]


def someone_named(body: str, start: int, end: int, people: People) -> bool:
    """Someone is named between two offsets: a person, or a title (المهندس، وزير النقل)."""
    return bool(people.within(start, end)) or _title_between(body, start, end)


def _title_between(body: str, start: int, end: int) -> bool:
    return any(word_key(w) in TITLES for w in WORD.findall(body, start, end))


def titled_clause(body: str, sentence_start: int, topic: Mention, cue: int) -> bool:
    """After a colon the sentence's first person opens, a title right before the verb is
    its own subject (لافروف في موسكو: وزير خارجية مصر يقول "…": not Lavrov)."""
    colon = body.rfind(":", topic.end, cue)
    return colon != -1 and _title_between(body, colon, cue)


def note_lines(body: str, cues: Cues, start: int, end: int, people: People, state: Attribution) -> None:
    """``note_attributions`` from ``start`` to ``end``; and where a line inside a
    paragraph opens with a person as its subject (وتبادل غروندبرغ الآراء…), that person
    is the one spoken of next, as at a paragraph's start: scraped text often breaks its
    paragraphs with a single line break."""
    at = start
    line = body.find("\n", start, end)
    while line != -1:
        if _verb_ends_line(body, cues, at, line):
            line = body.find("\n", line + 1, end)  # قال⏎رئيس الوزراء…: a wrapped line, one sentence
            continue
        note_attributions(body, cues, at, line + 1, people, state)
        at = line + 1
        line_end = body.find("\n", at)
        line_end = len(body) if line_end == -1 else line_end
        if READ_MORE.match(body, at, line_end):  # قراءة المزيد: another article's headline
            at = min(line_end + 1, end)
            line = body.find("\n", at, end)
            continue
        text = body[at:line_end].strip()
        inside = people.starting(at, line_end)
        opener = sentence_subject(body, at, inside)
        if opener is not None and text.endswith((*SENTENCE_ENDS, '"', "”", "»")):
            state.carry(opener)  # (not a headline: a line without its full stop)
        line = body.find("\n", at, end)
    note_attributions(body, cues, at, end, people, state)


def _verb_ends_line(body: str, cues: Cues, start: int, line: int) -> bool:
    """The line from ``start`` ends on a speech verb (scraped text wrapped after قال):
    its subject is on the next line."""
    verbs, _ = cues.between(start, line)
    return bool(verbs) and not body[verbs[-1] : line].strip()


def note_attributions(
    body: str, cues: Cues, start: int, end: int, people: People, state: Attribution
) -> None:
    """A verb sets the speaker even without a quote (أوضح ماكرون أن…), and a verb whose
    subject is not named (قال مسؤول…) clears it."""
    verbs, _ = cues.between(start, end)
    spoke_at = None  # the cue of this range's latest verb whose subject was a person
    for cue in verbs:
        if AS_REPORTED.search(body, max(start, cue - 20), cue):
            continue  # وقال فلان -حسبما ذكرت شبكة…- إن: the source of the report, an aside
        if ASKED.search(body, max(start, cue - 20), cue):
            continue  # أجاب فلان عن سؤال كيف يرى الكرملين…؟: what he was asked, no one speaking
        antecedent = relative_subject(body, cue, people.within(start, cue))
        if antecedent is None and passive(body, cue):
            continue  # أسعار الوقود التي أُعلنت: a thing announced, nobody speaking
        if considered(body, cue):
            continue  # حرمان الناس يعتبر جريمة: "is considered", nobody speaking
        if antecedent and state.speaker is not None and who(antecedent) == who(state.speaker):
            continue  # وأضاف فلان -الذي قال إنه يمثل…- أن: an aside about the one speaking
        if antecedent is not False:  # تطرق إلى تصريحات فلان، الذي أعلن…: a clause about him, in
            state.hear("other", None, frozenset())  # another's sentence: who speaks next is unsure
            continue
        begin = past_headings(body, start, cue)  # a headline's person is no sentence's topic
        topic = sentence_topic(body, begin, people.within(begin, cue))
        if topic is not None and right_before(body, topic, cue):
            state.carry(topic)
            continue
        author = (
            sentence_subject(body, begin, people.within(begin, cue)) if IN_WHICH.match(body, cue) else None
        )
        if author is not None:  # ظهر فلان في كلمة مصورة، وصرح خلالها بأن…: the speech's author
            state.carry(author)
            spoke_at = cue
            continue
        kind, named, titles = verb_subject(
            body, cue, end, people.starting(cue, end), state.roles, state.entities, state.nations
        )
        if kind == "other" and _about_a_thing(body, cue):
            continue  # وعن الوعكة التي تحدث عنها الإعلام، قال: a thing described; he goes on
        if kind in ("other", "person") and _reported_clause(body, spoke_at, cue):
            continue  # وأكد فلان أن الغارات تكشف النهج…، وأفاد بأن ترامب أعرب…: a verb of what
            # he reported; he goes on
        if kind != "pronoun":
            spoke_at = cue if state.hear(kind, named, titles, cue) is not None else None
            continue
        if topic is not None:  # (not right before the verb: وأضاف's pronoun stands for it)
            state.carry(topic)
            spoke_at = cue
            continue
        if spoke_at is not None and _one_sentence(body, spoke_at, cue):
            continue  # وذكر الوزير أن الرئيس أعلن أن…: what the minister reported; he goes on
        before = kana_subject(body, begin, cue, people.within(begin, cue), state.entities)
        if before is not False:  # من جهته المتحدث فلان، أجاب عن سؤال: the subject before its verb
            spoke_at = cue if state.hear("person" if before else "other", before, frozenset()) else None
            continue
        if state.speaker is not None:
            spoke_at = cue  # وأفاد بأن ترامب أعرب…: the one speaking reports; Trump does not take the word
            continue
        embedded = clause_subject(body, cue, people.within(start, cue), state.entities)
        if embedded is not None:
            state.carry(embedded)  # قالت الصحيفة إن المتحدث باسم الجيش، فلان، أقر بأن…


def _about_a_thing(body: str, cue: int) -> bool:
    """The verb at ``cue`` opens a relative clause about a thing, its pronoun after it
    (التي تحدث عنها الإعلام، الذي أشار إليه التقرير): what it says describes the thing,
    and no one in it takes the word."""
    pronoun = word_before_verb(body, cue)
    return (
        pronoun is not None
        and word_key(pronoun.group(1)) in RELATIVE_PRONOUNS
        and RESUMPTIVE_AFTER.match(body, cue) is not None
    )


# The pronoun of a relative clause right after its verb (تحدث عنها، أشار إليه، أدلى به).
RESUMPTIVE_AFTER = re.compile(r"\s+(?:به|بها|عنه|عنها|إليه|إليها|اليه|اليها)(?!\w)")


def _reported_clause(body: str, spoke_at: int | None, cue: int) -> bool:
    """The verb at ``cue`` stands in the clause a person's speech verb at ``spoke_at``
    reports (أن/إن between them, in one sentence), with a subject no one can speak as."""
    return (
        spoke_at is not None
        and _one_sentence(body, spoke_at, cue)
        and any(word_key(w) in COMPLEMENTISER_KEYS for w in WORD.findall(body, spoke_at, cue))
    )


def _one_sentence(body: str, start: int, end: int) -> bool:
    """No sentence or line ends between ``start`` and ``end``."""
    return not any(mark in body[start:end] for mark in (".", "!", "?", "؟", "\n"))


# A verb right after an interrogative (كيف يرى، هل يعتبر): inside a question.
ASKED = re.compile(r"(?<!\w)(?:كيف|هل|لماذا|ماذا|متى)\s+\w+\Z")
# "As reported by" before a speech verb (حسبما ذكرت، كما أفادت، وفق ما نقلت): its subject
# is the report's source, an aside in someone else's sentence.
AS_REPORTED = re.compile(r"(?<!\w)(?:حسبما|بحسب ما|وفق ما|وفقا لما|وفقاً لما|طبقا لما|طبقاً لما)\s+\w+\Z")
