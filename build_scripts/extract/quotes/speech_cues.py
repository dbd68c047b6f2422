"""Speech verbs and participles: where they stand in a body, and what the verb at a cue is.

Every reader of a speaker starts from a cue, the offset just after a speech verb (قال،
أضاف) or a participle (قائلا). Finding them once per article (``Cues``) and asking the
same few questions of the verb there (feminine? passive? after أن? citing a source?)
in one place keeps the word lists and their exceptions together.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ...arabic_text import NormalizedText, find_words, normalize, normalize_text, word_automaton, word_key
from ...model import Mention
from ..names.name_tokens import PREVIOUS_WORD, WORD
from ..names.name_words import word_keys

VERB_STEMS = (
    (
        "قال أضاف أكد صرح شدد حذر أوضح أشار اعتبر دعا دعت كشف أعلن تابع ختم لفت أعرب "
        "ذكر نقل كتب غرد قالت أضافت أكدت صرحت شددت حذرت أوضحت أشارت اعتبرت كشفت أعلنت تابعت "
        "لفتت أعربت ذكرت كتبت غردت يقول تقول يضيف تضيف يؤكد وصف وصفت استطرد أردف أفاد أفادت تعهد تعهدت "
        "طالب طالبت رحب رحبت ندد نددت انتقد انتقدت علق علقت زعم زعمت اتهم اتهمت نفى نفت أقر أقرت "
        "جدد جددت اختتم اختتمت نقلت تساءل تساءلت أبلغ أبلغت هدد هددت توعد توعدت ناشد ناشدت حث حثت "
        "كرر كررت أجاب أجابت استبعد استبعدت رجح رجحت اعترف اعترفت أشاد أشادت يرى ترى يعتبر تعتبر "
        "يشير تشير يوضح توضح يحذر تحذر يدعو تدعو يعلن تعلن يكشف تكشف يتهم تتهم يطالب تطالب يشدد تشدد "
        "يصف تصف أكمل أكملت استكمل استكملت مضى مضت واصل واصلت أثنى أثنت توقع توقعت أبدى أبدت أتم أتمت ختمت هنأ هنأت "
        "يرد ترد يعلق تعلق يجيب تجيب يختم تختم يتابع تتابع ردت فرد تحدث تحدثت يتحدث تتحدث أدلى أدلت "  # فرد: replied (رد alone is also the noun, رد فعل)
        "اشتكى اشتكت نوه نوهت "  # complained, noted (ونوه أن «…»)
        "أبرز أبرزت "  # highlighted (وأبرز أن «…»)
        "ليرد لترد "  # so that he replied (ليرد عليه فلان)
        "أخبر أخبرت أبلغه أبلغها أبلغهم أبلغني أبلغنا أخبره أخبرها أخبرهم أخبرني أخبرنا "  # told (him)
        "أدان أدانت استنكر استنكرت "  # condemned (كما أدان "انتهاكات…": what he condemned, in his words)
        "ورفض رفضت ورفضت "  # rejected (رفض alone is also the noun: وأكد رفض المنظمة…)
        "أردفت استطردت "  # the feminine of أردف، استطرد
        "استدرك استدركت "  # went on to qualify (واستدرك فلان بأن «…»)
        "ألمح ألمحت "  # hinted (وألمح إلى…، قائلا)
        "سخر سخرت تهكم تهكمت "  # mocked (وسخرت المتحدثة قائلة: «…»)
        "تطرق تطرقت "  # addressed (a topic, in his words: الذي تطرق فيها إلى…، وقال)
        "وعد وعدت "  # promised (ووعد بـ"معركة…": his words)
        "وثمن ثمنت وثمنت "  # praised (ثمن alone is also "price": only with و or as the feminine)
        "وحيا حيت وحيت "  # saluted (حيا alone is also "alive")
        "خاطب خاطبت "  # addressed (وخاطب الحضور قائلا: whom he addressed follows)
        "ادعى ادعت "  # claimed (not يدعى, "is called": شخص يدعى فلان)
        "خلص خلصت "  # concluded (وخلص إلى أن «…»: his last words; خلصت الدراسة إلى: a thing, no one)
        "زاد زادت"  # وزاد قائلا: added (its other sense, increased, has a thing for subject: nobody speaks)
    ).split()
)
# Participles and verbal nouns (…افتتح الجلسة بتأكيد أن): the sentence's subject speaks.
PARTICIPLES = (
    "قائلا قائلة مضيفا مضيفة مؤكدا مؤكدة مشيرا مشيرة معتبرا معتبرة موضحا موضحة محذرا محذرة "
    "واصفا واصفة بتأكيد بتأكيده بتأكيدها بالقول بقوله بقولها "
    "مشددا مشددة لافتا لافتة منوها منوهة متابعا متابعة مستطردا مستطردة مردفا مردفة معربا معربة "
    "مبينا مبينة متسائلا متسائلة مشيدا مشيدة مستذكرا مستذكرة معلقا داعيا داعية مستدركا مستدركة"
).split()
PARTICIPLE_KEYS = frozenset(normalize(w) for w in PARTICIPLES)
OPINED = ("رأى", "رأت", "أمل", "أملت")  # (cues only before أن: رأي is also "opinion", أمل "hope")
SPEECH_VERB_KEYS = frozenset(normalize(w) for w in (*VERB_STEMS, *OPINED))


CUES = word_automaton(
    {
        prefix + normalize(word): kind
        for kind, words in (
            ("replied", ("رد",)),  # first: فرد, listed as a verb, stays one
            ("expressed", ("عبر",)),  # عبّر (expressed), not عبر (across, via)
            ("verb", VERB_STEMS),
            ("participle", PARTICIPLES),
            ("before-that", ("بين", "بينت")),
            ("addressed", ("وجه", "وجهت", "ألقى", "ألقت")),
            ("posted", ("نشر", "نشرت")),
            ("opined", OPINED),
        )
        for word in words
        for prefix in ("", "و", "ف", *(("ل",) if kind == "verb" and word[:1] in "يت" else ()))
    }  # ليرد الرئيس قائلا، ليضيف: the narrative ل before a present verb
)
# ردّ (replied) is written رد like the noun (a reply) and ورد like وَرَد (appeared: وورد في
# البيان): a verb when written with its shadda, or when a subject and على follow it
# (ورد الوزير الإيراني على ويتكوف قائلا), never على at once (ورد على لسان…).
REPLY_VERBS = word_keys("رد ورد فرد ردت وردت فردت")
VERB_ENDING = re.compile(r"(\w+)\u0651?\Z")  # the verb that ends at a cue, its shadda and all
REPLIED_TO = re.compile(
    r"[ \t]+[^\s،,:.«“\"]+(?:[ \t]+[^\s،,:.«“\"]+){0,4}[ \t]+على[ \t]"
    r"|[ \t]+علي(?:ه|ها|هم)(?!\w)"  # رد عليه فلان: replied to him
    # ورد بوتين: "…": a name and a colon (not ورد في البيان: "it was stated in")
    r"|[ \t]+(?!(?:في|من|عن|على|إلى|الى|ب|ل|لدى|ضمن|ذلك|هذا|ذكر|فعل|الفعل|فعله|فعلها)(?![\w]))[^\s،,:.«“\"]+(?:[ \t]+[^\s،,:.«“\"]+){0,2}[ \t]*:"
)
# عبر (expressed) before its subject and عن: ≤ four words, then عن (عبر إبراهيم عن ارتياحه).
# (No complementiser between: عبر إكس أن الاعتذار عن… is "via X", the clause after it.)
EXPRESSED_ABOUT = re.compile(
    r"(?:[ \t]+(?![أإا]ن(?:ه|ها|هم)?(?!\w))[^\s،,:.«“\"]+){1,6}[ \t]+عن[ \t](?!طريق|بعد)"
)  # (six words: عبر وزير الشؤون الخارجية السنغالي أمادو با عن; عن طريق is "by way of")
# وجّه (addressed) is written وجه like the noun (a face), and ألقى (delivered) also drops
# things (ألقى القبض، ألقى باللوم): verbs of speech only when a message follows within a few
# words (وجه الرئيس كلمة إلى الأمة، وجهت الوزيرة نداء، ألقى خطابًا في…، قال فيه).
MESSAGE_FOLLOWS = re.compile(
    r"(?:[ \t]+[^\s.،,:؛\"«“]+){0,4}?[ \t]+(?:رسالة|رسالته|رسالتها|كلمة|كلمته|كلمتها|نداء|نداءه"
    r"|خطاب|خطابه|خطابها|تحذير|تحذيرات)(?:\u064b?ا)?(?!\w)"
)
# نشر (posted) is also "deployed" and "published": a verb of speech only when it opens a
# clause with و and where he posted follows within a few words (ونشر الرئيس على حسابه في
# منصة إكس، على شبكات التواصل).
POSTED_ON = re.compile(
    r"(?:[ \t]+[^\s.،,:؛\"«“]+){0,6}?[ \t]+(?:على|عبر|في)[ \t]+(?:حساب|صفح|منص|شبك|مواقع|موقع|تويتر|إكس"
    r"|فيسبوك|فيس بوك|تلغرام|تيليغرام|تليغرام|إنستغرام|انستغرام)"
)
# بيّن (explained) is written بين like the preposition (between): a verb only before أن/إن.
THAT_FOLLOWS = re.compile(r"\s+[أإا]ن(?:ه|ها|هم)?(?!\w)")
# … or, after وبين at a clause's start, once its subject is named (وبيّن عبدي أن).
THAT_AFTER_SUBJECT = re.compile(r"(?:\s+[\w\u0640]+){1,3}?\s+[أإا]ن(?:ه|ها|هم)?(?!\w)")
# … or after من جهته، (a new speaker's turn), its subject named at whatever length, a comma
# allowed before أن (من جهته، بيّن رئيس مجلس النواب فلان، أن).
TURN_BEFORE = re.compile(r"(?<!\w)من\s+(?:جهت|جانب)(?:ه|ها|هم)\s*[،,]\s*\Z")
THAT_AFTER_LONG_SUBJECT = re.compile(r"(?:\s+[\w\u0640]+){1,8}?[،,]?\s+[أإا]ن(?:ه|ها|هم)?(?!\w)")


# جدد right after an indefinite plural noun (أعضاء جدد، مستثمرين جدد) is "new", not "renewed".
NEW_AFTER_PLURAL = re.compile(
    r"(?<!\w)(?!ال)(?:[\u0621-\u064a]{3,}اء|م[\u0621-\u064a]{3,}(?:ين|ون))[ \t]+جدد\Z"
)
PASSIVE_PRESENT = re.compile("[وف]?[يت]\u064f")  # يُعتبر، تُذكر: the damma of the passive
NAME_CONNECTOR_BEFORE = re.compile(r"(?<!\w)(?:أبي|ابي|أبو|ابو|بن|بنت|آل)\s+\Z")


REACTION = re.compile(r"[ \t]+(?:ال)?فعل(?!\w)")  # رد فعل، ردّ الفعل: a reaction, no verb
# نقل is also the noun "transfer" (ملف نقل السجناء): a verb of speech only when عن or أن
# follows in its clause (ونقلت الوكالة عن الوزير، ونقل مراسلنا أن).
RELAYED = word_keys("نقل نقلت")
# (a name in brackets counts as one word: ونقلت وكالة (برس ترست أوف إنديا) الهندية عن فلان;
# a time or a place set off by commas may stand before عن: ونقلت الصحيفة، أمس، عن الوزيرة;
# not before أن, which after a comma opens a clause of its own: ملف نقل اللاجئين، وقال إن)
RELAYED_FROM = re.compile(
    r"(?:[ \t]+(?:\([^()\n]{1,40}\)|[^\s.،,:؛]+)){0,5}?[ \t]+(?:عن|[أإا]ن)(?:ه|ها|هم)?(?!\w)"
    r"|(?:(?:[ \t]*[،,][ \t]*|[ \t]+)[^\s.،,:؛]+){0,5}?(?:[ \t]*[،,][ \t]*|[ \t]+)عن(?:ه|ها|هم)?(?!\w)"
)


# An indefinite plural or nisba right before a participle (عقوبات مشددة، إجراءات أمنية
# مشددة): the participle is its adjective. With the article it is a speaker's manner
# (وأضافت الوزيرة مؤكدة), and after a comma a clause of its own.
AFTER_INDEFINITE_FEMININE = re.compile(r"(?<![\w])(?!ال)\w{2,}(?:ات|ية)\s+\Z")


@dataclass(frozen=True, slots=True)
class Cues:
    """Body offsets just after each speech verb and each participle, found once per article."""

    verbs: list[int]
    participles: list[int]

    @classmethod
    def find(cls, body: str, normalized: NormalizedText | None = None) -> Cues:
        text = normalized or normalize_text(body)
        origin = text.origin
        verbs: list[int] = []
        participles: list[int] = []
        for start, end, kind in find_words(CUES, text.padded):
            begin, at = origin[start], origin[end - 1] + 1  # the word's offsets in the body
            if kind == "before-that":
                if _explained(body, begin, at):
                    verbs.append(at)  # وبين أن، وبيّن عبدي أن: explained that
                continue
            if kind == "replied":
                shadda = body[at : at + 1] == "\u0651"  # written after the letter it doubles
                if REACTION.match(body, at + shadda):
                    continue  # ردّ فعل السلك الدبلوماسي: a reaction, a noun
                if shadda or REPLIED_TO.match(body, at):
                    verbs.append(at + shadda)  # وردّ، ورد الوزير على فلان قائلا: replied
                continue
            if kind == "opined":
                if THAT_FOLLOWS.match(body, at) or THAT_AFTER_LONG_SUBJECT.match(body, at):
                    verbs.append(at)  # ورأى الوزير فلان أن (not رأي العلم, the opinion of science)
                continue
            if kind == "addressed":
                if MESSAGE_FOLLOWS.match(body, at):
                    verbs.append(at)  # وجه غوتيريش رسالة إلى القادة: "…" (not وجه, a face)
                continue
            if kind == "posted":
                if body[begin] in "وف" and POSTED_ON.match(body, at):
                    verbs.append(at)  # ونشر الرئيس على حسابه في إكس: "…" (not نشر القوات, deployed,
                    # nor رسالة نشرت على فيسبوك, a message posted)
                continue
            if kind == "expressed":
                if "\u0651" in body[begin:at] or EXPRESSED_ABOUT.match(body, at):
                    verbs.append(at)  # عبّر، وعبر الوزير عن ارتياحه: expressed
                continue
            if kind == "verb" and NAME_CONNECTOR_BEFORE.search(body, max(0, begin - 6), begin):
                continue  # علي بن أبي طالب، آل ناصر: a name's word after its connector, no verb
            if kind == "verb" and PASSIVE_PRESENT.match(body, begin):
                continue  # لا تُعتبر طرفا، يُذكر أن: a passive, whose subject is no speaker
            if kind == "verb" and calls_on(body, at, RELAYED) and not RELAYED_FROM.match(body, at):
                continue  # ملف نقل السجناء: the transfer, no one relaying words
            if kind == "verb" and NEW_AFTER_PLURAL.search(body, max(0, begin - 30), at):
                continue  # انضمام أعضاء جدد: "new", the plural of جديد, after a plural noun
            if kind != "verb" and AFTER_INDEFINITE_FEMININE.search(body, max(0, begin - 20), begin):
                continue  # عقوبات مشددة، إجراءات أمنية مشددة: an adjective of the noun, no speaker's
            (verbs if kind == "verb" else participles).append(at)
        return cls(verbs=verbs, participles=participles)

    def outside(self, spans: list[tuple[int, int]]) -> Cues:
        """The cues that are not inside a quotation: a verb in quoted words (…كان يصف
        واقعا ويشير…) is the speaker's, and has no subject in the reporting text."""
        starts = [start for start, _ in spans]

        def keep(offsets: list[int]) -> list[int]:
            kept = []
            for at in offsets:
                index = bisect_right(starts, at) - 1
                if index < 0 or not spans[index][0] < at <= spans[index][1]:
                    kept.append(at)
            return kept

        return Cues(verbs=keep(self.verbs), participles=keep(self.participles))

    def between(self, start: int, end: int) -> tuple[list[int], list[int]]:
        def pick(offsets: list[int]) -> list[int]:
            return offsets[bisect_left(offsets, start) : bisect_right(offsets, end)]

        return pick(self.verbs), pick(self.participles)


def _explained(body: str, begin: int, at: int) -> bool:
    """بين (the word from ``begin`` to ``at``) is بيّن, explained: أن follows at once, or
    after the subject it names at a clause's start (وبين) or a speaker's turn (من جهته،)."""
    if THAT_FOLLOWS.match(body, at):
        return True
    if body[begin] == "و":
        return THAT_AFTER_SUBJECT.match(body, at) is not None
    turn = TURN_BEFORE.search(body, max(0, begin - 16), begin) is not None
    return turn and THAT_AFTER_LONG_SUBJECT.match(body, at) is not None


THAT_WORDS = word_keys("أن بأن لأن")
# وأكد أنه جدد الدعوة…: with a pronoun the verb after it is inside what he said, unless
# its own subject follows it (أفادت الوكالة أنه هنأ فلان: the impersonal pronoun)
THAT_HE = word_keys("أنه أنها بأنه بأنها")
NEGATIONS = word_keys("لا لم لن ما")


def after_complementiser(body: str, cue: int, words: frozenset[str] = THAT_WORDS) -> bool:
    """The verb ending at ``cue`` stands right after أن/بأن (or one of ``words``): a
    verb of the reported clause."""
    before = word_before_verb(body, cue)
    if before is not None and word_key(before.group(1)) in NEGATIONS:  # أنه لا يتحدث: still his clause
        before = PREVIOUS_WORD.search(body, max(0, before.start() - 16), before.start())
    return before is not None and word_key(before.group(1)) in words


# The speech verb ending at a cue. Atomic, as PREVIOUS_WORD: a word's longest reading is
# the only one that may end where the search ends, so re need not give letters back.
VERB_BEFORE = re.compile(rf"(?>{WORD.pattern})\Z")
# A speech verb in a relative clause about a statement (بيانا قال فيه، كلمة وعد فيها): its
# subject is the statement's author.
IN_WHICH = re.compile(r"\s*(?:فيه|فيها|خلاله|خلالها)(?!\w)")


WRITTEN_WORD = re.compile(r"\S+\Z")  # a word with its diacritics, ending where the search ends


def passive(body: str, cue: int) -> bool:
    """The speech verb ending at ``cue`` is written passive, a damma on its first
    letter (أُعلنت، نُقل): what it says was said by nobody the sentence names."""
    verb = WRITTEN_WORD.search(body, max(0, cue - 24), cue)
    return verb is not None and verb.group()[1:2] == "\u064f"


CONSIDERED = word_keys("يعتبر تعتبر يعد تعد")
NEXT_WRITTEN = re.compile(r"[ \t]+(\S+)")


def considered(body: str, cue: int) -> bool:
    """يعتبر/يعد and then an indefinite noun in ة or with tanween (حرمان الناس يعتبر جريمة،
    تعتبر خرقاً): "is considered", a predicate, not someone speaking."""
    verb = VERB_BEFORE.search(body, max(0, cue - 12), cue)
    if verb is None or word_key(verb.group()) not in CONSIDERED:
        return False
    after = NEXT_WRITTEN.match(body, cue)
    word = after.group(1).rstrip("،,.") if after else ""
    return not word.startswith("ال") and (word.endswith("ة") or "\u064b" in word)


def word_before_verb(body: str, cue: int) -> re.Match[str] | None:
    """The word before the speech verb ending at ``cue`` (group 1), if any."""
    verb = VERB_BEFORE.search(body, max(0, cue - 24), cue)
    return PREVIOUS_WORD.search(body, max(0, verb.start() - 16), verb.start()) if verb else None


def speech_verb(key: str) -> bool:
    """``key`` is a speech verb, with its و or ف (وقال، فأضاف)."""
    return key in SPEECH_VERB_KEYS or (key[:1] in "وف" and key[1:] in SPEECH_VERB_KEYS)


RELAYING = word_keys("ما حسبما كما مثلما")


def relays(body: str, cue: int) -> bool:
    """The verb ending at ``cue`` cites a source (بحسب ما ذكرت "رويترز"، وفق ما نقلت…):
    the outlet relays the speaker's words, it does not take their place."""
    before = word_before_verb(body, cue)
    return before is not None and word_key(before.group(1)) in RELAYING


def feminine_verb(body: str, cue: int) -> bool:
    """The speech verb ending at ``cue`` is feminine (قالت، ووصفت: a stem the list has, plus
    ت), so its subject is a woman or a feminine noun — never الرئيس or الوزير."""
    if body[cue - 1 : cue] != "ت":
        return False
    verb = VERB_BEFORE.search(body, max(0, cue - 24), cue)
    key = word_key(verb.group()) if verb else ""
    return _feminine_of_a_speech_verb(key) or (key[:1] in "وف" and _feminine_of_a_speech_verb(key[1:]))


def _feminine_of_a_speech_verb(key: str) -> bool:
    """A listed stem plus ت, or a defective one that loses its last letter before it
    (رأى → رأت، دعا → دعت، نفى → نفت)."""
    return key.endswith("ت") and any(key[:-1] + end in SPEECH_VERB_KEYS for end in ("", "ي", "ا"))


# Verbs of calling on someone to do something (دعا الوزير العالم إلى، حث الرئيس الأطراف على).
CALLING_VERBS = word_keys("دعا دعت حث حثت طالب طالبت ناشد ناشدت خاطب خاطبت")


def calls_on(body: str, cue: int, verbs: frozenset[str] = CALLING_VERBS) -> bool:
    """The speech verb ending at ``cue`` is one of ``verbs`` (ودعا، وحثت: it calls on someone)."""
    verb = VERB_BEFORE.search(body, max(0, cue - 12), cue)
    key = word_key(verb.group()) if verb else ""
    return key in verbs or (key[:1] in "وف" and key[1:] in verbs)


# Verbs whose object a relative clause may be (انتقد الذين شككوا، هاجم من يعارضون).
OBJECT_VERBS = CALLING_VERBS | word_keys("انتقد انتقدت هاجم هاجمت اتهم اتهمت وصف وصفت حذر حذرت")


# Verbs whose object is then said to be something (اتهمه بأنه، وصفه بأنه).
ACCUSING_VERBS = word_keys("اتهم اتهمت وصف وصفت")
# بأنه right after a person's name: the pronoun is that person, the verb's object.
OF_BEING = re.compile(r"\s+ب[أا]ن(?:ه|ها|هم|هما)(?!\w)")


# Verbs of congratulating and thanking: whom they address is their object, and what for
# follows it (هنأ فلانا على "…"، شكره على…).
CONGRATULATING_VERBS = word_keys("هنأ هنأت شكر شكرت")
FOR_WHAT = re.compile(r"[ \t]*(?:على|ب|[\"“«])")


def congratulated(body: str, person: Mention) -> bool:
    """ "For" or the quotation follows the person's name (وهنأ ميلي "على العمل…"، وشكر فلانا
    على): after هنأ or شكر, the person is whom the subject congratulates or thanks."""
    return bool(FOR_WHAT.match(body, person.end))


def accused(body: str, person: Mention) -> bool:
    """بأنه follows the person's name (اتهم نظيره فلان بأنه، وصف الرئيس فلان بأنه): after
    اتهم or وصف, the person is whom the subject accuses or describes."""
    return bool(OF_BEING.match(body, person.end))
