"""Where the bytes of a built page go (issue 18: the average HTML page ≤ 25 KB).

    python benchmarks/page_weight.py --n 1000 --out /tmp/weight [--keep]

Builds a synthetic dossier of N articles once (benchmarks/synthetic.py; kept in
``--out`` and reused on the next run when ``--keep`` is given), regenerates docs/
and runs ``mkdocs build`` with this checkout's code and templates, then prints the
average HTML page (as ``bench.py``'s ``html_and_index`` counts it) and, for one
article, one person, one country and one list page in each language, the bytes
of each part of the page.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import synthetic  # noqa: E402

# (label, pattern): each is cut out of the page in this order, so the parts do not overlap.
PARTS = (
    ("JSON-LD", r'<script type="application/ld\+json">.*?</script>'),
    ("other inline scripts", r"<script(?![^>]*\bsrc=)[^>]*>.*?</script>"),
    ("script tags (src)", r"<script[^>]*\bsrc=[^>]*>\s*</script>"),
    ("header", r'<header class="md-header.*?</header>'),
    ("tabs", r'<nav class="md-tabs.*?</nav>'),
    ("primary nav (drawer)", r'<nav class="md-nav md-nav--primary.*?</nav>\s*</div>\s*</div>\s*</div>'),
    ("toc (secondary nav)", r'<nav class="md-nav md-nav--secondary.*?</nav>\s*</div>\s*</div>\s*</div>'),
    ("footer", r'<footer class="md-footer.*?</footer>'),
    ("search terms (hidden)", r"<[^>]*data-pagefind-index-attrs[^>]*>\s*</[a-z]+>"),
    ("chips", r'<p class="daftar-chips".*?</p>'),
    ("svg icons", r"<svg.*?</svg>"),
    ("head link/meta", r"<(?:link|meta)\b[^>]*>"),
    ("head (rest)", r"<head>.*?</head>"),
    ("article body", r'<article class="md-content__inner.*?</article>'),
)


def build(root: Path) -> None:
    """Copy this checkout's templates and hooks in, then generate docs/ and build site/."""
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.rmtree(root / "site_overrides")
    shutil.copytree(ROOT / "site_overrides", root / "site_overrides")
    shutil.copy(ROOT / "build_scripts/site/mkdocs_hooks.py", root / "build_scripts/site/mkdocs_hooks.py")
    code = (
        "from pathlib import Path; from build_scripts import pipeline; "
        "from build_scripts.errors import Problems; from build_scripts.settings import Settings; "
        "from build_scripts.site import mkdocs_site; "
        f"root = Path({str(root)!r}); r = pipeline.generate(Settings.from_root(root, strict=True), Problems()); "
        "mkdocs_site.build(root, root / 'site', source_date_epoch=pipeline.source_date_epoch(r.dossier.articles))"
    )
    subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r}); {code}"], check=True
    )


def breakdown(html: str) -> list[tuple[str, int]]:
    rest = html
    parts = []
    for label, pattern in PARTS:
        found = 0
        for match in re.finditer(pattern, rest, flags=re.S):
            found += len(match.group(0).encode())
        rest = re.sub(pattern, "", rest, flags=re.S)
        parts.append((label, found))
    parts.append(("everything else", len(rest.encode())))
    return parts


def samples(site: Path) -> list[Path]:
    def first(folder: str) -> Path:  # an entity or an article, not a year's list
        return sorted(p for p in (site / folder).glob("*/index.html") if not p.parent.name.isdigit())[0]

    chosen = []
    for prefix in ("", "en/"):
        chosen += [
            first(prefix + folder) for folder in ("articles", "actors", "countries", "places", "events")
        ]
        chosen += [site / prefix / "actors/index.html", site / prefix / "index.html"]
    return chosen


def report(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    sizes = [p.stat().st_size for p in pages]
    print(
        f"{len(pages)} HTML files, {sum(sizes) / 1024 / 1024:.1f} MB, average {sum(sizes) / len(pages) / 1024:.2f} KB"
    )
    kinds: dict[str, list[int]] = {}
    for path, size in zip(pages, sizes, strict=True):
        parts = path.relative_to(site).parts
        parts = parts[1:] if parts[0] == "en" else parts
        kind = parts[0] + ("/*" if len(parts) > 2 else "") if len(parts) > 1 else parts[0]
        kinds.setdefault(kind, []).append(size)
    for kind, values in sorted(kinds.items(), key=lambda kv: -sum(kv[1])):
        print(f"  {kind:24} {len(values):6} pages  avg {sum(values) / len(values) / 1024:6.1f} KB")
    for path in samples(site):
        html = path.read_text(encoding="utf-8")
        print(f"\n{path.relative_to(site)}: {len(html.encode()) / 1024:.1f} KB")
        for label, size in breakdown(html):
            print(f"  {label:24} {size / 1024:6.2f} KB")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--keep", action="store_true", help="reuse the dossier already in --out")
    parser.add_argument("--no-build", action="store_true", help="only report on the site already built")
    args = parser.parse_args()
    root = args.out / "repo"
    if not (args.keep and root.exists()):
        shutil.rmtree(args.out, ignore_errors=True)
        args.out.mkdir(parents=True)
        synthetic.make_scratch_repo(args.out)
        synthetic.write_articles(root, args.n)
    if not args.no_build:
        build(root)
    report(root / "site")


if __name__ == "__main__":
    main()
