"""What follows a speech verb without being its subject: objects, adverbs, whom it addresses.

After وأكد، ودعا، ووصف the next words may be what was said or whom it concerns (وأكد
رفض القوات، ودعا الوزير الأردني العالم إلى، ووصف الاتفاق بأنه). Telling them from a
subject, and cutting a title where its object begins, is this module's one job.
"""

from __future__ import annotations

import re

from ...arabic_text import normalize, word_key
from ..names.name_tokens import WORD
from ..names.name_words import COMPLEMENTISERS as COMPLEMENTISER_KEYS
from ..names.name_words import INSTITUTIONS, ROLE_LINKS, TITLES, word_keys
from ..names.name_words import STOP as STOP_WORDS
from ..names.word_patterns import possessed_noun
from .speaker_names import GIVEN
from .speaker_state import bare
from .speaker_titles import PREPOSITIONS, SPEAKER_TITLES, fused_l, of_the_title, title_word
from .speech_cues import OBJECT_VERBS, calls_on

# Words that may follow a verb whose subject is a pronoun (وأضاف في تصريح…، وقال الإثنين إن…).
PRONOUN_SUBJECT_STARTS = frozenset(
    normalize(word)
    for word in (
        "في خلال أمام وسط على عبر إلى لدى مع عن حول من بعد قبل أيضا أيضاً كذلك مجددا مجدداً أمس اليوم "
        "مساء صباح يوم الإثنين الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد حينها بدوره بدورها "
        "وفق وفقا وفقاً حسب بحسب نقلا نقلاً بشكل بصورة بلهجة بنبرة "  # وأضاف بشكل مازح: how he said it
        "له لها لهم لنا لي إنه أنه إنها أنها أننا إننا أنهم إنهم أنني إنني بأنه بأنها بأنهم متحدثا متحدثاً "
        "قائلا قائلاً قائلة مضيفا مضيفاً مؤكدا مؤكداً موضحا موضحاً مشيرا مشيراً بالقول "
        "مخاطبا مخاطباً مخاطبة "  # وأضاف مخاطبا عناصر القوات: whom he spoke to, not who
        "بـ لـ "  # وأشاد بـ"الموقف…": the preposition before a quotation, no subject
        # a demonstrative with ب after the verb (أدلى بهذه التصريحات): no subject follows
        "بهذه بهذا بذلك بتلك "
        "مرة مجددًا ثانية "  # واعتبر مرة أخرى أن: again, no subject
        "كثيرا كثيراً قليلا قليلاً مطولا مطولاً مرارا مرارًا علنا علناً صراحة "  # how much or how openly
        # an honorific with the pronoun stands for the one just spoken of (وأضاف سموه أن)
        "سموه سموها جلالته فخامته معاليه سعادته سماحته دولته "
        # a verbal noun right after the verb is its object (وأكد رفض القوات…، وجدد دعم بلاده)
        "رفض دعم استعداد ضرورة أهمية التزام حرص تمسك تأييد ترحيب"
    ).split()
)
# Prepositional ل before a medium (قال لشبكة…، للصحفيين) — not a subject.
MEDIUM_PREFIXES = tuple(
    normalize(w) for w in "لل لـ لشبكة لقناة لوكالة لصحيفة لموقع لمجلة لإذاعة لتلفزيون".split()
)


# A verb that describes its object as something (وصف، اعتبر … بأنه، بـ"…").
DESCRIBING_VERBS = word_keys("وصف وصفت اعتبر اعتبرت اتهم اتهمت")
# … of which اتهم always takes its object first: اتهم القيادة الروسية بـ"…" accuses the leadership.
ACCUSING = word_keys("اتهم اتهمت")
# وصف الاتفاق بأنه "…": a definite noun (or a demonstrative and a noun) and its adjectives,
# then بأن or بـ, the second object's mark.
DESCRIBED = re.compile(
    r"\s+(?:(?:هذا|هذه|ذلك|تلك)\s+)?(ال[\u0621-\u064a\u064b-\u0652]+)"
    r"(?:\s+ال[\u0621-\u064a\u064b-\u0652]+){0,3}\s+(?:ب[أا]ن(?:ه|ها|هم|هما)?|بـ?)(?![\u0621-\u064a])"
)
# Definite nouns that may speak themselves: groups of people and what publishes words.
SPEAKING_NOUNS = word_keys(
    "الخبراء القادة الزعماء السكان الأهالي الشهود البعض الجميع الناس الطرفان الطرفين الجانبان "
    "البيان الدراسة الرسالة"
)
# Institution words (names.name_words) that name a thing or an event, which says nothing.
SPEAKING_INSTITUTIONS = INSTITUTIONS - word_keys(
    "اتفاق جلسة اجتماع قمة مؤتمر محادثات مفاوضات أسعار مقر بحر نهر مطار ميناء معبر مخيم حي شارع "
    "ساحة قصر مبنى سد جبل بلدة قرية مدينة منطقة جزيرة عمليات حملة قطاع برنامج"
)


def described_object(body: str, cue: int, end: int, entities: bytes) -> bool:
    """After ووصف or واعتبر with no subject of its own, a definite thing and then بأن or
    بـ (ووصف الموجات الصاروخية بأنها "…"، واعتبر هذا القرار بـ"…"): the thing is the
    verb's object, and the speaker is the one already speaking. A noun that may speak
    itself (الوزارة، الصحيفة، المراقبون، a named country or body) is its subject instead."""
    if not calls_on(body, cue, DESCRIBING_VERBS):
        return False
    match = DESCRIBED.match(body, cue, end + 8)
    if match is None or (entities and entities.find(1, *match.span(1)) != -1):
        return False
    noun = word_key(match.group(1))
    if calls_on(body, cue, ACCUSING) and noun not in SPEAKER_TITLES and _adjectives_only(body, match):
        return True  # one noun phrase, then بـ: اتهم's object (a subject would stand before it)
    return not (
        noun in SPEAKER_TITLES
        or noun in SPEAKING_NOUNS
        or bare(noun) in SPEAKING_INSTITUTIONS
        or noun.endswith(("ون", "ين"))  # المراقبون، المحللين
    )


def _adjectives_only(body: str, match: re.Match[str]) -> bool:
    """Every word between the described noun and its بـ/بأن is a nisba adjective
    (القيادة الروسية), so the noun and they are one noun phrase."""
    words = WORD.findall(body, match.end(1), match.end())[:-1]  # (the last is بـ or بأن)
    return all(word_key(w).endswith(("ي", "يه")) for w in words)


def title_before_named_object(body: str, cue: int, end: int, entities: bytes) -> frozenset[str]:
    """After a verb that takes an object, a title closed by its nationality and then a
    named country or body (واتهم الرئيس الأمريكي كييف بـ"…"، وحث وزير الخارجية الأمريكي
    إسرائيل على…): the country is whom the title addresses, so the title is what comes
    before it. An adjective ends a construct, so the name cannot be the title's own."""
    if not entities or not calls_on(body, cue, OBJECT_VERBS):
        return frozenset()
    keys: list[str] = []
    for word in WORD.finditer(body, cue, end):
        key = word_key(word.group())
        if keys and entities[word.start()] == 1 and _nisba(keys[-1]) and not _nisba(key):
            return frozenset(keys)
        if not title_word(key) or (keys and key in PREPOSITIONS):
            break
        keys.append(key)
    return frozenset()


def _nisba(key: str) -> bool:
    """A definite adjective of relation (الأمريكي، الروسية): what ends a title's construct."""
    return key.startswith("ال") and key.endswith(("ي", "يه"))


TANWEEN = re.compile("[\u064b-\u064d]")  # وصرح ردًا على…، وأضاف معلقًا: an adverb, never the subject


def with_object(key: str) -> bool:
    """ب with the article (بالإفراج) or with a verbal noun of the pattern تفعيل (بتنفيذ):
    the verb's object, so its subject is a pronoun."""
    return key.startswith("بال") or (len(key) == 6 and key[:2] == "بت" and key[4] == "ي")


# After an indefinite title, a preposition makes it one of a body's people (مسؤول في حماس).
SOME_ONE_OF = word_keys("في لدى باسم من")


def indefinite(words: list[str]) -> bool:
    """A title with no article and only adjectives after it (مسؤول أممي، مسؤولة أمريكية
    رفيعة) or a preposition (مسؤول في حماس): someone new and unnamed, never a person
    named before. وزير الخارجية and
    رئيس الوزراء are definite through the noun they govern."""
    keys = [word_key(w.strip("،,.؛")) for w in words[:4]]
    keys = keys[: next((i for i, k in enumerate(keys) if k in COMPLEMENTISER_KEYS), len(keys))]
    if not keys or keys[0].startswith("ال"):
        return False
    if len(keys) > 1 and keys[1] in SOME_ONE_OF:
        return True  # مسؤول في حماس، متحدث باسم الخارجية: one of them, unnamed
    return all(k.endswith(("ي", "يه")) or k in ROLE_LINKS for k in keys[1:]) and not any(
        k.startswith("ال") for k in keys
    )


def title_before_object(words: list[str], calls_on: bool = False) -> frozenset[str]:
    """The title words a subject opens with when what follows them cannot be a name
    (وجدد الوزير السعودي بالمناسبة تمنياته: بالمناسبة is no name), else ∅. After a
    verb of calling on (``calls_on``), a definite noun between a nationality and
    إلى/على is whom the title called on (ودعا الوزير الأردني العالم إلى…), not a title word."""
    keys = ["".join(fused_l([word_key(k) for k in WORD.findall(w)])) for w in words[:5]]
    count = next((i for i, k in enumerate(keys) if not _in_title(keys, i)), len(keys))
    if not count or count == len(keys):
        return frozenset()
    after = keys[count]
    if calls_on and after in CALLED_TO:
        nisba = next((i for i in range(1, count) if keys[i].endswith("ي")), count)
        end = nisba + 1
        while end < count and keys[end] in TITLE_MODIFIERS:
            end += 1  # الوزير الأردني السابق: still the title
        if end < count:
            return frozenset(keys[:end])
    if after in STOP_WORDS or after in PRONOUN_SUBJECT_STARTS or after.startswith(("بال", "لل")):
        return frozenset(keys[:count])
    if _object_noun(words[count], after):
        return frozenset(keys[:count])  # وجدد المتحدث العسكري تحذيره، أبدى رئيس الوزراء تفاؤلا
    if _construct_object(keys, count):
        return frozenset(keys[:count])  # انتقد الرئيس الكولومبي عجز المنظمات: what he criticised
    return frozenset()


def _construct_object(keys: list[str], count: int) -> bool:
    """After a title closed by its nationality, a word no list gives as a name and then
    a definite noun (عجز المنظمات، دور الأمم): a noun and its genitive, the verb's object.
    A name there opens with a given name (الرئيس السوري أحمد الشرع). The genitive
    may be a noun with its pronoun instead (حق بلاده، موقف حكومته)."""
    return (
        count + 1 < len(keys)
        and _nisba(keys[count - 1])
        and keys[count] not in GIVEN
        and (
            (keys[count + 1].startswith("ال") and keys[count + 1] not in TITLES)
            or keys[count + 1].endswith(OWN)  # وأكد الوزير الإيراني حق بلاده: his country's
        )
    )


# A noun with "his" or "her" after its ة or as بلاد (بلاده، حكومتها، دولتهم): the genitive
# of an object, never a name's second word.
OWN = ("بلاده", "بلادها", "بلادهم", "ته", "تها", "تهم")


def _in_title(keys: list[str], i: int) -> bool:
    """``keys[i]`` still belongs to the title the subject opens with: a title word, or an
    institution in construct with one (ولفت رئيس مجلس الوزراء إلى: the council's head),
    as ``title_words`` reads it; a preposition after the first word ends it."""
    return not (i and keys[i] in PREPOSITIONS) and of_the_title(keys, i)


def title_before_definite_object(words: list[str]) -> frozenset[str]:
    """After a verb that takes an object, a definite title and then a definite noun that
    is no adjective of it (انتقد الوزير الوضع في أوروبا): the noun is the object, so the
    title is the title alone, not الوزير الوضع (which no office holds); else ∅."""
    keys = [word_key(w.strip("،,.؛")) for w in words[:5]]
    if not keys or keys[0] not in TITLES or not keys[0].startswith("ال"):
        return frozenset()
    for i, key in enumerate(keys[1:], 1):
        if not key.startswith("ال"):
            return frozenset()
        if not (key in TITLES or key in ROLE_LINKS or key in TITLE_MODIFIERS or key.endswith(("ي", "يه"))):
            return frozenset(keys[:i])
    return frozenset()


CALLED_TO = word_keys("إلى الى على ب")  # ب: طالب الوزير المجتمع الدولي بـ"دعم…"
# What may follow a title's nationality and still belong to the title (الوزير الأردني السابق).
TITLE_MODIFIERS = word_keys(
    "السابق الأسبق الحالي الجديد المقبل المستقيل الراحل المكلف المنتهية المؤقت المساعد "
    "الأول الدائم الخاص الأعلى العام المناوب"
)


def _object_noun(word: str, key: str) -> bool:
    """A noun no name can be: one with tanween (تفاؤلًا) or a possessive pronoun (تحذيره،
    and the short ones a stance is told by: رفضه، دعمها)."""
    tanween = "\u064b" in word or "\u064c" in word or "\u064d" in word
    return tanween or possessed_noun(word.strip("،,.؛"), key, GIVEN) or key in SHORT_STANCES


# Nouns of three letters with his or her pronoun that tell a stance (جدد الرئيس رفضه):
# too short for ``possessed_noun``, which keeps four-letter names in ه (عطيه، فوده).
SHORT_STANCES = frozenset(
    normalize(noun + pronoun)
    for noun in "رفض دعم حرص قلق شكر أمل دور رأي عزم فخر سعي حزن".split()
    for pronoun in ("ه", "ها")
)
