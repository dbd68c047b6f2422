"""Where a name ends: from its first word, how far the words after it still belong
to it (a family name, a nisba, a connector) and where the sentence goes on (a
verb, an object, a noun and its adjective). One rule list, read in one fixed order
(``_next_word``) because the order of its tests is part of the rule.
"""

from __future__ import annotations

from typing import NamedTuple

from ...arabic_text import word_key
from ..names.given_name_lists import ALL_GIVEN, AMBIGUOUS_GIVEN, ARABIC_GIVEN, FOREIGN_GIVEN
from ..names.name_shape import (
    accusative_with_adjective,
    closes,
    closes_an_apposition,
    family_title,
    joined,
    name_like,
)
from ..names.name_tokens import MAX_NAME_WORDS, Token
from ..names.name_words import (
    ABD,
    ABIDIN,
    AMIN_TITLE_NEXT,
    CLITICS,
    COMPLEMENTISERS,
    CONNECTORS,
    CONSTRUCT_TITLES,
    DEFINITE_GIVEN,
    DIN,
    DIN_FIRST,
    GOD,
    GOD_FIRST,
    MIDDLE_STYLES,
    MONTHS,
    NOBILIARY,
    PATRONYMIC,
    PREPOSITIONS,
    SIDI,
    SON_OF,
    SPEECH,
    STOP,
    TITLES,
    VERBS,
    ZAIN,
    word_keys,
)
from ..names.word_patterns import (
    bi_taf_il,
    consonants,
    definite_taf_il,
    ifal,
    iftial,
    infial,
    present_verb,
    present_with_pronoun,
)


def _feminine_nisba_follows(words: list[Token], index: int) -> bool:
    """The word at ``index`` (in ة) is a feminine nisba itself, or one follows it: a
    common noun with its adjective (الأجهزة الأمنية، القيادة العسكرية)."""
    if words[index].key.endswith("يه"):
        return True
    after = words[index + 1] if index + 1 < len(words) else None
    return (
        after is not None
        and after.joined
        and after.definite
        and (after.key.endswith("يه") or after.key in FEMININE_ADJECTIVES)
    )


# Feminine adjectives a noun in ة takes (الجلسة الأولى، الدورة المقبلة): no family name has one after it.
FEMININE_ADJECTIVES = word_keys(
    "الأولى الثانية الثالثة الأخيرة المقبلة الماضية الجديدة العامة الطارئة الكبرى"
)


def _before_complement(words: list[Token], index: int) -> bool:
    """The word after ``index`` is إن/أن (قال … لسبوتنيك إن)."""
    return index + 1 < len(words) and words[index + 1].key in COMPLEMENTISERS


def _nisba(token: Token, key: str) -> bool:
    """An indefinite adjective of relation (عسكري، استراتيجية): after و it adds a second
    adjective to a role (خبير عسكري واستراتيجي), never a word of a name."""
    return len(key) >= 4 and key.endswith(("ي", "يه")) and not token.definite


class _Name(NamedTuple):
    """What stays fixed while one name is read: its words, where it starts and what
    the caller knows of it (see ``extend``)."""

    words: list[Token]
    i: int
    entity_words: frozenset[str]
    given: frozenset[str]
    first_given: bool
    titled: bool
    set_off: bool


class _At(NamedTuple):
    """Where the reading stands: ``end`` the next word to read, ``length`` the name's
    words so far (connectors not counted), ``definite_run`` whether a word with the
    article is already part of it, ``go_on`` False once a rule has ended the name."""

    end: int
    length: int
    definite_run: bool = False
    go_on: bool = True


def _take(at: _At, definite_run: bool | None = None) -> _At:
    """The word at ``at.end`` is one of the name's: read the next one."""
    run = at.definite_run if definite_run is None else definite_run
    return _At(at.end + 1, at.length + 1, run)


def _stop(at: _At) -> _At:
    """The name ends before the word at ``at.end``."""
    return at._replace(go_on=False)


def extend(
    words: list[Token],
    i: int,
    entity_words: frozenset[str],
    covered,
    given: frozenset[str],
    first_given: bool,
    titled: bool = False,
    set_off: bool = False,
) -> int:
    """Index past the last word of the name starting at ``i``. A word with the article
    belongs to the name right after a given name, a connector (عبد، آل، بن) or another
    such word (مشعل الأحمد الجابر الصباح), or when it is a family nisba (البوسعيدي);
    otherwise it is what the sentence says next (نتنياهو الانسحاب). After a title
    (``titled``), a family nisba may follow a given name no list holds (النائب شعيب
    المويزري)."""
    first_given = first_given or _given_with_god(words, i)
    name = _Name(words, i, entity_words, given, first_given, titled, set_off)
    at = _At(i + 1, 1)
    while (
        at.go_on
        and at.end < len(words)
        and at.length < MAX_NAME_WORDS
        and joined(words[at.end])
        and not covered(words[at.end])
    ):
        at = _next_word(name, at)
    end = at.end
    while end > i + 1 and words[end - 1].key in CONNECTORS:
        end -= 1
    return end


def _next_word(name: _Name, at: _At) -> _At:
    """The rules for the word at ``at.end``, in the order they are tried: it joins the
    name, ends it, or is taken as one more of its words."""
    joining = _joining_word(name, at)
    if joining is not None:
        return joining
    if _noun_or_next_person(name, at) or _verb_or_verbal_noun(name, at):
        return _stop(at)
    two_words = _given_name_of_two_words(name, at)
    if two_words is not None:
        return two_words
    if _clitic_or_accusative(name, at):
        return _stop(at)
    inside = _given_title_or_closing_family_name(name, at)
    if inside is not None:
        return inside
    if _object_or_adjective(name, at):
        return _stop(at)
    if name.words[at.end].definite:
        return _definite_word(name, at)
    if _indefinite_word_ends(name, at):
        return _stop(at)
    return _take(at)


def _joining_word(name: _Name, at: _At) -> _At | None:
    """A connector and the word it binds (بن and the father's name, عبد and the word
    after it) belong to the name; a kunya after a family name does not."""
    words, end, count = name.words, at.end, at.length
    key = words[end].key
    if key in ("ابو", "ام") and count >= 2 and words[end - 1].definite and not _abd_before(words, end - 1):
        return _stop(at)  # حذيفة الكحلوت أبو إبراهيم: a kunya after a family name is an epithet
        # (not after عبد الرحمن: a compound given name, and أبو زرعة its family name)
    if key in CONNECTORS:
        return at._replace(end=end + 1)
    if (
        (words[end - 1].key in SON_OF and (key not in STOP or key in SIDI))
        or (words[end - 1].key in PATRONYMIC and key in TITLES and key in ALL_GIVEN)  # بنت بندر بن سلطان
        or (words[end - 1].key in SIDI and count >= 2 and key not in STOP)  # ولد سيد المختار
        or (words[end - 1].key in NOBILIARY and key in MONTHS)  # لويجي دي مايو: a family name
    ) and not words[end].tanween:
        return _take(at)  # ولد حي، ولد سيد المختار، ولد الشيخ محمد: the father's
        # name, whatever word it also is
    if words[end - 1].key == ABD and words[end].definite:
        return _take(at, definite_run=True)  # عبد الأمير، عبد الملك: one name,
        # even when that word is also a title
    return None


def _abd_before(words: list[Token], i: int) -> bool:
    """عبد (or وعبد) stands before the word at ``i``: the two are one given name."""
    return i > 0 and words[i - 1].key.removeprefix("و") == ABD


ACCORDING = word_key("حسب")  # حسب ما: according to what
AS_WHAT = word_keys("ما تعبيره تعبيرها قوله قولها")


def _noun_or_next_person(name: _Name, at: _At) -> bool:
    """After the name, و or a preposition opens the next person or a noun, and a noun
    the name's verb takes (its object, a plural) ends the name."""
    words, end, count, given = name.words, at.end, at.length, name.given
    key = words[end].key
    if words[end - 1].key in PATRONYMIC:
        return False  # أحمد سعيد بن بريك: after بن the father's name, not ب + ريك
    if key[:1] == "و" and len(key) >= 5 and key.endswith(("ه", "ها", "هم")):
        return True  # معمر القذافي ومقتله: and + a noun with its pronoun
    if key[:1] in CLITICS + PREPOSITIONS and key[1:] in given and key not in given:
        return True  # وخليل: the next person of a list; خليفة لستيف بالمر: someone else's
    if (
        (count >= 2 or (len(key) in (4, 5) and key[-1] == "ت") or (len(key) >= 5 and key.endswith("نا")))
        and key[:1] == "و"
        and key not in given
        and key not in CONNECTORS
        and not _closing_nisba(words, end)
    ):
        return True  # ألكسندر عيدان ووجود الوفود: a name of two words does not go on into و + a
        # noun; nor does one word into و + a past verb فعلت، أفعلت or فعلنا (السيد ظريف وجرت،
        # فلان وأمرت، فلان وبحثنا)
    if count >= 2 and (words[end].hamza_clitic or (key in WRITTEN_OBJECTS and not words[end].definite)):
        return True  # طالب النائب فلان الفلاني بأخذ الكلمة، نشر المحامي فلان بن فلان تدوينة
    if key.endswith(("اته", "اتها", "اتهم")) and len(key) >= 6:
        return True  # أحمد خزيم تصريحاته: a plural noun with its pronoun
    if (
        count >= 2
        and words[end].feminine
        and key[:1] in PREPOSITIONS
        and len(key) >= 5
        and not key.startswith(("بو", "بن", "با"))  # بوجمعة، باناجة: names
        and key not in ALL_GIVEN
    ):
        return True  # وتعهد الوزير فلان الفلاني بمعالجة المخالفات: a preposition and its noun
    if (
        count >= 3
        and words[end].feminine
        and key not in ALL_GIVEN
        and end + 1 < len(words)
        and words[end + 1].joined
        and words[end + 1].definite
    ):
        return True  # سلم الوالي فلان الفلاني الفلاني قافلة الدعم: a noun in construct, his object
    if (
        key == ACCORDING
        and end + 1 < len(words)
        and (words[end + 1].key in AS_WHAT or words[end + 1].key in name.entity_words)
    ):
        return True  # فلان حسب ما نقلته الوكالة، حسب سانا: "according to", not حسب النبي
    if (
        count >= 2
        and len(key) == 6
        and key[2] == "ا"
        and key[4] == "ي"
        and not words[end].definite
        and key[-2:] != "ين"  # حسام زاهر جبارين: a family name
        and key[:2] != "تش"  # محمد مراد تشاليك: Turkish Ç, no Arabic plural
        and key not in given
    ):
        return True  # فلان ولد فلان جماهير عرفات: a broken plural فعاليل (جماهير، مشاريع), the verb's object
    # أحمد السعيداني انتقادات: a long plural noun (not بركات، حمادات)
    return key.endswith("ات") and len(key) >= 7


def _verb_or_verbal_noun(name: _Name, at: _At) -> bool:
    """The sentence goes on after the name: a present verb, a noun with its pronoun,
    a verbal noun (the shapes no given name takes)."""
    words, end, count, given = name.words, at.end, at.length, name.given
    key = words[end].key
    if len(key) == 5 and key[0] == "ي" and key[2] == "ا" and key not in given:
        return True  # وائل رزوق يهاجم، فلان يطالب: a present verb يفاعل after the name
    if present_verb(key) and key not in given:
        return True  # القاضية فلانة تحرج محامي…: a present verb يفعل/تفعل after the name
    if len(key) == 5 and key[0] in "يت" and key[2] == "ت" and consonants(key[1]) and key not in given:
        return True  # فلان يفتقر، فلانة تعتبر: a present verb يفتعل after the name
    if len(key) == 5 and key[:2] in ("لي", "لت") and consonants(key[2:]) and key not in given:
        return True  # بشكل نادر ليكسر التعادل: ل + a present verb (in order to), no name
    if count >= 2 and present_with_pronoun(words[end]):
        return True  # سليم خوري يرافقه: a present verb and its object pronoun
    if count >= 2 and len(key) >= 6 and key.endswith("وا") and key[0] in "تاي" and key not in given:
        return True  # النائب فلان الفلاني تناولوا، اجتمعوا: a plural verb (not دوبوا، فرانسوا)
    if count >= 2 and len(key) >= 6 and key.endswith(("ته", "تها", "تهم")):
        return True  # أشرف ريفي مهاجمته: a noun in ة with its pronoun
    if len(key) == 6 and key[0] == "ت" and key[2] == "ا" and key[-1] == "ه" and key not in given:
        return True  # وأكد فلان تضامنه، تعاونه: the verbal noun تفاعل with his pronoun
    if count >= 2 and key[-1:] == "ه" and (iftial(key[:-1]) or ifal(key[:-1]) or infial(key[:-1])):
        return True  # هاني أبو ريدة احترامه، إعلانه، انسحابه: a verbal noun with his pronoun
    if (
        count >= 2
        and len(key) == 6
        and key[0] == "ت"
        and key[3] == "ي"
        and key[-1] == "ا"
        and key not in given
    ):
        return True  # كتب فلان علي الفلاني تعليقا، تأكيدا: the verbal noun تفعيل as an adverb
    if len(key) == 5 and key[0] == "ت" and key[3] == "ي" and not words[end].definite and key not in given:
        return True  # وأبرزها بيرام توفير ضمانات: the verbal noun تفعيل (توفيق، تيسير are listed names)
    if count >= 2 and bi_taf_il(key):
        return True  # عبد الله الياور بتسليم: ب and a verbal noun تفعيل
    if (
        count >= 2
        and len(key) >= 6
        and key[0] == "ب"
        and key.endswith("ه")
        and not key.startswith(("بو", "بن", "با"))
        and not words[end].feminine
        and key not in given
    ):
        return True  # فلان الفلاني بحصوله على…: ب and a noun with his pronoun
    if ifal(key) and key not in given and (count >= 2 or words[name.i].key in AMBIGUOUS_GIVEN):
        return True  # فلان الفلاني إجراء، ذكر أسماء أشخاص: a verbal noun or a plural أفعال, after
        # a name of two words or a given name that is also a common word
    # أحمد بن سلمان المسلم بشطب: ب and a verbal noun فعل (not باما: a long vowel)
    return (
        count >= 2 and len(key) == 4 and key[0] == "ب" and not set(key[1:]) & set("اوي") and key not in given
    )


def _given_with_god(words: list[Token], i: int) -> bool:
    """``words[i]`` and الله after it are one given name (فتح الله، روح الله، أمر الله),
    whatever the first word is alone (a verb, a noun): the name goes on like any
    Arabic given name's (فتح الله السعداوي)."""
    return (
        i + 1 < len(words)
        and words[i + 1].key == GOD
        and joined(words[i + 1])
        and not words[i].definite
        and words[i].key not in CONNECTORS
    )


def _given_name_of_two_words(name: _Name, at: _At) -> _At | None:
    """زين العابدين، نصر الله: the second word is part of one given name."""
    words, end, i = name.words, at.end, name.i
    key = words[end].key
    if key == ABIDIN and words[end - 1].key == ZAIN:
        return _second_given_word(at)  # زين العابدين: one given name of two words
    if key == GOD and end == i + 1 and not words[i].definite and words[i].key not in CONNECTORS:
        return _second_given_word(at)  # ذبيح الله، فضل الله، نصر الله: one given name of two words
    if key == GOD and words[end - 1].key in GOD_FIRST:
        return _second_given_word(at)  # رانا صنع الله: a father's given name in الله
    if key == DIN and end > i + 1 and words[end - 1].key in DIN_FIRST:
        return _second_given_word(at)  # توفيق شرف الدين: a family name in الدين
    return None


def _second_given_word(at: _At) -> _At:
    """The second word of a given name of two words is taken, and the name still
    counts one word: a family name with the article may follow it as it follows any
    given name (دفع الله الحاج علي، زين العابدين بن علي)."""
    return at._replace(end=at.end + 1)


def _clitic_or_accusative(name: _Name, at: _At) -> bool:
    """A verb with فـ, a title with و or كـ, a word in the accusative: the sentence,
    not the name, goes on."""
    words, end = name.words, at.end
    key = words[end].key
    if key[:1] == "ف" and (key[1:] in SPEECH or key[1:] in VERBS):
        return True  # أما المحامي فلان الفلاني فوصف المحاكمة: the verb of أما … فـ
    if key[:1] == "و" and (key[1:] in TITLES or _nisba(words[end], key[1:])):
        return True  # فلان ومسؤول البلديات، خبير عسكري واستراتيجي: and a title, and an adjective
    if accusative(words[end]):
        return True  # نبيل عبد الله علي ناطقاً رسمياً، فلان عميدا للبلدية (a title in the accusative)
    return key[:1] == "ك" and key[1:] in TITLES  # نجلاء بودن كرئيسة للحكومة: "as" + a title


def accusative(word: Token) -> bool:
    """A word with tanween, or a title in the accusative (عميدا، مديرا): no name goes on
    into it."""
    key = word.key
    return word.tanween or (key[-1:] == "ا" and key[:-1] in TITLES)


def _given_title_or_closing_family_name(name: _Name, at: _At) -> _At | None:
    """A given name that is also a title, inside a name; the family name that closes a
    name set off by commas (taken, and the name ends there)."""
    words, end, count, key = name.words, at.end, at.length, name.words[at.end].key
    if (
        name.first_given
        and key in TITLES
        and key in ALL_GIVEN
        and _given_title_names(words, end, name.entity_words)
    ):
        return _take(at)  # محمد أمين ولد داهي، محمد علي أحمد سلطان محافظا: a
        # given name that is also a title, inside a name (not تميم أمير قطر)
    if name.set_off and count >= 2 and closes_an_apposition(words, end, name.entity_words):
        return _stop(_take(at))  # ، عبد القادر الحصرية، / ، عبد الفتاح دولة،: the last
        # word before the comma that closes the name set off by commas is its family name
    return None


def _object_or_adjective(name: _Name, at: _At) -> bool:
    """What follows the name is the verb's object, a noun and its adjective or relative,
    or whom the speaker told: no family name."""
    words, end, count, i = name.words, at.end, at.length, name.i
    key = words[end].key
    if words[end].definite and (key.endswith(("يين", "يون")) or _not_his_relative(words, i, end)):
        return True  # نضال الكشميريين: a plural nisba; الوزير حسين المراحل التي…: a noun and its relative
    if words[end].definite and key[2:] in OBJECT_NOUNS:
        return True  # طالب النائب فلان الفلاني الحكومة بـ…، حضرت فلانة فلان اللقاء: the verb's object
    if count >= 2 and accusative_with_adjective(words, end):
        return True  # تلقى الحاكم فلان الفلاني شروحا مفصلة: an object and its adjective
    if words[end].definite and words[end].feminine and _feminine_nisba_follows(words, end):
        return True  # وحث محمود الأجهزة الأمنية: a noun and its adjective, not a family name
    if key in CONSTRUCT_TITLES and end + 1 < len(words) and words[end + 1].definite:
        # أحمد الطيب شيخ الأزهر; but a family nisba after شيخ is the name's (عبد الرحمن شيخ اليافعي)
        return not (key in MIDDLE_STYLES and words[end + 1].key.endswith("ي"))
    # قال فلان الفلاني لسبوتنيك إن: whom he told, not his name
    return count >= 2 and key[:1] == "ل" and _before_complement(words, end)


def _definite_word(name: _Name, at: _At) -> _At:
    """A word with the article: a family name after a given name, a connector or
    another such word; otherwise what the sentence says next."""
    words, end, count, key = name.words, at.end, at.length, name.words[at.end].key
    entity_words = name.entity_words
    if _no_article_in_this_name(name, at):  # a foreign name has no article:
        return _stop(at)  # توم بيرييلو، جوليوس ماليما السياسي المعارض
    if count == 1 and words[end - 1].key in name.given and (key in entity_words or key[2:] in entity_words):
        # محمد المصري: a country's adjective after a given name is a family name
        return _take(at, definite_run=True)
    if (
        key in entity_words
        or key[2:] in entity_words
        or not (name_like(key, entity_words) or family_title(words, end))
        or (ifal(key[2:]) and key[2:] not in name.given)  # فلان الفلاني الأطراف: a plural أفعال
        or definite_taf_il(key)  # فلان البرازي التأكيد: a verbal noun, what he stressed
    ):
        return _stop(at)
    patronymic = end >= 2 and words[end - 2].key in PATRONYMIC  # بن محمد الفرحان
    if not (
        words[end - 1].key in CONNECTORS  # after a connector
        or patronymic
        or (count == 2 and words[end - 1].key in name.given)  # محمد أحمد النور، محمد صالح النظيف
        or (count == 2 and name.titled and name.first_given and closes(words, end))  # الشيخ أحمد دعيج الصباح،
        or count == 1
        or at.definite_run
        or (key.endswith("ي") and len(key) >= 5)
        or key[2:] in ARABIC_GIVEN  # خالد جويت الأحمد: the article and a given name
        or family_title(words, end)
    ):
        return _stop(at)
    return _take(at, definite_run=True)


def _no_article_in_this_name(name: _Name, at: _At) -> bool:
    """A name no Arabic given name opens takes no word with the article, but for a
    Mauritanian name or a family nisba right after a title."""
    words, i, key = name.words, name.i, name.words[at.end].key
    return (
        (not name.first_given or words[i].key in FOREIGN_GIVEN)
        and not (at.length == 1 and key in DEFINITE_GIVEN)  # بيرام الداه أعبيد: a Mauritanian name
        and not (
            name.titled
            and at.length == 1
            and not name.first_given
            and not words[i].key.endswith(("ه", "ها"))  # الوزير خطابه السياسي: a noun, his
            and words[i].key[:1] != "و"  # وزير الزراعة واستصلاح الأراضي: the title goes on
            and _family_nisba(words[at.end], name.entity_words)
        )
    )


def _indefinite_word_ends(name: _Name, at: _At) -> bool:
    """A word without the article that looks like no name ends it."""
    words, end, i, key = name.words, at.end, name.i, name.words[at.end].key
    if key == MERCY and words[end].feminine:
        return False  # إميل رحمة: a family name written with ة, not the blessing رحمه الله
    if _sayyid_inside(name, end):
        return False  # محمود سيد آدم: سيد inside a name is a name, not "Mr"
    if words[end].hamza_clitic:
        return True  # بخالص شكري لأعضاء المكتب: a preposition on a word with a hamza, no name
    if _construct_after_family_name(name, end):
        return True  # أعلن الوالي عبدالرحمن الخضر خلو الولاية: the noun of what he announced
    first_given = name.first_given
    return not (name_like(key, name.entity_words) or words[end].ali or _foreign_bal(name, end)) or (
        words[end].feminine and (not first_given or words[i].key in FOREIGN_GIVEN)
    )  # a word in ة after a foreign given name is Arabic, and no name (كارولين ذكية)


def _construct_after_family_name(name: _Name, end: int) -> bool:
    """After a family name with the article, a word that is no given name and governs the
    definite word after it (خلو الولاية): a noun in construct, what the sentence says next
    (أعلن فلان الخضر خلو الولاية), not one more name (محمد الطيب محمد الحسن goes on). Not
    after a given name in عبد (عبد المهدي مطاوع), nor before a name in الله (كلام الله)."""
    words = name.words
    if end <= name.i + 1 or end + 1 >= len(words) or not words[end - 1].definite:
        return False
    key, governed = words[end].key, words[end + 1]
    return (
        words[end - 2].key not in (ABD, "و" + ABD)
        and governed.definite
        and governed.key not in COMPOUND_SECONDS
        and joined(governed)
        and key not in ALL_GIVEN
        and key not in name.given
        and key not in CONNECTORS
    )


COMPOUND_SECONDS = word_keys("الله الدين")


def _sayyid_inside(name: _Name, end: int) -> bool:
    """سيد، شيخ or حاج after the name's first word and before a joined name word."""
    words = name.words
    return (
        words[end].key in MIDDLE_STYLES
        and end > name.i
        and end + 1 < len(words)
        and joined(words[end + 1])
        and name_like(words[end + 1].key, name.entity_words)
    )


MERCY = word_key("رحمة")  # keyed as the blessing رحمه (رحمه الله), which ends a name


# What a verb's subject writes or sends, indefinite and in ة (no alef of the accusative
# to show it): نشر فلان بن فلان تدوينة، وجه فلان الفلاني رسالة. No family name.
WRITTEN_OBJECTS = word_keys(
    "تدوينة تغريدة رسالة برقية مذكرة كلمة صورة دعوة مقالة شكوى مسودة ورقة وثيقة نسخة خطة مبادرة "
    "صورتين صورا رسالتين مهام موقف"  # نشر الكاتب فلان صورتين…، تولي فلان مهام وزير، كشف فلان موقف
)
# Bodies and gatherings a verb takes as its object right after its subject's name
# (طالب فلان الحكومة، حضر فلان الاجتماع).
OBJECT_NOUNS = word_keys(
    "حكومة وزارة برلمان جيش شرطة محكمة هيئة لجنة شركة سلطات "
    "لقاء اجتماع حفل جلسة مؤتمر ندوة قمة افتتاح مراسم فعالية مهرجان كلمة"  # تناولت فلانة الكلمة
)


def _closing_nisba(words: list[Token], end: int) -> bool:
    """A family name in ي that opens with و (وهبي، وردي), closed by punctuation, a
    complementiser or the next و of a list (بين الوزير فلان وهبي ونواب…): the name's end,
    not و + a noun (ووجود الوفود)."""
    key = words[end].key
    follows = words[end + 1].key if end + 1 < len(words) else ""
    return (
        len(key) >= 4
        and key.endswith("ي")
        and (closes(words, end) or follows in COMPLEMENTISERS or (follows[:1] == "و" and len(follows) >= 4))
    )


def _given_title_names(words: list[Token], end: int, entity_words: frozenset[str]) -> bool:
    """أمين، سلطان، أمير after a given name are the father's or family name when the
    name goes on plainly or stops (محمد أمين ولد داهي، فلان سلطان محافظا، فلان سلطان،),
    not when a country, body or the article follows (تميم أمير قطر، أمير البلاد)."""
    after = words[end + 1] if end + 1 < len(words) else None
    if after is None or not after.joined or after.tanween or after.key in CONNECTORS:
        return True
    return not after.definite and after.key not in AMIN_TITLE_NEXT and name_like(after.key, entity_words)


NOT_HIS = word_keys("التي الذين اللتين")  # a relative that cannot refer to one man


def _not_his_relative(words: list[Token], i: int, end: int) -> bool:
    """Word ``end`` is followed at once (no comma) by a relative that cannot refer to the
    man the name opened with (حسين المراحل التي مر بها: the stages, not his family name;
    فلان الفلاني الذي… and فلانة الفلانية التي… are names)."""
    after = words[end + 1] if end + 1 < len(words) else None
    return after is not None and after.joined and after.key in NOT_HIS and not words[i].feminine


def _family_nisba(word: Token, entity_words: frozenset[str]) -> bool:
    """A definite word in ي of six letters or more that names no country or body: a
    family name (المويزري، البلداوي), not a nationality (الكويتي) or a short adjective."""
    key = word.key
    return key.endswith("ي") and len(key) >= 6 and key not in entity_words and key[2:] not in entity_words


def _foreign_bal(name: _Name, end: int) -> bool:
    """A short family name that starts like ب or ك + the article (بافلو باليسا، ستيف بالمر،
    إيبا كالوندو): after a foreign given name it is the name, not "with the …" or "like
    the …" (بالاتفاق، كالعادة); so is one in كال closed by punctuation after a title and a
    first name no list holds (المتحدثة باسم المفوضية إيبا كالوندو،)."""
    words, i = name.words, name.i
    key, first = words[end].key, words[i].key
    if end != i + 1:
        return False
    if key.startswith("بال"):
        return len(key) <= 6 and first in FOREIGN_GIVEN
    return (
        key.startswith("كال")
        and len(key) <= 7
        and not words[end].feminine
        and (first in FOREIGN_GIVEN or (name.titled and first not in name.given and closes(words, end)))
    )
