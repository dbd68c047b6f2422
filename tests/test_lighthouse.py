"""Lighthouse's accessibility, best practices and SEO are 100 on every page type, in
both languages (mobile, as most readers come).

These three read the loaded page, not the clock, so they hold on a busy machine;
performance does, and is measured by ``make bench`` / ``make lighthouse`` instead.
Lighthouse runs once over all the pages (two Node processes, each its own Chromium);
each test then reads the result of its page and names every audit that failed.
The 404 page is audited as the file /404.html (status 200): at a missing path it
is served with status 404, which Lighthouse's SEO audit counts against any page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import lighthouse
from build_scripts.i18n import LANGUAGES

pytestmark = [pytest.mark.browser, pytest.mark.site]

CASES = [(lang, kind) for lang in LANGUAGES for kind in lighthouse.PAGE_TYPES if kind != lighthouse.NOT_FOUND]
CASES.append((lighthouse.BOTH, lighthouse.NOT_FOUND))
WORKERS = 2  # one per core: the three categories do not depend on timing


@pytest.fixture(scope="module")
def results(built_site: Path, site_url: str) -> dict[tuple[str, str], lighthouse.Result]:
    problem = lighthouse.check_installed()
    if problem:
        pytest.fail(problem)  # never skip: make test installs both
    audited = lighthouse.targets(built_site / "site")
    found = lighthouse.run(site_url, audited, lighthouse.STATIC_CATEGORIES, quick=True, workers=WORKERS)
    return {(r.target.lang, r.target.page_type): r for r in found}


def test_every_page_type_is_audited(built_site: Path) -> None:
    audited = {(t.lang, t.page_type) for t in lighthouse.targets(built_site / "site")}
    assert audited == set(CASES)


@pytest.mark.parametrize(("lang", "page_type"), CASES)
def test_lighthouse_scores_100(results: dict, lang: str, page_type: str) -> None:
    result = results[(lang, page_type)]
    assert result.error is None, result.explain()
    assert result.below(lighthouse.STATIC_CATEGORIES) == [], result.explain()
