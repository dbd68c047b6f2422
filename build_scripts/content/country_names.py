"""Country names the registry does not have to list: every ISO 3166-1 country's Arabic
and English name from CLDR (through Babel), and the inflections of a nisba adjective
(أوكراني → أوكرانية، أوكرانيين…), so the countries file gives only stems and aliases."""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

ISO = re.compile(r"^[A-Z]{2}$")
# Codes CLDR lists that are not ISO 3166-1 countries (EU, UN, reserved/user-assigned codes).
NOT_COUNTRIES = frozenset("AC CP CQ DG EA EU EZ IC QO TA UN XA XB XK ZZ".split())


@cache
def cldr_countries() -> dict[str, tuple[str, str]]:
    """ISO code → (Arabic name, English name) from CLDR."""
    arabic, english = Locale.parse("ar").territories, Locale.parse("en").territories
    return {
        code: (arabic[code], english[code])
        for code in sorted(arabic)
        if ISO.match(code) and code not in NOT_COUNTRIES and code in english
    }


NISBA_ENDINGS = ("", "ة", "ين", "ون", "ان", "تان", "تين", "ات")


def adjective_forms(stem: str) -> tuple[str, ...]:
    """A nisba adjective and its inflections: أوكراني → أوكرانية، أوكرانيين، أوكرانيون…

    A two-word adjective agrees word by word (كوري شمالي → كورية شمالية، كوريين
    شماليين), and its definite forms are listed too (الكوري الشمالي), because the
    matcher puts clitics and the article only in front of the first word.
    """
    words = stem.split()
    if not all(word.endswith("ي") for word in words):
        return (stem,)
    forms = [" ".join(word + ending for word in words) for ending in NISBA_ENDINGS]
    if len(words) > 1:
        forms += [" ".join("ال" + word for word in form.split()) for form in forms]
    return tuple(forms)
