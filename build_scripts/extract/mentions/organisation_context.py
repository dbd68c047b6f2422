"""Whether an organisation's name in the text is that body: not the common noun it
also is (بحماس كبير), an organ of it (مجلس جامعة الدول العربية), a policy field or a
minister's title (السياسة الخارجية، وزير الخارجية), a town, or a sports federation;
and OPEC+ read from the "+" after the name."""

from __future__ import annotations

import re

from ...arabic_text import normalize, proclitic_forms
from ...model import Registry, per_registry
from .neighbour_words import next_word, previous_word

# After a one-word organisation name these adjectives show the common noun it also is
# (استقبلوا القرار بحماس كبير: enthusiasm, not Hamas).
INTENSITY_WORDS = frozenset(
    normalize(word)
    for word in "كبير كبيرة بالغ بالغة شديد شديدة منقطع واضح واضحة لافت لافتة متزايد متزايدة مفرط أكبر".split()
)


PLUS = re.compile(r" ?\+")
# A noun that makes a ministry's short name (الخارجية، الدفاع) the field it works in.
# …and its relations (هيئة العلاقات الخارجية التركية: a council, not the ministry)
POLICY_WORDS = frozenset(
    normalize(w)
    for w in (
        "السياسة سياسة السياسات سياسات العلاقات علاقات السياسية سياسية العقيدة عقيدة "
        "التجارة تجارة الديون ديون"  # العقيدة السياسية الخارجية الإيرانية، التجارة الخارجية المصرية
    ).split()
)
# Nouns that name an organ of the body after them (مجلس جامعة الدول العربية, the League's
# council; هيئة الأركان العامة للقوات المسلحة, the general staff): the organ is named,
# not the body. (A registered organ's full name is matched whole, before this.)
# Only an organ noun in construct (indefinite) makes a name of its own: المجلس السياسي
# الأعلى للحوثيين، اللجنة المركزية لحركة فتح and قيادة حماس name the body itself.
ORGAN_NOUNS = frozenset(normalize(w) for w in "مجلس هيئة مديرية مفوضية".split())


AFFILIATED = frozenset(normalize(w) for w in "التابع التابعة التابعين التابعتين".split())


def organ_of(key: str, start: int, prefix: str, before: str) -> bool:
    """The organisation named from ``start`` completes an organ's name: right after an
    organ noun (مجلس جامعة…), or after ل within three words of one (هيئة الأركان العامة
    للقوات…), with nothing but spaces between."""
    if not prefix:
        return before in ORGAN_NOUNS
    if not prefix.startswith("ل"):
        return False
    at = start
    for _ in range(3):
        word = previous_word(key, at)
        if not word or key[at - len(word) - 1 : at] != word + " ":
            return False
        if word in AFFILIATED:
            return False  # لجنة التحقيق التابعة للأمم المتحدة: the body named as such
        if word in ORGAN_NOUNS or (word[:1] in "وبل" and word[1:] in ORGAN_NOUNS):
            return True
        at -= len(word) + 1
    return False


def _policy(before: str) -> bool:
    """السياسة الخارجية المصرية, also with a preposition (للسياسة الخارجية المصرية)."""
    return before in POLICY_WORDS or any(form in POLICY_WORDS for form in proclitic_forms(before))


def title_field(prefix: str, before: str) -> bool:
    """A policy noun or a minister's title right before a ministry's name, with no
    preposition between, makes it the field (السياسة الخارجية الأمريكية، وزير الخارجية
    السعودية). With ل it is the body the noun belongs to (الذراع السياسية لحركة حماس)."""
    if prefix.lstrip("وف")[:1] in ("ب", "ل", "ك"):
        return False
    return _policy(before) or before in MINISTER_WORDS


# A town's word before an organisation's short name makes it the town (مدينة الفاو: Al-Faw, not FAO).
TOWN_WORDS = frozenset(normalize(w) for w in "مدينة ميناء قضاء بلدة ناحية شبه جزيرة".split())
# A minister's title names the ministry's field (وزير الخارجية المصرية), not the ministry.
MINISTER_WORDS = frozenset(normalize(w) for w in "وزير وزيرة ووزير ووزيرة لوزير لوزيرة".split())


@per_registry
def plus_forms(registry: Registry) -> dict[str, str]:
    """Organisation id → the id of the one whose name is it with "+" (OPEC → OPEC+):
    normalised keys drop the "+", so the linker reads it from the text after the name."""
    owners = {
        normalize(form): i
        for i, o in registry.organisations.items()
        for form in (o.names.ar, *o.names.aliases_ar)
    }
    result = {}
    for plus_id, organisation in sorted(registry.organisations.items()):
        for form in (organisation.names.ar, *organisation.names.aliases_ar):
            base = owners.get(normalize(form.rstrip("+ ")))
            if form.rstrip().endswith("+") and base is not None and base != plus_id:
                result[base] = plus_id
    return result


# What follows a federation's name: the sport it governs, which makes it another body.
SPORTS = frozenset(
    normalize(w) for w in "لكرة للكرة لألعاب للألعاب للرياضة للرياضات للملاكمة للسباحة للتنس للجودو".split()
)


def common_noun(key: str, end: int, before: str) -> bool:
    """A one-word organisation name used as the common noun it also is: بحماس كبير،
    بكل حماس (enthusiasm)."""
    return before == "بكل" or next_word(key, end) in INTENSITY_WORDS
