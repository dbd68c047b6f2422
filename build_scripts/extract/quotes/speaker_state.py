"""Who spoke last, carried from one attribution to the next, and everyone the article names.

Arabic news often names a speaker once and goes on with وأضاف or وتابع: the reading
of each quote needs the previous speaker, their title and who held which office.
``Attribution`` keeps that state; ``People`` answers "who is named between two
offsets" by bisection, as every verb and quote asks it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from heapq import merge

from ...arabic_text import normalize
from ...model import Mention
from ..names.name_words import QUOTE_MARKS, TITLES, word_keys
from .speaker_titles import Nations, a_woman, titles_before

# Who held the office a title names on the article's day (office_holders.office_holder).
Office = Callable[[frozenset[str]], str | None]
# Registered person id → the normalised words of their roles (نائب الرئيس → نائب، الرئيس).
Roles = Mapping[str, frozenset[str]]


@dataclass
class Attribution:
    """The speaker of the latest attribution, carried over to pronoun-only verbs: a
    registered person's mention, or an unregistered one's (``entity_id`` empty)."""

    speaker: Mention | None = None
    roles: Roles = field(default_factory=dict)  # to tell a person's own title from a possessor
    titles: frozenset[str] = frozenset()  # the title the text gave the speaker (وزير الدولة)
    entities: bytes = b""  # 1 where a country or organisation is named (part of a title)
    nations: Nations = field(default_factory=dict)  # countries named, read as adjectives in a title
    people: list[Mention] = field(default_factory=list)  # everyone named, in text order
    # registered people named only inside quotations (a statement's "…مع ولي العهد السعودي،
    # الأمير محمد بن سلمان"): a title later in the text may stand for them
    quoted: list[Mention] = field(default_factory=list)
    office: Office | None = None  # who held an office on the article's day (وقال الرئيس الأمريكي)
    paragraph_starts: list[int] = field(default_factory=list)  # offsets where paragraphs begin
    body: str = ""  # the article, for the rare questions no other field answers
    aside: bool = False  # the last quotation was someone's words inside another's sentence
    heard_at: int = 0  # where the latest attribution to ``speaker`` stands
    # every title the text gave each person it made speak (kept when another speaks between)
    given_titles: dict[str, frozenset[str]] = field(default_factory=dict)

    def hear(
        self, kind: str, named: Mention | None, titles: frozenset[str], at: int | None = None
    ) -> Mention | None:
        """Who a verb's subject names, given what was said before: a person; the last
        speaker again when the subject is only their title (وأوضح وزير الدولة…), or
        else the one person named before ``at`` whom the title fits (وجدد الوزير
        السعودي… after وزير الخارجية السعودي فيصل بن فرحان), or else the one person
        the registry says held that office on the article's day (وقال الرئيس
        الأمريكي); or nobody, and the carried speaker is forgotten."""
        if kind == "relation":  # مستشار فلان: the last speaker if his title says so
            named = self._serving(named, titles)
            titles = self.titles if named is not None else frozenset()
        if kind == "title":
            known = self._known()
            fits = {SAME_OFFICE.get(w, w) for w in _telling(titles - MINISTRY)} <= {
                SAME_OFFICE.get(w, w) for w in known
            } or _the_one_speaking(titles, known)
            named = self.speaker if self.speaker is not None and fits else None
            if named is None and at is not None:
                named = self._only_holder(titles, at) or self._named_later(titles, at)
            holder = self.office(titles) if named is None and self.office is not None else None
            if holder is not None:
                named = Mention(entity_id=holder, kind="title", text="", start=at or 0, end=at or 0)
            titles = self.titles if named is self.speaker else titles
        if (
            kind == "person"
            and named is not None
            and self.speaker is not None
            and who(named) == who(self.speaker)
        ):
            titles |= self.titles  # وأكد ميرتس… after المستشار الألماني فريدريش ميرتس: his title still
        self.speaker, self.titles = named, titles if named is not None else frozenset()
        if named is not None:
            self.heard_at = max(named.end, at or 0)
            self.given_titles[who(named)] = self.given_titles.get(who(named), frozenset()) | titles
        return named

    def _known(self) -> frozenset[str]:
        """The last speaker's title words: the title just given, those the text gave them
        before, and their roles' words."""
        if self.speaker is None:
            return self.titles
        key = who(self.speaker)
        return self.titles | self.given_titles.get(key, frozenset()) | self.roles.get(key, frozenset())

    def _serving(self, possessor: Mention | None, relation: frozenset[str]) -> Mention | None:
        """The last speaker, when their title is that relation (مستشار) to the person named
        (it shares a word other than a title with that person's own role: مستشار قائد قوات
        الدعم السريع after مستشار حميدتي); else nobody. Another adviser is never taken for
        this one."""
        if self.speaker is None or possessor is None:
            return None
        known = self._known()
        theirs = self.roles.get(who(possessor), frozenset())
        shared = {w for w in known & theirs if w not in TITLES}
        return self.speaker if relation <= known and shared else None

    def _only_holder(self, titles: frozenset[str], at: int) -> Mention | None:
        """The person named before ``at`` whose roles, nationality and the titles the text
        gave them hold every title word, when exactly one does, or exactly one in the
        paragraph (line) of ``at`` (the Saudi minister in one paragraph, the Emirati one in
        the next: وقال الوزير is the Emirati); two in that paragraph: nobody."""
        wanted = {bare(w) for w in titles}
        holders: dict[str, Mention] = {}
        for person in merge(self.people, self.quoted, key=_start):  # both in text order
            if person.end > at:
                break
            key = who(person)
            held = {
                bare(w) for w in self.roles.get(key, frozenset()) | self.given_titles.get(key, frozenset())
            }
            if not person.entity_id and held & FORMER and not wanted & FORMER:
                continue  # the text's الوزير السابق فلان is not الوزير السعودي of the day (a
                # registered person's roles are all his offices, former ones too)
            if all(w in held or w in ANY_ROLE or _describes(w, held) for w in wanted):
                holders[key] = person
        if len(holders) > 1:
            here = self.body.rfind("\n", 0, at) + 1 if self.body else at  # a line: scraped text's paragraph
            in_paragraph = {key: person for key, person in holders.items() if person.start >= here}
            # none in that paragraph: the one the text called by these very words (يعقد الرئيس
            # برابوو… ثم: وقال الرئيس), not another holder named with a different title
            holders = in_paragraph or {
                key: person for key, person in holders.items() if self._called(key, titles, at)
            }
        return next(iter(holders.values())) if len(holders) == 1 else None

    def another_countrys_office(self, start: int, person: Mention) -> bool:
        """``another_countrys_office`` with this article's countries and roles."""
        return another_countrys_office(self.body, self.nations, self.roles, start, person)

    def _named_later(self, titles: frozenset[str], at: int) -> Mention | None:
        """With nobody named before ``at`` (a lead that opens on a title: جدّد الرئيس الكولومبي
        هجومه… ودافع بيترو), the one registered person named later whose registry roles
        hold every word of a title of two words or more; they stand at ``at``, where the
        title names them."""
        wanted = {bare(w) for w in titles}
        if len(wanted - ANY_ROLE) < 2 or any(person.start < at for person in self.people):
            return None  # (a bare الوزير may be a minister the registry lacks, named later)
        holders, titled = set(), set()
        for person in self.people:
            if not person.entity_id or who(person) in titled:
                continue  # (the registry's roles only: the text's titles come later than ``at``)
            if who(person) not in holders and self._titled_here(person):
                titled.add(who(person))  # وزير الدفاع الروسي، فلان: the text gives him its own title
                continue
            held = {bare(r) for r in self.roles.get(who(person), frozenset())}
            if all(w in ANY_ROLE or w in held or _describes(w, held) for w in wanted):
                holders.add(who(person))
        if len(holders) != 1:
            return None
        return Mention(entity_id=holders.pop(), kind="title", text="", start=at, end=at)

    def _titled_here(self, person: Mention) -> bool:
        """A title word among the three words before ``person``, across a comma."""
        before = LETTERS_RUN.findall(self.body, max(0, person.start - 40), person.start)[-3:]
        return any(normalize(word) in TITLES for word in before)

    def _called(self, key: str, titles: frozenset[str], at: int) -> bool:
        """The text wrote ``titles`` right before one of the person's names before ``at``."""
        return any(
            who(m) == key and titles <= titles_before(self.body, m.start) for m in self.people if m.end <= at
        )

    def paragraph_start(self, at: int) -> int | None:
        """Where the paragraph holding ``at`` begins (None when the paragraphs are unknown)."""
        return (
            self.paragraph_starts[bisect_right(self.paragraph_starts, at) - 1]
            if self.paragraph_starts
            else None
        )

    def carry(self, speaker: Mention) -> None:
        """``speaker`` speaks next by default; their title is kept only if it is theirs."""
        same = self.speaker is not None and who(self.speaker) == who(speaker)
        self.speaker, self.titles = speaker, self.titles if same else frozenset()


@dataclass(frozen=True, slots=True)
class People:
    """Everyone named in the article, in text order, with their start offsets:
    attribution asks who is named between two offsets for every verb and quote,
    which bisection answers without walking the whole list each time."""

    mentions: list[Mention]
    starts: list[int]

    @classmethod
    def of(cls, mentions: list[Mention]) -> People:
        return cls(mentions, [m.start for m in mentions])

    def starting(self, start: int, end: int) -> list[Mention]:
        """Mentions that start in ``[start, end)``."""
        return self.mentions[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def within(self, start: int, end: int) -> list[Mention]:
        """Mentions wholly inside ``[start, end)``."""
        return [m for m in self.starting(start, end) if m.end <= end]


def _start(person: Mention) -> int:
    return person.start


def who(person: Mention) -> str:
    """The key of a person's role words: the registry id, or the name as written."""
    return person.entity_id or person.text


def another_countrys_office(body: str, nations: Nations, roles: Roles, start: int, person: Mention) -> bool:
    """A title right before ``person`` (after ``start``, a few words, no quotation
    between) names a country whose adjective none of his title words hold (وشكر رئيس
    زامبيا، الرئيس السيسي، كما هنأ رئيس الأرجنتين ترامب): that country's office is the
    sentence's subject, and he the one it thanks, congratulates or meets."""
    if not person.entity_id or not nations:
        return False
    near = [
        (at, end, man)
        for at, (end, man, _) in nations.items()
        if start <= at
        and end <= person.start <= end + 30
        and not set(QUOTE_MARKS) & set(body[end : person.start])
    ]
    if not near:
        return False  # (most calls: no country right before him)
    own = {bare(w) for w in roles.get(who(person), frozenset())}

    def his(words: str) -> bool:  # every word of the country's adjective or name is his role's
        return {bare(w) for w in normalize(words).split()} <= own  # (الجنوب الأفريقي: two words)

    # (his role may name the country rather than its adjective: مستشار ألمانيا)
    return any(not his(man) and not his(body[at:end]) for at, end, man in near)


def bare(key: str) -> str:
    """A title word without the article: الوزير and وزير are the same title, and so are
    the head of the government and the prime minister (رئيس الحكومة، رئيس الوزراء). A
    nisba is one word in both genders (الوزير اليمني، وزير… بالحكومة اليمنية)."""
    bare = key[2:] if key.startswith("ال") and len(key) > 4 else key
    bare = bare[:-1] if bare.endswith("يه") and len(bare) > 4 else bare
    return SAME_OFFICE.get(bare, bare)


# المتحدث alone (no باسم after it) is "the one speaking": the last speaker goes on (وتابع
# المتحدث، "…"), a man's or, with المتحدثة, a woman's.
THE_ONE_SPEAKING = {normalize("المتحدث"): False, normalize("المتحدثة"): True}


def _the_one_speaking(titles: frozenset[str], known: frozenset[str]) -> bool:
    """The title is المتحدث or المتحدثة alone, of the last speaker's sex."""
    if len(titles) != 1:
        return False
    woman = THE_ONE_SPEAKING.get(next(iter(titles)))
    return woman is not None and woman == a_woman(known)


SAME_OFFICE = {
    normalize(a): normalize(b)
    for a, b in (
        ("حكومة", "وزراء"),
        ("الحكومة", "الوزراء"),
        # the UN's envoy is its special representative (المبعوثة الأممية، الممثلة الخاصة
        # للأمين العام للأمم المتحدة)
        ("المبعوث", "الممثل"),
        ("المبعوثة", "الممثلة"),
        ("الأممي", "المتحدة"),
        ("الأممية", "المتحدة"),
    )
}
# A descriptor that any holder of these role words fits (الدبلوماسي السعودي: the Saudi foreign minister).
# (المسؤول الأممي: a UN official, whatever their nationality.)
UN_ROLE_WORDS = frozenset({"للامم", "امم", "اممي", "امميه"})
DESCRIPTORS = {
    normalize("دبلوماسي"): word_keys("الخارجية خارجية سفير السفير مبعوث المبعوث ممثل مندوب دبلوماسي"),
    "اممي": UN_ROLE_WORDS,
    "امميه": UN_ROLE_WORDS,
    # مبعوث الأمم المتحدة: the UN's envoy is the UN envoy (المبعوث الأممي) named before
    "امم": UN_ROLE_WORDS,
    "متحده": UN_ROLE_WORDS,
}
# وأشار النائب: the member of parliament just quoted (عضو مجلس النواب، عضو البرلمان)
MEMBER_OF_PARLIAMENT = word_keys("النواب نواب البرلمان برلمان الشيوخ شيوخ")
DESCRIPTORS |= {normalize("نائب"): MEMBER_OF_PARLIAMENT, normalize("نائبة"): MEMBER_OF_PARLIAMENT}
# الناطق الحكومي: the government's spokesman (الناطق باسم الحكومة).
GOVERNMENT = frozenset({bare(normalize("الحكومة"))})  # (bare reads it as the ministers')
DESCRIPTORS |= {normalize("حكومي"): GOVERNMENT, normalize("حكومية"): GOVERNMENT}
# ولفت رئيس مجلس الوزراء: the council of ministers is the government its head heads (رئيس الوزراء).
DESCRIPTORS[normalize("مجلس")] = frozenset({normalize("وزراء")})
# وزير الشؤون الخارجية: the affairs are the foreign minister's (وزير الخارجية).
DESCRIPTORS[normalize("شؤون")] = frozenset({normalize("خارجية")})
# … every word as ``bare`` reads it, as the wanted and held words are
DESCRIPTORS = {bare(k): frozenset(map(bare, v)) for k, v in DESCRIPTORS.items()}
# A descriptor any role fits (وأضاف المسؤول الأممي: the UN envoy just quoted).
ANY_ROLE = word_keys(
    "مسؤول مسؤولة جديد جديدة "  # وقال الرئيس السوري الجديد: the one named before
    "جمهوري ديمقراطي ديمقراطية "  # وقال السيناتور الجمهوري: a party (not الجمهورية, the state)
    "يميني يمينية يساري يسارية اشتراكي اشتراكية ليبرالي ليبرالية شعبوي شعبوية"  # a leaning
)  # (واوضح الرئيس اليميني: the right-wing president just named)
LETTERS_RUN = re.compile(r"[^\W\d_]+")  # a word, whatever punctuation stands around it
FORMER = frozenset(bare(k) for k in word_keys("السابق السابقة الأسبق الأسبقة"))
# A ministry is named by its field (المتحدث باسم وزارة الخارجية is the spokesman of الخارجية).
MINISTRY = word_keys("وزارة لوزارة بوزارة الوزارة")
# The state a head of state heads, unnamed (وأكد رئيس الدولة، رئيس الجمهورية، رئيس البلاد):
# fits a president's, king's or emir's role, not a head of government's or parliament's.
STATE_WORDS = frozenset(bare(k) for k in word_keys("الدولة الجمهورية البلاد"))
STATE_HEADS = frozenset(bare(k) for k in word_keys("رئيس الرئيس ملك الملك أمير الأمير سلطان السلطان"))
OTHER_HEADS = frozenset(
    bare(k)
    for k in word_keys(
        "الوزراء وزراء الحكومة حكومة مجلس البرلمان النواب الأركان هيئة المجلس السيادي الانتقالي"
    )
)


def _telling(titles: frozenset[str]) -> frozenset[str]:
    """The title words that tell one holder from another: a descriptor any role fits
    (اليميني، الجديد) says nothing, unless it is all the title says."""
    telling = frozenset(w for w in titles if bare(w) not in ANY_ROLE)
    return telling or titles


def _describes(word: str, held: set[str]) -> bool:
    """A title word that is not in a role but describes it: الدبلوماسي for a foreign
    minister, الأممي for a UN envoy, الدولة (رئيس الدولة) for a head of state."""
    if word in STATE_WORDS:
        return bool(held & STATE_HEADS) and not held & OTHER_HEADS
    return bool(held & DESCRIPTORS.get(word, frozenset()))
