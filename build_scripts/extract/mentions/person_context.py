"""Whether a registered person's name in the text is that person: not another man's
kunya, a son's name with his father's in it, or a namesake's family name (جواد حسني
سلامي، مجتبى خامنئي); a middle name or a nasab between the person's own names; a family
name alone that the article's earlier full name decides."""

from __future__ import annotations

from ...arabic_text import normalize
from ...model import Registry, per_registry
from ..names.given_name_lists import ALL_GIVEN, ARABIC_GIVEN, given_names
from ..names.name_words import FOREIGN_RANKS, HONORIFICS, PATRONYMIC, SPEECH_FORMS, STOP, TITLES, VERBS
from .entity_automaton import Pattern
from .neighbour_words import next_word, previous_word
from .short_forms import role_keys
from .spelling_variants import family_words, one_edit


@per_registry
def _name_words(registry: Registry) -> dict[str, frozenset[str]]:
    """Actor id → every word of their registered Arabic names, normalised."""
    return {
        actor.id: frozenset(
            w for name in (actor.names.ar, *actor.names.aliases_ar) for w in normalize(name).split()
        )
        for actor in registry.actors.values()
    }


IN_THE_NAME_OF = frozenset({normalize("باسم")})
# Words that may stand between a title and a registered name without being a given name.
NOT_GIVEN = TITLES | HONORIFICS | SPEECH_FORMS | VERBS | STOP | PATRONYMIC


@per_registry
def _all_name_words(registry: Registry) -> frozenset[str]:
    """Every word of every registered person's Arabic names."""
    return frozenset().union(*_name_words(registry).values())


KUNYA = frozenset(normalize(w) for w in ("أبو", "أم"))
KUNYA_WORDS = KUNYA | {normalize("أبي")}
NOT_NAME_WORDS = STOP | TITLES


def kunya_of_another(registry: Registry, pattern: Pattern, key: str, start: int, before: str) -> bool:
    """A registered kunya (أبو مازن) written right after a given name or a family nisba
    (الجبوري) that is none of the person's own names: the kunya of the man just named
    (no comma, no title between; a country's adjective before it is no name)."""
    if key[start : start + 4].split(" ")[0] not in KUNYA or not before or key[start - 1 : start] != " ":
        return False
    if key[start - len(before) - 2 : start - 1] != " " + before and start - 1 != len(before):
        return False  # punctuation between: an apposition, not one name
    name_end = before in given_names()[0] or (
        before.startswith("ال") and before.endswith("ي") and len(before) >= 5
    )
    return (
        name_end
        and before not in NOT_NAME_WORDS
        and before not in _name_words(registry).get(pattern.entity_id, ())
    )


def kunya_goes_on(registry: Registry, pattern: Pattern, key: str, start: int, end: int) -> bool:
    """A registered kunya (أبو عمار) with a family nisba right after it that is none of
    the person's own names (أبو عمار الشامي, a fighter's nom de guerre): another man's.
    (The caller rules out a country's adjective there: أبو عمار الفلسطيني.)"""
    if key[start : start + 4].split(" ")[0] not in KUNYA or key[end : end + 1] != " ":
        return False
    after = next_word(key, end)
    return (
        after.startswith("ال")
        and after.endswith("ي")
        and len(after) >= 5
        and after not in NOT_NAME_WORDS
        and after not in _name_words(registry).get(pattern.entity_id, ())
    )


CLITICS = ("وب", "ول", "فل", "و", "ف", "ل", "ب", "ك")  # longest first


ALI = "علي"  # as written: the given name (the preposition is على, keyed alike)


def someone_elses_given(
    registry: Registry, pattern: Pattern, before: str, spelt: str = "", *, also_words: bool = False
) -> bool:
    """A given name stands before a registered one-word name and is none of the
    person's own names nor that with one letter changed (حسني before سلامي, whose own is حسين;
    مجتبى before خامنئي): the words name someone else of that family name. دونالد
    ترمب and فلوديمير زيلينسكي stay the registered people. ``spelt`` is the word before
    as written: علي with its ي is the given name Ali (النائب علي المقداد), though its key
    is the preposition على's. With ``also_words`` a given name that is also a word counts
    (سعيد before بن مبارك: only a name stands before بن)."""
    listed = ALL_GIVEN if also_words else given_names()[0]
    given = next(
        (before[len(c) :] for c in CLITICS if before.startswith(c) and before[len(c) :] in listed), before
    )  # وخالد، لإبراهيم: a clitic on the given name
    if spelt.removeprefix("و") == ALI:
        given = before.removeprefix("و")
    elif given not in listed or (also_words and (before in STOP or spelt in STOP)):
        return False  # (أنَّ الزبيدي: أن is a word first, not the name آن; nor فإن حسين the name فان)
    own = _name_words(registry).get(pattern.entity_id, frozenset())
    return given not in own and not any(
        _one_letter(given, word) and not {given, word} <= ARABIC_GIVEN for word in own
    )  # أحمد before محمد الحسان: a son's name (أحمد and محمد are two names)


def own_name_word(registry: Registry, pattern: Pattern, word: str) -> bool:
    """``word`` is one of the person's own registered name words, or one letter off one."""
    own = _name_words(registry).get(pattern.entity_id, frozenset())
    return word in own or any(one_edit(word, w) for w in own)


def abd_joined(key: str, start: int, before: str) -> str:
    """The word ``before`` a name at ``start``, joined to the عبد before it when it is the
    second half of an عبد name: the given name of الجنرال عبد الرحمن تاياني is عبدالرحمن."""
    if before.startswith("ال") and previous_word(key, start - len(before) - 1) == ABD:
        return ABD + before
    return before


ABD = normalize("عبد")


def titled_strangers_name(registry: Registry, pattern: Pattern, key: str, start: int, before: str) -> bool:
    """A title, then a word without the article that is no title, verb or particle
    (``NOT_GIVEN``) and none of the person's own names, then a registered one-word name
    at ``start`` (الجنرال ساليفو مودي): that word is the given name of someone else the
    title introduces, whatever list lacks it. The person's own name there, or one letter
    off, is the person (الرئيس ناريندرا مودي)."""
    if not before or before.startswith(("ال", "و", "لل")) or key[start - 1 : start] != " ":
        return False  # (وفريقه روبيو: and his team, a list; للرئيس بري: a title with ل)
    if before in NOT_GIVEN or before in IN_THE_NAME_OF or before[1:] in NOT_GIVEN:
        return False  # المتحدث باسم نتنياهو: in his name (باسم is also a given name)
    if before in _all_name_words(registry) or before.endswith(("ه", "ها")):
        return False  # الوزير عراقجي وويتكوف: two registered people listed
    if key[start - len(before) - 2 : start - 1] != " " + before:
        return False  # (the line or the text starts with it)
    word_start = start - len(before) - 1
    if previous_word(key, word_start - 1) not in TITLES | FOREIGN_RANKS and not _set_off_after_a_role(
        registry, pattern, key, word_start
    ):
        return False
    return not own_name_word(registry, pattern, before) and not _own_name_respelt(registry, pattern, before)


def _own_name_respelt(registry: Registry, pattern: Pattern, word: str) -> bool:
    """``word`` is one of the person's name words with its long vowels written otherwise
    (نيرندر for ناريندرا): the same consonants, in the same order."""
    skeleton = word.translate(LONG_VOWELS)
    own = _name_words(registry).get(pattern.entity_id, frozenset())
    return len(skeleton) >= 3 and any(w.translate(LONG_VOWELS) == skeleton for w in own)


LONG_VOWELS = str.maketrans("", "", "اويى")


def _set_off_after_a_role(registry: Registry, pattern: Pattern, key: str, word_start: int) -> bool:
    """Two words between commas, a title among the four words before the first comma: the
    name set off there is the role's holder (مؤسس هذه الحركة، سيندوجو موسيفيني، العضو),
    not a list's next item nor a verb's clause (الرئيس فلان، أدى يونس اليمين). Unless that
    role is the person's own (وزير الخارجية الهندي، سوبراهمايان جايشانكار،: two of its
    words in the registered role, the first name only spelled otherwise)."""
    head = key[:word_start].rstrip()
    role = head[:-1].split()[-4:]
    if not head.endswith(("،", ",")) or not any(word in TITLES for word in role):
        return False
    own = role_keys(registry).get(pattern.entity_id, frozenset())
    if len({w[2:] if w.startswith("ال") else w for w in role} & own) >= 2:
        return False
    name = key[word_start:].split(" ", 2)[:2]
    return len(name) == 2 and name[1][-1:] in ("،", ",")


def own_first_name_before(
    registry: Registry, pattern: Pattern, key: str, start: int, before: str
) -> int | None:
    """Where the person's own first name stands, two words before their family name with
    a foreign middle name between (يوهان دافيد فاديفول), spaces only; else None."""
    middle_start = start - 1 - len(before)
    if not before or key[middle_start - 1 : start] != " " + before + " ":
        return None
    first = previous_word(key, middle_start - 1)
    if not first or key[middle_start - 1 - len(first) : middle_start] != first + " ":
        return None
    own = _name_words(registry).get(pattern.entity_id, frozenset())
    if first in PATRONYMIC:
        patronymic_start = middle_start - 1 - len(first)
        nasab = _own_nasab_start(key, patronymic_start, own)
        if nasab is None and before in own and _no_name_before(key, patronymic_start):
            return patronymic_start  # الوزير بن حمد البوسعيدي: his nasab, his given name left out
        return nasab
    if first not in own or before in own or before in ARABIC_GIVEN:
        return None  # (محمد أحمد الحسان: in Arabic the middle name is the father's: maybe another man)
    return middle_start - 1 - len(first)


def _no_name_before(key: str, at: int) -> bool:
    """No name word stands right before ``at``: a title, a function word or nothing."""
    word = previous_word(key, at - 1)
    return not word or word in NOT_NAME_WORDS


def _own_nasab_start(key: str, patronymic_start: int, own: frozenset[str]) -> int | None:
    """Where the person's own first name stands before بن and a father's name (أنور بن
    محمد قرقاش, the registered أنور قرقاش named with his nasab), one or two generations
    back, spaces only; else None (أحمد بن محمد قرقاش: someone else)."""
    at = patronymic_start
    for _ in range(2):
        word = previous_word(key, at - 1)
        if not word or key[at - 1 - len(word) : at] != word + " ":
            return None
        if word in own:
            return at - 1 - len(word)
        grand = previous_word(key, at - 2 - len(word))  # بن فلان بن فلان: one more generation
        if (
            grand not in PATRONYMIC
            or key[at - 2 - len(word) - len(grand) : at - len(word) - 1] != grand + " "
        ):
            return None
        at -= len(word) + len(grand) + 2
    return None


def father_of_another(registry: Registry, pattern: Pattern, key: str, start: int, before: str) -> bool:
    """A given name written right before a registered name of two words or more that
    opens with a given name (no comma, no و between): in Arabic naming the registered
    person is the father in a son's or daughter's full name, not the one spoken of."""
    matched = key[start:].split(" ", 1)[0]
    if " " not in key[start : start + 40] or matched not in given_names()[0]:
        return False
    if key[start - len(before) - 1 : start] != before + " ":
        return False  # punctuation between: an apposition or a list
    return someone_elses_given(registry, pattern, before)


def _one_letter(a: str, b: str) -> bool:
    """One letter added, dropped or changed (فلوديمير، دميتري for دميترو); not two swapped:
    حسني and حسين are two names."""
    swapped = len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 2
    return one_edit(a, b) and not swapped


def named_namesake(
    registry: Registry,
    pattern: Pattern,
    core: str,
    seen: set[tuple[str, str]],
    named_anywhere: set[tuple[str, str]] | frozenset[tuple[str, str]] = frozenset(),
) -> Pattern:
    """A family name alone (الدكتور العليمي) is the one person of that family name the
    article names in full (before it, or anywhere: a headline's الرئيس عون before the
    body's ميشال عون), when the person it would otherwise link (the registry's best-known
    العليمي) has not been named before it: عبدالله العليمي, then العليمي."""
    if ("actor", pattern.entity_id) in seen:
        return pattern
    named = [
        a
        for a in family_words(registry).get(core, ())
        if a != pattern.entity_id and (("actor", a) in seen or ("actor", a) in named_anywhere)
    ]
    if len(named) != 1:
        return pattern
    return Pattern("actor", named[0], "surname", pattern.definite, False, False)
