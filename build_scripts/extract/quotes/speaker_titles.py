"""Title words: what a speaker's title is made of, when it heads a subject, whose sex it tells.

A subject is a title (الرئيس الفرنسي، المتحدث باسم الكرملين) far more often than a bare
name, and every subject reader asks the same questions of it: is this word a title's,
does the title stand before the person or inside another noun, is it a man's office.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ...arabic_text import normalize, word_key
from ...model import Mention
from ..names.name_tokens import WORD
from ..names.name_words import FEMININE_KIN, INSTITUTIONS, MASCULINE_KIN, ROLE_LINKS, TITLES, word_keys
from ..names.name_words import STOP as STOP_WORDS
from ..people.person_role import ADDRESS_FORMS

PREPOSITIONS = word_keys("خلال مع عن في من إلى على بعد قبل لدى عند أمام حول ضد بين")
# Words inside a title after its first word (زعيم الأغلبية في مجلس الشيوخ، رئيس وزراء إسرائيل).
# ملف: مسؤول ملف الموارد في "حزب الله" فلان; عن: المحامي عن هيئة الدفاع; بأعمال: القائم بأعمال
TITLE_INNER = word_keys(
    "في لدى وزراء الوزراء ملف عن بأعمال مؤخرا حديثا المعترف بها دوليا دولياً دوليًا"
) | (  # المعين مؤخرا
    INSTITUTIONS - word_keys("مصادر مصدر تقارير تقرير")  # رئيس جامعة الإسكندرية
)
# Nouns whose genitive names someone else (مستشار الرئيس X: X is not the speaker).
RELATIONAL = word_keys(
    "مستشار مستشارة مستشاري مستشارو كبير كبيرة مساعد مساعدة مساعدي مساعدو نائب نائبة المتحدث المتحدثة متحدث متحدثة "
    "الناطق الناطقة ناطق سفير سفيرة مبعوث مبعوثة ممثل ممثلة مدير مديرة مكتب زوجة نجل ابن ابنة شقيق "
    "حرس وفد رئيس حكومة إدارة نظام عهد حزب"  # وزير الخارجية في حكومة نتنياهو، فلان
)
# Offices held for someone else, named by whom they serve (مستشار حميدتي، مساعد الوزير فلان).
SERVING = word_keys("مستشار مستشارة مساعد مساعدة")
DEFINITE_TITLES = frozenset(t for t in TITLES if t.startswith("ال"))
# Nouns that stand for a speaker already named (الدبلوماسي السعودي), though too often
# an adjective (الجهود الدبلوماسية) to introduce an unknown name.
SPEAKER_TITLES = TITLES | word_keys("الدبلوماسي المحافظ")  # (not a title word elsewhere: الحزب المحافظ)


# Words that start like the article but are not a title's: إلى is keyed الي, and the
# relative pronouns (وأشار الوزير إلى أن، وقال المسؤول الذي…).
# Verbs whose first letters, hamza folded, are the article's (التقى، ألقى، ألمح، ألغى).
NOT_TITLES = PREPOSITIONS | word_keys(
    "الذي التي الذين اللذان اللتان التقى التقت التقيا التقوا ألقى ألقت ألمح ألمحت ألغى ألغت ألزم ألزمت "
    "التزم التزمت التمس التمست"
)


def title_word(key: str) -> bool:
    if key in ("و", "ف") or key in TITLES or key in ROLE_LINKS:
        return True
    return key.startswith(("ال", "وال")) and not key.startswith(("بال", "لل")) and key not in NOT_TITLES


# What ends the words written before a name: punctuation or a quotation mark.
NAME_LEAD_BREAK = re.compile(r"[.،,:؛\n\"“”«»()]")


def titles_before(body: str, start: int) -> frozenset[str]:
    """The title words written right before a name, nothing between (يعقد الرئيس برابوو
    → {الرئيس}; الشيخ محمد بن زايد → {الشيخ}): how the text itself calls the person."""
    lead = body[max(0, start - 48) : start]
    cut = max((m.end() for m in NAME_LEAD_BREAK.finditer(lead)), default=0)
    keys: list[str] = []
    written: list[str] = WORD.findall(lead, cut)
    for word in reversed(written):
        key = word_key(word)
        nisba = key.startswith("ال") and key.endswith(("ي", "يه"))  # الرئيس الكولومبي فلان
        if key not in TITLES and key not in ROLE_LINKS and not nisba:
            break
        keys.append(key)
    return frozenset(keys)


def after_fused_preposition(body: str, person: Mention, letters: tuple[str, ...] = ("ل", "ب")) -> bool:
    """ل or ب written onto the person's name (لماكرون، بترامب): they are an object."""
    return (
        body[person.start - 1 : person.start] in letters
        and not body[person.start - 2 : person.start - 1].strip()
    )


# Forms of address written before a title (سمو الأمير، فخامة الرئيس، دولة الرئيس): no office.
STYLE_HONORIFICS = ADDRESS_FORMS | word_keys("دولة صاحب السمو")


def a_man(role_words: frozenset[str]) -> bool:
    """The role words of a person (from the registry, or the title the text gave) name a
    man's office (رئيس روسيا، وزير الخارجية) and no woman's (الممثلة العليا، المتحدثة)."""
    titles = [w for w in role_words if w in TITLES or "ال" + w in TITLES]
    return bool(titles) and not any(_feminine(w) for w in titles)


def a_woman(role_words: frozenset[str]) -> bool:
    """The role words name a woman's office (المتحدثة، الممثلة العليا، نائبة المبعوث)."""
    return any(_feminine(w) and (w in TITLES or "ال" + w in TITLES) for w in role_words)


def masculine_title(key: str) -> bool:
    """A title for a man (الرئيس، وزير، المتحدث), not a woman's (الرئيسة، الوزيرة)."""
    return key in TITLES and not _feminine(key)


def _feminine(key: str) -> bool:
    """A normalised word in ة (keyed ه): a title's feminine form (الوزيرة، المتحدثة); a
    kinship word with its pronoun by its meaning (ابنتهما is a daughter, ابنه a son)."""
    if key in FEMININE_KIN or key in MASCULINE_KIN:
        return key in FEMININE_KIN
    return key.endswith("ه")


def heads_a_title(
    body: str, cue: int, person: Mention, entities: bytes, own: frozenset[str] = frozenset()
) -> bool:
    """Everything between the verb and the person is their title (الرئيس الفرنسي،
    المتحدث باسم الكرملين، رئيس وزراء إسرائيل), or words of the role the registry
    gives them (زعيم الأغلبية في مجلس الشيوخ): the person heads the subject. A
    subject that starts with anything else (مصادر مقربة من…، مكتب…، بيان صادر عن…)
    only mentions them."""
    if after_fused_preposition(body, person, ("ل",)):
        return False  # قال مسؤول قطري لويتكوف: whom he spoke to (لافروف's ل is the name's)
    words = list(WORD.finditer(body, cue, person.start))
    for index, match in enumerate(words):
        key = word_key(match.group())
        if title_word(key) or (entities and entities.find(1, match.start(), match.end()) != -1):
            continue  # a title word, or a country or organisation inside the title
        if index and key in own:
            continue  # a word of their own registered role (مجلس in زعيم الأغلبية في مجلس الشيوخ)
        if (
            index
            and (
                key in TITLE_INNER
                or key in ("ل", "ب")  # لـ حزب الله: the preposition written apart
                or (key[:1] == "و" and _then_definite(words, index))  # وزير الخارجية وشؤون المغتربين
                or (key[:1] in "لب" and (title_word(key[1:]) or key[1:] in TITLE_INNER))  # لرئاسة
                or key.startswith(("لل", "بال"))
            )
        ):
            continue  # زعيم الأغلبية في مجلس الشيوخ، وزير الدولة للشؤون الخارجية
        if (
            index == len(words) - 1
            and not body[match.end() : person.start].strip()
            and key not in STOP_WORDS
            and key not in INSTITUTIONS
            and not _verbal_noun(key)
        ):
            continue  # a first name the registry spells otherwise (كارولاين ليفيت), a style (جلالة
            # محمد السادس); not a verbal noun (وصف الحزب ترشح ميركل: Merkel is its object)
        return False
    return True


def _verbal_noun(key: str) -> bool:
    """The verbal-noun shapes تفعّل (ترشح) and تفعيل (تعيين، تأكيد), which no first name has."""
    if key[:1] != "ت":
        return False
    return (len(key) == 4 and not any(c in "اوي" for c in key[1:])) or (len(key) == 5 and key[3] == "ي")


def _then_definite(words: list[re.Match[str]], index: int) -> bool:
    """The word after ``index`` has the article: و + a noun governing it is part of a
    title (وشؤون المغتربين), not a new subject."""
    return index + 1 < len(words) and word_key(words[index + 1].group()).startswith("ال")


def fused_l(keys: list[str]) -> list[str]:
    """ل written apart before a quoted name (المفوض العام لـ"الأونروا") joined to it as
    the title writes it (للأونروا)."""
    joined: list[str] = []
    for key in keys:
        if joined and joined[-1] == "ل":
            joined[-1] = "ل" + (key[1:] if key.startswith("ال") else key)
        else:
            joined.append(key)
    return joined


def without_l(word: str) -> str:
    """A word without the ل of "of" or "for" written onto it: للمفوضية is المفوضية, لوزير
    is وزير."""
    return "ال" + word[2:] if word[:2] == "لل" else word[1:]


def of_the_title(keys: list[str], i: int) -> bool:
    """``keys[i]`` is a title word, or an institution in construct with the title word
    before it, which is the title's (رئيس حركة العدل والمساواة، رئيس مجلس الوزراء)."""
    key = keys[i]
    institution = key in INSTITUTIONS or (key[:1] == "ل" and without_l(key) in INSTITUTIONS)  # لمنظمة
    return title_word(key) or (i > 0 and institution and title_word(keys[i - 1]))


def title_words(text: str, *, only: bool = False) -> frozenset[str]:
    """The title words of a subject (وزير الدولة، وزير الشؤون الخارجية → وزير، الدولة،
    الشؤون، الخارجية); with ``only``, ∅ unless the text is nothing but a title."""
    words = fused_l([word_key(w) for w in WORD.findall(text)])
    words = [w[1:] if w[:1] == "و" and title_word(w[1:]) else w for w in words]  # والشؤون
    kept: list[bool] = []
    for i in range(len(words)):
        kept.append(
            of_the_title(words, i)
            or (i > 0 and words[i - 1] == SPOKESMAN_OF)  # المتحدث باسم حماس
            or (i > 0 and kept[i - 1] and words[i - 1] in INSTITUTIONS)  # باسم قوات صنعاء: its genitive
            or (i > 0 and words[i - 1] in DIRECTIONS and words[i].endswith(("ي", "يه")))  # الجنوب إفريقي
        )
    if only and not all(kept):
        return frozenset()
    return frozenset(
        w for w, keep in zip(words, kept, strict=True) if keep and w not in PREPOSITIONS
    )  # في links, names nobody


SPOKESMAN_OF = normalize("باسم")
# The first word of a two-word adjective whose second is written without the article
# (الرئيس الجنوب إفريقي، الوزير الشرق أوسطي).
DIRECTIONS = frozenset(normalize(w) for w in ("الجنوب", "الشمال", "الشرق", "الغرب"))


# A country named in an article: where its name starts → (where it ends, its definite
# adjective for a man's title, for a woman's).
Nations = Mapping[int, tuple[int, str, str]]


def country_as_adjective(body: str, cue: int, end: int, nations: Nations) -> list[str] | None:
    """The words of a subject whose title ends on a country's name, with the name read as
    the country's adjective: وزير خارجية قطر is وزير الخارجية القطري, رئيس وزراء باكستان
    is رئيس الوزراء الباكستاني, وزيرة خارجية ألمانيا is وزيرة الخارجية الألمانية, so
    the title finds the minister named before or the one the registry says held it.
    None when no country's name follows title words in construct at the start of
    ``body[cue:end]``."""
    start = min((at for at in nations if cue < at < end), default=None)
    if start is None or body[start - 1] not in " \t":
        return None
    before = body[cue:start].split()
    if not before or word_key(before[0]) not in TITLES:
        return None  # في لبنان، مصادر قطر: no title
    last = word_key(before[-1])
    if last.startswith("ال") or last in ROLE_LINKS or last in PREPOSITIONS:
        return None  # الرئيس قطر، رئيس حكومة في لبنان: the country is not in construct
    title = [*before[:-1], "ال" + before[-1]]
    keys = title_words(" ".join(title), only=True)
    if not keys:
        return None
    stop, man, woman = nations[start]
    return [*title, woman if a_woman(keys) else man, *body[stop:end].split()]
