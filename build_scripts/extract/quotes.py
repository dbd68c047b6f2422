"""Direct quotes and who said them.

What counts as a direct quote: text between quotation marks of four words or
more, or ending in sentence punctuation inside the marks, or a ``> `` block
quote. Shorter quoted text is a term or a name in scare quotes ("الناتو"،
"مرونة"، "تحالف الراغبين") and is not speech. Quotes never cross a paragraph,
so a stray or missing mark cannot swallow the rest of the article.

Who said it, within the sentence before the quote (Arabic news is mostly
verb-subject: قال لافروف، شدد ستارمر):
1. after the last speech verb (قال، أضاف، أكد…), read the verb's subject: the words
   up to the complementiser (إن، أن، بأن), a colon or a quotation mark.
   - It names a known person (قال الرئيس الأوكراني زيلينسكي إن): that person.
   - It is empty or starts with a preposition or a time word (وأضاف: …، وقال في
     تصريح للصحفيين إن…): the subject is a pronoun, so the last person named before
     the verb speaks (زيلينسكي شدد على أن…), else the previous attribution's speaker.
   - Anything else is a subject the registry does not know (قال المتحدث باسم
     الكرملين …، قال مسؤول أوروبي إن…): unknown, and the carried-over speaker is
     forgotten so a following وأضاف: … is not credited to someone else;
2. a participle (قائلاً، مؤكدًا) names the sentence's first person;
3. a colon with no verb: the last person named before it;
4. a block quote takes its speaker from the paragraph introducing it (وأضاف زيلينسكي:).
Otherwise the speaker is unknown (None): never guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from types import MappingProxyType

from ..arabic_text import NormalizedText, word_key
from ..model import Mention, Quote, UnknownPerson
from .carried_speaker import (
    clause_turn,
    interrupter,
    note_attributions,
    note_lines,
    others_since,
    shared_subject,
    sole_subject,
    someone_else,
    someone_named,
    titled_clause,
    titled_interrupter,
    titled_opener,
)
from .find_people import (
    WORD,
)
from .paragraphs import Paragraph, caption, in_heading, names_only, paragraphs, sentence_end, sentence_start
from .quote_sources import HIS_ACCOUNT, line_head, roundup_head, source_before, speaker_after
from .quote_spans import OPEN_CLOSE, is_speech, quote_spans
from .speaker_names import outside, with_unknown
from .speaker_state import Attribution, Office, People, Roles, who
from .speaker_titles import a_man, a_woman
from .speech_cues import (
    PARTICIPLE_KEYS,
    THAT_HE,
    Cues,
    after_complementiser,
    feminine_verb,
    relays,
    speech_verb,
)
from .subject_before_verb import (
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
    title_before_verb,
    verb_first_subject,
    was_title_before_verb,
)
from .subject_before_verb import topic as _topic
from .verb_subject import REPORTED, verb_subject

MARK_CHARS = frozenset("".join(OPEN_CLOSE) + "".join(OPEN_CLOSE.values()))
SAID_RIGHT_BEFORE = re.compile(r"(\w+)(?:[ \t]+(?:فيه|فيها))?[ \t]*\W?\Z")  # قال فيها “
SAID_COLON = re.compile(r"([^.!?؟؛:\n]*):\s*\W?\Z")  # وقال ماكرون: “ right before the quotation


def _spoken(body: str, start: int, end: int) -> bool:
    """Speech by length (``is_speech``), or two words or more after a colon whose
    clause has a speech verb or participle (مضيفا: “لقد تعرضنا للخيانة”، وقال ماكرون:
    "لن نتراجع أبدا"): such a colon announces words said, however few; a title
    (مقال بعنوان: "…") or a term in marks has none."""
    quoted = body[start:end]
    if is_speech(quoted):
        return True
    if body[end : end + 1] not in MARK_CHARS:
        return False  # (a few words the text cuts off, وقالت: "أنا لا, are no statement)
    right_after = SAID_RIGHT_BEFORE.search(body, max(0, start - 24), start)
    if right_after is not None and speech_verb(word_key(right_after.group(1))) and len(quoted.split()) >= 3:
        return True  # قال فيها “أنا رايح معكم”: three words straight after the verb
    said = SAID_COLON.search(body, max(0, start - 60), start)
    if said is None or len(quoted.split()) < 2:
        return False
    keys = [word_key(w) for w in WORD.findall(said.group(1))]
    return any(speech_verb(key) or key in PARTICIPLE_KEYS for key in keys)


# "The latter" as a speech verb's subject (ليرد عليها الأخير قائلا).
LATTER = re.compile(r"(?:\s+(?:عليه|عليها|عليهم))?\s+(?:الأخير|الأخيرة)(?!\w)")


# A present verb of the plural (يعتبرونها، يقولون، يرون): after the last cue and before
# the quotation, its subject (a group) says or holds what is quoted, not the cue's.
# (Not تلفزيون، تعاون: ون after ي or ا ends nouns.)
PLURAL_PRESENT = re.compile(r"(?<!\w)[وف]?[يت][\u0621-\u064a]{1,4}[^\W\dاي_]ون(?:ه|ها|هم)?(?!\w)")


def _speaker(
    body: str,
    cues: Cues,
    start: int,
    sentence_start: int,
    people: People,
    state: Attribution,
    since: int = 0,
) -> Mention | None:
    prefix = body[sentence_start:start]
    verbs, participles = cues.between(sentence_start, start)
    # A verb inside a reported clause whose subject is a country or body (قال فلان إن لبنان
    # طالب المبعوث…، موضحا): the reporting verb's subject is the one who speaks.
    verbs = [v for v in verbs if not (state.entities and body_before_verb(body, v, state.entities))]
    # قال في تصريح آخر أدلى به: after the verb that attributes, a verb describing the
    # statement with no subject of its own is no second attribution (في تصريح أدلى به
    # لافروف is: its subject follows)
    verbs = [
        v
        for i, v in enumerate(verbs)
        if not (i and ABOUT_IT.match(body, v) and not relays(body, v) and not people.within(v, start))
        and not (i and after_complementiser(body, v))  # وأكد أن…، لم يسبق له أن رأى…: inside what he said
        and not (i and after_complementiser(body, v, THAT_HE) and not people.starting(v, v + 2))
    ]
    in_sentence = people.within(sentence_start, start)
    cues_before = [*verbs, *participles]
    if cues_before and PLURAL_PRESENT.search(body, max(cues_before), start):
        return None  # يرى الوزير…، ووصفه المحامون بـ…، التي يعتبرونها "…": a plural subject's words
    if (
        sentence_start < since and cues_before and max(cues_before) < since
    ):  # every cue was an earlier quotation's
        if someone_named(body, since, start, people):
            return None  # أشار السيسي، متابعا: "…"، ليقاطعه الوزير فلان: "…"
        if state.speaker is not None and not people.within(since, start):
            return state.speaker  # …قائلا لزيلينسكي: "…" واتهمه بـ"…": the last speaker goes on
    head = line_head(body, start, in_sentence) or roundup_head(body, start, people, state.entities)
    if head is not None:
        return state.hear("person", head, frozenset())  # ميلر: "…" (a headline, an interview)
    told = HIS_ACCOUNT.search(body, max(sentence_start, since), start)
    if told is not None and not verbs:  # …مكّن بحسبه من “…”: the one the sentence is about
        return state.speaker or sentence_subject(body, sentence_start, in_sentence)
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
    if verbs:
        cue = verbs[-1]
        if IN_WHICH.match(body, cue):  # أصدر فلان بيانا قال فيه: the statement's author
            lead = DISCOURSE_LEAD.match(body, sentence_start)
            lead_end = lead.end() if lead else sentence_start
            author = document_author(body, cue, in_sentence) or sentence_subject(body, lead_end, in_sentence)
            if author is None and not in_sentence:
                if state.entities.find(1, lead_end, cue) != -1:  # وأصدرت الرئاسة بيانا قالت فيه:
                    return state.hear("other", None, frozenset())  # a body's statement, no person's
                return state.speaker  # وفي هذا السياق قال إنه… في كلمة قال فيها: the one speaking already
            return state.hear("person" if author else "other", author, frozenset())
        antecedent = relative_subject(body, cue, in_sentence)
        if antecedent is not False:
            return state.hear("person" if antecedent else "other", antecedent or None, frozenset())
        if object_relative(body, cue):  # التعليقات التي أدلى بها فلان بأن "…": his words, quoted
            kind, named, _ = verb_subject(body, cue, start, in_sentence, state.roles, state.entities)
            if kind == "person":
                state.aside = True  # inside another's sentence: not the one speaking next
                return named
        topic = _topic(body, sentence_start, in_sentence)
        if topic is not None and right_before(body, topic, cue):  # لافروف انتقد…، مؤكدا:
            return state.hear("person", topic, state.titles if state.speaker == topic else frozenset())
        kana = kana_subject(body, sentence_start, cue, in_sentence)
        if kana is not None:  # وكان المتحدث فلان، قال في تصريح إن: the subject before the verb
            return state.hear("person", kana, frozenset())
        was_titled = was_title_before_verb(body, sentence_start, cue)
        if was_titled:  # وكان الرئيس الروسي دعا زيلينسكي إلى…: the title is the subject, not the object
            return state.hear("title", None, was_titled, cue)
        latter = LATTER.match(body, cue)
        if latter is not None:  # ليرد عليها الأخير: the one named last before the verb
            before = people.within(state.paragraph_start(cue) or 0, cue)
            return state.hear("person" if before else "other", before[-1] if before else None, frozenset())
        kind, named, titles = verb_subject(body, cue, start, in_sentence, state.roles, state.entities)
        if kind != "pronoun":
            return state.hear(kind, named, titles, cue)  # an unknown subject must not pass the word on
        topic = _topic(body, sentence_start, in_sentence)
        if topic is not None:  # … unless a clause of its own names another subject
            return None if titled_clause(body, sentence_start, topic, cue) else topic
        embedded = clause_subject(body, cue, in_sentence)
        if embedded is not None:
            return state.hear("person", embedded, frozenset())
        shared = shared_subject(body, verbs[:-1], cue, in_sentence, state)
        if shared is not False:
            return shared
        opener = clause_opener(body, sentence_start, cue, in_sentence)
        if opener is not None:
            return state.hear("person", opener, frozenset())
        before = before_verb(body, sentence_start, cue, in_sentence)
        if before is not None:
            return state.hear("person", before, frozenset())
        titled = title_before_verb(body, sentence_start, cue) if not in_sentence else frozenset()
        if titled:  # المتحدث القطري شدد على…، قائلا إن: the title is the subject
            return state.hear("title", None, titled, cue)
        if contrast_pronoun(body, sentence_start, cue):  # ولم يفصح فلان…، غير أنه صرح
            return sole_subject(body, sentence_start, cue, in_sentence, state)
        if someone_else(body, sentence_start, cue, in_sentence, state):
            return None
        if state.speaker is not None and not in_sentence and titled_opener(body, sentence_start, cue, state):
            return None  # في المقابل تجاهل ولي العهد السؤال…، لكنه علق…، وقال: the crown prince, not the last speaker
        own = (
            state.titles | state.roles.get(who(state.speaker), frozenset()) if state.speaker else frozenset()
        )
        if (
            state.speaker is not None
            and feminine_verb(body, cue)
            and not a_woman(own)
            and ((a_man(own) and state.speaker.entity_id) or others_since(people, state, cue))
            and not REPORTED.search(body, cue, start)  # ونقلت الصحيفة عنه قوله: his words
        ):  # وتابعت after a man's words, or …لتتدخل النائب فلانة وتكرر ما قاله زميلها. وشددت
            return None  # على: she, not the last speaker
        return state.speaker or sole_subject(body, sentence_start, cue, in_sentence, state)
    if participles and in_sentence:
        return sentence_subject(body, sentence_start, in_sentence)
    if participles and not someone_else(body, sentence_start, participles[-1], in_sentence, state):
        return state.speaker  # أكد زيلينسكي أن…. موضحا: "…": the participle's subject is his
    if (
        THAT_GOES_ON.fullmatch(prefix)
        and state.speaker is not None
        and not people.within(state.heard_at, start)
    ):
        return state.speaker  # قال فلان إن…⏎ وأن "…": the same reported speech goes on
    if prefix.rstrip().rstrip('"“«').rstrip().endswith(":") and in_sentence:
        topic = _topic(body, sentence_start, in_sentence)  # "فلان: …", not whoever was named last
        between = WORD.findall(body, topic.end, body.rfind(":", 0, start)) if topic is not None else []
        # فلان: "…" or فلان يمازح فلانة: "…"; not a label of its own (… النص قبل التعديل: "…")
        return topic if not between or (between[0][0] in "يت" and len(between) <= 4) else None
    return None


# A sentence that is nothing but "and that" before its quotation: what was said goes on.
THAT_GOES_ON = re.compile(r"\s*[وف][أإا]ن(?:ه)?\s*[\"“«]?\s*")


# A speech verb in a relative clause about a statement (بتصريح قال فيه، بيانا قالت فيه):
# its subject is the one who made the statement, the subject of the sentence.
IN_WHICH = re.compile(r"\s*(?:فيه|فيها|خلاله|خلالها)(?!\w)")
# What may open a sentence before its subject (من جهته، اكتفى فلان…).
DISCOURSE_LEAD = re.compile(
    r"\s*(?:و?من (?:جهته|جهتها|ناحيته|ناحيتها)|و?بدوره|و?بدورها|و?في المقابل)\s*[،,]\s*"
)


ABOUT_IT = re.compile(r"[ \t]+(?:به|بها)(?!\w)")  # أدلى به، صرح بها: the statement is its object


def _quote(quoted: str, start: int, end: int, paragraph: int, speaker: Mention | None) -> Quote:
    return Quote(
        speaker=speaker.entity_id or None if speaker else None,
        text=quoted.strip(),
        start=start,
        end=end,
        paragraph=paragraph,
        speaker_name_ar=speaker.text if speaker and not speaker.entity_id else None,
    )


def _inside_a_name(span: tuple[int, int], names: list[tuple[int, int]]) -> bool:
    """The quoted words are all inside one registered name (شبكة “إيه بي سي نيوز”);
    ``names`` are the names' (start, end), sorted: the few that start before the span
    are the only candidates."""
    at = bisect_right(names, (span[0], len(names) and names[-1][1] + 1))
    return any(start <= span[0] and span[1] <= end for start, end in names[max(0, at - 3) : at])


def _strip_span(body: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span without the spaces at its ends."""
    start, end = span
    text = body[start:end]
    return start + len(text) - len(text.lstrip()), end - len(text) + len(text.rstrip())


def extract_quotes(
    body: str,
    people: tuple[Mention, ...],
    normalized: NormalizedText | None = None,
    unknown: tuple[UnknownPerson, ...] = (),
    roles: Roles = MappingProxyType({}),
    entities: tuple[Mention, ...] = (),
    office: Office | None = None,
) -> tuple[Quote, ...]:
    """Direct quotes with speaker ids (or None), in text order."""
    quotes: list[Quote] = []
    mask = bytearray(len(body) + 1)
    for mention in entities:
        mask[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    blocks = paragraphs(body)
    quoted_spans = {p.number: quote_spans(p) for p in blocks if not p.text.startswith(">")}
    names = sorted((m.start, m.end) for m in entities)
    for spans in quoted_spans.values():  # لشبكة “إيه بي سي نيوز”: a name in marks, not words said
        spans[:] = [span for span in spans if not _inside_a_name(_strip_span(body, span), names)]
    spoken = {span for spans in quoted_spans.values() for span in spans if _spoken(body, *span)}
    speech = [span for spans in quoted_spans.values() for span in spans if span in spoken]
    people_list = People.of(outside(with_unknown(body, people, unknown, entities), speech))
    state = Attribution(
        roles=roles,
        entities=bytes(mask),
        people=people_list.mentions,
        office=office,
        paragraph_starts=[paragraph.start for paragraph in blocks],
    )
    cues = Cues.find(body, normalized).outside([span for spans in quoted_spans.values() for span in spans])
    previous: Paragraph | None = None
    run: Mention | None = None  # who spoke the quotation that opened the previous paragraph
    for paragraph in blocks:
        if caption(paragraph, quoted_spans.get(paragraph.number), cues):
            continue  # نعيم قاسم. (مواقع): a photo's caption between paragraphs changes no speaker
        if names_only(paragraph, quoted_spans.get(paragraph.number), cues, people_list):
            state.hear("other", None, frozenset())  # a caption naming two people: who speaks next is unsure
            previous, run = paragraph, None
            continue
        if paragraph.text.startswith(">"):
            quotes.extend(_block_quote(body, cues, paragraph, previous, people_list, state))
        else:
            inside = people_list.starting(paragraph.start, paragraph.end)
            opener = sentence_subject(body, paragraph.start, inside)
            if opener is not None and in_heading(paragraph, opener, cues):
                state.hear(
                    "other", None, frozenset()
                )  # a headline about someone: who speaks after it is unsure
            elif opener is not None:  # a paragraph about someone else: وأضاف no longer means the last speaker
                state.carry(opener)
            noted = paragraph.start  # attributions are read in text order, up to each quote
            spans = quoted_spans[paragraph.number]
            said = paragraph.start  # where the last quotation read so far ended
            for start, end in spans:
                quoted = body[start:end]
                if (start, end) not in spoken:
                    continue
                sentence = sentence_start(body, paragraph, start, spans)
                note_lines(body, cues, noted, max(noted, sentence), people_list, state)
                noted = max(noted, end)
                speaker = _speaker(body, cues, start, sentence, people_list, state, since=said)
                said = end
                if speaker is None:
                    speaker = source_before(body, sentence, start, people_list.within(sentence, start))
                if speaker is None:
                    speaker = speaker_after(body, cues, end, sentence_end(paragraph, end), people_list, state)
                opens = not body[paragraph.start : start - 1].strip()
                if speaker is None and opens:
                    speaker = _introduced(body, cues, previous, run, people_list, state)
                quotes.append(_quote(quoted, start, end, paragraph.number, speaker))
                if speaker and not state.aside:
                    state.carry(speaker)
                state.aside = False
                run = speaker if opens else None
            note_attributions(body, cues, noted, paragraph.end, people_list, state)
            run = run if spans and not body[paragraph.start : spans[0][0] - 1].strip() else None
        previous = paragraph
    return tuple(quotes)


def _introduced(
    body: str,
    cues: Cues,
    previous: Paragraph | None,
    run: Mention | None,
    people: People,
    state: Attribution,
) -> Mention | None:
    """Who speaks a quotation that opens its paragraph with no attribution of its own:
    the speaker the previous paragraph introduced with a colon (وأضاف ماكرون:), or the
    speaker of the quotation that opened the previous paragraph (a quotation that runs
    over several paragraphs)."""
    if previous is None:
        return None
    if previous.text.rstrip().endswith(":"):
        return _speaker(body, cues, previous.end, previous.start, people, state)  # وجاء في البيان: nobody
    return run if run is not None and run == state.speaker else None


def _block_quote(
    body: str,
    cues: Cues,
    paragraph: Paragraph,
    previous: Paragraph | None,
    people: People,
    state: Attribution,
) -> list[Quote]:
    inner_start = paragraph.start + len(paragraph.text) - len(paragraph.text.lstrip("> "))
    inner_end = paragraph.end
    text = body[inner_start:inner_end]
    stripped = text.strip().strip('“”"«»').strip()
    if not stripped:
        return []
    offset = inner_start + text.index(stripped)
    speaker = None
    if previous is not None and previous.text.rstrip().endswith(":"):
        intro_end = previous.end
        speaker = _speaker(body, cues, intro_end, previous.start, people, state) or state.speaker
    if speaker:
        state.carry(speaker)
    return [_quote(stripped, offset, offset + len(stripped), paragraph.number, speaker)]
