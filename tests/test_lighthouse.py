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
from build_scripts.render.i18n import LANGUAGES

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


@pytest.mark.site
def test_every_page_type_is_audited(built_site: Path) -> None:
    audited = {(t.lang, t.page_type) for t in lighthouse.targets(built_site / "site")}
    assert audited == set(CASES)


@pytest.mark.browser
@pytest.mark.site
@pytest.mark.parametrize(("lang", "page_type"), CASES)
def test_lighthouse_scores_100(results: dict, lang: str, page_type: str) -> None:
    result = results[(lang, page_type)]
    assert result.error is None, result.explain()
    assert result.below(lighthouse.STATIC_CATEGORIES) == [], result.explain()


def _result(lang: str, page_type: str, performance: float, seo: float = 1) -> lighthouse.Result:
    scores = {"performance": performance, "accessibility": 1, "best-practices": 1, "seo": seo}
    failures = () if seo == 1 else ({"category": "seo", "id": "is-crawlable", "title": "Blocked"},)
    where = lighthouse.Target(page_type=page_type, lang=lang, path="")
    return lighthouse.Result(target=where, scores=scores, failures=failures, metrics={"speed-index": 1.0})


def test_bench_report_reads_back_and_names_what_falls_short() -> None:
    """bench.py writes results to bench.json and prints them from there: no run needed."""
    results = [_result("ar", "home", 0.97), _result("en", "home", 0.9), _result("ar+en", "404", 1, seo=0.5)]
    again = [lighthouse.Result.from_json(r.as_json()) for r in results]
    assert again == results
    table = lighthouse.table({"seed": again}).splitlines()
    assert table[0].split() == ["performance", "seed", "ar", "seed", "en"]
    assert table[1].split() == ["home", "97", "90"]
    assert next(row for row in table if row.startswith("404")).split() == ["404", "100", "100"]
    verdicts = lighthouse.verdicts({"seed": again})
    assert verdicts == [
        "seed: accessibility, best practices and SEO all 100 on 2 of 3 pages (not on ar+en 404)",
        "seed: performance ≥ 95 on 2 of 3 pages (not on en home)",
    ]
    slow = [_result("ar", kind, 0.5) for kind in ("home", "article")] + [_result("en", "home", 0.99)]
    assert (
        lighthouse.verdicts({"N=100": slow})[1] == "N=100: performance ≥ 95 on 1 of 3 pages (only on en home)"
    )


def test_benchmark_server_gzips_text_as_pages_does(tmp_path: Path) -> None:
    """Lighthouse's performance must see the bytes a reader downloads, not raw files."""
    import urllib.request

    from conftest import serve_directory

    (tmp_path / "index.html").write_text("<p>" + "نص " * 2000, encoding="utf-8")
    (tmp_path / "a.css").write_text("p{color:red}" * 500, encoding="utf-8")
    (tmp_path / "flag.png").write_bytes(b"\x89PNG" + bytes(3000))
    served = serve_directory(tmp_path, compress=True)
    base = next(served)
    try:
        for name, encoding in (("", "gzip"), ("a.css", "gzip"), ("flag.png", None)):
            request = urllib.request.Request(base + name, headers={"Accept-Encoding": "gzip"})
            with urllib.request.urlopen(request, timeout=10) as response:
                assert response.headers.get("Content-Encoding") == encoding, name
                assert int(response.headers["Content-Length"]) == len(response.read())
        with urllib.request.urlopen(base + "a.css", timeout=10) as response:  # no Accept-Encoding
            assert response.headers.get("Content-Encoding") is None
    finally:
        served.close()
