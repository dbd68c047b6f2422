"""Where quotations are: pairing the quotation marks of one paragraph.

Scraped Arabic text mixes its marks (“…”، «…»، "…"), types them right to left, drops
an opening or a closing one and wraps quotations over lines. The pairing rules are
many and fragile, so they live alone, and never let a stray mark cross a paragraph.
"""

from __future__ import annotations

import re

from ...arabic_text import word_key
from ..names.name_tokens import WORD
from .paragraphs import SENTENCE_ENDS, Paragraph
from .speech_cues import speech_verb

# Each opening mark and the marks that may close it: the pair, the pair typed right to
# left (”…“، »…«), and a double prime typed for a closing mark (“اليوم 24″، ”فرنسا24″).
OPEN_CLOSE = {"“": "”“″", "”": "”“″", "„": "“”", "«": "»«", "»": "«»", '"': '"″', "‘": "’‘", "'": "'"}
MARKS = re.compile("[" + "".join(OPEN_CLOSE) + "]")
CLOSERS = {opener: re.compile(f"[{closers}]") for opener, closers in OPEN_CLOSE.items()}
MIN_WORDS = 4
NESTED_MAX = 3  # quotations inside one quotation, read past before its closing mark


def quote_spans(paragraph: Paragraph) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of marks, within one paragraph. When
    the straight quotes of a paragraph of several lines do not pair up, each line that
    ends a sentence is paired on its own (a line wrapped mid-sentence goes on in the
    next): one stray mark must not turn every later quotation inside out."""
    if "\n" in paragraph.text and paragraph.text.count('"') % 2:
        return [
            span
            for start, text in _line_groups(paragraph.text)
            for span in _pairs(Paragraph(paragraph.number, paragraph.start + start, 0, text))
        ]
    return _pairs(paragraph)


def _line_groups(text: str) -> list[tuple[int, str]]:
    """(offset, text) of the lines of a paragraph, a line whose straight quotes do not pair
    joined with the lines after it until they do (a quotation wrapped over lines), unless
    a line ending a sentence comes first: then each of those lines stands alone."""
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    groups: list[tuple[int, str]] = []
    index = 0
    while index < len(lines):
        count, end = lines[index][1].count('"'), index
        while count % 2 and end + 1 < len(lines) and not lines[end][1].rstrip().endswith(SENTENCE_ENDS):
            end += 1
            count += lines[end][1].count('"')
        if count % 2 == 0:
            start = lines[index][0]
            groups.append((start, text[start : lines[end][0] + len(lines[end][1])]))
        else:
            groups.extend(lines[index : end + 1])
        index = end + 1
    return groups


def _sentence_line_end(text: str, start: int, end: int) -> int | None:
    """The end of the line of ``start`` (its trailing spaces off) when a line break comes
    before ``end`` and the line ends a sentence; else None."""
    brk = text.find("\n", start, end)
    if brk == -1:
        return None
    line = text[start:brk].rstrip()
    return start + len(line) if line.endswith(SENTENCE_ENDS[:-1]) else None


# What one mark read by ``_pairs`` gives: the span of a quotation found (in the paragraph's
# text) or None, and where reading goes on.
Step = tuple[tuple[int, int] | None, int]


def _pairs(paragraph: Paragraph) -> list[tuple[int, int]]:
    """The quotation spans of one paragraph, each mark read in turn by the first rule
    that knows what it does."""
    spans: list[tuple[int, int]] = []
    text, index = paragraph.text, 0
    while True:
        found = MARKS.search(text, index)
        if found is None:
            break
        index, char = found.start(), found.group()
        span, index = (
            _doubled_apostrophes(text, index)
            or _apostrophe_in_word(text, char, index)
            or _begun_before(text, char, index, spans)
            or _opening_missing(text, char, index, spans)
            or _opened(text, char, index)
        )
        if span is not None:
            spans.append(span)
    return [(paragraph.start + start, paragraph.start + end) for start, end in spans]


def _doubled_apostrophes(text: str, index: int) -> Step | None:
    """Two apostrophes stand for one double mark; None when no pair of them closes it."""
    if text[index : index + 2] == "''":  # two apostrophes typed for a double mark: ''…''
        close = text.find("''", index + 2)
        if close != -1:
            return (index + 2, close), close + 2
    return None


def _apostrophe_in_word(text: str, char: str, index: int) -> Step | None:
    """An apostrophe inside a word (a transliteration) is no quotation mark."""
    if char == "'" and index > 0 and not text[index - 1].isspace():
        return None, index + 1  # an apostrophe inside a word opens nothing
    return None


def _begun_before(text: str, char: str, index: int, spans: list[tuple[int, int]]) -> Step | None:
    """A closing mark before any quotation of the paragraph, its opening mark missing."""
    if (
        not spans
        and char in '"”»'
        and text[index - 1 : index] != ":"  # وقال:” إن…: right after a colon it opens
        and _closes(text, index)
        and _unpaired(text, char)
    ):
        # a quote begun before this paragraph, or after its colon or its "said that" (the
        # opening mark missing): وقال عراقجي للصحفيين ان نائب غروسي سيصل…".
        begun = _open_begun(text, index, 0) or _said_that(text, index) or 0
        return (begun, index), index + 1
    return None


def _opening_missing(text: str, char: str, index: int, spans: list[tuple[int, int]]) -> Step | None:
    """A closing mark with no opening one since the last quotation: a quotation whose
    opening mark is missing, or a stray mark."""
    if (
        char in "”»“"
        and _closes(text, index)
        and text[index - 1] != ":"
        and not _said_before(text, index)
        and not THAT_BEFORE.search(text, max(0, index - 6), index)
    ):
        begun = _open_begun(text, index, spans[-1][1] + 1 if spans else 0)
        if begun is not None:  # …: إن مذكرة التفاهم…”، “…”، كان ذلك بالفعل…”: a quotation whose
            return (begun, index), index + 1  # opening mark is missing
        return (
            None,
            index + 1,
        )  # else a stray closing mark (its quotation began outside the text): it opens nothing
    return None


def _opened(text: str, char: str, index: int) -> Step:
    """An opening mark: its quotation runs to the mark that closes it or, never closed, to
    where a new attribution begins."""
    end = closing(text, char, index + 1, len(text))
    if end != -1 and char == '"' and _opens(text, end):
        line_end = _sentence_line_end(text, index, end)
        if line_end is not None:  # أنه "لم يبق… المطاف.⏎ …إن "الولايات…": never closed on its line,
            return (index + 1, line_end), line_end  # which ends a sentence; the later mark opens
    # (a mark that only closes, ’ or ″, opens no quotation inside this one, wherever it stands)
    if end != -1 and char != '"' and text[end] in OPEN_CLOSE and _opens(text, end):
        end, step = _closer_opens(text, char, index, end)
        if step is not None:
            return step
    if char in "”»" and end == -1 and not _opens_after_speech(text, index):
        return None, index + 1  # (a closing mark never closed, but after وقال فلان: it opens)
    close = end if end != -1 else _sentence_line_end(text, index, len(text)) or len(text)
    end = _new_attribution_line(text, index + 1, close)  # (never closed: to its sentence's line end)
    # cut at a new attribution before its closing mark: that mark is the new line's own
    return (index + 1, end), (end if end < close else end + 1)


def _opens_after_speech(text: str, index: int) -> bool:
    """The mark at ``index`` stands right after a colon, or a speech verb opens its
    sentence (وقال القديمي: ” …، وأكد المنفي في تصريحه ” …): it opens the words said,
    even when it is a closing mark's shape and nothing closes it."""
    return text[:index].rstrip().endswith(":") or _said_before_that(text, index)


def _closer_opens(text: str, char: str, index: int, end: int) -> tuple[int, Step | None]:
    """The mark found to close the one at ``index`` opens a quotation itself: the end of
    the outer quotation, and the step read when that decides it (else None)."""
    inner = closing(text, text[end], end + 1, len(text))
    for _ in range(NESTED_MAX):  # “… “الحزام والطريق” … “النفط بلاس” …”: one quotation, two inside it
        outer = closing(text, char, inner + 1, len(text)) if inner != -1 else -1
        if outer == -1:
            break
        if not _opens(text, outer):
            return outer, None  # “… ميثاق “ليبتاكو” …”: a quotation inside this one
        inner = closing(text, text[outer], outer + 1, len(text))
    if (line_end := _sentence_line_end(text, index, end)) is not None:
        # “…السحق.⏎ …“…”: a mark never closed on a line that ends a sentence; the
        # next mark, lines later, opens another quotation: the first ends with its line
        return end, ((index + 1, line_end), line_end)
    if text[end - 2 : end].strip() == ":":
        # “… وقال فلان: “…”: the first mark is never closed; the next one opens, and
        # the first quotation ends where that attribution begins
        cut = _attribution_start(text, index + 1, end)
        if cut is not None:
            return end, ((index + 1, cut), end)
        return end, (None, index + 1)
    return end, None


def _attribution_start(text: str, start: int, colon_mark: int) -> int | None:
    """Where a speech verb and at most four words before the colon at the end of
    ``text[start:colon_mark]`` begin (…جرت هنا في ظل  وقال براغا: “), the quotation before
    it holding four words or more; else None."""
    words = list(WORD.finditer(text, start, colon_mark))
    for back, word in enumerate(reversed(words[-6:])):
        if speech_verb(word_key(word.group())) and back <= 4:
            inside = text[start : word.start()].rstrip()
            if len(inside.split()) >= MIN_WORDS and not MARKS.search(inside):
                return start + len(inside)
            return None
    return None


def _open_begun(text: str, index: int, since: int) -> int | None:
    """Where a quotation closed at ``index`` without its opening mark begins: right
    after a colon (قال فخامته للعربية: إن مذكرة…”), or right after the comma that follows
    the last quotation's closing mark (…تقليديًا”، كان ذلك بالفعل…”: he goes on), when
    nothing but words of one line stands between. None when neither is there."""
    colon = text.rfind(":", since, index)
    if colon != -1:
        start = colon + 1
    elif since and text[since : since + 1] in "،,":
        start = since + 1
    else:
        return None
    inside = text[start:index]
    if "\n" in inside or MARKS.search(inside) or len(inside.split()) < MIN_WORDS:
        return None
    return start + len(inside) - len(inside.lstrip())


THAT_WORD = re.compile(r"(?<!\w)(?:[إأا]ن|ب[أا]ن)(?!\w)")


def _said_that(text: str, index: int) -> int | None:
    """Right after the first إن/أن before ``index`` that a speech verb opens the
    sentence of (وقال عراقجي في تصريح للصحفيين ان …): where the words said begin."""
    for that in THAT_WORD.finditer(text, 0, index):
        if _said_before_that(text, that.start()):
            start = that.end()
            return start + len(text[start:index]) - len(text[start:index].lstrip())
    return None


def _said_before_that(text: str, at: int) -> bool:
    """A speech verb stands among the twelve words before ``at``, in the same sentence."""
    sentence = max(text.rfind(c, 0, at) for c in ".!?؟\n") + 1
    return any(speech_verb(word_key(w)) for w in WORD.findall(text, sentence, at)[-12:])


def _new_attribution_line(text: str, start: int, end: int) -> int:
    """Where a quotation opened at ``start`` and closed at ``end`` really ends: at the
    first line break before a line that opens with a speech verb (a quotation left
    open, then وأضاف رئيس الدولة أن «…»: the next line attributes words of its own).
    A quotation wrapped over lines goes on (…هُزم من قبل\nإسرائيل…)."""
    at = text.find("\n", start, end)
    while at != -1:
        first = WORD.search(text, at, end)
        if first is not None and first.group() == "و":  # و أكد المنفي: و written apart
            first = WORD.search(text, first.end(), end)
        if (
            first is not None
            and not text[at : first.start()].strip().strip("و").strip()
            and speech_verb(word_key(first.group()))
        ):
            return at
        at = text.find("\n", at + 1, end)
    return end


# The complementiser right before a mark (مشيرة إلى أن” المستقبل…”): no quotation ends
# with it, so the mark, however it is written, opens one.
THAT_BEFORE = re.compile(r"(?<!\w)(?:ب?[أإا]ن|[أإا]نه|[أإا]نها)\Z")


def _said_before(text: str, index: int) -> bool:
    """A speech verb stands in the three words before the mark at ``index`` (وقال
    الدبيبة” …”): a mark written against the speaker's name opens the quotation."""
    words = [word_key(w) for w in WORD.findall(text, max(0, index - 40), index)[-3:]]
    return any(speech_verb(w) for w in words)


def _unpaired(text: str, mark: str) -> bool:
    """The paragraph has an odd number of the marks that pair with ``mark``: one of
    them closes a quotation opened before it (or opens one it never closes)."""
    return sum(text.count(m) for m in set(OPEN_CLOSE[mark] + mark)) % 2 == 1


def _closes(text: str, index: int) -> bool:
    """The mark at ``index`` can only close a quotation: a word ends right before it
    and a space, punctuation or the end follows (…لن تنتهي" وقال…)."""
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return not before.isspace() and before not in OPEN_CLOSE and (after.isspace() or after in "،,.:؛!?؟")


def _opens(text: str, index: int) -> bool:
    """The mark at ``index`` can only open a quotation: a colon or a space before it and
    a letter right after it (قال لازاريني: “المساعدة…)."""
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return (before.isspace() or before == ":") and after.isalpha()


def closing(text: str, opener: str, start: int, end: int) -> int:
    """Offset of the mark in ``text[start:end]`` that closes ``opener``, or -1. A
    straight mark followed by a letter opens a quotation inside this one ("نرفض
    "الخطة" الأمريكية"), which its next mark closes; if the marks do not pair up
    that way, the first mark closes."""
    found = CLOSERS[opener].search(text, start, end)
    if found is None:
        return _mixed_closing(text, opener, start, end)
    if opener != '"':
        return found.start()
    depth, at = 0, found.start()
    while at != -1:
        if at + 1 < len(text) and text[at + 1].isalpha() and at + 1 < end:
            depth += 1
        elif depth:
            depth -= 1
        else:
            return at
        at = text.find('"', at + 1, end)
    return found.start()


# Scraped text mixes its marks (“…"، «…"، "…”): when an opening mark's own closer is
# missing, the other family's closer ends the quotation, if it can only close.
MIXED_CLOSERS = {"“": '"', "«": '"', '"': "”»“"}


def _mixed_closing(text: str, opener: str, start: int, end: int) -> int:
    """Offset of a closing mark of the other family in ``text[start:end]``, or -1. A
    straight mark closes a curly quotation only when it is the odd one out (one
    scare-quoted word inside, «لن نقبل بـ"الشروط"، opens and closes a pair)."""
    closers = MIXED_CLOSERS.get(opener, "")
    if closers == '"' and text.count('"', start, end) % 2 == 0:
        return -1
    for at in range(start, end):
        if text[at] in closers and _closes(text, at):
            return at
    return -1


def is_speech(quoted: str) -> bool:
    words = quoted.split()
    return len(words) >= MIN_WORDS or (len(words) >= 2 and quoted.rstrip()[-1:] in ".!?؟…")
