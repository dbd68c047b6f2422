"""The name reader: from one cue word (a title, a speech verb, a given name) it reads
the role and the name that follow, or gives up. One class over one body, kept
whole: its rules share the scan's state (the mask of known mentions, the given
names of the article) and read one another's decisions.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...arabic_text import word_key
from ...model import Mention, Registry, UnknownPerson
from ..names.given_name_lists import (
    AMBIGUOUS_GIVEN,
    ARABIC_GIVEN,
    STOP_GIVEN,
    any_given,
    given_names,
    registry_sets,
)
from ..names.name_shape import (
    TEAM,
    accusative_with_adjective,
    amin_names,
    bare_title,
    clear_end,
    closes_an_apposition,
    definite_role,
    family_chain_follows,
    family_title,
    institution,
    joined,
    name_like,
    of_a_title,
    plain_name_follows,
    second_basim,
    strip_clitic,
    team_adjective,
)
from ..names.name_tokens import NEXT_WORD, PREVIOUS_WORD, WORD, Token, tokens, word_end
from ..names.name_words import (
    ABD,
    AT_OCCASION,
    CLITICS,
    CONNECTORS,
    DEFINITE_GIVEN,
    HONORIFICS,
    INSTITUTIONS,
    NOT_A_NAME_START,
    OCCASIONS,
    PATRONYMIC,
    PLACE_NOUNS,
    PREPOSITION_HAMZA,
    QUOTE_MARKS,
    QUOTE_PAIRS,
    QUOTED_NAME_AFTER,
    RELATIVE_PRONOUNS,
    REPRESENTATIVES,
    ROLE_LINKS,
    ROLE_OPEN_ENDS,
    SPEECH_FORMS,
    STOP,
    TITLES,
    word_keys,
)
from ..names.word_patterns import (
    bi_taf_il,
    maful,
    plural_with_pronoun,
    possessed_noun,
    present_verb,
    present_with_pronoun,
    verbal_noun_after_l,
)
from .name_extent import extend
from .person_role import country, ends_in_honorific, one_word, role_after, without_address

# Given names that open a name right after ب، ل or ك on their hamza (لإبراهيم): Arabic
# ones that are no common word.
AFTER_PREPOSITION = ARABIC_GIVEN - AMBIGUOUS_GIVEN

# شيخ without the article before a given name: a style (Somali news: شيخ علي محمود),
# where after a given name it is a name (حسن شيخ محمود).
SHEIKH = word_key("شيخ")

# لدى (accredited to): the word after it is the place of an ambassador's post, never a name.
ACCREDITED_TO = word_key("لدى")

# A list item of two or three words between dashes or before the line's end, the list's
# separator a dash: the names of a team sheet, whatever their first word.
DASH_ITEM = re.compile(r"[\w\u0640]+(?:[ \t]+[\w\u0640]+){1,2}(?=[ \t]+[–—-][ \t]|[ \t]*$)", re.M)
# Between the names of a list: a comma, و, or a dash set off by spaces (فلان – فلان); the
# first name's country in brackets may come before it (فلان (مالي)، وفلان (النيجر)), and a
# doctor's د. after it (وخالد المونس، ود.حسن جوهر).
LIST_SEPARATOR = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\))?"
    r"(?:[ \t]*[،,][ \t]*(?:و[ \t]+)?|[ \t]+(?=و)|[ \t]+[–—-][ \t]+)"
    r"(?:و?د\.[ \t]*)?"
)
# Characters read from a cue: most scans end within the first few words; a long role
# and a five-word name fit the last.
WINDOWS = (40, 120, 400)
ROLE_BREAKS = (":", ".", "؛", "!", "؟")


RELATIONS = word_keys("زوجة عقيلة قرينة أرملة نجل نجلة شقيق شقيقة")  # titles of kinship
WALI = word_key("والي")
AMIN = word_key("أمين")


# A given name written as one word with عبد (عبدالرازق، عبدالمنعم): no list holds them all.
# The pattern opens with its literal, which re finds at C speed; where the word starts
# (no letter before it but one clitic) is checked in ``_abd_names``.
ABD_NAME = re.compile(r"عبد[\u0621-\u064a]{4,}")
WORD_CHAR = re.compile(r"[\w\u0640]")


def _abd_names(body: str) -> set[str]:
    """The keys of the words of ``body`` that are عبد + a name, with or without a
    clitic (وعبدالرازق), not عبد inside a longer word."""
    return {word_key(m.group()) for m in ABD_NAME.finditer(body) if _opens_word(body, m.start())}


def _opens_word(body: str, start: int) -> bool:
    """Nothing of a word before ``start`` but perhaps one clitic (و ف ب ل)."""
    if start and body[start - 1] in "وفبل":
        start -= 1
    return start == 0 or WORD_CHAR.match(body, start - 1) is None


# The word after an offset, past spaces (the scan looks one word past its window).


ALA = re.compile(r"(?<![\w\u064B-\u0652])على(?![\w\u064B-\u0652])")  # the preposition, spelt with its ى


def said_in(words: list[Token], end: int) -> bool:
    """في تصريح، خلال مؤتمر… right after the words ending at ``end``: where the words
    were said, after a name set off by a comma (المتحدث باسم الخارجية، فلان فلاني في تصريح)."""
    return (
        end + 1 < len(words)
        and words[end].key in AT_OCCASION
        and joined(words[end])
        and words[end + 1].key in OCCASIONS
    )


class Scan:
    """The name reader, run from one cue word until it has a name or loses the thread."""

    def __init__(self, body: str, registry: Registry, mask: bytearray, entities: tuple[Mention, ...]) -> None:
        self.body, self.mask, self.entities, self.registry = body, mask, entities, registry
        given, self.entity_words = registry_sets(registry)
        self.ambiguous = given_names()[1]
        self.given, self.any_given = given, any_given(registry)
        unlisted = _abd_names(body) - given  # عبدالرازق: every عبد+name
        if unlisted:
            self.given, self.any_given = given | unlisted, self.any_given | unlisted
        self._ala_written: bool | None = None  # whether the body writes the preposition على

    def _writes_ala(self) -> bool:
        """The body spells the preposition على with its ى somewhere: its writer tells the two
        apart, so a علي it writes with ي is the name (most Egyptian copy writes both علي)."""
        if self._ala_written is None:
            self._ala_written = ALA.search(self.body) is not None
        return self._ala_written

    def back(self, offset: int) -> int:
        """Start one word earlier when it is a given name, even one that is also a
        common word (باسم نعيم، فهد أبو النصر): the cue was the name's second word."""
        before = PREVIOUS_WORD.search(self.body, max(0, offset - 24), offset)
        if before is None or any(self.mask[before.start(1) : before.end(1)]):
            return offset  # (a known mention's last word, أبي أحمد ورئيس البرلمان فلان: his, not this name's)
        key = word_key(before.group(1))
        bare = key[1:] if key[:1] in CLITICS and key[1:] in self.any_given else key  # وباسم نعيم
        if bare not in self.any_given or bare in STOP:
            return offset  # (most words before a cue: decided before reading the cue's own)
        if bare in AMBIGUOUS_GIVEN and _after_relative(self.body, before.start(1)):
            return offset  # الذي فضل مهدي هاشمي: a relative clause's verb, not the given name Fadl
        here = WORD.match(self.body, offset)
        if (
            here is not None
            and strip_clitic(word_key(here.group()), self.any_given)
            and here.group()[:1] == "و"
        ):
            return offset  # داوود حسين ونهى نبيل: و opens the list's next person, no earlier word
        if here is not None and here.group().startswith("ال") and word_key(here.group()) in TITLES:
            return offset  # أسماء الوزير السابق فلان: a definite title is no name's second word
        return before.start(1)

    def after_place(self, found: UnknownPerson) -> UnknownPerson | None:
        """A name read after a place noun is the place's (مستشفى كمال عدوان); a person
        may follow it, from the next given name on (مدير مستشفى كمال عدوان حسام أبو
        صفية): that person, with the place in their role. None when no one follows."""
        words = tokens(self.body, found.start, found.end)
        for k in range(2, len(words) - 1):
            if words[k].key in self.given:
                start, place = words[k].start, self.body[found.start : words[k].start].strip()
                role = f"{found.role_ar} {place}" if found.role_ar else None
                return replace(found, text=self.body[start : found.end], start=start, role_ar=role)
        return None

    def list_item(self, end: int) -> UnknownPerson | None:
        """The next item of a list of people after a name ending at ``end``."""
        separator = LIST_SEPARATOR.match(self.body, end)
        if separator is None:
            return None
        stop = word_end(self.body, separator.end() + 60)
        opening = WORD.match(self.body, separator.end(), stop)
        if opening is None:
            return None
        clitic = self._item_opening(tokens(self.body, separator.end(), opening.end())[0], separator)
        if clitic is None:
            return None  # (most separators: decided on the first word, before reading the others)
        words = tokens(self.body, separator.end(), stop)
        count = 1
        longest = 3 + any(w.key in CONNECTORS for w in words[1:3])  # وعبد الرحمن أبو زرعة
        while (
            count < len(words) and count < longest and words[count].joined and not self.covered(words[count])
        ):
            key = words[count].key
            if key in CONNECTORS and count + 1 < len(words) and words[count + 1].joined:
                count += 1
                continue
            if (key[:1] == "و" and key[1:] in self.any_given) or not name_like(key, self.entity_words):
                break
            count += 1
        after = words[count] if count < len(words) else None
        last = words[count - 1].end
        if after is None:  # a text cut off in the middle of a name (وخليل ال) ends no item
            closed = self.body[last : last + 1] in ("،", ",", ".", "؛", "\n")
        else:
            closed = not after.joined or (after.key[:1] == "و" and after.key[1:] in self.any_given)
        if count < 2 or not closed:
            return None
        start = words[0].start + clitic
        return UnknownPerson(text=self.body[start:last], start=start, end=last)

    def _item_opening(self, word: Token, separator: re.Match[str]) -> int | None:
        """The letters of و before the given name that opens a list item (1 or 0), or None
        when ``word`` opens no item."""
        if self.covered(word) or self._and_his(word.key):
            return None  # (فلان وسلفه علان: his predecessor's name follows, a relation first)
        clitic = 1 if word.key[:1] == "و" and word.key[1:] in self.any_given else 0
        first = word.key[clitic:]
        dashed = DASH_ITEM.match(self.body, separator.end()) is not None  # فلان – نسيم هنيد – فلان
        spelt_ali = self.body[word.start + clitic : word.end] == "علي"  # وعلي كرتي, not على
        if (
            (first not in self.any_given and not dashed)
            or (first in STOP and not spelt_ali)
            or (clitic and "و" in separator.group().rpartition(")")[2])  # (not تونس's و)
        ):
            return None
        return clitic

    def covered(self, token: Token) -> bool:
        """Part of the word is a known mention: an entity (1) or a registered person (2)."""
        return any(self.mask[token.start : token.end])

    def _first_word_if_known(self, offset: int) -> int | None:
        """The end of the word at ``offset`` when a known mention covers its first letter,
        which ends a scan there whatever follows (``_known_mention_ends``, no role yet)."""
        if not self.mask[offset]:
            return None  # (nine cues in ten: left to the window's reading)
        first = WORD.match(self.body, offset, word_end(self.body, offset + WINDOWS[0]))
        return first.end() if first is not None else None

    def person(self, token: Token) -> bool:
        return self.mask.find(2, token.start, token.end) != -1

    def run(self, offset: int, lead: bool = False) -> tuple[UnknownPerson | None, int]:
        """(a name found from ``offset`` on, or None; where the scan stopped). Most cues
        lead nowhere within a few words, so a short window is read first."""
        first = self._first_word_if_known(offset)
        if first is not None:
            return None, first  # (one cue in ten: decided before reading the window's words)
        for window in WINDOWS:
            stop = word_end(self.body, offset + window)  # never cut a word in two
            words = tokens(self.body, offset, stop)
            whole = offset + window >= len(self.body) or window == WINDOWS[-1]
            result = self._run(offset, words, whole, lead)
            if result is not None or whole:
                break
        return result if result is not None else (None, offset + 1)

    def _run(
        self, offset: int, words: list[Token], whole: bool, lead: bool = False
    ) -> tuple[UnknownPerson | None, int] | None:
        """None when the words ran out before the scan could decide (unless ``whole``).
        Each word may end the scan, carry a role (``role_start`` moves to its title) or
        open the name, which ``_name`` then reads."""
        role_start: int | None = None
        quoted_until = -1  # the closing mark of an organisation's quoted name inside the role
        for i, word in enumerate(words):
            if role_start is not None:  # (most words: no role open, neither rule applies)
                inside, quoted_until = self._through_quoted_name(words, i, role_start, quoted_until)
                if inside:
                    continue
                if i and self._role_breaks(words, i):
                    return None, word.end  # نائب المذرذرة: موريتانيا…، وزير الداخلية والتي أصدرت…: no
                    # role goes on past a colon, a full stop or a relative pronoun
            if self.covered(word):
                if self._known_mention_ends(words, i, role_start):
                    return None, word.end
                continue
            key = word.key
            if role_start is not None and i and not word.joined and self._apposition(words, i):
                return self._name(words, i, word, 0, "title", role_start, whole)  # الوزيرة، فلانة الفلانية،
            if i == 0 and key in SPEECH_FORMS:
                continue  # the scan began at a speech verb: the name may follow it (وقال سام كولينز)
            cue = _cue(words, i, role_start)
            if cue == "title" and self._role_names_a_place(words, i):
                continue
            title_opens_name = self._title_opens_name(words, i, role_start)
            if self._no_person_here(words, i):
                return None, word.end
            if not title_opens_name and bare_title(key) in TITLES:
                if role_start is None or not joined(word) or (key[:1] == "و" and key[1:] in HONORIFICS):
                    # (و and an honorific opens the next person's: رئيسا للبلدية والدكتور فلان)
                    role_start = word.start + (key not in TITLES)  # ونائب، لمحافظ: the role starts after و، ل
                continue
            clitic = strip_clitic(key, self.any_given)
            if not self._opening(words, i, clitic, cue, role_start, lead, title_opens_name):
                if role_start is None or not joined(word) or not self._role_goes_on(words, i):
                    return None, word.start if i else word.end
                continue
            if clitic and key[clitic - 1] in "بل":
                role_start = None  # رئيس الاتحاد… بحسام حسن: a preposition's object, not the role's holder
            return self._name(words, i, word, clitic, cue, role_start, whole)
        return None if not whole else (None, offset + 1)

    def _through_quoted_name(
        self, words: list[Token], i: int, role_start: int | None, quoted_until: int
    ) -> tuple[bool, int]:
        """An organisation's quoted name inside a role is the role's, not the person's:
        (whether the word at ``i`` lies inside it, where the quoted name closes or -1).
        The first word after the closing mark is marked joined: the role goes on."""
        word = words[i]
        if word.start < quoted_until:
            return True, quoted_until
        if quoted_until != -1:
            word.joined = True  # the role goes on after the closing mark
            return False, -1
        if role_start is not None and i and words[i - 1].key in QUOTED_NAME_AFTER:
            quoted_until = self._quoted_name(words[i - 1].end, word.start)
            # رئيس حركة «جيش تحرير السودان» فلان: the name is the role's
            return quoted_until != -1, quoted_until
        return False, quoted_until

    def _role_breaks(self, words: list[Token], i: int) -> bool:
        """A relative pronoun, or a colon, full stop or like before the word at ``i``
        (but not a doctor's د. nor a given name after it): the role stops there."""
        word = words[i]
        return word.key in RELATIVE_PRONOUNS or (
            self.body[words[i - 1].end : word.start].strip()[:1] in ROLE_BREAKS
            and words[i - 1].key != "د"  # النائب د.أيمن: the doctor's title
            and (self.covered(word) or word.key not in self.any_given)  # رئيس التحرير: جابر…
            and word.key not in HONORIFICS
            and word.key != "د"  # رئيس مجلس الإدارة: د. خالد…
        )

    def _known_mention_ends(self, words: list[Token], i: int, role_start: int | None) -> bool:
        """A known mention at ``i``: a registered person ends the role (any mention ends
        a scan with no role yet), unless the person is the title's possessor."""
        word = words[i]
        if role_start is not None and self.person(word) and self._possessor(words, i):
            return False  # المستشار الإعلامي للرئيس بري علي حمدان: the title's possessor
        return role_start is None or self.person(word)  # a registered name ends the role

    def _role_names_a_place(self, words: list[Token], i: int) -> bool:
        """After a title, the word at ``i`` still names the body or place the role is
        over, and the holder's name comes later."""
        word, key = words[i], words[i].key
        if institution(words[i - 1].key) and key not in self.given:
            return True  # حاكم منطقة ريازان، المفوض العام لوكالة غوث…: the institution's name, still the role
        if (
            i >= 2
            and words[i - 2].key in NOT_A_NAME_START
            and not words[i - 1].definite  # وزير أمانة الدولة براستيو هادي: the body's name is whole
            and key not in self.any_given
            and key not in DEFINITE_GIVEN  # مقاطعة المذرذرة الداه صهيب: الداه opens the name
            and i + 1 < len(words)
            and words[i + 1].joined
            and words[i + 1].key in self.any_given
        ):
            return True  # عمدة بلدية بيليك دوزو محمد مراد: a town's name of two words, then the name
        return (
            bare_title(words[i - 1].key) in GOVERNORS
            and key not in self.any_given
            and not word.definite
            and i + 1 < len(words)
            and words[i + 1].joined
            and (words[i + 1].key in self.given or words[i + 1].key in (ABD, "ابو"))
        )  # محافظ نينوى عبد القادر الدخيل: the province no list holds, then the name

    def _title_opens_name(self, words: list[Token], i: int, role_start: int | None) -> bool:
        """A title's word that is the name's first (أمين الناصر، سلطان بن علي، أمير حسين):
        it opens the name instead of the role."""
        word, key = words[i], words[i].key
        amin = (
            key == AMIN
            and (role_start is not None or (i and words[i - 1].key in SPEECH_FORMS))
            and amin_names(words, i)
        )  # رئيس شركة أرامكو أمين الناصر، قال أمين الناصر
        patronym = (  # اللواء سلطان بن علي العرادة: a title's word that is the name's first;
            (role_start is not None or not word.definite)  # so is an indefinite one, role or not
            and key in TITLES
            and i + 1 < len(words)
            and words[i + 1].key in PATRONYMIC
            and words[i + 1].joined
        )
        given = (  # مساعد الوزير أمير حسين فلان، الدكتور سلطان أحمد فلان: the given names Amir, Sultan
            not word.definite
            and key in TITLES
            and key in self.any_given
            and i + 1 < len(words)
            and words[i + 1].joined
            and words[i + 1].key in self.any_given
        )
        return bool(amin or patronym or given)

    def _no_person_here(self, words: list[Token], i: int) -> bool:
        """A word that looks like a title but names no person's role here: the scan ends."""
        word, key = words[i], words[i].key
        if key == TEAM and i + 1 < len(words) and team_adjective(words[i + 1]):
            return True  # الفريق الاشتراكي، الفريق الوطني: a team or group, no rank
        if key in RELATIONS and self._named_before(words, i, word):
            return True  # الساعدي نجل الزعيم الراحل فلان: the son is named before
        # وإلى (and to) is keyed like والي (governor)
        return key == WALI and self.body[word.start : word.start + 2] in ("وإ", "وأ")

    def _opening(
        self,
        words: list[Token],
        i: int,
        clitic: int,
        cue: str | None,
        role_start: int | None,
        lead: bool,
        title_opens_name: bool,
    ) -> bool:
        """Whether a name opens at ``i``: the readings that decide alone first, then the
        word's shape, and only for an indefinite, name-shaped word whether a name may
        start there (``_may_start``, whose last reading extends a whole name after a
        speech verb: most words are decided before it)."""
        word, key = words[i], words[i].key
        bare = key[clitic:]
        if self._no_name_opens(words, i, bare, cue):
            return False
        if (
            cue is not None
            and bare in DEFINITE_GIVEN
            and plain_name_follows(words, i, self.entity_words, titled=cue == "title")
        ):
            return True  # وأكد المتحدث الفاتح قرشي
        if word.definite:
            return False
        if self._named_anyway(words, i, cue, role_start, title_opens_name):
            return True
        kunya = self._kunya(words, i, bare)
        # الشيخ صباح الأحمد الجابر الصباح: صباح (morning) as a name
        chain = cue == "title" and key in STOP_GIVEN and family_chain_follows(words, i, self.entity_words)
        return self._name_shaped(word, bare, kunya, lead and i == 0, chain) and (
            chain or self._may_start(words, i, bare, cue, kunya, lead)
        )

    def _name_shaped(self, word: Token, bare: str, kunya: bool, looked_back: bool, chain: bool) -> bool:
        """Whether the word (``bare``: without its clitic) looks like a name's first."""
        if maful(bare) and bare not in self.any_given:
            return False  # عضو المجلس موضوع…: a noun مفعول (محمود، منصور are listed)
        if len(bare) >= 5 and bare.endswith("ات") and bare not in self.any_given:
            return False  # عبر نشاطات فلان: a plural noun (عبر: "through", not "expressed")
        if (
            self.body[word.start : word.start + 2] in PREPOSITION_HAMZA and bare not in AFTER_PREPOSITION
        ) or bi_taf_il(word.key):
            return False  # بإعفاء، لإطلاق، بتوضيح: a preposition and a word (no name opens so,
            # but for an Arabic given name: لإبراهيم غالي، بأحمد الشرع; not بأيدي (hands, Edi) nor لأمل)
        return chain or (
            word.key not in STOP and (name_like(bare, self.entity_words) or kunya or looked_back)  # باسم نعيم
        )  # لدينا is not ل + دينا

    def _kunya(self, words: list[Token], i: int, bare: str) -> bool:
        """أبو or أم opening a kunya: a name follows, not a conjunction's clause."""
        return (
            bare in ("ابو", "ام")
            and i + 1 < len(words)
            and joined(words[i + 1])
            and words[i + 1].key not in STOP  # أم لا: "or not"
            and not present_with_pronoun(words[i + 1])  # أم تفرضه: "or does … impose it"
        )

    def _may_start(
        self, words: list[Token], i: int, bare: str, cue: str | None, kunya: bool, lead: bool
    ) -> bool:
        """Whether a name may start at ``i``: a given name, a kunya, or a word that no
        other reading claims after a title or a speech verb."""
        word, key = words[i], words[i].key
        starts = (
            bare in self.given
            or kunya
            or (cue == "speech" and bare in self.ambiguous)
            or (
                cue == "title"
                and not (word.feminine and bare not in self.any_given)
                and not (present_verb(bare) and bare not in self.any_given)  # الملك يمنح فرصا
                and not accusative_with_adjective(words, i)  # يعقد الوزير اجتماعا مماثلا
                and not (
                    key[:1] == "و" and key[1:].endswith("ا") and len(key) >= 6 and key not in self.any_given
                )
            )
            or (cue == "title" and words[i - 1].definite and self.body[word.end : word.end + 1] == ":")
            or (cue == "speech" and self._role_follows(words, i))
        )  # a title's next word in ة is a noun or adjective (بزيارة، جديدة), not a foreign name,
        # unless a colon follows it at once: قال النائب منيمنة: "…" (a family name in ة)
        if i == 0 and (lead or self.body[max(0, word.start - 2) : word.start].strip() in ("،", ",")):
            # looked back from the next given name (باسم نعيم), or an apposition (ماكرون، جان دوبون،)
            starts = starts or lead or bare in self.ambiguous
        return starts

    def _named_anyway(
        self, words: list[Token], i: int, cue: str | None, role_start: int | None, title_opens_name: bool
    ) -> bool:
        """علي, أمين, a title's word or a second باسم that opens the name, whatever the
        first reading said."""
        spoken_ali = (  # قال علي رشيد خوشناو: علي and another given name after a speech verb
            cue == "speech" and self._ali(words, i) and words[i + 1].key in self.any_given
        )
        if (cue == "title" and self._ali(words, i)) or spoken_ali or title_opens_name:
            return True  # عضو المجلس علي السويح، رئيس الشركة أمين الناصر
        if cue is not None and self._given_adjective(words, i):
            return True  # العميد تركي المالكي: a country's adjective that is a given name
        # المتحدث باسم الحكومة باسم العوادي: the role has its باسم
        return words[i].key == "باسم" and role_start is not None and second_basim(words, i, role_start)

    def _no_name_opens(self, words: list[Token], i: int, bare: str, cue: str | None) -> bool:
        """An adverb in tanween, و + a hamza, a place or institution noun, the end of an open
        role: no name starts here."""
        word = words[i]
        if word.tanween:
            return True  # الرئيس الأمريكي معرباً: an adverb, never a name
        if cue == "title" and self.body[word.start : word.start + 2] in ("وأ", "وإ", "وآ"):
            return True  # والي الولاية وأعضاء حكومته: and + a word (no name opens so)
        if cue == "title" and self._and_his(word.key):
            return True  # الرئيس الحالي ومنافسه فلان: and his rival, whose name follows
        if bare in NOT_A_NAME_START:
            return True  # سلطان دار مساليت: a land's name after the title
        return cue == "title" and words[i - 1].key in ROLE_OPEN_ENDS and bare not in self.given

    def _and_his(self, key: str) -> bool:
        """و and a noun with his or her pronoun (ومنافسه، وسلفه، ونائبها): the next person's
        relation to the last, no name (a given name in و stays one: وجيه، وهبه)."""
        return (
            key[:1] == "و"
            and len(key) >= 5
            and key.endswith(("ه", "ها"))
            and key not in self.any_given
            and key[1:] not in self.any_given
        )

    def _role_goes_on(self, words: list[Token], i: int) -> bool:
        """A word that opens no name but continues the role (a link, an institution, a
        place, the title's adjective or complement, a preposition and its body)."""
        word, key = words[i], words[i].key
        return (
            key in ROLE_LINKS
            or key in INSTITUTIONS
            or key in PLACE_NOUNS
            or (word.definite and self._in_role(words, i))
            or key.startswith(("لل", "بال"))  # المستشار للإليزيه فلان، المساعد بالاتحاد
            or (word.hamza_clitic and key[:1] == "ل")  # رئيس اللجنة الوطنية لإحصاء الأصوات
            or (key[:1] in "بل" and key[1:] in INSTITUTIONS)  # وزير الداخلية بحكومة الوحدة
            or key in SPEECH_FORMS
            or (key == "عن" and i > 0 and words[i - 1].key in REPRESENTATIVES)  # النائب عن البصرة
            or (i > 0 and words[i - 1].key == ACCREDITED_TO)  # السفير الياباني لدى سول فلان: the post's place
            or self._construct_noun(words, i)  # خبير مكافحة الكوليرا فلان: a noun in ة in construct
        )

    def _construct_noun(self, words: list[Token], i: int) -> bool:
        """A noun in ة that no given name spells, a definite word joined after it: the
        title's complement in construct (خبير مكافحة الكوليرا، وزير تنمية المجتمع)."""
        word = words[i]
        after = words[i + 1] if i + 1 < len(words) else None
        return (
            word.feminine
            and not word.definite
            and word.key not in self.any_given
            and after is not None
            and joined(after)
            and after.definite
        )

    def _continues_a_registered_name(self, start: int) -> bool:
        """بن or بنت right before ``start``, a registered person's name right before it."""
        before = PREVIOUS_WORD.search(self.body, max(0, start - 8), start)
        if before is None or word_key(before.group(1)) not in PATRONYMIC:
            return False
        at = before.start(1) - 1
        while at > 0 and self.body[at] == " ":
            at -= 1
        return at >= 0 and self.mask[at] == 2

    def _named_before(self, words: list[Token], i: int, word: Token) -> bool:
        """A word (no punctuation between) stands right before ``word`` and is no speech
        verb: a kinship title there follows the relative's name (الساعدي نجل…), while
        after قالت it opens the speaker's role (قالت زوجة الرئيس فلانة)."""
        if i:
            return joined(word) and words[i - 1].key not in SPEECH_FORMS
        before = PREVIOUS_WORD.search(self.body, max(0, word.start - 30), word.start)
        return before is not None and word_key(before.group(1)) not in SPEECH_FORMS

    def _possessor(self, words: list[Token], i: int) -> bool:
        """The registered person at ``i`` comes right after a title with ل (للرئيس بري،
        لوزير الخارجية فلان): the one the role serves, and the role's holder follows."""
        j = i
        while j > 0 and self.covered(words[j - 1]) and self.person(words[j - 1]):
            j -= 1
        if j == 0 or not words[j].joined:
            return False
        if j >= 2 and words[j - 1].definite and words[j - 1].key.endswith("ي"):
            j -= 1  # للرئيس الفرنسي ماكرون: the title's nationality between
        key = words[j - 1].key
        return of_a_title(key) or key == word_key("باسم")  # المتحدث باسم نتنياهو

    def _apposition(self, words: list[Token], i: int) -> bool:
        """After a role and a comma, two or three name-like words closed by a comma are
        the role holder's name (أكدت وزيرة الخارجية الكولومبية، روزا فيافيثينسيو، أن)."""
        if self.body[words[i - 1].end : words[i].start].strip(" \t)") not in ("،", ","):
            return False  # (a closing bracket before the comma: الأمم المتحدة (أوتشا)، فلانة)
        first = words[i]
        after = NEXT_WORD.match(self.body, first.end)  # (the scan's window may end at ``first``)
        nasab = after is not None and word_key(after.group(1)) in PATRONYMIC  # الناها بنت مكناس: a name
        definite_given = first.key in DEFINITE_GIVEN and self._family_after(first.end)
        if (
            (first.definite and not nasab and not definite_given)
            or (first.feminine and first.key not in self.any_given)
            or first.key in STOP
            or first.tanween  # ترامب، سعيًا لنيل رضاه،: an adverb, no name
        ):
            return False
        if self.body[first.start : first.start + 2] in ("وأ", "وإ", "وآ") or (
            first.key[:1] == "و" and first.key[1:] in self.any_given and first.key not in self.any_given
        ):  # و + a word (an initial hamza is never inside one): the list's next person, not the role's
            return False  # لافروف، وزير الخارجية، وأنطون سيلوانوف
        ahead = tokens(self.body, first.start, word_end(self.body, first.start + 80))  # past the window
        end = extend(
            ahead,
            0,
            self.entity_words,
            self.covered,
            self.any_given,
            first.key in self.any_given or nasab or definite_given,
            set_off=True,
        )
        mark = self.body[ahead[end - 1].end : ahead[end - 1].end + 1] if end else ""
        # closed by a comma, or by the sentence's end when a given name opens it
        # (أول مستشار للبلاد، كونراد أديناور.)
        closed = (
            (end < len(ahead) and mark in ("،", ","))
            or (mark == "." and first.key in self.any_given)
            or said_in(ahead, end)  # المتحدث باسم الخارجية، فلان فلاني في تصريح…
        )
        longest = 4 if any(w.key in CONNECTORS for w in ahead[1:end]) else 3  # محمد عبد النور رابحي
        return (
            2 <= end <= longest
            and closed
            and all(
                name_like(w.key, self.entity_words)
                or (j == 0 and nasab)  # الناها بنت مكناس: what looks like a noun and her is his name
                or family_title(ahead, j)
                or (j == end - 1 and j >= 2 and closes_an_apposition(ahead, j, self.entity_words))
                for j, w in enumerate(ahead[:end])
            )
        )  # نور الدين البابا: a title that is also a family name; عبد الفتاح دولة، a noun

    def _family_after(self, end: int) -> bool:
        """A family name follows at ``end``: a nisba with the article or a word without it
        (محافظ البنك المركزي، الشاذلي العياري،; not الطيب الذكر, "of good memory")."""
        after = NEXT_WORD.match(self.body, end)
        if after is None:
            return False
        key = word_key(after.group(1))
        return name_like(key, self.entity_words) and (not key.startswith("ال") or key.endswith("ي"))

    def _names_next(self, words: list[Token], end: int) -> bool:
        """A registered person or a given name (not one that is also a word) follows the
        words ending at ``end``: the role before it is that person's."""
        after = next((w for w in words if w.start >= end), None)
        return after is not None and (self.person(after) or after.key in self.given)

    def _role_follows(self, words: list[Token], i: int) -> bool:
        """After a speech verb, two or three words that no list knows are a name when a
        title follows them (أكدت نبال فرسخ، مسؤولة الإعلام; قالت تيس إنغرام المتحدثة)."""
        end = extend(words, i, self.entity_words, self.covered, self.any_given, False)
        return 2 <= end - i <= 3 and end < len(words) and words[end].key in TITLES and not words[i].definite

    def _quoted_name(self, end: int, start: int) -> int:
        """Where the quoted name opening between ``end`` and ``start`` closes (its mark's
        offset, a few words on and before the sentence ends), else -1."""
        gap = self.body[end:start].strip()
        if len(gap) != 1 or gap not in QUOTE_PAIRS:
            return -1
        close = self.body.find(QUOTE_PAIRS[gap], start, start + 60)
        inside = self.body[start:close]
        return close if close != -1 and not any(mark in inside for mark in ".،,:\n") else -1

    def _given_adjective(self, words: list[Token], i: int) -> bool:
        """A given name that is also a country's adjective (تركي), a definite family name
        right after it: the name opens there (the linker left the word to it)."""
        after = words[i + 1] if i + 1 < len(words) else None
        return (
            words[i].key in ARABIC_GIVEN
            and words[i].key in self.entity_words
            and after is not None
            and joined(after)
            and after.definite
            and name_like(after.key, self.entity_words)
        )

    def _ali(self, words: list[Token], i: int) -> bool:
        """علي after a title is the given name when a family name or another given
        name follows it; its key is the preposition على's, so it is not in the list."""
        after = words[i + 1] if i + 1 < len(words) else None
        return (
            words[i].ali
            and after is not None
            and joined(after)
            and (
                ((after.definite or after.key in self.any_given) and name_like(after.key, self.entity_words))
                or after.key in PATRONYMIC  # الأمير علي بن الحسين
                or self._foreign_after_ali(after)
            )
        )

    def _foreign_after_ali(self, after: Token) -> bool:
        """وزير المالية علي علاوي: an indefinite family name after علي, when the writer
        spells the preposition على otherwise (never أكد الوزير علي أهمية… in copy that
        writes both alike; a noun in ة or in tanween is not a family name either)."""
        return (
            not (after.feminine or after.tanween)
            and name_like(after.key, self.entity_words)
            and self._writes_ala()
        )

    def _in_role(self, words: list[Token], i: int) -> bool:
        """A definite word continues a role, but after a definite title only as its
        adjective: a nisba or a role word (الرئيس الفرنسي، المتحدث الرسمي), not a noun
        the sentence goes on with (هدف الرئيس الدخول في حرب). After an indefinite title
        it is the title's complement (وزير الخارجية، رئيس الوزراء)."""
        before = words[i - 1] if i else None
        if before is None or not (before.definite and before.key in TITLES):
            return True
        raw = self.body[words[i].start : words[i].end]
        return raw.endswith(("ي", "ية")) or words[i].key in self.entity_words

    def _name(
        self,
        words: list[Token],
        i: int,
        word: Token,
        clitic: int,
        cue: str | None,
        role_start: int | None,
        whole: bool,
    ) -> tuple[UnknownPerson | None, int] | None:
        """The name opening at ``i`` (after ``clitic`` letters): where it ends, whether it
        is one after all, and the role it holds. None when its end may lie past the window."""
        bare = word.key[clitic:]
        end = self._name_end(words, i, word, bare, cue)
        if not whole and (
            end >= len(words) - 1
            or all(w.key in CONNECTORS for w in words[end:])  # أحمد بن عبد|: the name goes on
            or (words[end].key in TITLES and len(words) - end < 8)
        ):
            return None  # the name, the word that ends it or a role after it may lie past the window
        if self._no_name_after_all(words, i, word, clitic, cue, end):
            return None, word.end
        start, finish = word.start + clitic, words[end - 1].end
        if end - i > 2 and word.key == SHEIKH and (words[i + 1].key in self.any_given or words[i + 1].ali):
            start = words[i + 1].start  # المتحدث باسم الشباب شيخ علي محمود راج: a style, not his name
        if self._continues_a_registered_name(start):
            return None, finish  # حمد بن عيسى بن سلمان آل خليفة: the registered king's own fathers
        span = self._role_span(words, word, end, cue, role_start)
        role, home = self.role_at(span)
        if role is not None and span is not None and self.body[span[0] - 1 : span[0] + 1] == "لل":
            role = "ا" + role  # للجنرال فلان: the role is الجنرال, its ل read as the article's
        person = UnknownPerson(
            text=self.body[start:finish], start=start, end=finish, role_ar=role, country=home
        )
        return person, finish

    def role_at(self, span: tuple[int, int] | None) -> tuple[str | None, str | None]:
        """The role written at ``span`` (its form of address left out) and the country it
        names; (None, None) when there is no span or nothing is left of it."""
        if span is None:
            return None, None
        role = without_address(self.body[span[0] : span[1]].strip(" ،,:"))
        if not role:
            return None, None
        return role, country(span[0], span[1], self.entities, self.registry, self.body)

    def _name_end(self, words: list[Token], i: int, word: Token, bare: str, cue: str | None) -> int:
        """Index past the name's last word, told whether it opens with a given name."""
        return extend(
            words,
            i,
            self.entity_words,
            self.covered,
            self.any_given,
            bare in self.any_given
            or word.ali
            or bare in DEFINITE_GIVEN
            or bare in STOP_GIVEN
            or (i + 1 < len(words) and words[i + 1].key in PATRONYMIC),  # مساعد بن محمد: a given name
            titled=cue == "title",
            set_off=self.body[max(0, word.start - 3) : word.start].rstrip()[-1:] in ("،", ","),
        )

    def _no_name_after_all(
        self, words: list[Token], i: int, word: Token, clitic: int, cue: str | None, end: int
    ) -> bool:
        """The words read are no name: one word that is no family name after a title, a
        noun with its pronoun, ل + a verbal noun, or the start of a registered name."""
        bare = word.key[clitic:]
        single = cue == "title" and clear_end(words, end) and len(bare) >= 4 and bare not in self.given
        if single and bare[:1] in "لب" and self.body[word.end : word.end + 2].lstrip()[:1] in QUOTE_MARKS:
            single = False  # مدير القسم لبلدان "رابطة الدول": a preposition and the body it names
        if end - i < 2 and not (single and definite_role(words, i) and not bare.startswith("ي")):
            return True
        if end - i < 2 and (
            plural_with_pronoun(bare)
            or (len(bare) >= 5 and bare.endswith(("ته", "تها")))
            or possessed_noun(self.body[word.start : word.end], bare, self.any_given)
        ):
            return True  # خطاب الوزير ولقاءاته، وجدد المتحدث تحذيره: a noun with its pronoun
        if self.body[word.start + clitic : word.start + clitic + 2] in ("لأ", "لإ") or verbal_noun_after_l(
            bare
        ):
            return True  # زيارة رئيس الوزراء لإلقاء كلمة، لافتتاح مشروع: ل + a verbal noun
        # the start of a registered name (أبي محمد الجولاني), not the next person after و
        # (أحمد هارون ونعيم قاسم: the mention starts past the conjunction)
        return end < len(words) and joined(words[end]) and self.mask[words[end].start] == 2

    def _role_span(
        self, words: list[Token], word: Token, end: int, cue: str | None, role_start: int | None
    ) -> tuple[int, int] | None:
        """Where the name's role is written: the title before it, or a role set off by a
        comma after it when none stands before or the one before is a single word."""
        span = (role_start, word.start) if cue == "title" and role_start is not None else None
        if span is None or ends_in_honorific(self.body[span[0] : span[1]]):
            # الأمير فلان، مستشار وزير الخارجية؛ العقيد فلان، القائد الجديد للمنطقة
            span = role_after(words, end, self.covered) or span
        elif one_word(self.body, span):  # المستشار فلان، المتحدث الرسمي باسم…: the longer role set
            after = role_after(words, end, self.covered)  # off by a comma (not the verb's object), unless
            between = self.body[words[end - 1].end : after[0]] if after is not None else ""
            if after is not None and between.strip() in ("،", ",") and not self._names_next(words, after[1]):
                span = after  # it is the next name's (الإعلامية فلانة، الرئيس الأميركي، دونالد ترامب)
        return span


# Titles of an office over a place, named right after the title (محافظ البصرة، والي الخرطوم).
GOVERNORS = word_keys("محافظ حاكم والي عمدة")


def _cue(words: list[Token], i: int, role_start: int | None) -> str | None:
    """What says the word at ``i`` may start a name: a title before it, a speech verb."""
    if role_start is not None and joined(words[i]):
        return "title"
    if i > 0 and joined(words[i]) and words[i - 1].key in SPEECH_FORMS:
        return "speech"
    return None


def _after_relative(body: str, start: int) -> bool:
    """A relative pronoun right before ``start`` (الذي، التي): a verb follows it."""
    before = PREVIOUS_WORD.search(body, max(0, start - 12), start)
    return before is not None and word_key(before.group(1)) in RELATIVE_PRONOUNS
