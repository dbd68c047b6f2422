"""Paths and switches for one run, validated once and then frozen."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import Problems
from .render.site_pages import SiteText


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    root: Path
    strict: bool = False

    @property
    def content_dir(self) -> Path:
        return self.root / "content"

    @property
    def docs_dir(self) -> Path:
        return self.root / "docs"

    @property
    def site_dir(self) -> Path:
        return self.root / "site"

    @classmethod
    def from_root(cls, root: Path | str, *, strict: bool = False) -> Settings:
        root = Path(root).resolve()
        if not (root / "mkdocs.yml").is_file():
            raise FileNotFoundError(f"{root} has no mkdocs.yml; run from the Daftar repository")
        return cls(root=root, strict=strict)


def load_site_text(settings: Settings, problems: Problems) -> SiteText:
    """Read the dossier's title and description (``content/site.yml``)."""
    path = settings.content_dir / "site.yml"
    rel = path.relative_to(settings.root).as_posix()
    fallback = {"ar": "دفتر", "en": "Daftar"}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        problems.error(rel, 1, f"cannot read site settings: {exc}", "restore content/site.yml")
        return SiteText(title=fallback, description=fallback)
    values: dict[str, dict[str, str]] = {}
    for key in ("title", "description"):
        entry = data.get(key)
        if not isinstance(entry, dict) or not all(isinstance(entry.get(lang), str) for lang in ("ar", "en")):
            problems.error(rel, 1, f"'{key}' needs 'ar' and 'en' text", f"write {key}: {{ar: …, en: …}}")
            entry = fallback
        values[key] = {lang: entry[lang] for lang in ("ar", "en")}
    return SiteText(title=values["title"], description=values["description"])
