"""Imports flow one way through build_scripts' stages (docs/architecture.md, "Layout"):

    cli/ → pipeline, incremental, settings → site/ → render/ → dossier/ → extract/ → content/
    → shared leaves (model, errors, text_safety, arabic_text)

A module may import its own stage and the stages after it, never one before.
Inside extract/ its packages keep an order of their own (names → people → mentions,
quotes → extract/'s top; ``EXTRACT_RANK``). The
graph is read from the source with ``ast`` (nothing is imported, so no module's
import-time work runs), and imports inside functions and under ``TYPE_CHECKING``
count like the others: a lazy import upward is still a dependency upward.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "build_scripts"
LAYERS = ("shared", "content", "extract", "dossier", "render", "site", "pipeline", "cli")
RANK = {layer: rank for rank, layer in enumerate(LAYERS)}
# Modules at the top of build_scripts/, which is no stage of its own: the leaves every
# stage shares, and the pipeline that strings the stages together for the CLI.
TOP = {
    "__init__": "shared",
    "model": "shared",
    "errors": "shared",
    "text_safety": "shared",
    "arabic_text": "shared",
    "settings": "pipeline",
    "incremental": "pipeline",
    "pipeline": "pipeline",
    "__main__": "cli",
}


def module_name(package: Path, path: Path) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(package: Path, module: str) -> str:
    """``build_scripts.render.article`` → ``render``; a top module by ``TOP``."""
    parts = module.split(".")[1:]
    if not parts:
        return TOP["__init__"]
    if (package / parts[0]).is_dir():
        if parts[0] not in RANK:
            raise AssertionError(f"build_scripts/{parts[0]}/ is no stage: add it to LAYERS in {__file__}")
        return parts[0]
    if parts[0] not in TOP:
        raise AssertionError(f"build_scripts/{parts[0]}.py has no layer: add it to TOP in {__file__}")
    return TOP[parts[0]]


def imported_modules(package: Path, path: Path) -> set[str]:
    """The build_scripts modules ``path`` imports, as absolute dotted names."""
    module = module_name(package, path)
    here = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.split(".")[0] == package.name}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(here.split(".")[: len(here.split(".")) - node.level + 1])
                target = f"{base}.{node.module}" if node.module else base
            elif node.module and node.module.split(".")[0] == package.name:
                target = node.module
            else:
                continue
            # ``from .site import mkdocs_site`` imports the module, not only the package.
            folder = package.parent.joinpath(*target.split("."))
            modules = {f"{target}.{a.name}" for a in node.names if folder.joinpath(f"{a.name}.py").is_file()}
            found |= modules or {target}
    return found


def violations(package: Path) -> list[str]:
    problems = []
    for path in sorted(package.rglob("*.py")):
        source = module_name(package, path)
        source_layer = layer_of(package, source)
        for target in sorted(imported_modules(package, path)):
            target_layer = layer_of(package, target)
            if RANK[target_layer] > RANK[source_layer]:
                problems.append(f"{source} ({source_layer}) imports {target} ({target_layer})")
    return problems


def test_imports_flow_one_way_through_the_stages() -> None:
    assert violations(PACKAGE) == []


# Inside extract/, its packages in the order they may import one another: what a name
# looks like, then people the registry lacks, then mentions and quotes side by side
# (neither reads the other), then the modules at extract/'s top that make one Extraction.
EXTRACT_RANK = {"names": 0, "people": 1, "mentions": 2, "quotes": 2}
EXTRACT_TOP = 3


def extract_part(module: str) -> tuple[str, int] | None:
    """``build_scripts.extract.quotes.verb_subject`` → ("quotes", 2); outside extract/ → None."""
    parts = module.split(".")
    if parts[1:2] != ["extract"]:
        return None
    if len(parts) > 2 and parts[2] in EXTRACT_RANK:
        return parts[2], EXTRACT_RANK[parts[2]]
    return "", EXTRACT_TOP


def extract_violations(package: Path) -> list[str]:
    problems = []
    for path in sorted((package / "extract").rglob("*.py")):
        source = module_name(package, path)
        here = extract_part(source)
        for target in sorted(imported_modules(package, path)):
            there = extract_part(target)
            if here and there and there != here and there[1] >= here[1]:
                problems.append(f"{source} imports {target}")
    return problems


def test_extract_packages_import_one_way() -> None:
    assert extract_violations(PACKAGE) == []


def test_an_import_across_extract_packages_is_caught(tmp_path: Path) -> None:
    package = tmp_path / "build_scripts"
    write(package / "extract" / "__init__.py", "")
    write(package / "extract" / "article.py", "from .quotes import extract_quotes\n")
    write(package / "extract" / "names" / "words.py", "from ..people import find\n")
    write(package / "extract" / "people" / "find.py", "from ..names.words import TITLES\n")
    write(package / "extract" / "quotes" / "extract_quotes.py", "from ..mentions import link\n")
    write(
        package / "extract" / "mentions" / "link.py", "from ..people.find import x\nfrom ..article import y\n"
    )
    assert extract_violations(package) == [
        "build_scripts.extract.mentions.link imports build_scripts.extract.article",
        "build_scripts.extract.names.words imports build_scripts.extract.people.find",
        "build_scripts.extract.quotes.extract_quotes imports build_scripts.extract.mentions.link",
    ]


def test_every_stage_package_says_what_it_owns_and_may_import() -> None:
    for folder in sorted(p for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()):
        assert folder.name in RANK, folder
        doc = ast.get_docstring(ast.parse((folder / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "May import" in doc, f"{folder}/__init__.py: say what it owns and what it may import"


def test_the_mkdocs_hooks_import_nothing_of_ours() -> None:
    """MkDocs loads the hooks as a lone file (``hooks:`` in mkdocs.yml), outside the package."""
    hooks = PACKAGE / "site" / "mkdocs_hooks.py"
    assert imported_modules(PACKAGE, hooks) == set()
    assert "build_scripts/site/mkdocs_hooks.py" in (PACKAGE.parent / "mkdocs.yml").read_text(encoding="utf-8")


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_an_import_of_a_later_stage_is_caught(tmp_path: Path) -> None:
    package = tmp_path / "build_scripts"
    write(package / "__init__.py", "")
    write(package / "model.py", "")
    write(package / "pipeline.py", "from .site import publish\nfrom .render.pages import Page\n")
    write(package / "render" / "__init__.py", "")
    write(package / "render" / "pages.py", "from ..model import X\n")
    write(package / "site" / "__init__.py", "")
    write(package / "site" / "publish.py", "")
    write(package / "content" / "__init__.py", "")
    write(package / "content" / "read.py", "def f():\n    from ..render import pages\n")
    write(package / "extract" / "__init__.py", "from build_scripts import pipeline\n")
    assert violations(package) == [
        "build_scripts.content.read (content) imports build_scripts.render.pages (render)",
        "build_scripts.extract (extract) imports build_scripts.pipeline (pipeline)",
    ]


def test_a_module_without_a_layer_is_named(tmp_path: Path) -> None:
    package = tmp_path / "build_scripts"
    write(package / "__init__.py", "")
    write(package / "helpers.py", "")
    with pytest.raises(AssertionError, match=r"helpers\.py has no layer"):
        violations(package)
