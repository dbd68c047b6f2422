"""What ``serve`` remembers between regenerations, so one edited article costs a
fraction of a full ``generate``.

Only pure steps are remembered, each under a key that covers everything it reads:

- a parsed article (and the problems found in it) under the stat signatures of
  its ``.ar.md`` and ``.en.md`` files;
- the registry under the signatures of every file in ``content/registry/``; while
  they are unchanged the *same* Registry object is reused, which keeps the
  extraction memory valid;
- an Extraction under the article body and date, for one Registry object: a new
  registry empties it (``extract(body, registry, day)`` reads nothing else);
- related-article rankings under ``entity_index.related_key`` (each article's
  slug, in order, and the entities it names): an edit that names no one new
  does not rank again;
- what was written to ``docs/`` (``write_docs.WrittenFiles``).

Signatures are trusted only when old enough (``file_signature``); anything else
is read again. The rest of aggregation, and rendering, are not remembered: every page is
rendered on every regeneration, so no page can be stale. ``changed`` names the
articles read afresh, whose pages ``serve`` writes before all the others.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from .content import registries
from .content.read_articles import read_article
from .dossier.entity_index import related_articles, related_key
from .errors import Problem, Problems
from .extract.article import extract
from .model import Article, Extraction, Registry
from .render import parallel
from .site.file_signature import Signature, signature, trusted
from .site.write_docs import WrittenFiles

T = TypeVar("T")
Signatures = tuple[tuple[str, Signature | None], ...]


@dataclass(frozen=True, slots=True)
class _Remembered(Generic[T]):
    """A value computed from files, with the problems found on the way (replayed on reuse)."""

    signatures: Signatures
    value: T
    problems: tuple[Problem, ...]


def _signatures(paths: Sequence[Path], since_ns: int) -> Signatures | None:
    """The files' signatures, or None when one is too recent to trust."""
    found = tuple((str(path), signature(path)) for path in paths)
    if any(sig is not None and not trusted(sig, since_ns) for _, sig in found):
        return None
    return found


def _recall(
    memo: _Remembered[T] | None, paths: Sequence[Path], compute: Callable[[Problems], T], problems: Problems
) -> tuple[_Remembered[T] | None, T, bool]:
    """(what to remember, the value, whether it was computed): reuse ``memo`` while
    ``paths`` keep their signatures, else compute it and remember it if they are old enough."""
    since_ns = time.time_ns()
    before = _signatures(paths, since_ns)
    if memo is not None and before is not None and memo.signatures == before:
        problems.items.extend(memo.problems)
        return memo, memo.value, False
    found = Problems()
    value = compute(found)
    problems.extend(found)
    keep = _Remembered(before, value, tuple(found.items)) if before is not None else None
    return keep, value, True


def _translation_path(path: Path) -> Path:
    return path.with_name(path.name.removesuffix(".ar.md") + ".en.md")


# Below this many bodies to extract, forking and pickling the Extractions back cost
# more than the second core saves (measured: docs/architecture.md, "Both cores").
MIN_PARALLEL_EXTRACTIONS = 100
Body = tuple[str, str]  # (article body, its date), what an Extraction depends on


class ExtractionFailed(Exception):
    """``extract`` raised on a body. Carries the body and its date (plain strings, so it
    crosses back from a forked worker) for the caller to name the article."""


def _extract_range(shared: tuple[Sequence[Body], Registry], start: int, stop: int) -> list[Extraction]:
    bodies, registry = shared
    found = []
    for body, day in bodies[start:stop]:
        try:
            found.append(extract(body, registry, day))
        except Exception as exc:
            raise ExtractionFailed(body, day, f"{type(exc).__name__}: {exc}") from exc
    return found


def _extract_missing(bodies: Sequence[Body], registry: Registry) -> list[Extraction]:
    """``extract`` over ``bodies``, in their order. The first is extracted here, which
    builds the registry's matcher once; forked children inherit it with the rest."""
    if not bodies:
        return []
    first = _extract_range((bodies, registry), 0, 1)
    rest = bodies[1:]
    workers = parallel.workers_for(len(rest), MIN_PARALLEL_EXTRACTIONS)
    return first + parallel.map_ranges(_extract_range, (rest, registry), len(rest), workers)


def _failure_message(failed: ExtractionFailed, articles: Sequence[Article]) -> str:
    """The article the extractor failed on, by file, and what to do: the fault is the
    extractor's, so the contributor learns which article triggers it, not a bare KeyError."""
    body, day, cause = failed.args
    paths = sorted(a.source.path for a in articles if (a.body, a.date.iso) == (body, day))
    return (
        f"{', '.join(paths)}: the extractor failed on this article ({cause}). This is a bug in "
        "Daftar, not in the article: run again with --debug for the traceback and report it "
        "with the article"
    )


@dataclass(slots=True)
class Memory:
    """State a long-running process keeps between calls of ``pipeline.generate``."""

    registry: _Remembered[Registry] | None = None
    articles: dict[Path, _Remembered[Article | None]] = field(default_factory=dict)
    extractions: dict[tuple[str, str], Extraction] = field(default_factory=dict)
    extractions_registry: Registry | None = None
    related: tuple[object, Mapping[str, tuple[str, ...]]] | None = None  # (related_key, rankings)
    docs: WrittenFiles = field(default_factory=WrittenFiles)
    changed: set[str] = field(default_factory=set)  # slugs read afresh by the last read (not the first)
    _seen: set[Path] = field(default_factory=set)
    _first: bool = True  # nothing read yet: a build, or serve's first regeneration

    def load_registry(self, content_dir: Path, problems: Problems) -> Registry:
        paths = []
        for folder in (content_dir / "registry", registries.BASE_DIR):
            paths += [folder, *sorted(folder.rglob("*"))] if folder.is_dir() else [folder]
        self.registry, registry, _ = _recall(
            self.registry, paths, lambda found: registries.load_registry(content_dir, found), problems
        )
        return registry

    def start_reading(self) -> None:
        self.changed = set()
        self._seen = set()
        self._first = not self.articles

    def read_article(self, path: Path, root: Path, problems: Problems) -> Article | None:
        """``read_articles.read_article``, reused while both of the article's files are unchanged."""
        self._seen.add(path)
        paths = (path, _translation_path(path))
        remembered, article, fresh = _recall(
            self.articles.get(path), paths, lambda found: read_article(path, root, found), problems
        )
        if remembered is None:
            self.articles.pop(path, None)
        else:
            self.articles[path] = remembered
        if fresh and article is not None and not self._first:
            self.changed.add(article.slug)  # on a first read nothing was edited
        return article

    def finish_reading(self) -> None:
        """Forget articles whose files are gone."""
        for path in set(self.articles) - self._seen:
            del self.articles[path]

    def extract_all(self, articles: Sequence[Article], registry: Registry) -> dict[str, Extraction]:
        """Every article's Extraction, computing only bodies not seen with this registry,
        on both cores when there are enough of them (``_extract_missing``)."""
        if registry is not self.extractions_registry:
            self.extractions, self.extractions_registry = {}, registry
        keys = {(a.body, a.date.iso) for a in articles}  # the date decides generic event words
        missing = sorted(keys - self.extractions.keys())
        try:
            self.extractions.update(zip(missing, _extract_missing(missing, registry), strict=True))
        except ExtractionFailed as failed:
            raise RuntimeError(_failure_message(failed, articles)) from failed
        self.extractions = {key: e for key, e in self.extractions.items() if key in keys}
        return {a.slug: self.extractions[(a.body, a.date.iso)] for a in articles}

    def related_articles(
        self, articles: tuple[Article, ...], extractions: Mapping[str, Extraction]
    ) -> Mapping[str, tuple[str, ...]]:
        """``entity_index.related_articles``, ranked again only when what it reads changed."""
        key = related_key(articles, extractions)
        if self.related is None or self.related[0] != key:
            self.related = (key, related_articles(articles, extractions))
        return self.related[1]
