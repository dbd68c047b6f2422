"""Paragraphs, sentences, headlines and captions of an article body.

Attribution never looks past the sentence of a quote, and a headline or a photo
caption left in scraped text is no sentence: where each begins and ends is read
here, apart from who says what.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from ...model import Mention
from ..names.name_tokens import WORD
from .speaker_state import People
from .speech_cues import Cues

# A full stop and a space (not د. of الدكتور), or a full stop right after a closing mark
# and before the next word, as scraped text runs them together ("…الآخرين".وزير الخارجية).
# Not the Arabic semicolon: it joins clauses of one sentence (…شملت القضايا الإقليمية؛
# القضية الفلسطينية…، و"…": the same reported speech goes on).
# The stop opens the pattern and what stands before it is looked behind from after it:
# re skips to a leading character class at C speed, a leading lookbehind is tried at
# every offset of every paragraph.
STOP = "[.!?؟]"
SENTENCE_END = re.compile(rf"{STOP}(?:(?<!(?<!\w)د{STOP})\s|(?<=[\"”»]{STOP})(?=\w))")


@dataclass(frozen=True, slots=True)
class Paragraph:
    number: int
    start: int
    end: int
    text: str


def paragraphs(body: str) -> list[Paragraph]:
    """Blank-line-separated blocks that are not headings, numbered from 1 (the ``#p-N`` anchors)."""
    result: list[Paragraph] = []
    for match in re.finditer(r"[^\n]+(?:\n[^\n]+)*", body):
        if not match.group().startswith("#"):
            result.append(Paragraph(len(result) + 1, match.start(), match.end(), match.group()))
    return result


SENTENCE_ENDS = (".", "!", "?", "؟", ":")


def sentence_starts(paragraph: Paragraph, quoted: Sequence[tuple[int, int]] = ()) -> list[int]:
    """Where the sentences of a paragraph start, in order; a full stop inside a quotation
    ("… اتفاقية بين الحكومات.. اتفاقية دولية"، موضحا…) does not end the reporting sentence.
    Read once per paragraph: each quotation of it asks ``sentence_start``."""
    starts = [paragraph.start]
    for match in SENTENCE_END.finditer(paragraph.text):
        at = paragraph.start + match.end()
        if not any(a <= at - 1 < b for a, b in quoted):
            starts.append(at)
    if "\n" in paragraph.text:
        starts += _after_headings(paragraph)
        starts += _after_finished_lines(paragraph, starts)
        starts += _after_long_lines(paragraph, starts, quoted)
    return sorted(starts)


# Longer than any hard-wrapped line: a paragraph of scraped text, its full stop left out.
LONG_LINE = 120
OPENS_ON_A_WORD = re.compile(r"[ \t]*\w")


def _after_long_lines(
    paragraph: Paragraph, starts: list[int], quoted: Sequence[tuple[int, int]]
) -> list[int]:
    """Where a line starts after a line too long to be hard-wrapped that ends without a
    full stop (أدانت باكستان… وتهديد للسلام الإقليمي ⏎ وكان مودي قد ألقى…): scraped text
    drops the stop at a paragraph's end. Not before a quotation (وقال في كلمة ⏎ "…"), nor
    after a colon or a comma, nor inside a quotation."""
    found, at = [], paragraph.start
    for line in paragraph.text.split("\n")[:-1]:
        at += len(line) + 1
        text = line.rstrip()
        if len(text) <= LONG_LINE or text.endswith((*SENTENCE_ENDS, "،", ",", "؛")) or at in starts:
            continue
        if OPENS_ON_A_WORD.match(paragraph.text, at - paragraph.start) and not any(
            a <= at - 1 < b for a, b in quoted
        ):
            found.append(at)
    return found


def _after_finished_lines(paragraph: Paragraph, starts: list[int]) -> list[int]:
    """Where a line starts after a line that finishes a sentence, its full stop inside a
    closing quotation mark ("… لذلك."⏎أما فلان فاعتبر…): the mark ends the quotation
    and the line break the sentence."""
    found, at = [], paragraph.start
    for line in paragraph.text.split("\n")[:-1]:
        at += len(line) + 1
        if line.rstrip().endswith(CLOSING_MARKS) and _finishes(line) and at not in starts:
            found.append(at)
    return found


CLOSING_MARKS = ('"', "”", "»")


def sentence_start(starts: list[int], position: int) -> int:
    """Where the sentence holding ``position`` starts, of a paragraph's ``sentence_starts``."""
    return starts[bisect_right(starts, position) - 1]


HEADING_CHARS = 80
HEADING_BREAKERS = (".", "!", "?", "؟", "،", ",")


def _finishes(line: str) -> bool:
    """The line ends a sentence (its full stop may stand before a closing mark)."""
    return line.rstrip("\"'”»").endswith(SENTENCE_ENDS)


def _after_headings(paragraph: Paragraph) -> list[int]:
    """Where the line after a subheading starts: a short line with no punctuation at
    its end or inside, after a finished sentence (or first in its block) and before a
    longer line that finishes one (لا تراجع عن الحرب في غزة ⏎ نتنياهو شدد….). The
    lines of a hard-wrapped sentence do not finish theirs, so they stay one sentence."""
    lines, at = [], paragraph.start
    for line in paragraph.text.split("\n"):
        lines.append((at, line.strip()))
        at += len(line) + 1
    found = []
    for index in range(len(lines) - 1):
        _, line = lines[index]
        after = lines[index + 1][1]
        # after a finished sentence, first in its block, or after another heading line (a
        # headline, then its outlet: بنكيران: أخنوش مجرد… ⏎ تازة بريس ⏎ في رد سريع…)
        # (or after a line too long to be hard-wrapped: a picture's caption, its stop left out)
        before = lines[index - 1][1] if index else ""
        finished_before = index == 0 or _finishes(before) or _heading_line(before) or len(before) > LONG_LINE
        if _heading_line(line) and finished_before and len(after) > len(line) and _finishes(after):
            found.append(lines[index + 1][0])
    return found


def _heading_line(line: str) -> bool:
    """Short, with no punctuation at its end or inside (a colon may label it: بريطانيا: …)."""
    return (
        bool(line)
        and len(line) <= HEADING_CHARS
        and not line.endswith(SENTENCE_ENDS)
        and not any(mark in line for mark in HEADING_BREAKERS)
    )


def past_headings(body: str, start: int, cue: int) -> int:
    """``start``, or where the line after the last subheading between it and ``cue``
    starts (``_after_headings``)."""
    line_end = body.find("\n", cue)
    text = body[start : len(body) if line_end == -1 else line_end]
    if "\n" not in text:
        return start
    after = _after_headings(Paragraph(0, start, start + len(text), text))
    return max([start, *(at for at in after if at <= cue)])


def in_heading(paragraph: Paragraph, person: Mention, cues: Cues) -> bool:
    """The person is named in a headline, not a sentence: a short line with no speech
    verb and no punctuation that ends or breaks a sentence (a related article's title
    left in the page: “بوليتيكو”: ماكرون على عتبة مرحلة “الرئيس العاجز”), alone or
    opening its paragraph."""
    after = _after_headings(paragraph) if "\n" in paragraph.text else []
    if after:
        return person.start < after[0]
    line = paragraph.text.strip()
    verbs, participles = cues.between(paragraph.start, paragraph.end)
    return (
        "\n" not in line
        and len(line) <= HEADING_CHARS
        and _heading_line(line.rstrip("\"'”»"))  # its full stop may stand before a closing mark
        and not verbs
        and not participles
    )


def sentence_end(paragraph: Paragraph, position: int) -> int:
    """Where the sentence holding ``position`` ends (its full stop, or the paragraph's end)."""
    found = SENTENCE_END.search(paragraph.text, position - paragraph.start)
    return paragraph.start + found.start() + 1 if found else paragraph.end


def caption(paragraph: Paragraph, spans: list[tuple[int, int]] | None, cues: Cues) -> bool:
    """A picture's caption the page kept (نعيم قاسم. (مواقع)): short lines, each with its
    credit in brackets, no quotation and no speech verb. It is no paragraph about
    someone else and does not end a run of quotations. A heading (short, no credit)
    still does: the next quotation may be someone else's."""
    if spans or cues.between(paragraph.start, paragraph.end)[0]:
        return False
    lines = paragraph.text.splitlines()
    if not all(len(line) <= 80 and line.rstrip().endswith(")") for line in lines):
        return False
    return all(len(WORD.findall(line)) <= 4 for line in lines)


# A link to another article the page kept (اقرأ أيضا: عنوان…، قراءة المزيد: …).
READ_MORE = re.compile(r"\s*[إا]قر[أا]\s+[أا]يض[اً]+|\s*قراءة\s+المزيد|\s*[إا]قر[أا]\s+المزيد")


def read_more(paragraph: Paragraph) -> bool:
    """A paragraph that opens with "read also" or "read more": another article's headline,
    whose words and people are none of this article's speakers."""
    return READ_MORE.match(paragraph.text) is not None


def names_only(paragraph: Paragraph, spans: list[tuple[int, int]] | None, cues: Cues, people: People) -> bool:
    """A line that only names people (رئيس الوزراء الإسرائيلي بنيامين نتنياهو - وزير
    الخارجية الأمريكي ماركو روبيو): a picture's caption with no credit, no sentence
    (no verb, no closing punctuation), naming two people or more. Nobody opens a
    paragraph there, and the carried speaker can no longer be trusted."""
    text = paragraph.text.rstrip()
    if spans or "\n" in text or text.endswith((*SENTENCE_ENDS, "،")) or len(WORD.findall(text)) > 16:
        return False
    if cues.between(paragraph.start, paragraph.end)[0]:
        return False
    return len(people.starting(paragraph.start, paragraph.end)) >= 2
