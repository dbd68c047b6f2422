"""Where a name ends: from its first word, how far the words after it still belong
to it (a family name, a nisba, a connector) and where the sentence goes on (a
verb, an object, a noun and its adjective). One long rule list, kept in one place
because the order of its tests is part of the rule.
"""

from __future__ import annotations

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
    GOD,
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
from ..names.word_patterns import bi_taf_il, consonants, ifal, present_verb, present_with_pronoun


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
    end, count, definite_run = i + 1, 1, False
    while end < len(words) and count < MAX_NAME_WORDS and joined(words[end]) and not covered(words[end]):
        key = words[end].key
        after_connector = words[end - 1].key in CONNECTORS
        if key in ("ابو", "ام") and count >= 2 and words[end - 1].definite:
            break  # حذيفة الكحلوت أبو إبراهيم: a kunya after a family name is an epithet
        if key in CONNECTORS:
            end += 1
            continue
        if (
            (words[end - 1].key in SON_OF and (key not in STOP or key in SIDI))
            or (words[end - 1].key in PATRONYMIC and key in TITLES and key in ALL_GIVEN)  # بنت بندر بن سلطان
            or (words[end - 1].key in SIDI and count >= 2 and key not in STOP)  # ولد سيد المختار
        ) and not words[end].tanween:
            end, count = end + 1, count + 1  # ولد حي، ولد سيد المختار، ولد الشيخ محمد: the father's
            continue  # name, whatever word it also is
        if words[end - 1].key == ABD and words[end].definite:
            end, count, definite_run = end + 1, count + 1, True  # عبد الأمير، عبد الملك: one name,
            continue  # even when that word is also a title
        if key[:1] == "و" and len(key) >= 5 and key.endswith(("ه", "ها", "هم")):
            break  # معمر القذافي ومقتله: and + a noun with its pronoun
        if key[:1] in CLITICS + PREPOSITIONS and key[1:] in given and key not in given:
            break  # وخليل: the next person of a list; خليفة لستيف بالمر: someone else's
        if (
            count >= 2
            and key[:1] == "و"
            and key not in given
            and key not in CONNECTORS
            and not _closing_nisba(words, end)
        ):
            break  # ألكسندر عيدان ووجود الوفود: a name of two words does not go on into و + a noun
        if count >= 2 and (words[end].hamza_clitic or (key in WRITTEN_OBJECTS and not words[end].definite)):
            break  # طالب النائب فلان الفلاني بأخذ الكلمة، نشر المحامي فلان بن فلان تدوينة
        if key.endswith(("اته", "اتها", "اتهم")) and len(key) >= 6:
            break  # أحمد خزيم تصريحاته: a plural noun with its pronoun
        if (
            count >= 2
            and len(key) == 6
            and key[2] == "ا"
            and key[4] == "ي"
            and not words[end].definite
            and key[-2:] != "ين"  # حسام زاهر جبارين: a family name
            and key not in given
        ):
            break  # فلان ولد فلان جماهير عرفات: a broken plural فعاليل (جماهير، مشاريع), the verb's object
        if key.endswith("ات") and len(key) >= 7:
            break  # أحمد السعيداني انتقادات: a long plural noun (not بركات، حمادات)
        if len(key) == 5 and key[0] == "ي" and key[2] == "ا" and key not in given:
            break  # وائل رزوق يهاجم، فلان يطالب: a present verb يفاعل after the name
        if present_verb(key) and key not in given:
            break  # القاضية فلانة تحرج محامي…: a present verb يفعل/تفعل after the name
        if len(key) == 5 and key[0] in "يت" and key[2] == "ت" and consonants(key[1]) and key not in given:
            break  # فلان يفتقر، فلانة تعتبر: a present verb يفتعل after the name
        if len(key) == 5 and key[:2] in ("لي", "لت") and consonants(key[2:]) and key not in given:
            break  # بشكل نادر ليكسر التعادل: ل + a present verb (in order to), no name
        if count >= 2 and present_with_pronoun(words[end]):
            break  # سليم خوري يرافقه: a present verb and its object pronoun
        if count >= 2 and len(key) >= 6 and key.endswith(("ته", "تها", "تهم")):
            break  # أشرف ريفي مهاجمته: a noun in ة with its pronoun
        if count >= 2 and bi_taf_il(key):
            break  # عبد الله الياور بتسليم: ب and a verbal noun تفعيل
        if ifal(key) and key not in given and (count >= 2 or words[i].key in AMBIGUOUS_GIVEN):
            break  # فلان الفلاني إجراء، ذكر أسماء أشخاص: a verbal noun or a plural أفعال, after
            # a name of two words or a given name that is also a common word
        if (
            count >= 2
            and len(key) == 4
            and key[0] == "ب"
            and not set(key[1:]) & set("اوي")
            and key not in given
        ):
            break  # أحمد بن سلمان المسلم بشطب: ب and a verbal noun فعل (not باما: a long vowel)
        if key == ABIDIN and words[end - 1].key == ZAIN:
            end, count = end + 1, count + 1  # زين العابدين: one given name of two words
            continue
        if key == GOD and end == i + 1 and not words[i].definite and words[i].key not in CONNECTORS:
            end, count = end + 1, count + 1  # ذبيح الله، فضل الله، نصر الله: one given name of two words
            continue
        if key[:1] == "ف" and (key[1:] in SPEECH or key[1:] in VERBS):
            break  # أما المحامي فلان الفلاني فوصف المحاكمة: the verb of أما … فـ
        if key[:1] == "و" and (key[1:] in TITLES or _nisba(words[end], key[1:])):
            break  # فلان ومسؤول البلديات، خبير عسكري واستراتيجي: and a title, and an adjective
        if words[end].tanween or (key[-1:] == "ا" and key[:-1] in TITLES):
            break  # نبيل عبد الله علي ناطقاً رسمياً، فلان عميدا للبلدية (a title in the accusative)
        if key[:1] == "ك" and key[1:] in TITLES:
            break  # نجلاء بودن كرئيسة للحكومة: "as" + a title
        if (
            first_given
            and key in TITLES
            and key in ALL_GIVEN
            and _given_title_names(words, end, entity_words)
        ):
            end, count = end + 1, count + 1  # محمد أمين ولد داهي، محمد علي أحمد سلطان محافظا: a
            continue  # given name that is also a title, inside a name (not تميم أمير قطر)
        if set_off and count >= 2 and closes_an_apposition(words, end, entity_words):
            end, count = end + 1, count + 1  # ، عبد القادر الحصرية، / ، عبد الفتاح دولة،: the last
            break  # word before the comma that closes the name set off by commas is its family name
        if words[end].definite and (key.endswith(("يين", "يون")) or _not_his_relative(words, i, end)):
            break  # نضال الكشميريين: a plural nisba; الوزير حسين المراحل التي…: a noun and its relative
        if words[end].definite and key[2:] in OBJECT_NOUNS:
            break  # طالب النائب فلان الفلاني الحكومة بـ…، حضرت فلانة فلان اللقاء: the verb's object
        if count >= 2 and accusative_with_adjective(words, end):
            break  # تلقى الحاكم فلان الفلاني شروحا مفصلة: an object and its adjective
        if words[end].definite and words[end].feminine and _feminine_nisba_follows(words, end):
            break  # وحث محمود الأجهزة الأمنية: a noun and its adjective, not a family name
        if key in CONSTRUCT_TITLES and end + 1 < len(words) and words[end + 1].definite:
            break  # أحمد الطيب شيخ الأزهر
        if count >= 2 and key[:1] == "ل" and _before_complement(words, end):
            break  # قال فلان الفلاني لسبوتنيك إن: whom he told, not his name
        if words[end].definite:
            if (
                (not first_given or words[i].key in FOREIGN_GIVEN)
                and not (count == 1 and key in DEFINITE_GIVEN)  # بيرام الداه أعبيد: a Mauritanian name
                and not (
                    titled
                    and count == 1
                    and not first_given
                    and not words[i].key.endswith(("ه", "ها"))  # الوزير خطابه السياسي: a noun, his
                    and words[i].key[:1] != "و"  # وزير الزراعة واستصلاح الأراضي: the title goes on
                    and _family_nisba(words[end], entity_words)
                )
            ):  # a foreign name has no article:
                break  # توم بيرييلو، جوليوس ماليما السياسي المعارض
            if (
                count == 1
                and words[end - 1].key in given
                and (key in entity_words or key[2:] in entity_words)
            ):
                end, count, definite_run = end + 1, count + 1, True
                continue  # محمد المصري: a country's adjective after a given name is a family name
            if (
                key in entity_words
                or key[2:] in entity_words
                or not (name_like(key, entity_words) or family_title(words, end))
            ):
                break
            patronymic = end >= 2 and words[end - 2].key in PATRONYMIC  # بن محمد الفرحان
            if not (
                after_connector
                or patronymic
                or (count == 2 and words[end - 1].key in given)  # محمد أحمد النور، محمد صالح النظيف
                or (count == 2 and titled and first_given and closes(words, end))  # الشيخ أحمد دعيج الصباح،
                or count == 1
                or definite_run
                or (key.endswith("ي") and len(key) >= 5)
                or key[2:] in ARABIC_GIVEN  # خالد جويت الأحمد: the article and a given name
                or family_title(words, end)
            ):
                break
            definite_run = True
        elif not (name_like(key, entity_words) or words[end].ali or _foreign_bal(words, i, end)) or (
            words[end].feminine and (not first_given or words[i].key in FOREIGN_GIVEN)
        ):
            break  # a word in ة after a foreign given name is Arabic, and no name (كارولين ذكية)
        end, count = end + 1, count + 1
    while end > i + 1 and words[end - 1].key in CONNECTORS:
        end -= 1
    return end


# What a verb's subject writes or sends, indefinite and in ة (no alef of the accusative
# to show it): نشر فلان بن فلان تدوينة، وجه فلان الفلاني رسالة. No family name.
WRITTEN_OBJECTS = word_keys("تدوينة تغريدة رسالة برقية مذكرة كلمة صورة دعوة مقالة شكوى")
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


def _foreign_bal(words: list[Token], i: int, end: int) -> bool:
    """A short family name that starts like ب + the article (بافلو باليسا، ستيف بالمر):
    after a foreign given name it is the name, not "with the …" (بالاتفاق، بالوزير)."""
    key = words[end].key
    return end == i + 1 and words[i].key in FOREIGN_GIVEN and key.startswith("بال") and len(key) <= 6
