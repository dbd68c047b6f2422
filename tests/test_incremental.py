"""``serve``'s memory and the parallel renderer change nothing but speed: after any
edit, a regeneration that reuses what it remembered leaves docs/ byte-identical to
a from-scratch ``generate`` of the same content, and pages rendered in forked
processes are the pages rendered here. No timing is asserted (see benchmarks/)."""

from __future__ import annotations

import dataclasses
import multiprocessing
from pathlib import Path

import pytest
from conftest import make_repo
from watchdog.events import FileClosedNoWriteEvent, FileModifiedEvent, FileOpenedEvent

from benchmarks import synthetic
from build_scripts import incremental, pipeline
from build_scripts.cli import serve
from build_scripts.errors import ContentError, Problems
from build_scripts.extract.article import extract
from build_scripts.incremental import Memory
from build_scripts.render import parallel
from build_scripts.render.i18n import LANGUAGES, ui
from build_scripts.render.site_pages import page_jobs, render_all
from build_scripts.settings import Settings, load_site_text
from build_scripts.site import file_signature, mkdocs_site

needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="parallel rendering needs fork"
)
NEW_SENTENCE = "وقال فولوديمير زيلينسكي إن المشاورات مستمرة."


def docs_files(root: Path) -> dict[str, bytes]:
    docs = root / "docs"
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


def from_scratch(root: Path, tmp_path: Path) -> dict[str, bytes]:
    """docs/ as a fresh ``generate`` (no memory) writes it for the same content."""
    fresh = make_repo(tmp_path / f"fresh-{len(list(tmp_path.iterdir()))}", root / "content")
    pipeline.generate(Settings.from_root(fresh, strict=True), Problems())
    return docs_files(fresh)


@pytest.fixture
def dossier_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Thirty synthetic articles (entities shared between articles, so related-article
    rankings and entity pages depend on each other), with every file trusted as soon
    as it is written: tests cannot wait out file_signature.RACY_SECONDS."""
    monkeypatch.setattr(file_signature, "RACY_SECONDS", 0.0)
    root = synthetic.make_scratch_repo(tmp_path / "edited")
    synthetic.write_articles(root, 30)
    return root


def regenerate(root: Path, memory: Memory) -> pipeline.GenerateReport:
    return pipeline.generate(Settings.from_root(root, strict=True), Problems(), memory)


def article_path(root: Path, index: int = 3) -> Path:
    return sorted((root / "content" / "articles").glob("*.ar.md"))[index]


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + f" {text}\n", encoding="utf-8")


def test_a_build_is_a_first_read_that_edits_nothing(dossier_repo: Path) -> None:
    """A build goes through the same reading and extraction as serve, with an empty
    memory; its first read names no article as edited, so nothing is written first."""
    memory = Memory()
    report = regenerate(dossier_repo, memory)
    assert memory.changed == set() and report.written_first == ()
    assert len(memory.articles) == report.articles and memory.extractions


def test_a_typo_fix_reuses_everything_else_and_matches_a_fresh_build(
    dossier_repo: Path, tmp_path: Path
) -> None:
    memory = Memory()
    regenerate(dossier_repo, memory)
    related = memory.related
    path = article_path(dossier_repo)
    append(path, "وتستمر المشاورات.")
    report = regenerate(dossier_repo, memory)
    slug = path.name.removesuffix(".ar.md")
    assert memory.changed == {slug}  # only the edited file was read again
    assert memory.related is related  # it names no one new: rankings reused
    assert set(report.written_first) == {f"articles/{slug}.ar.md", f"articles/{slug}.en.md"}
    assert docs_files(dossier_repo) == from_scratch(dossier_repo, tmp_path)


def test_naming_someone_new_updates_every_page_that_depends_on_it(dossier_repo: Path, tmp_path: Path) -> None:
    memory = Memory()
    dossier = regenerate(dossier_repo, memory).dossier
    related = memory.related
    slug = next(
        a.slug
        for a in dossier.articles
        if "volodymyr-zelensky" not in dossier.extractions[a.slug].ids("people")
    )
    append(dossier_repo / "content" / "articles" / f"{slug}.ar.md", NEW_SENTENCE)
    report = regenerate(dossier_repo, memory)
    assert memory.related is not related
    assert "actors/volodymyr-zelensky.ar.md" in report.docs.written
    assert docs_files(dossier_repo) == from_scratch(dossier_repo, tmp_path)


def test_a_registry_edit_extracts_again(dossier_repo: Path, tmp_path: Path) -> None:
    memory = Memory()
    regenerate(dossier_repo, memory)
    registry = memory.extractions_registry
    actors = dossier_repo / "content" / "registry" / "actors.yml"
    text = actors.read_text(encoding="utf-8")
    assert "en: Volodymyr Zelensky}" in text and "[زيلينسكي, " in text
    text = text.replace("en: Volodymyr Zelensky}", "en: Volodymyr Zelenskyy}").replace("[زيلينسكي, ", "[", 1)
    actors.write_text(text, encoding="utf-8")
    regenerate(dossier_repo, memory)
    assert memory.extractions_registry is not registry
    assert docs_files(dossier_repo) == from_scratch(dossier_repo, tmp_path)


def test_deleting_and_adding_articles_and_translations(dossier_repo: Path, tmp_path: Path) -> None:
    memory = Memory()
    regenerate(dossier_repo, memory)
    gone = article_path(dossier_repo, 2)
    gone.unlink()
    regenerate(dossier_repo, memory)
    assert f"articles/{gone.name}" not in docs_files(dossier_repo)
    assert docs_files(dossier_repo) == from_scratch(dossier_repo, tmp_path)

    translated = article_path(dossier_repo, 4)
    english = translated.with_name(translated.name.replace(".ar.md", ".en.md"))
    english.write_text('---\ntitle: "A translated title"\n---\nThe English text.\n', encoding="utf-8")
    new = translated.with_name("2020-01-01-a-new-one-99999.ar.md")
    new.write_text("---\ntitle: مقال جديد\ndate: 2020-01-02\n---\n" + NEW_SENTENCE + "\n", encoding="utf-8")
    with pytest.raises(ContentError):  # the date does not match the file name: nothing written
        regenerate(dossier_repo, memory)
    with pytest.raises(ContentError):  # unchanged, so still wrong: remembered problems count too
        regenerate(dossier_repo, memory)
    new.write_text("---\ntitle: مقال جديد\ndate: 2020-01-01\n---\n" + NEW_SENTENCE + "\n", encoding="utf-8")
    regenerate(dossier_repo, memory)
    assert "A translated title" in (dossier_repo / "docs" / "articles" / english.name).read_text(
        encoding="utf-8"
    )
    assert docs_files(dossier_repo) == from_scratch(dossier_repo, tmp_path)


def test_generated_files_edited_or_deleted_by_hand_are_restored(dossier_repo: Path, tmp_path: Path) -> None:
    memory = Memory()
    regenerate(dossier_repo, memory)
    regenerate(dossier_repo, memory)  # files written before this call are now remembered
    docs = dossier_repo / "docs"
    assert {"index.ar.md", "quotes/index.en.md"} <= memory.docs.files.keys()
    (docs / "index.ar.md").write_text("edited by hand\n", encoding="utf-8")
    (docs / "quotes" / "index.en.md").unlink()
    report = regenerate(dossier_repo, memory)
    assert set(report.docs.written) == {"index.ar.md", "quotes/index.en.md"}
    assert docs_files(dossier_repo) == from_scratch(dossier_repo, tmp_path)


def test_too_recent_files_are_read_again(tmp_path: Path) -> None:
    """Without the test's shortcut, a file written just now is not trusted by its signature."""
    path = tmp_path / "x.md"
    path.write_text("x", encoding="utf-8")
    now = file_signature.signature(path)
    assert now is not None and not file_signature.trusted(now, since_ns=now[1])
    assert file_signature.trusted(now, since_ns=now[1] + 3 * 10**9)
    (tmp_path / "link.md").symlink_to(path)
    link = file_signature.signature(tmp_path / "link.md")
    assert link is not None and not file_signature.trusted(link, since_ns=link[1] + 3 * 10**9)


@needs_fork
@pytest.mark.parametrize("background", [False, True])
def test_parallel_and_serial_rendering_give_the_same_pages(
    dossier_repo: Path, monkeypatch: pytest.MonkeyPatch, background: bool
) -> None:
    settings, problems = Settings.from_root(dossier_repo, strict=True), Problems()
    dossier = pipeline.index_content(pipeline.read_content(settings, problems))
    site_text = load_site_text(settings, problems)
    uis = tuple(ui(lang) for lang in LANGUAGES)
    serial = render_all(dossier, site_text, uis, mkdocs_site.linker_for)
    jobs = page_jobs(dossier, site_text, uis, mkdocs_site.linker_for)
    assert parallel.render_jobs(jobs, workers=2, background=background) == serial
    monkeypatch.setattr(parallel, "MIN_RENDER_JOBS", 1)  # the path a big dossier takes by default
    assert parallel.render_jobs(jobs) == serial


@needs_fork
def test_parallel_and_serial_extraction_give_the_same_extractions(
    dossier_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big dossier extracts on both cores; what comes back, and in which article's
    name, is what one process extracts, for every article and after an edit."""
    content = pipeline.read_content(Settings.from_root(dossier_repo, strict=True), Problems())
    serial = {a.slug: extract(a.body, content.registry, a.date.iso) for a in content.articles}
    monkeypatch.setattr(incremental, "MIN_PARALLEL_EXTRACTIONS", 1)
    forks = []
    real_map = parallel.map_ranges
    monkeypatch.setattr(
        parallel, "map_ranges", lambda *args, **kw: forks.append(args[3]) or real_map(*args, **kw)
    )
    memory = Memory()
    assert memory.extract_all(content.articles, content.registry) == serial
    assert forks == [min(parallel.available_cpus(), parallel.MAX_WORKERS)]  # both cores, here
    edited = dataclasses.replace(
        content.articles[3], body=content.articles[3].body + "\n\nوقال زيلينسكي: «نعم»."
    )
    articles = (*content.articles[:3], edited, *content.articles[4:])
    again = memory.extract_all(articles, content.registry)
    assert again == serial | {edited.slug: extract(edited.body, content.registry, edited.date.iso)}


@needs_fork
@pytest.mark.parametrize(("count", "workers"), [(0, 2), (1, 2), (7, 2), (100, 3)])
def test_ranges_come_back_in_order(count: int, workers: int) -> None:
    def numbers(shared: str, start: int, stop: int) -> list[str]:
        return [f"{shared}{i}" for i in range(start, stop)]

    assert parallel.map_ranges(numbers, "n", count, workers) == [f"n{i}" for i in range(count)]


def test_serve_ignores_its_own_reads() -> None:
    """inotify reports every file a regeneration opens; only real changes may trigger one."""
    flag = serve.threading.Event()
    handler = serve._Changes(flag)
    for event in (FileOpenedEvent("content/a.md"), FileClosedNoWriteEvent("content/a.md")):
        handler.dispatch(event)
    assert not flag.is_set()
    handler.dispatch(FileModifiedEvent("content/a.md"))
    assert flag.is_set()
