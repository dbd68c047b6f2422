"""Whether a word may stand in a name, and what the words beside it say: the small
tests the name reader (name_scan) and the name's extension (name_extent) ask of a
word in its sentence (name_like, a family name that is also a title, a name set
off by commas, a place noun before a name), kept apart so both read the same rule.
"""

from __future__ import annotations

from functools import lru_cache

from ...arabic_text import normalize, proclitic_forms, word_key
from .given_name_lists import ALL_GIVEN
from .name_tokens import PREVIOUS_WORD, Token
from .name_words import (
    AMIN_TITLE_NEXT,
    CLITICS,
    FAMILY_TITLES,
    INSTITUTIONS,
    NOT_A_NAME_START,
    PLACE_NOUNS,
    PREPOSITIONS,
    ROLE_LINKS,
    STOP,
    TITLES,
    word_keys,
)
from .word_patterns import iftial, infial, muftaal, present_verb, verb_shaped


def institution(key: str) -> bool:
    """An institution or place noun, or one with ب or ل (لوكالة، بمحلية)."""
    return key in NOT_A_NAME_START or (key[:1] in "بل" and key[1:] in NOT_A_NAME_START)


def plain_name_follows(
    words: list[Token], i: int, entity_words: frozenset[str], titled: bool = False
) -> bool:
    """The next word is joined and name-like, written without the article, or with it
    after a title (المستشار الصديق الصور, a family name; not الصديق العزيز, whose
    adjective the title's role words or the stop list hold)."""
    after = words[i + 1] if i + 1 < len(words) else None
    return (
        after is not None
        and after.joined
        and (not after.definite or titled)
        and name_like(after.key, entity_words)
    )


def second_basim(words: list[Token], i: int, role_start: int) -> bool:
    """باسم (in the name of) links a spokesperson's title once; a second باسم in the
    same role, before a family name, is the given name Basim."""
    after = words[i + 1] if i + 1 < len(words) else None
    return (
        after is not None
        and after.joined
        and after.definite
        and any(w.key == "باسم" and w.start >= role_start for w in words[:i])
    )


def joined(token: Token) -> bool:
    """Only spaces between this word and the previous one (no comma, colon, quote)."""
    return token.joined


def family_title(words: list[Token], index: int) -> bool:
    """A title that is also a family name (محمد جمال الأمين، not الأمين العام)."""
    if words[index].key not in FAMILY_TITLES:
        return False
    after = words[index + 1] if index + 1 < len(words) else None
    return (
        after is None
        or not after.joined
        or (after.key not in ROLE_LINKS and after.key not in AMIN_TITLE_NEXT)
    )


TEAM = word_key("الفريق")  # the rank (الفريق أول فلان، الفريق الركن فلان) or a team


def team_adjective(word: Token) -> bool:
    """A definite adjective after الفريق makes it a team (الفريق الاشتراكي، الفريق
    الحكومي), not the rank, which الركن alone may follow."""
    return word.definite and word.key != word_key("الركن") and word.key.endswith(("ي", "يه"))


# Given names written like a clitic and a stop word: فيصل is not ف + يصل (arrives).
# (باول and لاي stay out: بأول, "with the first", is the commoner reading.)
CLITIC_LOOKALIKES = frozenset({normalize("فيصل")})


def name_like(key: str, entity_words: frozenset[str]) -> bool:
    if key in STOP or key in TITLES or key in ROLE_LINKS or key in INSTITUTIONS or key in entity_words:
        return False
    if len(key) == 7 and key.startswith("است") and key[5] == "ا":
        return False  # استمرار، استخدام، استئناف: a verbal noun (وتوقع الوزير استمرار نمو…)
    if len(key) >= 6 and key.startswith("است") and key.endswith("ت"):
        return False  # استأثرت، استقبلت: a past verb of the form استفعل (فلانة استأثرت بـ…)
    if key.startswith("واست") and len(key) >= 7:
        return False  # واستبدل، واستقبل: و and a verb of the form استفعل (no name opens so)
    if (
        key[:1] == "ل"
        and key not in ALL_GIVEN
        and (present_verb(key[1:]) or (len(key) == 4 and key[1] == "ي" and not set(key[2:]) & set("اوي")))
    ):
        return False  # ليبحث، ليحل محل: ل and a present verb (of a doubled root too), "to …"
    if muftaal(key) and key not in ALL_GIVEN:
        return False  # محتجز، محتجزان، منتخب: a participle مفتعل (فلان الفلاني محتجز داخل السجن)
    if len(key) == 6 and (iftial(key) or infial(key)) and key not in ALL_GIVEN:
        return False  # افتتاح، اجتماع، انشغال: a verbal noun (بحضور الأمير افتتاح أعمال المجلس)
    if (
        len(key) < 2
        or (
            key[:1] in PREPOSITIONS + CLITICS
            and (key[1:] in STOP or key[1:] in ROLE_LINKS or key[1:] in INSTITUTIONS)  # ومجلس أعيان
            and key not in CLITIC_LOOKALIKES
        )
        or verb_shaped(key)
    ):  # لأي، بأنه، بأول
        return False
    if key[:2] == "ال" and key[2:] in INSTITUTIONS:
        return False  # الجماعة، الحركة، الوزارة: an institution (وأمير الجماعة الإسلامية)
    if key.startswith(("لل", "بال", "وال", "كال")) and key not in ALL_GIVEN:
        return False  # a preposition fused to the article: للإليزيه (not فال: فالتونين, بالقاسم)
    if len(key) >= 6 and key[0] == "م" and key[1] not in "اوي" and key.endswith(("ين", "ون")):
        return False  # متهمين، مؤكدون: a participle's plural (ماكرون، ميلتون have a long vowel)
    if len(key) >= 6 and key[:1] in PREPOSITIONS and key.endswith(("ته", "تها", "تهم")):
        return False  # بمتابعته، لزيارتها: a preposition, a verbal noun and its pronoun
    if key in PLACE_NOUNS or (key[:1] in PREPOSITIONS and (key[1:] in INSTITUTIONS or key[1:] in TITLES)):
        return False  # مستشفى كمال عدوان، لوكالة سبوتنيك، لرئيس الوزراء
    return not (len(key) >= 5 and key.endswith(("ها", "هم", "هما", "كم")))  # خارجيتها


def strip_clitic(key: str, given: frozenset[str]) -> int:
    """Letters of a conjunction or preposition fused to a given name (وخليل، لبشارة)."""
    if key in given or key in STOP or key[1:] in STOP:
        return 0  # ولدينا is not و + ل + دينا
    if key[:1] in CLITICS + PREPOSITIONS and key[1:] in given:
        return 1
    if key[:2] in ("ول", "وب", "فل") and key[2:] in given:
        return 2
    return 0


def accusative_with_adjective(words: list[Token], end: int) -> bool:
    """An indefinite noun in the accusative ـا (its tanween unwritten) and an indefinite
    adjective in ة after it (شروحا مفصلة، دعما كاملة): the sentence's object, no name."""
    key, after = words[end].key, words[end + 1] if end + 1 < len(words) else None
    return (
        len(key) >= 4
        and key.endswith("ا")
        and not words[end].definite  # نور الدين البابا لوكالة…: a family name
        and after is not None
        and after.key[:1] not in PREPOSITIONS
        and after.joined
        and (
            after.feminine or (after.key.endswith("ا") and _adjective_shape(after.key[:-1]))
        )  # اجتماعا مماثلا
        and not after.definite
    )


def _adjective_shape(stem: str) -> bool:
    """An Arabic adjective's stem (its accusative ـا taken off): مفاعل/مفعل (مماثل،
    مستمر), فاعل (كامل), فعيل (جديد), or a nisba (رسمي). Not a foreign family name
    (رايلا أودينغا: two words in ـا, the second no Arabic adjective)."""
    return len(stem) >= 4 and (
        stem[0] == "م" or stem[-1] == "ي" or (len(stem) == 4 and (stem[1] == "ا" or stem[2] == "ي"))
    )


def closes_an_apposition(words: list[Token], end: int, entity_words: frozenset[str]) -> bool:
    """In a name opened by a comma, word ``end`` is followed by punctuation: a name
    set off by commas, whose last word is a family name even when it is also a noun
    (دولة) or looks like an adjective (الحصرية). Not a function or time word (، فلان
    الفلاني اليوم،), a country or a body (، فلان السعودية،)."""
    word = words[end]
    key = word.key
    return (
        closes(words, end)
        and not word.tanween
        and key not in STOP
        and key not in entity_words
        and key[2:] not in entity_words
        and key not in TITLES
    )


def closes(words: list[Token], end: int) -> bool:
    """Punctuation (a comma, a full stop) or the text's end comes right after word ``end``."""
    return end + 1 >= len(words) or not words[end + 1].joined


def family_chain_follows(words: list[Token], i: int, entity_words: frozenset[str]) -> bool:
    """Two joined definite name-like words follow (صباح الأحمد الجابر، صباح الخالد الحمد),
    or a family nisba (صباح البزوني): a name, not صباح اليوم."""
    after = words[i + 1 : i + 3]
    if after and after[0].joined and after[0].definite and after[0].key.endswith("ي"):
        return name_like(after[0].key, entity_words)  # صباح البزوني: a family nisba (no time word is one)
    return len(after) == 2 and all(w.joined and w.definite and name_like(w.key, entity_words) for w in after)


def of_a_title(key: str) -> bool:
    """ل and a definite title (للرئيس، للأمين): whose role the person after it holds."""
    return key[:2] == "لل" and "ال" + key[2:] in TITLES


def after_place_noun(body: str, start: int) -> bool:
    """The name starting at ``start`` follows a place noun, a title and an opening
    quotation mark between or not: it names the place (مسجد "الشيخ فلان"، مطار الملك فلان)."""
    at = start
    before = PREVIOUS_WORD.search(body, max(0, at - 24), at)
    if before is not None and word_key(before.group(1)) in TITLES:
        at, before = before.start(), None
    if before is None:
        before = PREVIOUS_WORD.search(body[max(0, at - 30) : at].rstrip(' \t"«“') + " ")
    return before is not None and place_noun(word_key(before.group(1)))


@lru_cache(maxsize=1 << 14)  # the linker asks about the same words before each name
def place_noun(key: str) -> bool:
    """A noun naming a place or institution, bare or after و/ف and ب/ل (مطار، بمركز،
    ولجامعة): in construct with the name after it. With the article (بالمحافظة) it is
    definite, so the name after it is someone else (بالمحافظة سيف مثنى)."""
    forms = [key, *proclitic_forms(key)]
    return key in PLACE_NOUNS or any(f in PLACE_NOUNS for f in forms if "ال" + f not in forms)


def amin_names(words: list[Token], i: int) -> bool:
    """أمين inside a role starts a name (رئيس شركة أرامكو أمين الناصر) unless the title
    أمين عام، أمين السر، أمين الصندوق goes on after it."""
    after = words[i + 1] if i + 1 < len(words) else None
    return after is not None and after.joined and after.key not in AMIN_TITLE_NEXT and after.key not in STOP


def definite_role(words: list[Token], i: int) -> bool:
    """A one-word name needs a definite role before it (المبعوثة الأممية تيتيه), not a
    bare noun (لديها رئيس يجسد…)."""
    return words[i - 1].key.startswith("ال") if i else False


def clear_end(words: list[Token], end: int) -> bool:
    """A one-word name must be followed by punctuation, a function word or the end, but
    not by a demonstrative: a noun goes on into it (ينكر الجنرال وجود هذه الإثنية)."""
    if end >= len(words) or not joined(words[end]):
        return True
    if words[end].key in DEMONSTRATIVES:  # (قال الجنرال فلان هذا الأسبوع: a time, he is named)
        return end + 1 < len(words) and words[end + 1].key in DEMONSTRATED_TIMES
    return words[end].key in STOP


DEMONSTRATIVES = word_keys("هذا هذه هذين هاتين هؤلاء ذلك تلك")
DEMONSTRATED_TIMES = word_keys("الأسبوع الشهر العام الصباح المساء اليوم الأسبوعين")


def bare_title(key: str) -> str:
    """A title's key without the و، ل or ب it may carry (لمحافظ → محافظ), the ل before
    the article read as the article's (للجنرال → الجنرال)."""
    if of_a_title(key):
        return "ال" + key[2:]
    return key[1:] if key[:1] in TITLE_CLITICS and key[1:] in TITLES else key


# The proclitics a title may carry and still open a role: ونائب، لمحافظ حلب فلان، بوزير.
TITLE_CLITICS = frozenset("ولب")
