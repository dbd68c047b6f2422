"""A speaker named outside a speech verb before the quotation: sources, line heads, after it.

"According to" phrases (بحسب عراقجي، فإن "…"), an interview's line head (ميلر: "…"), a
roundup's dash line, and the attribution written after the quotation ("…"، قال
لافروف) each name a speaker their own way.
"""

from __future__ import annotations

import re

from ...arabic_text import word_key
from ...model import Mention
from ..names.name_tokens import WORD
from ..names.name_words import TITLES
from .quote_spans import OPEN_CLOSE
from .speaker_state import Attribution, People, who
from .speaker_titles import heads_a_title, title_word, title_words, without_l
from .speech_cues import Cues
from .verb_subject import verb_subject

LINE_HEAD_TAIL = re.compile(r"[ \t]*:[ \t]*[«“\"]?[ \t]*")
HEAD_COLON = re.compile(r"[ \t]*:[ \t]*")
LINE_LABEL = re.compile(r"(?:[^\s:]+[ \t]*:)?")  # nothing, or one word and a colon


ROUNDUP_DASH = re.compile(r"[ \t]*[-–—•*][ \t]*")


def roundup_head(body: str, start: int, people: People, entities: bytes) -> Mention | None:
    """A quotation that opens its line, under a line holding only a dash, a title and a
    person (– رئيسة المفوضية الأوروبية أورسولا فون دير لاين): a roundup of reactions,
    each quotation under the name of its speaker."""
    line = body.rfind("\n", 0, start) + 1
    if body[line:start].strip(" \t\u00a0" + "".join(OPEN_CLOSE)):
        return None
    above_end = line - 1
    while above_end > 0 and not body[body.rfind("\n", 0, above_end) + 1 : above_end].strip():
        above_end = body.rfind("\n", 0, above_end)  # past blank lines
    if above_end <= 0:
        return None
    above = body.rfind("\n", 0, above_end) + 1
    dash = ROUNDUP_DASH.match(body, above)
    if dash is None or not dash.group().strip():
        return None
    named = people.within(dash.end(), above_end)
    if len(named) != 1 or body[named[0].end : above_end].strip(" \t\u00a0:"):
        return None
    return named[0] if heads_a_title(body, dash.end(), named[0], entities) else None


def line_head(body: str, start: int, people: list[Mention]) -> Mention | None:
    """A line that opens with a person's name and a colon, the quotation right after
    it (ميلر: "…") or inside the words after the colon, in the same sentence and with no
    one else named (ستولتنبرغ: الهجوم يُظهر "…"): the headline's and the interview's way
    of saying who speaks."""
    line = body.rfind("\n", 0, start) + 1
    first = next((m for m in people if m.start >= line), None)
    if first is None or not LINE_LABEL.fullmatch(body[line : first.start].strip()):
        return None  # (a place's label before the name is the headline's: بلجيكا: ستولتنبرغ: …)
    if LINE_HEAD_TAIL.fullmatch(body, first.end, start):
        return first
    colon = HEAD_COLON.match(body, first.end, start)  # ستولتنبرغ: الهجوم … يُظهر “…”: a headline's
    said = body[colon.end() : start] if colon else "\n"  # words, the quotation inside them
    alone = not any(first.end <= m.start < start for m in people)
    return first if alone and not any(mark in said for mark in ".!?؟\n") else None


def titled_line_head(body: str, start: int, people: People) -> tuple[Mention | None, frozenset[str]] | None:
    """A line that opens with a title alone and a colon, the quotation right after it
    (وزير الخارجية المغربي: "…", a headline's way): the title's words, with the person
    the article names right after the same title elsewhere (أكد وزير الخارجية المغربي،
    ناصر بوريطة،) when it names exactly one so, else None for whom the title stands.
    None when the line opens otherwise."""
    line = body.rfind("\n", 0, start) + 1
    colon = body.rfind(":", line, start)
    if colon == -1 or not LINE_HEAD_TAIL.fullmatch(body, colon, start) or people.within(line, colon):
        return None
    title = body[line:colon].strip()
    titles = title_words(title, only=True) if title.count(" ") < 6 else frozenset()
    if not titles:
        return None
    here = body.find(title, line)  # the headline's own title names no one
    named = {
        who(person): person
        for at in re.finditer(re.escape(title), body)
        if at.start() != here
        for person in people.starting(at.end(), at.end() + 3)  # وزير الخارجية المغربي، ناصر بوريطة
        if not body[at.end() : person.start].strip(" ،,")
    }
    return (next(iter(named.values())) if len(named) == 1 else None), titles


# "According to" (وبحسب عراقجي، فإن "…"، "…"، وفقا لزيلينسكي): the person named
# right after it is the source. The ل of وفقا ل may be fused to the name or title.
SOURCE = re.compile(
    r"(?<!\w)(?P<prefix>[وف]?)(?:بحسب|حسب|وفق|وفقا|وفقاً|وفقًا|طبقا|طبقاً|طبقًا|تبعا|تبعاً)(?!\w)"
    r"(?:\s+ما\s+(?:قاله|قالته|ذكره|ذكرته)(?!\w))?"  # بحسب ما قاله فلان (ما قاله alone is no source)
    r"|(?<!\w)على (?:لسان|حد تعبير|حد قول)(?!\w)|(?<!\w)(?:نقلا|نقلاً|نقلًا) عن(?!\w)"
)
# What may stand between a source and its quotation: a comma, فإن, a colon.
SOURCE_TAIL = re.compile(r"\s*[،,]?\s*(?:ف[إأا]ن(?:ه|ها|هم)?)?\s*:?\s*[" + "".join(OPEN_CLOSE) + r"]?\s*\Z")
# After a quotation, a source that is a pronoun ("…"، على حد تعبيره).
PRONOUN_SOURCE = re.compile(
    r"[" + "".join(OPEN_CLOSE) + r"]?\s*[،,]?\s*(?:على حد (?:تعبير|قول)|بحسب (?:تعبير|قول)|حسب (?:تعبير|قول)|"
    r"وفق (?:تعبير|قول)|وفقا ل(?:تعبير|قول))(?:ه|ها|هم)(?!\w)"
)
# "According to him" before a quotation (والذي مكّن بحسبه من “…”، على حد قوله “…”).
HIS_ACCOUNT = re.compile(
    r"(?<!\w)[وف]?(?:ب?حسب|وفق|وفق(?:ا|اً|ًا) ?ل|على حد (?:قول|تعبير))(?:ه|ها)(?!\w)"
)  # ووفقاً لها
# After a quotation: a comma and the attribution ("…"، قال لافروف), never و (a new clause).
AFTER_QUOTE = re.compile(
    r"[" + "".join(OPEN_CLOSE) + r"]?\s*[،,]?\s*(?:(?:كما|حسبما|مثلما|(?:ب?حسب|وفق|وفقا|وفقاً|وفقًا)\s+ما)\s+)?"
)


def _source(body: str, at: int, people: list[Mention]) -> Mention | None:
    """The person a source phrase ending at ``at`` names: the first person after it,
    when only title words (and a fused ل) stand between (بحسب الوزير فلان), not
    one inside another noun (بحسب مصادر مقربة من فلان)."""
    person = next((m for m in people if m.start >= at), None)
    if person is None:
        return None
    words = [word_key(w) for w in WORD.findall(body[at : person.start])]
    if words and words[0].startswith("ل"):
        words[0] = words[0][1:].lstrip("ل") or "و"  # وفقا للرئيس فلان، وفقا لـ فلان
    return person if all(title_word(w) for w in words) else None


def source_before(body: str, sentence_start: int, start: int, people: list[Mention]) -> Mention | None:
    """وبحسب عراقجي، فإن "…": the source when nothing but فإن stands between it and the quote."""
    phrases = list(SOURCE.finditer(body, sentence_start, start))
    if not phrases:
        return None
    person = _source(body, phrases[-1].end(), people)
    if person is None:
        return None
    after = person.end
    role = re.match(r"\s+(\w+)[^،,:\n]*(?=[،,])", body[after:start])
    if role is not None and word_key(role.group(1)) in TITLES:
        after += role.end()  # وبحسب فلان الناطق باسم اللجنة، فإن "…"
    return person if SOURCE_TAIL.match(body, after, start) else None


def speaker_after(
    body: str, cues: Cues, end: int, limit: int, people: People, state: Attribution
) -> Mention | None:
    """ "…"، قال لافروف / "…"، بحسب زيلينسكي: the attribution right after the
    quotation (``end`` is its closing mark), read only when nothing before it named
    a speaker. A verb or source with و opens a new clause (…"، وقال بيسكوف) and is
    not read back."""
    after = people.starting(end, limit)
    verbs, _ = cues.between(end, limit)
    if verbs:
        verb = re.search(r"\w+\Z", body[end : verbs[0]])
        verb_start = end + verb.start() if verb else verbs[0]
        if not body[verb_start].startswith(("و", "ف")) and AFTER_QUOTE.fullmatch(body, end, verb_start):
            kind, named, titles = verb_subject(
                body, verbs[0], limit, after, state.roles, state.entities, state.nations
            )
            if named is not None and OPENS_QUOTE.match(body, named.end):
                return None  # "سؤال الصحفي "…"، قال بوريطة "…": the verb brings its own quotation
            if kind == "pronoun" and state.speaker is not None and _heard_in_paragraph(state, end):
                return state.speaker  # أعلن ترامب…. "…"، كتب في حسابه: the one this paragraph quotes
            return named if kind == "person" else state.hear(kind, None, titles) if kind == "title" else None
    if state.speaker is not None and PRONOUN_SOURCE.match(body, end, limit):
        return state.speaker  # "…"، على حد تعبيره: the speaker the text is already quoting
    source = SOURCE.search(body, end, limit)
    if source is not None and not source.group("prefix") and AFTER_QUOTE.fullmatch(body, end, source.start()):
        person = _source(body, source.end(), after)
        titles = _source_title(body, source.end(), limit) if person is None else frozenset()
        return state.hear("title", None, titles, source.end()) if titles else person
    return None


SOURCE_TITLE_END = re.compile(r"[.،,:؛\n]")


def _source_title(body: str, at: int, limit: int) -> frozenset[str]:
    """The title a source phrase names when it names no one ("…"، وفق الناطق الحكومي):
    the words after it to the end of the clause, all a title's, the first a speaker's
    title (a fused ل dropped); ∅ otherwise."""
    stop = SOURCE_TITLE_END.search(body, at, limit)
    words = body[at : stop.start() if stop else limit].split()
    if words and words[0][:1] == "ل":  # وفقا للناطق، لوزير: the title without its ل
        words[0] = without_l(words[0])
    if not words or word_key(words[0]) not in TITLES:
        return frozenset()
    return title_words(" ".join(words), only=True)


def _heard_in_paragraph(state: Attribution, at: int) -> bool:
    """The latest attribution stands in the paragraph of ``at``."""
    here = state.paragraph_start(at)
    return here is not None and state.heard_at >= here


OPENS_QUOTE = re.compile(r"\s*:?\s*[«“\"]")  # a quotation right after a subject
