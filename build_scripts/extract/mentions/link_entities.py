"""Find registry entities in an article body: one Aho-Corasick automaton over every
normalised spelling, matched on the normalised body, mapped back to exact offsets.

Rules, in the order they apply:
- Keys are normalised (``arabic_text``): hamza forms, ى/ي, ة/ه, diacritics, tatweel,
  Persian letters and quote marks inside a name (تحالف “الراغبين”) do not matter.
- A match must be a whole word once Arabic proclitics are set aside: و ف, then
  ب ل ك, then the article ال (لأوكرانيا، وماكرون، بالناتو، للناتو). A name written
  with ال in the registry needs the article in the text (الناتو, للناتو, not ناتو);
  a person's name never takes it.
- Foreign names vary across outlets; variants come from general rules, not lists:
  long vowels ي/ا/و inside a long name may be dropped (زيلينسكي → زيلنسكي، زلينسكي),
  a final ه and ي alternate (روته/روتي), غ and ج spell the same g (سيرغي/سيرجي),
  and تس/تز/ز the same German ts (ميرتس/ميرتز/ميرز).
- Overlapping matches resolve to the longest, then leftmost (فولوديمير زيلينسكي
  over زيلينسكي; واشنطن بوست over واشنطن).
- A short form listed as ``short_ar`` (دان، ميشال، مارتن، مالي) links only after an
  unambiguous mention of the same entity earlier in the article.

This module matches and decides; the parts live apart: ``spelling_variants`` (the
rule-made spellings), ``entity_automaton`` (the index of spellings), and the context
rules ``place_context``, ``person_context``, ``nisba_names``, ``organisation_context``,
``short_forms`` and ``spoken_names``. A registered name misspelt beyond the rules is
recognised later, from the people finder's reports (``near_spellings``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

import ahocorasick

from ...arabic_text import NormalizedText, normalize, normalize_text
from ...model import REGISTRY_FIELDS, Mention, Registry, per_registry
from ..names.given_name_lists import ALL_GIVEN, ARABIC_GIVEN
from ..names.name_shape import place_noun
from ..names.name_words import (
    HONORIFICS,
    INSTITUTIONS,
    MIDDLE_STYLES,
    NAMED_AFTER,
    PATRONYMIC,
    RULERS,
    SON_OF,
    SPEECH_FORMS,
    STOP,
    TITLES,
    VERBS,
    word_keys,
)
from .entity_automaton import NASAB, Candidate, Pattern, capital_or_place, matcher
from .neighbour_words import next_word, previous_word
from .nisba_names import definite_nisba, given_before, nisba_surname
from .organisation_context import PLUS, SPORTS, TOWN_WORDS, common_noun, organ_of, plus_forms, title_field
from .person_context import (
    KUNYA_WORDS,
    NOT_GIVEN,
    abd_joined,
    father_of_another,
    kunya_goes_on,
    kunya_of_another,
    named_namesake,
    own_first_name_before,
    own_name_word,
    someone_elses_given,
    titled_strangers_name,
)
from .place_context import DOCUMENT_WORDS, FORCE_WORDS, dateline, located, media_word, place_where
from .short_forms import adjective_after, holders_country, leading_country, resolve, titled
from .spoken_names import misspelt_speakers, speaking_family_names, speaking_first_names, speech_verb_ends

# Diacritics and tatweel written on a name's last letter belong to the mention.
MARKS = frozenset(map(chr, [*range(0x610, 0x61B), *range(0x64B, 0x660), 0x670, 0x640]))


def _candidates(text: NormalizedText, automaton: ahocorasick.Automaton) -> list[Candidate]:
    found = []
    padded = text.padded
    rfind = padded.rfind
    for last, (length, pattern, allowed) in automaton.iter(padded):
        core = last - length + 1  # padded offset of the name's first letter
        prefix = padded[rfind(" ", 0, core) + 1 : core]
        if prefix in allowed:
            found.append((core - 1, last - 1, prefix, pattern))
    return found


def _non_overlapping(candidates: list[Candidate], key: str) -> list[Candidate]:
    """Longest first, then leftmost, and a name right after بن last of all: it is a
    father's inside a nasab, so it does not cut the son's registered name (محمد بن سلمان
    بن عبد العزيز: the crown prince, not King Salman); returned in text order."""
    taken: list[Candidate] = []
    occupied = bytearray(len(key) + 1)
    nasab = any(word in key for word in BIN_ENDS)  # (most articles: no بن, and no candidate to test)
    for candidate in sorted(candidates, key=lambda c: (nasab and _after_bin(key, c), c[0] - c[1], c[0])):
        start, end = candidate[0], candidate[1]
        if occupied.find(1, start, end) == -1:
            occupied[start:end] = b"\x01" * (end - start)
            taken.append(candidate)
    taken.sort(key=lambda c: c[0])
    return taken


def _after_bin(key: str, candidate: Candidate) -> bool:
    """بن، بنت or ابن stands right before the candidate (tested on the letters: every
    candidate of every article is sorted by it)."""
    start, prefix = candidate[0], candidate[2]
    if prefix or key[start - 3 : start] not in BIN_ENDS:
        return False
    return previous_word(key, start) in PATRONYMIC


BIN_ENDS = frozenset(word[-2:] + " " for word in PATRONYMIC)  # the last two letters of بن، بنت، ابن, a space


class _Article(NamedTuple):
    """What every rule may read about one article: its text, its candidates in text order,
    and what resolves a short form anywhere in it."""

    body: str
    key: str
    origin: Sequence[int]
    registry: Registry
    candidates: list[Candidate]
    leading: str | None  # the country the article is about (``leading_country``)
    named: set[tuple[str, str]]  # persons named by an unambiguous spelling anywhere in it
    taken: frozenset[str]  # persons whose family name the article gives only to someone else


class _Spot(NamedTuple):
    """Where one candidate stands: the rules read its offsets and the word before it."""

    nth: int  # in the article's candidates
    start: int  # moves back over a person's own first name (``_person``)
    end: int
    prefix: str
    before: str  # the word before the matched spelling, even once start has moved


def find_mentions(
    body: str, registry: Registry, normalized: NormalizedText | None = None
) -> dict[str, tuple[Mention, ...]]:
    """Mentions per entity kind (actor, country, organisation, outlet, place, event), in
    text order. Event names are matched apart, so قمة باريس also names Paris."""
    text = normalized or normalize_text(body)
    seen: set[tuple[str, str]] = set()
    result: dict[str, list[Mention]] = {kind: [] for kind in REGISTRY_FIELDS}
    article = _read_article(body, text, registry)
    for index in range(len(article.candidates)):
        linked = _link(article, index, seen)
        if linked is not None:
            owner, kind, mention = linked
            seen.add(owner)
            result[kind].append(mention)
    verbs = speech_verb_ends(body)
    spoken = (
        *speaking_family_names(body, registry, result, verbs),
        *misspelt_speakers(body, registry, result, verbs),
        *speaking_first_names(body, result, verbs),
    )
    result["actor"] = sorted((*result["actor"], *spoken), key=_at)
    return {kind: tuple(mentions) for kind, mentions in result.items()}


def _read_article(body: str, text: NormalizedText, registry: Registry) -> _Article:
    """Both automata's candidates (events last) and what the whole article tells a short form."""
    key = text.key
    automata = matcher(registry)
    candidates = _non_overlapping(_candidates(text, automata.automaton), key)
    candidates += _non_overlapping(_candidates(text, automata.events), key)
    leading = leading_country(candidates, registry)
    named = {  # a person's short form (ميلر) may come before the full name (a headline)
        ("actor", patterns[0].entity_id)
        for _, _, _, patterns in candidates
        if patterns[0].kind == "actor" and not patterns[0].ambiguous
    }
    taken = _taken_family_names(body, text, candidates, registry)
    return _Article(body, key, text.origin, registry, candidates, leading, named, taken)


def _taken_family_names(
    body: str, text: NormalizedText, candidates: list[Candidate], registry: Registry
) -> frozenset[str]:
    """Registered people whose one-word family name the article writes after someone else's
    given name (أحمد الصفدي, the speaker of Jordan's parliament, not أيمن) and never with
    their own: the family name alone (وأشار الصفدي) is then that other man, not them. A
    short form shared by several (عون) is taken from each whose given name it is not
    (ميشال عون: not Joseph Aoun, so الرئيس عون in the headline is not him either)."""
    key = text.key
    taken: set[str] = set()
    in_full: set[str] = set()
    last_end = -2
    for start, end, prefix, patterns in candidates:
        pattern, after_another = patterns[0], last_end >= start - len(prefix) - 1
        if not pattern.ambiguous:
            last_end = end  # (a short form before, ميشال of Kristen Michal, ends no one's name)
        if pattern.kind != "actor":
            continue
        if " " in key[start:end]:
            if not pattern.ambiguous:
                in_full.add(pattern.entity_id)
            continue
        if (
            prefix not in ("", "ال") or after_another
        ):  # دعا مايكل مارتن ليفيت: the word before ends another's name
            continue
        before = abd_joined(key, start - len(prefix), previous_word(key, start - len(prefix)))
        if before not in ALL_GIVEN and before[1:] not in ALL_GIVEN:
            taken.update(  # الجنرال ساليفو مودي: a given name no list holds, after a title
                p.entity_id
                for p in patterns
                if p.kind == "actor" and titled_strangers_name(registry, p, key, start - len(prefix), before)
            )
            continue  # (most words before a name are no given name: decided before reading it as written)
        gap = key[start - len(prefix) - 2 : start - len(prefix)]
        if len(gap) < 2 or gap[1] != " " or not gap[0].isalnum():
            continue  # عين الرئيس برابوو، سوغيونو: a comma between, two people
        written = _written_before(body, text.origin[start - len(prefix)])
        taken.update(
            p.entity_id
            for p in patterns
            if p.kind == "actor" and someone_elses_given(registry, p, before, written)
        )
    return frozenset(taken - in_full)


def _link(
    article: _Article, index: int, seen: set[tuple[str, str]]
) -> tuple[tuple[str, str], str, Mention] | None:
    """One candidate through the rules, in the order they are tried: (owner, kind, mention),
    or None when the words name something else. The owner is what a later short form
    counts as named; a family name read from an adjective keeps the country's owner."""
    start, end, prefix, _ = article.candidates[index]
    spot = _Spot(index, start, end, prefix, previous_word(article.key, start - len(prefix)))
    pattern = _chosen_pattern(article, spot, seen)
    if pattern is None or _not_a_place(pattern, spot) or _listed_family_name(article, spot, pattern):
        return None
    if pattern.kind == "actor":
        person = _person(article, spot, pattern, seen)
        if person is None:
            return None
        pattern, spot = person
    owner = (pattern.kind, pattern.entity_id)
    pattern = _adjective(article, spot, pattern, seen)
    if pattern is None or _not_the_organisation(article, spot, pattern):
        return None
    if pattern.generated and article.body[article.origin[spot.end - 1]] == "ة":
        return None  # سلامة (safety) is no rule-made سلامي: a final ه/ي swap never reads a ة
    return _linked(article, spot, pattern, owner)


def _chosen_pattern(article: _Article, spot: _Spot, seen: set[tuple[str, str]]) -> Pattern | None:
    """The entity a spelling several share names here; None when nothing decides."""
    patterns = article.candidates[spot.nth][3]
    if len(patterns) > 1 and capital_or_place(patterns):
        return _capital_or_place(article, spot, patterns)
    if patterns[0].ambiguous:
        return _short_form(article, spot, patterns, seen)
    return patterns[0]


def _capital_or_place(article: _Article, spot: _Spot, patterns: tuple[Pattern, ...]) -> Pattern:
    """A capital shares its spelling with a place: the words before decide, a dateline
    makes it the place."""
    start, prefix, before = spot.start, spot.prefix, spot.before
    earlier = previous_word(article.key, start - len(prefix) - len(before) - 1) if before else ""
    pattern = located(patterns, before, earlier, prefix)
    if prefix in ("", "ال") and dateline(
        article.body, article.origin[start - len(prefix)], article.origin[spot.end - 1] + 1
    ):
        pattern = next(p for p in patterns if p.kind == "place")  # لاهاي – وكالة…: where it was written
    return pattern


def _short_form(
    article: _Article, spot: _Spot, patterns: tuple[Pattern, ...], seen: set[tuple[str, str]]
) -> Pattern | None:
    """A short form (``short_ar``) names the entity the article or the words around point to."""
    if _father_of_a_junior(article.key, spot):
        return None  # فرديناند ماركوس where the article writes فرديناند ماركوس جونيور: the father
    return (
        resolve(
            patterns,
            seen | article.named,
            _qualifier(article.candidates, spot.nth)
            or holders_country(article.candidates, spot.nth, article.registry, article.key)
            or article.leading,
        )
        or _titled_here(article, spot, patterns)
        or _titled_national(article, spot, patterns)
        or place_where(patterns, article.key, spot.start, spot.end, spot.prefix, spot.before)
    )


def _titled_here(article: _Article, spot: _Spot, patterns: tuple[Pattern, ...]) -> Pattern | None:
    """A short form after a title of its person's role (الرئيس تراوري), unless the article
    names countries but never that person's: in an article about Mali that names no Burkina Faso,
    الرئيس تراوري is a Malian president, not Burkina Faso's. (A namesake the article names
    in full is read from the pattern later on, so it is kept when one is: الرئيس بري after
    حمزة عبدي بري.)"""
    pattern = titled(article.registry, patterns, spot.before)
    if pattern is None:
        return None
    home = article.registry.actors[pattern.entity_id].country
    named = {p.entity_id for _, _, _, found in article.candidates for p in found if p.kind == "country"}
    if home is None or not named or home in named:
        return pattern  # (an article that names no country at all says nothing against it)
    core = article.key[spot.start : spot.end]
    namesake = named_namesake(article.registry, pattern, core, set(), article.named)
    return pattern if namesake.entity_id != pattern.entity_id else None


def _father_of_a_junior(key: str, spot: _Spot) -> bool:
    """The article writes the short form with a generational word after it elsewhere
    (فرديناند ماركوس جونيور، الابن): written without it, the name is the father's."""
    short = key[spot.start : spot.end]
    return " " in short and any(f"{short} {word}" in key for word in GENERATIONAL)


GENERATIONAL = word_keys("جونيور الابن")


def _titled_national(article: _Article, spot: _Spot, patterns: tuple[Pattern, ...]) -> Pattern | None:
    """A person's short form right after a title and their country's adjective (الرئيس
    البرازيلي لولا): the one person it may name of that country."""
    if spot.nth == 0:
        return None
    start, end, prefix, before = article.candidates[spot.nth - 1]
    nation = before[0]
    if (
        nation.kind != "country"
        or nation.mention_kind != "adjective"
        or end + 1 < spot.start - len(spot.prefix)
    ):
        return None
    word = previous_word(article.key, start - len(prefix))
    if word not in TITLES and not _office_of(article.key, start - len(prefix) - len(word) - 1, word):
        return None
    actors = article.registry.actors
    fits = [p for p in patterns if p.kind == "actor" and actors[p.entity_id].country == nation.entity_id]
    return fits[0] if len(fits) == 1 else None


def _office_of(key: str, at: int, word: str) -> bool:
    """A title and the body it heads end at ``at`` + ``word`` (رئيس الحكومة، رئيس
    الوزراء، وزير الخارجية): the title then reads on to its adjective."""
    body = word.removeprefix("ال")
    return bool(word) and (word in OFFICES or body in INSTITUTIONS) and previous_word(key, at) in TITLES


# "In" before a name and "in the province of" after it: the name is a place's (في ماسيسي بإقليم كيفو).
IN = word_keys("في وفي")
IN_A_REGION = word_keys("بإقليم بولاية بمحافظة بمنطقة بمدينة بمقاطعة")

# Bodies a title heads that are no institution's name (رئيس الوزراء).
OFFICES = word_keys("الوزراء")


def _not_a_place(pattern: Pattern, spot: _Spot) -> bool:
    """A capital or a place spelled like a word of a document, a force or a person's name."""
    before = spot.before
    if pattern.mention_kind == "capital" and (before in DOCUMENT_WORDS or media_word(before)):
        return True
    if pattern.mention_kind == "capital" and before in FORCE_WORDS:
        return True  # حالة القوة القاهرة: force majeure, not Cairo
    # أيمن أبو العلا، فلان بن سعيد: a person's name, not AlUla or Port Said
    return (
        pattern.kind in ("place", "country")
        and spot.prefix in ("", "ال")
        and (before in KUNYA_WORDS or before in PATRONYMIC)
    )


def _person(
    article: _Article, spot: _Spot, pattern: Pattern, seen: set[tuple[str, str]]
) -> tuple[Pattern, _Spot] | None:
    """Which registered person a name is and where it starts (a middle name moves the
    start back); None when it names a place or another person."""
    key, registry, before = article.key, article.registry, spot.before
    at = spot.start - len(spot.prefix)
    if (place_noun(before) and key[at - len(before) - 1 : at] == before + " ") or _named_after_ruler(
        key, spot
    ):
        return None  # مطار رفيق الحريري، بمركز محمد السادس، كأس الأمير فلان: named after the person
        # (not a place noun ending the line before: أمن وقضاء /⏎فلان)
    if before in IN and next_word(key, spot.end) in IN_A_REGION:
        return None  # في "ماسيسي" بإقليم كيفو الشمالي: a town of that name, not President Masisi
    if (
        pattern.ambiguous  # (a family name in بن, rule-respelt, is no short form: بن جفير)
        and key[spot.start : spot.end].split(" ", 1)[0] in NASAB
        and _name_word_before(article, spot)
    ):
        return None  # خالد بن عبد الرحمن: another man's nasab, not محمد بن عبد الرحمن's short form
    if " " not in key[spot.start : spot.end]:
        pattern = named_namesake(registry, pattern, key[spot.start : spot.end], seen, article.named)
        first = (
            own_first_name_before(registry, pattern, key, spot.start - len(spot.prefix), before)
            if spot.prefix in ("", "ال")  # (the article is the family name's: بن حمد البوسعيدي)
            else None
        )
        if first is not None:  # يوهان دافيد فاديفول: the person, with a middle name
            spot = spot._replace(start=first, prefix="")
        elif someone_elses_given(
            registry,
            pattern,
            abd_joined(key, spot.start - len(spot.prefix), before),
            _spelt_before(article, spot.start - len(spot.prefix)),
            also_words=spot.prefix == "ال"
            or key.startswith("ال", spot.start)
            or (pattern.ambiguous and not spot.prefix),
        ):
            return None  # جواد حسني سلامي، مجتبى خامنئي: another person's name ends with the family name
            # (before a family name with the article, or a short form, also a given name that is
            # a word: فاروق الشرع، جوهر خان)
        elif titled_strangers_name(registry, pattern, key, spot.start - len(spot.prefix), before):
            return None  # الجنرال ساليفو مودي: a general the title introduces, not Modi
        elif pattern.generated and _strangers_first_name_before(article, spot, pattern):
            return None  # مهرات دبيبي: a spelling no list holds after a first name not his, another man
        elif pattern.entity_id in article.taken:
            return None  # أحمد الصفدي … وأشار الصفدي: the other man again
    elif _nasab_family_name(key, spot) and someone_elses_given(
        registry, pattern, before, _spelt_before(article, spot.start - len(spot.prefix)), also_words=True
    ):
        return None  # أحمد سعيد بن مبارك: another man's name ends with the family name بن مبارك
    elif _family_name_of_words(registry, key, spot, pattern) and someone_elses_given(
        registry, pattern, before, _spelt_before(article, spot.start - len(spot.prefix))
    ):
        return None  # سلفادور نصر الله: another man's name ends with the family name نصر الله
    if _another_persons_name(article, spot, pattern):
        return None
    return pattern, spot


def _family_name_of_words(registry: Registry, key: str, spot: _Spot, pattern: Pattern) -> bool:
    """The words matched are the end of the person's registered name, not all of it
    (نصر الله of حسن نصر الله): a family name of two words, which another man may bear."""
    matched = key[spot.start : spot.end]
    name = _registered_names(registry).get(pattern.entity_id, "") if pattern.kind == "actor" else ""
    return name != matched and name.endswith(" " + matched)


@per_registry
def _registered_names(registry: Registry) -> dict[str, str]:
    """Actor id → the key of their registered Arabic name (read once per registry)."""
    return {actor.id: normalize(actor.names.ar) for actor in registry.actors.values()}


def _strangers_first_name_before(article: _Article, spot: _Spot, pattern: Pattern) -> bool:
    """A word that may be a first name, none of the person's, right before a rule-made
    spelling of their family name, in an article that never writes them as a list does
    (تعيين مهرات دبيبي is not الدبيبة). Not a verb with و (واتهم منانجاجوا) nor an
    accusative (مخاطبا منانجاجوا), which name-shaped words before a name often are."""
    before = spot.before
    if before[:1] in "وف" or before.endswith("ا") or not _name_word_before(article, spot):
        return False
    if len(before) == 3 and before not in ALL_GIVEN:
        return False  # شغل سوغيونو منصب: a past verb of three letters; a name that short is listed
    if own_name_word(article.registry, pattern, before):
        return False
    return not any(
        p.entity_id == pattern.entity_id and not p.generated
        for *_, patterns in article.candidates
        for p in patterns
    )


def _nasab_goes_on(article: _Article, spot: _Spot) -> bool:
    """A name matched as given name + (بن +) father's name, a family nisba right after it
    that is no country's adjective: the nasab of another man of that family (محمد بن
    سلمان الحارثي; محمد يونس المنفي is not Muhammad Yunus). So is a name of two given
    names with a third right after it (محمد مصطفى حسين خضر is not Mohammad Mustafa)."""
    key = article.key
    words = key[spot.start : spot.end].split()
    after = next_word(key, spot.end) if len(words) == 2 and set(words) <= ARABIC_GIVEN else ""
    if after in ARABIC_GIVEN and after not in STOP:  # (not على, keyed as the name علي)
        return key[spot.end : spot.end + 1] == " "  # محمد مصطفى حسين خضر: a longer nasab, another man
    if key[spot.end : spot.end + 3] != " ال":
        return False  # (most names: no word with the article right after them)
    if len(words) < 2 or (words[-2] not in PATRONYMIC and words[-1] not in ARABIC_GIVEN):
        return False
    return definite_nisba(next_word(key, spot.end)) and not _nationality_next(article, spot)


def _nasab_family_name(key: str, spot: _Spot) -> bool:
    """The matched spelling is a family name of the form بن + a name (بن مبارك، بن بريك)."""
    if spot.prefix or not key.startswith(NASAB_OPENINGS, spot.start):
        return False
    return key.count(" ", spot.start, spot.end) == 1


NASAB_OPENINGS = tuple(word + " " for word in PATRONYMIC)


def _given_name_of_another(article: _Article, spot: _Spot, pattern: Pattern) -> bool:
    """A registered person's one-word short form that is also a given name (هادي), with a
    family nisba right after it that is no country's adjective (هادي العامري): another
    man's full name."""
    key = article.key
    if not pattern.ambiguous or key[spot.start : spot.end] not in ALL_GIVEN:
        return False
    following = next_word(key, spot.end)
    if definite_nisba(following):
        return not _nationality_next(article, spot)
    verb = spot.before[1:] if spot.before[:1] in "وف" else spot.before  # (وطالب: و + the verb)
    after_verb = (
        spot.before in SPEECH_FORMS or spot.before in VERBS or verb in VERBS
    )  # وانتقد رعد الكيان: his object
    return not after_verb and key[spot.end : spot.end + 1] == " " and _family_name(following)


# A name between quotation marks: its opening mark, then one more word before the closing one.
OPENING_MARKS = frozenset('"“«')
ONE_MORE_WORD = re.compile(r"[ \t]+(\w+)[ \t]*[\"”»]")


def _quoted_with_another_word(article: _Article, spot: _Spot, pattern: Pattern) -> bool:
    """A one-word registered name that is also a given name, opening a quoted name whose
    second word is none of the person's (مساعده “شهباز غل”, Imran Khan's aide, not Shehbaz
    Sharif): the quotation marks hold someone else's whole name."""
    body, origin = article.body, article.origin
    if spot.prefix or article.key[spot.start : spot.end] not in ALL_GIVEN:
        return False
    begin, finish = origin[spot.start], origin[spot.end - 1] + 1
    if body[begin - 1 : begin] not in OPENING_MARKS:
        return False
    more = ONE_MORE_WORD.match(body, finish, finish + 30)
    return more is not None and not own_name_word(article.registry, pattern, normalize(more.group(1)))


def _family_name(word: str) -> bool:
    """A definite word that may be a family name right after a given name (السفير أنور
    الخطيب; after a verb it is more often the object: وانتقد رعد الكيان), not
    a noun in ة (ووصف أنور التجربة: what he described), a title or a day (أنور الأربعاء)."""
    return word.startswith("ال") and not word.endswith("ه") and word not in STOP and word not in TITLES


def _nationality_next(article: _Article, spot: _Spot) -> bool:
    """A country's adjective is the next candidate, right after the name (أبو عمار
    الفلسطيني): his nationality, not the rest of a name."""
    following = article.candidates[spot.nth + 1] if spot.nth + 1 < len(article.candidates) else None
    return (
        following is not None
        and following[0] - len(following[2]) <= spot.end + 1
        and any(p.kind == "country" and p.mention_kind == "adjective" for p in following[3])
    )


def _spelt_before(article: _Article, start: int) -> str:
    """The word before the key offset ``start``, as the body writes it."""
    return _written_before(article.body, article.origin[start])


def _written_before(body: str, at: int) -> str:
    """The word before the body offset ``at`` as written, without marks or punctuation."""
    words = body[max(0, at - 24) : at].split()
    return "".join(c for c in words[-1] if c.isalpha()) if words else ""


def _listed_family_name(article: _Article, spot: _Spot, pattern: Pattern) -> bool:
    """A place after a given name in a list of names set off by commas (…، أنور الخليل،
    ياسين جابر): a family name, not Hebron."""
    if pattern.kind != "place" or spot.prefix not in ("", "ال"):
        return False
    body, origin = article.body, article.origin
    if not given_before(body, origin, spot.start, spot.prefix, spot.before):
        return False
    start, end = origin[spot.start - len(spot.prefix)], origin[spot.end - 1] + 1
    given = body.rfind(" ", 0, start - 1) + 1
    return body[:given].rstrip().endswith(("،", ",")) and body[end : end + 2].lstrip()[:1] in ("،", ",")


def _named_after_ruler(key: str, spot: _Spot) -> bool:
    """A ruler's title and a place's or prize's noun before it (كأس الأمير محمد بن سلمان،
    مستشفى الملك فيصل): the name is the institution's."""
    if spot.before not in RULERS:
        return False
    noun = previous_word(key, key.rfind(spot.before, 0, spot.start))
    return place_noun(noun) or noun in NAMED_AFTER


def _another_persons_name(article: _Article, spot: _Spot, pattern: Pattern) -> bool:
    """The name is a part of another person's: a father's, a son's, a kunya."""
    key, registry, start, before = article.key, article.registry, spot.start, spot.before
    if not spot.prefix and father_of_another(registry, pattern, key, start, before):
        return True  # بلقاسم خليفة حفتر، عبد الرحيم حمدان دقلو: a son named with his father's name
    if before in PATRONYMIC and pattern.mention_kind == "name":
        return True  # عيسى بن سلمان بن حمد آل خليفة: the father's name in his son's, not the father
    if next_word(key, spot.end) in SON_OF:
        return True  # الشيباني ولد حمادي: the given name of someone whose father is named next
    if _given_name_of_another(article, spot, pattern):
        return True  # هادي العامري: a given name, and another man's family name after it
    if _after_a_middle_style(article, spot):
        return True  # عبد الحكيم حاج محمود فقي: inside another man's name, not Hassan Sheikh Mohamud
    if _quoted_with_another_word(article, spot, pattern):
        return True  # مساعده “شهباز غل”: a quoted name of two words, another man's
    if _nasab_goes_on(article, spot):
        return True  # محمد بن سلمان الحارثي: a namesake's nasab, his family name after it
    if kunya_goes_on(registry, pattern, key, start, spot.end) and not _nationality_next(article, spot):
        return True  # أبو عمار الشامي: another man's kunya-name, not Arafat (أبو عمار الفلسطيني is)
    entity_before = spot.nth > 0 and article.candidates[spot.nth - 1][1] >= start - len(spot.prefix) - 1
    # أحمد عبد الله الجبوري أبو مازن: another man's kunya, not Mahmoud Abbas
    return not entity_before and kunya_of_another(registry, pattern, key, start, before)


CLAUSE_MARKS = frozenset('.،,:؛!؟?\n"«“')


def _after_a_middle_style(article: _Article, spot: _Spot) -> bool:
    """حاج، شيخ or سيد right before the candidate, a name word before it and nothing but
    spaces between (عبد الحكيم حاج محمود): the candidate goes on someone else's name. After
    a title or a verb (الرئيس شيخ محمود، وقال شيخ محمود) it may still be the person."""
    key, at = article.key, spot.start - len(spot.prefix)
    before = spot.before
    if before not in MIDDLE_STYLES or key[at - len(before) - 1 : at] != before + " ":
        return False
    first = previous_word(key, at - len(before) - 1)
    return (
        bool(first)
        and key[at - len(before) - len(first) - 2 : at - len(before) - 1] == first + " "
        and first not in NOT_GIVEN
        and first[:1] != "و"
    )


def _name_word_before(article: _Article, spot: _Spot) -> bool:
    """A word that may be a name stands right before the candidate, no punctuation between
    (not a title, a verb, a particle or a word with the article: وقال بن عبد الرحمن، الشيخ
    بن عبد الرحمن، رئيس الحكومة اليمنية بن مبارك)."""
    before = spot.before
    at = article.origin[spot.start - len(spot.prefix)]
    if not before or any(c in CLAUSE_MARKS for c in article.body[max(0, at - 2) : at]):
        return False  # the sentence or a clause starts with it
    return not (
        before.startswith("ال")  # رئيس الحكومة اليمنية بن مبارك: a title's adjective, no given name
        or before in TITLES
        or before in HONORIFICS
        or before in SPEECH_FORMS
        or before in VERBS
        or before in STOP
    )


def _adjective(
    article: _Article, spot: _Spot, pattern: Pattern, seen: set[tuple[str, str]]
) -> Pattern | None:
    """An adjective of a country (السوداني) may be a family name: the person named
    before it, or none of ours after a given name or a definite adjective."""
    key, start, prefix, before = article.key, spot.start, spot.prefix, spot.before
    if pattern.mention_kind == "adjective" and prefix.endswith(("ال", "لل")):
        possessor = prefix.endswith("لل")  # المكتب الإعلامي للسوداني: his office
        surname = nisba_surname(article.registry, key[start : spot.end], before, seen, possessor)
        if surname is not None:
            pattern = surname  # وأضاف السوداني أن…: محمد شياع السوداني, named before, not Sudan
    if pattern.mention_kind == "adjective" and not prefix and _given_adjective(article, spot):
        return None  # العميد تركي المالكي: the given name Turki, his family name after it
    if pattern.mention_kind == "adjective" and not prefix and definite_nisba(before):
        return None  # وزير الخارجية الإيراني عراقي (a misspelt name): an indefinite word after a
        # definite adjective does not agree with it, it is the name the title leads to
    if (
        pattern.mention_kind == "adjective"
        and prefix in ("", "ال")
        and not key[start : spot.end].endswith(("يين", "يون"))  # اعتماد الفلسطينيين: a plural, no family name
        and given_before(article.body, article.origin, start, prefix, before)
    ):
        return None  # محمد المصري، سليم الهندي: a family name after a given name, not a country
    return pattern


def _given_adjective(article: _Article, spot: _Spot) -> bool:
    """An indefinite country adjective that is also a given name (تركي), after a title or a
    speech verb and before a family name (العميد تركي المالكي، وقال تركي الفيصل): the
    man's given name, not "a Turkish …" (مسؤول تركي الأسبوع الماضي: a time word)."""
    key, before = article.key, spot.before
    if key[spot.start : spot.end] not in ARABIC_GIVEN:
        return False
    if before not in TITLES and before not in HONORIFICS and before not in SPEECH_FORMS and before != RUKN:
        return False  # (العميد الركن تركي المالكي: a staff officer's rank)
    following = next_word(article.key, spot.end)
    return key[spot.end : spot.end + 1] == " " and _family_name(following) and following not in TIME_WORDS


RUKN = normalize("الركن")
TIME_WORDS = word_keys("الأسبوع الشهر العام السنة الماضي المقبل الحالي الجاري الأخير")


def _not_the_organisation(article: _Article, spot: _Spot, pattern: Pattern) -> bool:
    """An organisation's name read as a common noun, an organ, a policy, a town or a namesake."""
    if pattern.kind != "organisation":
        return False
    key, start, end, prefix, before = article.key, spot.start, spot.end, spot.prefix, spot.before
    if " " not in key[start:end] and common_noun(key, end, before):
        return True
    if organ_of(key, start - len(prefix), prefix, before):
        return True  # مجلس جامعة الدول العربية، هيئة الأركان العامة للقوات المسلحة: an organ's name
    if title_field(prefix, before):
        return True  # السياسة الخارجية الأمريكية، وزير الخارجية السعودية: a policy, a title
    if " " not in key[start:end] and before in TOWN_WORDS:
        return True  # مدينة الفاو، ميناء الفاو: the town the short name also is
    if next_word(key, end) in SPORTS:
        return True  # الاتحاد الأفريقي لكرة القدم is CAF, not the African Union
    qualifier = adjective_after(article.candidates, spot.nth)
    # حزب الله العراقي: another country's namesake, not the Lebanese party; مجلس
    # الأمن الإسرائيلي: a state's own council, not the UN's (a body of no country)
    return qualifier is not None and pattern.country != qualifier


def _linked(
    article: _Article, spot: _Spot, pattern: Pattern, owner: tuple[str, str]
) -> tuple[tuple[str, str], str, Mention]:
    """The mention as written; an organisation's "+" form (أوبك+) is another entity."""
    mention = _to_mention(article, spot, pattern)
    plus = plus_forms(article.registry).get(pattern.entity_id) if pattern.kind == "organisation" else None
    if plus is not None and PLUS.match(article.body, mention.end):
        mention = replace(mention, entity_id=plus)  # أوبك+ / أوبك +: "+" is no letter of the key
        owner = (pattern.kind, plus)
    return owner, pattern.kind, mention


def _to_mention(article: _Article, spot: _Spot, pattern: Pattern) -> Mention:
    """``pattern`` named at ``spot``, with the offsets and the text of the body."""
    start, prefix, body = spot.start, spot.prefix, article.body
    if prefix.endswith("ال"):  # the article belongs to the name as written (الناتو، الروسية)
        start -= 2
    elif prefix.endswith("لل"):
        start -= 1
    begin, finish = article.origin[start], article.origin[spot.end - 1] + 1
    while finish < len(body) and body[finish] in MARKS:
        finish += 1
    return Mention(
        entity_id=pattern.entity_id,
        kind=pattern.mention_kind,
        text=body[begin:finish],
        start=begin,
        end=finish,
    )


def _at(mention: Mention) -> int:
    return mention.start


def _qualifier(candidates: list[Candidate], index: int) -> str | None:
    """The country named right after a short form (البرلمان الفرنسي، الجيش السوداني)."""
    if index + 1 >= len(candidates):
        return None
    start, _, prefix, patterns = candidates[index + 1]
    adjacent = start - len(prefix) - candidates[index][1] <= 1
    return patterns[0].entity_id if adjacent and patterns[0].kind == "country" else None
