"""The role and the country a report of an unknown person carries: a role written
after the name, the forms of address taken off it, the country the role names and
the country the article is about, so ``check`` can suggest a nearly complete
registry stanza.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace

from ...arabic_text import word_key
from ...model import Mention, Registry, UnknownPerson
from ..names.given_name_lists import ARABIC_GIVEN, FOREIGN_GIVEN
from ..names.name_shape import joined
from ..names.name_tokens import PREVIOUS_WORD, WORD, Token
from ..names.name_words import (
    ENVOYS,
    FOREIGN_RANKS,
    HONORIFICS,
    HOSTS,
    INSTITUTIONS,
    PREPOSITIONS,
    RANKS,
    ROLE_LINKS,
    STOP,
    TITLES,
    word_keys,
)


def one_word(body: str, span: tuple[int, int]) -> bool:
    """The role before the name is one word (المستشار فلان، المتحدث…): a role written
    after the name, when there is one, says more."""
    return len(body[span[0] : span[1]].split()) == 1


def ends_in_honorific(role: str) -> bool:
    """The words before the name end in an honorific or a rank (الوزير الشيخ، العقيد):
    a role written after the name says more."""
    last = role.strip(" ،,:").split()[-1:]
    return bool(last) and (word_key(last[0]) in HONORIFICS or word_key(last[0]) in RANKS)


# Forms of address before a title (معالي الوزير، سماحة السيد): courtesy, not part of the role.
ADDRESS_FORMS = word_keys("سعادة معالي سماحة فخامة جلالة سمو")
COURTESY = word_keys("السيد السيدة")  # Mr and Mrs alone are no role (الشيخ، الدكتور say more)


def without_address(role: str) -> str:
    """The role without the forms of address that open it (معالي الوزير → الوزير) or the
    honorific or rank that closes it (أمير البلاد الشيخ → أمير البلاد)."""
    words = role.split(maxsplit=1)
    while len(words) > 1 and word_key(words[0]) in ADDRESS_FORMS:
        role = words[1]
        words = role.split(maxsplit=1)
    if word_key(role.strip()) in COURTESY:
        return ""  # السيد فلان: Mr, no role
    last = role.rsplit(maxsplit=1)
    if len(last) > 1 and (word_key(last[1]) in HONORIFICS or word_key(last[1]) in RANKS or last[1] == "د."):
        return last[0]  # أمير البلاد الشيخ → أمير البلاد: the honorific before the name
    return role


def role_after(words: list[Token], end: int, covered: Callable[[Token], bool]) -> tuple[int, int] | None:
    """A role written after the name (فهد أبو النصر سفير السعودية لدى تركيا،): from a
    title right after it to the next punctuation, at most a few words. After a definite
    word or a named body, a plain indefinite noun is the sentence going on (فلانة،
    رئيسة الكتلة البرلمانية لحزب فرنسا الأبية موقف الحزب…): the role ends before it."""
    if end >= len(words) or words[end].key not in TITLES:
        return None
    last = end
    while last + 1 < len(words) and last - end < 6 and joined(words[last + 1]):
        word, before = words[last + 1], words[last]
        if (
            word.key in STOP
            and word.key not in ROLE_LINKS
            and not (before.key in INSTITUTIONS and word.key in CHAMBERS)
        ):
            break  # (عضو مجلس النواب: the chamber's name, though النواب ends a name)
        if (before.definite or covered(before)) and _plain_noun(word) and not covered(word):
            break
        if (word.key in HONORIFICS or word.key in RANKS) and not _definite_next(words, last + 1):
            return None  # فلان، وزير الدفاع السعودي الأمير خالد: the title of the next person,
            # whose honorific and name follow (not رئيس الفريق الاشتراكي: a rank that is also a
            # noun, with its adjective)
        if _and_a_clause(word) or (word.key[:1] == "و" and word.key[1:] in TITLES and word.key[1:3] == "ال"):
            break  # … وكذلك بمحمد صلاح، فلان قائد للاعبين ونجح، فلان رئيسا للبلدية والدكتور فلان
        last += 1
    if last + 1 < len(words) and (
        words[last + 1].key in HONORIFICS or (words[last + 1].joined and words[last + 1].key in FOREIGN_GIVEN)
    ):
        return None  # رئيس مجلس الأمة، السيد فلان، رئيسة المحكمة، السيدة فلانة: a list of
        # roles and names, the role after the comma opens the next person's; وكيل فلان
        # المحامي جاك…: the title of the next person, whose given name follows at once
    return words[end].start, words[last].end


def _definite_next(words: list[Token], i: int) -> bool:
    return i + 1 < len(words) and joined(words[i + 1]) and words[i + 1].definite


def _and_a_clause(word: Token) -> bool:
    """و + a function word or a past verb of three letters (وكذلك، ونجح، وقال): the
    sentence goes on, not the role (وزير الزراعة واستصلاح الأراضي، رئيس الاتحاد والمدير)."""
    key = word.key
    if key[:1] != "و" or key in TITLES or key in INSTITUTIONS or key in ROLE_LINKS:
        return False
    rest = key[1:]
    return rest in STOP or (len(rest) == 3 and rest not in TITLES and rest not in INSTITUTIONS)


def _plain_noun(word: Token) -> bool:
    """An indefinite word that is no title, role link, institution or preposition + noun."""
    key = word.key
    return not (
        word.definite
        or key in TITLES
        or key in ROLE_LINKS
        or key in INSTITUTIONS
        or (key[:1] in PREPOSITIONS and len(key) > 3)
    )


# Words of a role that serves no one country (المبعوث الأممي، المفوض الأوروبي).
INTERNATIONAL = word_keys(
    "الأممي الأممية أممي أممية الدولي الدولية دولي دولية الأوروبي الأوروبية أوروبي أوروبية الأمم للأمم "
    "الأفريقي الأفريقية الإفريقي الإفريقية الخليجي الخليجية"
)


CHAMBERS = word_keys("النواب الشيوخ الشعب الأمة الشورى الأعيان")  # مجلس النواب، مجلس الشيوخ…
# Roles that serve no state, or another one than the article's: a movement's, a
# party's, the press's (رئيس المجلس القيادي للحركة، رئيس التحرير).
NOT_THE_STATE = word_keys(
    "الحركة للحركة حركة حزب الحزب للحزب جماعة الجماعة للجماعة الفصائل فصيل التنظيم "
    "التحرير مراسل مراسلة الصحفي الصحفية الكاتب الكاتبة المحرر صحيفة قناة موقع وكالة "
    # nor do the professions news quotes (the lawyer, the expert, a club's director)
    "المراسل المراسلة المحامي المحامية محامي محامية محاميه محاميها الخبير الخبيرة خبير خبيرة "
    "الباحث الباحثة باحث باحثة المحلل المحللة محلل محللة النادي لنادي نادي "
    "الإعلامي الإعلامية المذيع المذيعة مذيع مذيعة الناشط الناشطة الحقوقي الحقوقية"
)
# Living somewhere is no nationality (الباحث المقيم في الولايات المتحدة), nor is where an
# office is (مدير مكتب القناة في الصين): a host, like a posting.
RESIDENT = word_keys("المقيم المقيمة مقيم مقيمة مكتب")


def more_than_half(counts: Counter[str]) -> str | None:
    """The key counted more often than all others together, if any: the country an
    article is about (a plurality is not enough: an article about Ukraine names
    Russia about as often)."""
    if not counts:
        return None
    key, count = counts.most_common(1)[0]
    return key if 2 * count > sum(counts.values()) else None


def article_country(
    entities: tuple[Mention, ...], registry: Registry, known: tuple[Mention, ...] = ()
) -> str | None:
    """The country an article is about, for the people it names: its places count as
    much as its countries (the local officials of عدن، المكلا are Yemen's), and each
    registered person it names half as much, by the state they serve (an article on
    the president of Mauritania leaving for Dakar names Senegal more than Mauritania;
    officials travel and are quoted abroad, so a person weighs less than a place)."""
    return home_country(
        (m.entity_id for m in entities if m.entity_id in registry.countries),
        (registry.places[m.entity_id].country for m in entities if m.entity_id in registry.places),
        place_weight=2,
        people_countries=(
            registry.actors[m.entity_id].country for m in known if m.entity_id in registry.actors
        ),
    )


def home_country(
    countries: Iterable[str],
    place_countries: Iterable[str | None],
    place_weight: int = 1,
    people_countries: Iterable[str | None] = (),
) -> str | None:
    """The country of more than half of an article's country mentions, each counting
    2, each place's country ``place_weight`` (عدن → YE) and each registered person's
    country 1. Counted by half, places say where things happen more than whose they
    are: غزة in an Iranian minister's words does not make إيران's bare وزارة الخارجية
    another's."""
    counts: Counter[str] = Counter()
    for country in countries:
        counts[country] += 2
    for where in place_countries:
        if where:
            counts[where] += place_weight
    for whose in people_countries:
        if whose:
            counts[whose] += 1
    return more_than_half(counts)


# The Arab League's member states: where a name on an Arabic given name is most often a national.
ARAB_STATES = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())


def with_home(
    body: str, person: UnknownPerson, home: str, entities: tuple[Mention, ...], registry: Registry
) -> UnknownPerson:
    """A role that names no country (النائب، رئيس الجلسة، وزير المالية، الشيخ) in an
    article mostly about one country is that country's: a suggestion for the
    contributor, who checks it. Not for a name read without any role, an envoy's, an
    international one, or one that serves no state (a movement's, the press's, a
    lawyer's). A name read without any role is that country's too when it opens on an
    Arabic given name and the country is an Arab state (a list of Lebanon's MPs); elsewhere
    (Ukraine, Ethiopia, Israel) such a name is more often a reporter's or a visitor's."""
    if person.country is not None:
        return person
    if person.role_ar is None:
        first = word_key(person.text.split()[0])
        return replace(person, country=home) if first in ARABIC_GIVEN and home in ARAB_STATES else person
    words = {word_key(w) for w in WORD.findall(person.role_ar)}
    if words & (ENVOYS | RESIDENT | INTERNATIONAL | NOT_THE_STATE) or words <= FOREIGN_RANKS:
        return person  # (الجنرال ميكينزي: a foreign rank, most often a foreign officer)
    role_start = body.rfind(person.role_ar, 0, person.start + 1)
    inside = [m for m in entities if role_start <= m.start < role_start + len(person.role_ar)]
    if role_start != -1 and _stateless_body(inside, registry):
        return person  # المتحدث باسم برنامج الأغذية العالمي: an international body's official
    return replace(person, country=home)


# The Gulf's ruling families and their states (``with_dynasty``).
RULING_FAMILIES = {
    word_key(family): country
    for family, country in (
        ("نهيان", "AE"),
        ("مكتوم", "AE"),
        ("القاسمي", "AE"),
        ("النعيمي", "AE"),
        ("المعلا", "AE"),
        ("الشرقي", "AE"),
        ("ثاني", "QA"),
        ("خليفة", "BH"),
        ("سعود", "SA"),
        ("الصباح", "KW"),
        ("سعيد", "OM"),
    )
}


def with_dynasty(person: UnknownPerson) -> UnknownPerson:
    """A name that ends in a Gulf ruling family (سيف بن محمد آل نهيان، آل ثاني، آل
    خليفة) is of that state when no role said otherwise, whatever the article is about;
    only after آل (خليفة alone is a given name)."""
    words = [word_key(w) for w in person.text.split()]
    if person.country is not None or len(words) < 3 or words[-2] != word_key("آل"):
        return person
    country = RULING_FAMILIES.get(words[-1])
    return replace(person, country=country) if country else person


def _stateless_body(mentions: list[Mention], registry: Registry) -> bool:
    """One of ``mentions`` is an organisation of no country (an international body)."""
    return any(
        m.entity_id in registry.organisations and not registry.organisations[m.entity_id].country
        for m in mentions
    )


def country(
    start: int | None, end: int, entities: tuple[Mention, ...], registry: Registry, body: str = ""
) -> str | None:
    """The country a role names: a country mention in it, a place's or an
    organisation's country (المتحدثة باسم الخارجية الروسية → RU، رئيس الإدارة
    العسكرية في كييف → UA). A posting is not a nationality: in السفير السابق في
    الولايات المتحدة، سفير السعودية لدى تركيا or المتحدث باسم برنامج الأغذية العالمي
    في السودان (an envoy, or an international organisation's official), the country
    after في/لدى is the host."""
    if start is None:
        return None
    inside = [m for m in entities if start <= m.start < end]
    posted = any(word_key(w) in ENVOYS | RESIDENT for w in WORD.findall(body[start:end])) or _stateless_body(
        inside, registry
    )
    for mention in inside:
        before = PREVIOUS_WORD.search(body, max(0, mention.start - 16), mention.start) if posted else None
        if before is not None and word_key(before.group(1)) in HOSTS:
            continue
        if mention.entity_id in registry.countries:
            return mention.entity_id
        holder = registry.places.get(mention.entity_id) or registry.organisations.get(mention.entity_id)
        if holder is not None and holder.country:
            return holder.country
    return None
