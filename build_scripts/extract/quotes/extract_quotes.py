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
from collections.abc import Mapping
from types import MappingProxyType

from ...arabic_text import NormalizedText, word_key
from ...model import Mention, Quote, UnknownPerson
from ..names.name_tokens import WORD
from .carried_speaker import note_attributions, note_lines
from .paragraphs import (
    SENTENCE_ENDS,
    Paragraph,
    caption,
    in_heading,
    names_only,
    paragraphs,
    read_more,
    sentence_end,
    sentence_start,
    sentence_starts,
)
from .quote_sources import HIS_ACCOUNT, source_before, speaker_after
from .quote_spans import OPEN_CLOSE, is_speech, quote_spans
from .quote_speaker import who_said
from .speaker_names import outside, with_unknown
from .speaker_state import Attribution, Office, People, Roles
from .speech_cues import PARTICIPLE_KEYS, Cues, speech_verb
from .subject_before_verb import sentence_subject
from .verb_subject import woman_called

MARK_CHARS = frozenset("".join(OPEN_CLOSE) + "".join(OPEN_CLOSE.values()))
SAID_RIGHT_BEFORE = re.compile(r"(\w+)(?:[ \t]+(?:فيه|فيها))?[ \t]*\W?\Z")  # قال فيها “
# وقال ماكرون: “ right before the quotation. The clause is possessive: it cannot hold the
# colon, so giving letters back never helps (without it re backtracks over every start).
SAID_COLON = re.compile(r"([^.!?؟؛:\n]*+):\s*\W?\Z")
COLON_TAIL = re.compile(r":\s*\W?\Z")  # the colon SAID_COLON ends with, found from its literal


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
    said = _said_before_colon(body, start)
    if said is None or len(quoted.split()) < 2:
        return False
    keys = [word_key(w) for w in WORD.findall(said)]
    return any(speech_verb(key) or key in PARTICIPLE_KEYS for key in keys)


def _said_before_colon(body: str, start: int) -> str | None:
    """The clause before a colon right before the quotation at ``start``, or None. Most
    quotations have no colon there: the colon is looked for first, by its literal."""
    window = max(0, start - 60)
    if COLON_TAIL.search(body, window, start) is None:
        return None
    said = SAID_COLON.search(body, window, start)
    return said.group(1) if said is not None else None


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
    adjectives: Mapping[str, tuple[str, str]] = MappingProxyType({}),
) -> tuple[Quote, ...]:
    """Direct quotes with speaker ids (or None), in text order. ``adjectives`` gives a
    country id's definite adjective for a man's title and a woman's (القطري، القطرية)."""
    quotes: list[Quote] = []
    mask = _entity_mask(body, entities)
    blocks = paragraphs(body)
    quoted_spans, spoken, speech = _speech_spans(body, blocks, (*entities, *unknown))
    people_list = People.of(outside(with_unknown(body, people, unknown, entities), speech))
    unquoted = set(outside(list(people), speech))
    quoted = [m for m in people if m not in unquoted]  # registered, named inside quotations
    state = Attribution(
        roles=roles,
        entities=mask,
        nations={
            m.start: (m.end, *adjectives[m.entity_id])
            for m in entities
            if m.kind in ("name", "alias") and m.entity_id in adjectives  # قطر, not القطري
        },
        people=people_list.mentions,
        quoted=quoted,
        office=office,
        paragraph_starts=[paragraph.start for paragraph in blocks],
        body=body,
    )
    cues = Cues.find(body, normalized).outside([span for spans in quoted_spans.values() for span in spans])
    previous: Paragraph | None = None
    run: Mention | None = None  # who spoke the quotation that opened the previous paragraph
    for paragraph in blocks:
        if caption(paragraph, quoted_spans.get(paragraph.number), cues) or read_more(paragraph):
            continue  # نعيم قاسم. (مواقع): a photo's caption between paragraphs changes no speaker,
            # nor does a link to another article (قراءة المزيد: وزارة الخارجية: …)
        if names_only(paragraph, quoted_spans.get(paragraph.number), cues, people_list):
            state.hear("other", None, frozenset())  # a caption naming two people: who speaks next is unsure
            previous, run = paragraph, None
            continue
        if paragraph.text.startswith(">"):
            quotes.extend(_block_quote(body, cues, paragraph, previous, people_list, state))
        else:
            _note_opener(body, paragraph, cues, people_list, state)
            spans = quoted_spans[paragraph.number]
            found, run = _paragraph_quotes(
                body, paragraph, spans, spoken, cues, previous, run, people_list, state
            )
            quotes.extend(found)
        previous = paragraph
    return tuple(quotes)


def _entity_mask(body: str, entities: tuple[Mention, ...]) -> bytes:
    """One byte per character, 1 inside the name of a country, an organisation, an outlet
    or a place: the readers ask whether a subject is one of them without a search."""
    mask = bytearray(len(body) + 1)
    for mention in entities:
        mask[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    return bytes(mask)


def _speech_spans(
    body: str, blocks: list[Paragraph], named: tuple[Mention | UnknownPerson, ...]
) -> tuple[dict[int, list[tuple[int, int]]], set[tuple[int, int]], list[tuple[int, int]]]:
    """Each paragraph's quotation spans (names in marks left out: a registered body's, a
    country's, or an unregistered person's), the spans that are speech, and those spans
    in text order."""
    quoted_spans = {p.number: quote_spans(p) for p in blocks if not p.text.startswith(">")}
    names = sorted((m.start, m.end) for m in named)
    # لشبكة “إيه بي سي نيوز”، بدوره قال “سامر عبد الجابر” ممثل…: a name in marks, not words said
    for spans in quoted_spans.values():
        spans[:] = [span for span in spans if not _inside_a_name(_strip_span(body, span), names)]
    spoken = {span for spans in quoted_spans.values() for span in spans if _spoken(body, *span)}
    speech = [span for spans in quoted_spans.values() for span in spans if span in spoken]
    return quoted_spans, spoken, speech


def _note_opener(body: str, paragraph: Paragraph, cues: Cues, people: People, state: Attribution) -> None:
    """A paragraph that opens on someone changes who وأضاف means: nobody sure after a
    headline, else the person it is about."""
    inside = people.starting(paragraph.start, paragraph.end)
    opener = sentence_subject(body, paragraph.start, inside)
    if opener is not None and state.another_countrys_office(paragraph.start, opener):
        opener = None  # وشكر رئيس زامبيا، الرئيس السيسي: the paragraph is not about Sisi
    if (
        opener is not None
        and woman_called(body, opener, state.roles)
        and _one_word_before(body, paragraph, opener)
    ):
        return  # ودعا فلانة إلى المنصة: the last speaker, who invites her, goes on
    if opener is not None and in_heading(paragraph, opener, cues):
        state.hear("other", None, frozenset())  # a headline about someone: who speaks after it is unsure
    elif opener is not None:  # a paragraph about someone else: وأضاف no longer means the last speaker
        state.carry(opener)


def _one_word_before(body: str, paragraph: Paragraph, person: Mention) -> bool:
    """Only the paragraph's opening verb stands before ``person``."""
    return len(WORD.findall(body, paragraph.start, person.start)) == 1


def _paragraph_quotes(
    body: str,
    paragraph: Paragraph,
    spans: list[tuple[int, int]],
    spoken: set[tuple[int, int]],
    cues: Cues,
    previous: Paragraph | None,
    run: Mention | None,
    people: People,
    state: Attribution,
) -> tuple[list[Quote], Mention | None]:
    """One paragraph's quotations with who spoke them, read in text order with the
    attributions between them, and who spoke the quotation that opens it (the next ``run``)."""
    quotes: list[Quote] = []
    noted = paragraph.start  # attributions are read in text order, up to each quote
    said = paragraph.start  # where the last quotation read so far ended
    sentences = sentence_starts(paragraph, spans) if spans else []
    last: Mention | None = None  # who spoke the quotation read before, in this paragraph
    for start, end in spans:
        quoted = body[start:end]
        if (start, end) not in spoken:
            continue
        sentence = sentence_start(sentences, start)
        note_lines(body, cues, noted, max(noted, sentence), people, state)
        noted = max(noted, end)
        speaker = who_said(body, cues, start, sentence, people, state, since=said)
        if speaker is None and said > paragraph.start and _joined_to_the_last(body, said, start, people):
            speaker = last  # "…" و"…": the same words go on
        said = end
        opens = not body[paragraph.start : start - 1].strip()
        if speaker is None:
            speaker = _unattributed(
                body, cues, paragraph, (start, end), sentence, opens, previous, run, people, state
            )
        if speaker is None and not opens:
            line = _line_before(body, paragraph, start)  # scraped text: a line is a paragraph
            if line is not None:
                speaker = _reported_goes_on(line, people, state)
            else:
                speaker = _sentence_goes_on(body, cues, paragraph, sentences, (start, end), people, state)
        quotes.append(_quote(quoted, start, end, paragraph.number, speaker))
        last = speaker
        if speaker and not state.aside:
            state.carry(speaker)
        state.aside = False
        run = speaker if opens else None
    note_attributions(body, cues, noted, paragraph.end, people, state)
    run = run if spans and not body[paragraph.start : spans[0][0] - 1].strip() else None
    return quotes, run


# Two quotations joined by و or بل alone ("…" و"…"، "…"، بل "…"): one speaker's words.
AND_JOINED = re.compile(r"[\"”»’]\s*(?:و|[،,]?\s*بل)\s*[\"“«‘]")
# … or by a phrase of one to three words, a comma and و ("…" بالتدخل العسكري، و"…").
PHRASE_AND = re.compile(
    r"[\"”»’][ \t]*(?:[^\s\"“”«»‘’.،,:؛!؟]+[ \t]+){0,2}[^\s\"“”«»‘’.،,:؛!؟]+[ \t]*[،,][ \t]*و[ \t]*[\"“”«‘]"
)


def _joined_to_the_last(body: str, said: int, start: int, people: People) -> bool:
    """The quotation at ``start`` is joined to the one ending at ``said`` by و or بل, or by
    a short phrase naming no one and holding no speech verb, then و: the same words go on."""
    if AND_JOINED.fullmatch(body, said, start):
        return True
    return (
        PHRASE_AND.fullmatch(body, said, start) is not None
        and not people.within(said, start)
        and not any(speech_verb(word_key(word)) for word in WORD.findall(body, said, start))
    )


def _unattributed(
    body: str,
    cues: Cues,
    paragraph: Paragraph,
    span: tuple[int, int],
    sentence: int,
    opens: bool,
    previous: Paragraph | None,
    run: Mention | None,
    people: People,
    state: Attribution,
) -> Mention | None:
    """Who speaks a quotation its sentence does not attribute: a source named before it, a
    speaker named after it, or, when it opens its paragraph, the one introduced before."""
    start, end = span
    speaker = source_before(body, sentence, start, people.within(sentence, start))
    if speaker is None:
        speaker = speaker_after(body, cues, end, _after_end(body, paragraph, span, people), people, state)
    if speaker is None and opens:
        speaker = _introduced(body, cues, previous, run, people, state)
    return speaker


def _after_end(body: str, paragraph: Paragraph, span: tuple[int, int], people: People) -> int:
    """How far a speaker named after a quotation may stand: its sentence, but not past its
    line when the line names someone before it. In scraped text a headline is a line: one
    that only labels the words (رئيس المفوضية: «…») takes the lead's subject, one that names
    whose words they are (ابن الرئيس: مادورو أكد أن "…") does not."""
    start, end = span
    finish = sentence_end(paragraph, end)
    line_end = body.find("\n", end, finish)
    line_start = body.rfind("\n", paragraph.start, start) + 1 or paragraph.start
    if line_end != -1 and people.within(line_start, start):
        return line_end
    return finish


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
        return who_said(body, cues, previous.end, previous.start, people, state)  # وجاء في البيان: nobody
    if run is not None and run == state.speaker:
        return run
    return _reported_goes_on(previous, people, state)


def _line_before(body: str, paragraph: Paragraph, start: int) -> Paragraph | None:
    """The line before the one a quotation at ``start`` opens, when that line ends a
    sentence (the paragraphs of scraped text are often single lines); else None."""
    line = body.rfind("\n", paragraph.start, start) + 1
    if not line or body[line : start - 1].strip():
        return None
    before = body.rfind("\n", paragraph.start, line - 1) + 1 or paragraph.start
    text = body[before : line - 1]
    return (
        Paragraph(paragraph.number, before, line - 1, text) if text.rstrip().endswith(SENTENCE_ENDS) else None
    )


def _sentence_goes_on(
    body: str,
    cues: Cues,
    paragraph: Paragraph,
    sentences: list[int],
    span: tuple[int, int],
    people: People,
    state: Attribution,
) -> Mention | None:
    """A quotation that is a whole sentence of its own goes on with the words the sentence
    before reported through a speech verb or from him (وأضاف أن…. "…".، ووفقا له…. "…".),
    when no one is named since its speaker was: the last speaker; else None."""
    start, end = span
    sentence = sentence_start(sentences, start)
    if sentence == paragraph.start or body[sentence : start - 1].strip():
        return None
    if body[end + 1 : end + 3].lstrip(" ")[:1] not in (".", "\n", ""):
        return None  # (the sentence goes on after the quotation: "…"، مشيرا إلى…)
    before = sentence_start(sentences, sentence - 1)
    speaker, heard = state.speaker, state.heard_at
    if speaker is None or heard > sentence:
        return None
    if not cues.between(before, sentence)[0] and not HIS_ACCOUNT.search(body, before, sentence):
        return None  # (a sentence that reported nothing: وفقا له، "according to him", did)
    return speaker if not people.within(heard, start) else None


def _reported_goes_on(previous: Paragraph, people: People, state: Attribution) -> Mention | None:
    """The speaker whose words the previous paragraph reported (قال فلان إن…), when it
    names no one after him: a paragraph that is only a quotation goes on with his words."""
    speaker, heard = state.speaker, state.heard_at
    if speaker is None or not previous.start <= heard <= previous.end:
        return None
    return speaker if not people.within(heard, previous.end) else None


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
        speaker = who_said(body, cues, intro_end, previous.start, people, state) or state.speaker
    if speaker:
        state.carry(speaker)
    return [_quote(stripped, offset, offset + len(stripped), paragraph.number, speaker)]
