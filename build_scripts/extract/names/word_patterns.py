"""Arabic word shapes that are never a name: verbal nouns (إفعال، افتعال), participles
(مفتعل، مفعول), present verbs, nouns with a possessive pronoun. No list can hold
every such word, so their patterns are read from the key itself.
"""

from __future__ import annotations

from .name_tokens import Token


def possessed_noun(raw: str, key: str, given: frozenset[str]) -> bool:
    """A noun with a possessive pronoun (تحذيره، دعوتها، رفضهم), five letters or more,
    written with ه (not ة: بوريطة) and no given name (عبدالله): never a one-word name."""
    if len(key) < 5 or raw.endswith("ة") or key.startswith("عبد") or key in given:
        return False
    return raw.endswith(("ه", "ها", "هم"))


def plural_with_pronoun(key: str) -> bool:
    """A plural noun with its pronoun (لقاءاته، أتباعه، أنصاره): the sound feminine plural,
    or the broken plural أفعال, then ه or ها."""
    if key.endswith(("اته", "اتها", "اتهم")):
        return True
    stem = key[:-1] if key.endswith("ه") else key[:-2] if key.endswith("ها") else ""
    return len(stem) == 5 and stem[0] == "ا" and stem[3] == "ا"


def verbal_noun_after_l(key: str) -> bool:
    """ل + a verbal noun of the derived patterns (لافتتاح، لاستقبال، لانطلاق، لالقاء):
    what a visit or a meeting is for, never a name (لافروف، لاريجاني do not fit)."""
    if key[:2] != "لا":
        return False
    rest = key[1:]
    return (
        (len(rest) == 6 and rest[2] == "ت" and rest[4] == "ا")  # افتعال
        or (len(rest) == 7 and rest.startswith("است") and rest[5] == "ا")  # استفعال
        or (len(rest) == 6 and rest.startswith("ان") and rest[4] == "ا")  # انفعال
        or (len(rest) == 5 and rest[3] == "ا")  # إفعال written without its hamza
    )


def verb_shaped(key: str) -> bool:
    """A verb with a purpose or future prefix and an object pronoun (ليصدره، ستمنحها), or
    the present of a verb in است (يستحق، وتستهدف): no name opens with يست or تست."""
    if len(key) >= 6 and key.startswith(("يست", "تست", "ويست", "وتست", "فيست", "فتست")):
        return True
    if len(key) >= 6 and (
        (key.startswith(("سي", "ست")) and key.endswith("ون")) or (key.startswith("ست") and key.endswith("ين"))
    ):
        return True  # سينظرون، ستعملين: a future verb's plural or feminine person (never سي…ين:
        # سيغولين is Ségolène)
    return len(key) >= 5 and key.startswith(("لي", "لت", "سي", "ست")) and key.endswith(("ه", "ها", "هم"))


def present_with_pronoun(word: Token) -> bool:
    """ي/ت + a stem + ه، ها، هم, written with ه (يرافقه، تدعمها): a verb, not a family name."""
    key = word.key
    return key[:1] in ("ي", "ت") and len(key) >= 5 and key.endswith(("ه", "ها", "هم")) and not word.feminine


def present_verb(key: str) -> bool:
    """The present verb يفعل/تفعل (يمنح، تحرج; تعتبر is five): no long vowel after its
    prefix; or يتفعّل/يتفاعل (يتعهد، يتفاوض), whose prefix ت no name opens with; or
    their dual and plural (يبحثان، يتوسطان، يتفقون)."""
    if len(key) == 4 and key[0] in "يت" and not set(key[1:]) & set("اوي"):
        return True
    if len(key) == 5 and key[0] == "ي" and key[2] == "ت" and not {key[1], key[3]} & set("اوي"):
        return True  # يفتعل (ينتمي، يعتبر، يجتمع)
    if len(key) in (6, 7) and key.endswith(("ان", "ون")) and key[0] == "ي":
        stem = key[:-2]
        return present_verb(stem) or (len(stem) == 5 and stem[:2] == "يت")
    return key[:2] in ("يت", "تت") and (
        (len(key) == 5 and not set(key[2:]) & set("اوي")) or (len(key) == 6 and key[3] == "ا")
    )


def definite_taf_il(key: str) -> bool:
    """A verbal noun التفعيل with the article (التأكيد، التحذير، الترحيب): a verb's object
    (وجددت التأكيد على…), never its subject nor a family name (فلان البرازي التأكيد)."""
    return len(key) == 7 and key.startswith("الت") and key[5] == "ي"


def bi_taf_il(key: str) -> bool:
    """ب or ل and the verbal noun تفعيل (بتسليم، بتوضيح، لتثمين): no name has that shape."""
    return len(key) == 6 and key[:2] in ("بت", "لت") and key[4] == "ي"


def ifal(key: str) -> bool:
    """The verbal noun إفعال (إجراء، إعلان، إرسال)."""
    return len(key) == 5 and key[0] == "ا" and key[3] == "ا" and consonants(key[1:3])


def muftaal(key: str) -> bool:
    """The participle مفتعل and its dual (محتجز، محتجزان، منتخب); the given names of
    that shape (مختار، معتصم، منتصر) are in the lists, and ماتيو's ا is no consonant."""
    stem = key[:-2] if len(key) == 7 and key.endswith("ان") else key
    return len(stem) == 5 and stem[0] == "م" and stem[2] == "ت" and consonants(stem[1])


def iftial(key: str) -> bool:
    """The verbal noun افتعال (افتتاح، اجتماع، انتخاب); the given names of that shape
    (ابتسام، انتصار) are in the lists, and إيتمار's ي is no consonant."""
    return len(key) == 6 and key[0] == "ا" and key[2] == "ت" and key[4] == "ا" and consonants(key[1])


def infial(key: str) -> bool:
    """The verbal noun انفعال (انشغال، انسحاب، انفجار); a given name of that shape
    (انشراح) is in the lists."""
    return len(key) == 6 and key[:2] == "ان" and key[4] == "ا" and consonants(key[2:4])


def consonants(letters: str) -> bool:
    """No long vowel among them, and no ل first: إجراء's جر, not إيفان's يف or
    إلغاء's لغ (whose article-like start the rules for definite words read)."""
    return not set(letters) & set("اوي") and letters[:1] != "ل"


def maful(key: str) -> bool:
    """The pattern مفعول (موضوع، مشروع، مطلوب): nouns and participles; the given names
    of that shape (محمود، مسعود، ممدوح) are in the lists and checked first."""
    return len(key) == 5 and key[0] == "م" and key[3] == "و"
