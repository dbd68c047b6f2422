"""Read ``content/articles/*.md`` into validated ``Article`` values.

Every problem is collected with its ``path:line`` (never raised one at a
time), so a contributor sees all mistakes of a pull request in one run.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import text_safety
from ..errors import Problems, did_you_mean
from ..model import Article, PartialDate, SourceLocation, Translation
from . import frontmatter

FILENAME = re.compile(
    r"^(?P<date>\d{4}-\d{2}(?:-\d{2})?)-(?P<slug>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)\.(?P<lang>ar|en)\.md$"
)
DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
ARTICLE_KEYS = (
    "title",
    "deck",
    "date",
    "date_note",
    "outlet",
    "url",
    "title_en",
    "summary_en",
)
TRANSLATION_KEYS = ("title",)
REQUIRED = ("title", "date")
ENCODING_FIX = (
    "re-save it as UTF-8 (iconv -f cp1256 -t utf-8), or import the raw text with "
    "python -m build_scripts import FILE --encoding cp1256 --date … --slug …"
)
FILENAME_FIX = (
    "name it <YYYY-MM-DD>-<slug>.ar.md with a lowercase ASCII slug, e.g. 2025-08-20-nato-chiefs-meet.ar.md"
)


def parse_date(value: Any) -> PartialDate | None:
    """Accept ``YYYY-MM-DD`` or ``YYYY-MM`` (YAML may hand us a ``date`` object)."""
    if isinstance(value, dt.date):
        return PartialDate(year=value.year, month=value.month, day=value.day)
    match = DATE.match(str(value).strip()) if isinstance(value, str) else None
    if not match:
        return None
    year, month, day = int(match[1]), int(match[2]), int(match[3]) if match[3] else None
    try:
        dt.date(year, month, day or 1)
    except ValueError:
        return None
    return PartialDate(year=year, month=month, day=day)


def check_invisible(text: str, rel: str, problems: Problems) -> None:
    """Report bidi and control characters (errors) and invisible ones (warnings) by line.

    Runs on the whole file, so front-matter values (a title, a name) are covered too.
    """
    for finding in text_safety.scan(text):
        report = problems.error if finding.error else problems.warning
        report(rel, finding.line, finding.message, finding.fix)


def describe(value: Any) -> str:
    """What a YAML value is, in a contributor's words (never its repr: it may be huge)."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"'{text_safety.visible(value)}'"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "an empty value" if value is None else "a value"


def decode(data: bytes, rel: str, problems: Problems) -> str | None:
    """Decode UTF-8 strictly; a BOM or CRLF is tolerated (with a warning)."""
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        problems.error(rel, line, "file contains NUL bytes", "re-save the file as UTF-8 text")
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.error(rel, line, f"file is not UTF-8 text ({_guess_encoding(data)})", ENCODING_FIX)
        return None
    if text.startswith("\ufeff"):
        problems.warning(rel, 1, "file starts with a byte-order mark", "re-save as UTF-8 without BOM")
        text = text[1:]
    if "\r" in text:
        problems.warning(rel, 1, "file has Windows (CRLF) line endings", "re-save with LF line endings")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _guess_encoding(data: bytes) -> str:
    """Windows-1256 is what Arabic Windows editors save by default; say so when it fits."""
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        return "unknown encoding"
    arabic = sum(1 for c in text if "\u0600" <= c <= "\u06ff")
    return (
        "it looks like Windows-1256"
        if arabic * 4 >= sum(1 for c in text if c.isalpha())
        else "unknown encoding"
    )


def _string(
    data: dict[str, Any], key: str, lines: dict[str, int], rel: str, problems: Problems
) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        got = "empty text" if isinstance(value, str) else describe(value)
        problems.error(
            rel, lines.get(key, 1), f"'{key}' must be non-empty text (got {got})", f'write {key}: "…"'
        )
        return None
    return value.strip()


def _check_keys(
    data: dict[str, Any], allowed: tuple[str, ...], lines: dict[str, int], rel: str, problems: Problems
) -> None:
    for key in data:
        if key not in allowed:
            problems.warning(
                rel,
                lines.get(key, 1),
                f"unknown key '{text_safety.visible(key)}'{did_you_mean(key, allowed)}",
                "see CONTRIBUTING.md for the keys an article may have",
            )


def read_article(path: Path, root: Path, problems: Problems) -> Article | None:
    """Read one Arabic article (and its English translation, if present)."""
    rel = path.relative_to(root).as_posix()
    name = FILENAME.match(path.name)
    if not name or name["lang"] != "ar":
        problems.error(rel, 1, "file name is not <date>-<slug>.ar.md", FILENAME_FIX)
        return None
    parsed = _read_front_matter(path, rel, problems)
    if parsed is None:
        return None
    date, strings = _read_fields(parsed, rel, name["date"], problems)
    if not parsed.body.strip():
        problems.error(
            rel, parsed.body_line, "the article has no body", "paste the article text under the front matter"
        )
    title = strings["title"]
    if date is None or not title:
        return None
    translation = _read_translation(path, root, problems)
    return _article(path, rel, parsed, date, title, strings, translation)


def _read_fields(
    parsed: frontmatter.Parsed, rel: str, from_name: str, problems: Problems
) -> tuple[PartialDate | None, dict[str, str | None]]:
    """The front matter's date (it must match the file name's) and texts; unknown keys,
    missing ones and a url that is no web address are reported on the way."""
    data, lines = parsed.data, parsed.lines
    _check_keys(data, ARTICLE_KEYS, lines, rel, problems)
    for key in REQUIRED:
        if data.get(key) is None:  # an empty value is reported once, at its line, as empty
            problems.error(rel, 1, f"missing '{key}'", f"add a line '{key}: …' to the front matter")
    date = _read_date(data, lines, rel, from_name, problems)
    strings = {key: _string(data, key, lines, rel, problems) for key in ARTICLE_KEYS if key != "date"}
    _check_url(strings.get("url"), lines, rel, problems)
    return date, strings


def _article(
    path: Path,
    rel: str,
    parsed: frontmatter.Parsed,
    date: PartialDate,
    title: str,
    strings: dict[str, str | None],
    translation: Translation | None,
) -> Article:
    """The article its checked fields and body make."""
    return Article(
        slug=path.name.removesuffix(".ar.md"),
        source=SourceLocation(path=rel, line=1),
        title=title,
        deck=strings["deck"],
        date=date,
        date_note=strings["date_note"],
        outlet=strings["outlet"],
        url=strings["url"],
        title_en=strings["title_en"],
        summary_en=strings["summary_en"],
        body=parsed.body.strip("\n") + "\n",
        # offsets index the stripped body, so its first line is after the blank lines
        body_line=parsed.body_line + len(parsed.body) - len(parsed.body.lstrip("\n")),
        translation=translation,
        key_lines=tuple(sorted(parsed.lines.items())),
    )


def _read_date(
    data: dict[str, Any], lines: dict[str, int], rel: str, from_name: str, problems: Problems
) -> PartialDate | None:
    if "date" not in data:
        return None
    date = parse_date(data["date"])
    line = lines.get("date", 1)
    if date is None:
        problems.error(
            rel,
            line,
            f"invalid date {describe(data['date'])}",
            "use YYYY-MM-DD, or YYYY-MM when only the month is known",
        )
        return None
    if date.iso != from_name:
        problems.error(
            rel,
            line,
            f"date {date.iso} does not match the file name's {from_name}",
            "rename the file or fix the date",
        )
    return date


def _check_url(url: str | None, lines: dict[str, int], rel: str, problems: Problems) -> None:
    if url and not text_safety.is_web_address(url):
        problems.error(
            rel,
            lines.get("url", 1),
            f"url must start with http:// or https:// (got '{text_safety.visible(url)}')",
            "paste the article's web address",
        )


def _read_translation(ar_path: Path, root: Path, problems: Problems) -> Translation | None:
    path = ar_path.with_name(ar_path.name.removesuffix(".ar.md") + ".en.md")
    if not path.exists() and not path.is_symlink():
        return None
    rel = path.relative_to(root).as_posix()
    parsed = _read_front_matter(path, rel, problems)
    if parsed is None:
        return None
    _check_keys(parsed.data, TRANSLATION_KEYS, parsed.lines, rel, problems)
    title = _string(parsed.data, "title", parsed.lines, rel, problems)
    if not title:
        problems.error(rel, 1, "missing 'title'", 'add the English title: title: "…"')
        return None
    return Translation(
        title=title, body=parsed.body.strip("\n") + "\n", source=SourceLocation(path=rel, line=1)
    )


def _read_front_matter(path: Path, rel: str, problems: Problems) -> frontmatter.Parsed | None:
    """An article file's text, decoded, checked for invisible characters and split into
    front matter and body; None (with the problem reported at its line) when it cannot be."""
    if not _regular_file(path, rel, problems):
        return None
    text = decode(path.read_bytes(), rel, problems)
    if text is None:
        return None
    check_invisible(text, rel, problems)
    try:
        return frontmatter.parse(text)
    except frontmatter.FrontMatterError as exc:
        problems.error(rel, exc.line, exc.message, exc.fix)
        return None


def _regular_file(path: Path, rel: str, problems: Problems) -> bool:
    """Refuse symlinks and folders: a link to ../../secrets would publish the file it points at."""
    if path.is_symlink() or not path.is_file():
        kind = "a symbolic link" if path.is_symlink() else "not a regular file"
        problems.error(rel, 1, f"article is {kind}", "commit the article itself as an ordinary file")
        return False
    return True


ArticleReader = Callable[[Path, Path, Problems], Article | None]


def read_articles(
    content_dir: Path, root: Path, problems: Problems, read_one: ArticleReader = read_article
) -> tuple[Article, ...]:
    """All articles, sorted newest first (date, then slug, as Hugo breaks ties).

    ``read_one`` is ``read_article`` unless a long-running caller (``serve``) reuses
    articles whose files did not change (``incremental.Memory.read_article``)."""
    folder = content_dir / "articles"
    articles: list[Article] = []
    for path in sorted(folder.glob("*.md")):
        if path.name.endswith(".en.md"):
            _check_original(path, root, problems)
            continue
        article = read_one(path, root, problems)
        if article is not None:
            articles.append(article)
    _warn_ignored(folder, root, problems)
    return tuple(sorted(articles, key=lambda a: (a.date.sort_key, a.slug), reverse=True))


def _check_original(path: Path, root: Path, problems: Problems) -> None:
    """A translation is read with its Arabic original; one without it would be lost silently."""
    if not path.with_name(path.name.removesuffix(".en.md") + ".ar.md").exists():
        problems.error(
            path.relative_to(root).as_posix(),
            1,
            "English translation without an Arabic original",
            "add the .ar.md file or rename this one",
        )


def _warn_ignored(folder: Path, root: Path, problems: Problems) -> None:
    """Files the site will not show (not .md, or in a sub-folder), so their author hears why."""
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix != ".md"):
        problems.warning(
            path.relative_to(root).as_posix(),
            1,
            "not an article (.md) file; ignored",
            "remove it or rename it to <date>-<slug>.ar.md",
        )
    for path in sorted(p for p in folder.glob("*/**/*.md") if p.is_file()):
        problems.warning(
            path.relative_to(root).as_posix(),
            1,
            "articles in sub-folders are not read; ignored",
            "move it to content/articles/",
        )
