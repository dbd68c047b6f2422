"""How the press may spell a registered name other than as listed: rule-made variants
of each word (dropped long vowels, ه/ي, غ/ج, تس/تز/ز, الرحمان, عبد and أبو joined or apart),
and a word one letter away from a registered family name. Kept apart from the linker
because the search keys (render/search_terms) and the tests share the same rules."""

from __future__ import annotations

import re
from itertools import product

from ...arabic_text import normalize
from ...content.registry_checks import spellings
from ...model import Registry, per_registry
from ..names.given_name_lists import ALL_GIVEN

MIN_VARIANT_LENGTH = 6  # only long foreign names get vowel-dropping variants
SWAPS = (("غ", "ج"), ("ج", "غ"), ("تس", "تز"), ("تس", "ز"), ("تز", "ز"))


# Regnal numbers (الثاني، السادس): a word one letter away from one is another word.
ORDINALS = frozenset(
    normalize(w)
    for w in "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر "
    "الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة".split()
)


def _arabic_definite_name(token: str) -> bool:
    """The article and a given name (الحسين، الناصر، البشير): an Arabic name, whose long
    vowels are its own, not a foreign name's that the press drops (اليكسي → الكسي)."""
    return token.startswith("ال") and token[2:] in ALL_GIVEN


def _elative(form: str) -> bool:
    """The comparative أفعل (أكبر، أكثر), bare or after ب، ل، و، ف، ك: a common word, which a
    foreign name with a long vowel dropped may spell (باكبور → بأكبر)."""
    word = form[1:] if len(form) == 5 and form[0] in "بلوفك" else form
    return len(word) == 4 and word[0] == "ا" and not set(word[1:]) & set("اوي")


def token_variants(token: str) -> set[str]:
    """Rule-made spellings of one normalised name token (see module docstring). A
    regnal number is spelled one way: a variant of الثاني (الثني) is another word."""
    if token in ORDINALS:
        return {token}
    forms = {token}
    if token.endswith("الرحمن"):
        forms.add(token[:-1] + "ان")  # عبد الرحمان: the Maghreb's spelling of عبد الرحمن
    if token.endswith("ه"):
        forms.add(token[:-1] + "ي")
    elif token.endswith("ي") and len(token) >= 4:
        forms.add(token[:-1] + "ه")
    for old, new in SWAPS:
        forms |= {form.replace(old, new) for form in forms if old in form}
    if len(token) >= MIN_VARIANT_LENGTH and not _arabic_definite_name(token):
        for form in list(forms):
            inner = [i for i in range(1, len(form) - 1) if form[i] in "ياو"]
            for i in inner:
                dropped = form[:i] + form[i + 1 :]
                if _arabic_definite_name(dropped):
                    continue  # الحسان ↛ الحسن، الحسين ↛ الحسن: another Arabic name
                if _elative(dropped):
                    continue  # باكبور ↛ باكبر: بأكبر, "with the largest"
                if not any(pair in dropped and pair not in form for pair in ("تس", "تز")):
                    forms.add(dropped)  # تاسولاس ↛ تسولاس: a new تس would read as ز
    return {form for form in forms if len(form) >= 3} | {token}  # بن، دي: short words stay as written


def name_variants(key: str) -> set[str]:
    """Every rule-made spelling of a name: each word's variants, and عبد joined to or
    apart from the name it governs (عبد اللطيف الزياني، عبداللطيف الزياني), أبو
    joined to its name (أبو عبيدة، أبوعبيدة)."""
    tokens = key.split(" ")
    forms = {" ".join(combo) for combo in product(*(token_variants(t) for t in tokens))}
    return {joined for form in forms for joined in joinings(form)}


def joinings(key: str) -> set[str]:
    """A name with عبد and أبو written joined to or apart from the next word, and a
    compound in الدين or الله joined or apart, as the press writes either: the same
    spelling, not a guess (it keeps a final ة); and a
    long name written without its بن (محمد بن عبد العزيز الخليفي، محمد عبد العزيز
    الخليفي), when three names or more remain, عبد and its noun being one (محمد سلمان
    and عبد الله زايد may be someone else's)."""
    forms = {key, ABD_APART.sub("عبدال", key), ABD_JOINED.sub("عبد ال", key), ABU_APART.sub("ابو", key)}
    forms |= {COMPOUND_APART.sub(r"\1\2", form) for form in forms}  # نور الدين → نورالدين
    forms |= {COMPOUND_JOINED.sub(r"\1 \2", form) for form in forms}  # نورالدين → نور الدين
    without_bin = {BIN_APART.sub(" ", form) for form in forms}
    return forms | {form for form in without_bin if _names(form) >= 3}


def _names(key: str) -> int:
    """How many names a spelling holds: عبد and the noun it governs are one."""
    words = key.split()
    return len(words) - words.count("عبد")


ABD_APART = re.compile(r"(?<!\S)عبد ال(?=\S)")


ABD_JOINED = re.compile(r"(?<!\S)عبدال(?=\S)")


ABU_APART = re.compile(r"(?<!\S)ابو (?=\S)")
# A compound given name in الدين or الله, written apart or joined (نور الدين، نورالدين;
# عطا الله، عطاالله); عبد الله is عبد's, above.
COMPOUND_APART = re.compile(r"(?<!\S)(?!عبد )(\S{2,}) (الدين|الله)(?!\S)")
COMPOUND_JOINED = re.compile(r"(?<!\S)(?!عبد)(\S{2,}?)(الدين|الله)(?!\S)")


BIN_APART = re.compile(r" بن (?=\S)")


@per_registry
def family_words(registry: Registry) -> dict[str, frozenset[str]]:
    """The last word of every registered name of two words or more, keyed without the
    article → the people whose name ends with it (العليمي: عبدالله العليمي, رشاد العليمي)."""
    found: dict[str, set[str]] = {}
    for actor in registry.actors.values():
        for form in spellings(actor):
            words = normalize(form).split()
            if len(words) >= 2:
                last = words[-1][2:] if words[-1].startswith("ال") else words[-1]
                found.setdefault(last, set()).add(actor.id)
    return {word: frozenset(ids) for word, ids in found.items()}


def one_edit_key(word: str, registry: Registry) -> str:
    """The registered family word one letter away from ``word`` (five letters or more),
    or "" when none or several are."""
    index, family = _family_deletions(registry), family_words(registry)
    candidates = set(index.get(word, ()))  # word is one of theirs less a letter
    for shorter in _deletions(word):  # one of theirs is word less a letter, or both lose one
        candidates.update(index.get(shorter, ()))
        if len(shorter) >= 5 and shorter in family:
            candidates.add(shorter)
    close = sorted(last for last in candidates if one_edit(last, word))
    return close[0] if len(close) == 1 else ""


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@per_registry
def _family_deletions(registry: Registry) -> dict[str, frozenset[str]]:
    """Family words of five letters or more by each of their one-letter deletions: any
    word one edit from a family word shares a deletion with it, is one of its deletions,
    or has it as one (a superset that ``one_edit`` then checks)."""
    found: dict[str, set[str]] = {}
    for last in family_words(registry):
        if len(last) >= 5:
            for shorter in _deletions(last):
                found.setdefault(shorter, set()).add(last)
    return {key: frozenset(words) for key, words in found.items()}


def one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by exactly one insertion, deletion, substitution or swap
    of neighbours (optimal string alignment distance 1)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :] or (a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1 :] == shorter[i:]
