"""What each CLI command does; ``__main__`` only parses arguments and reports."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..content import frontmatter
from ..content.import_raw import convert
from ..content.read_articles import FILENAME, parse_date
from ..errors import Problems
from ..settings import Settings

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..model import Extraction
    from ..pipeline import GenerateReport


class UsageError(Exception):
    """The command line asks for something impossible (a file exists, a bad slug…)."""


def run(args: argparse.Namespace) -> int:
    settings = Settings.from_root(args.root, strict=args.strict)
    handler = {
        "generate": _generate,
        "build": _build,
        "check": _check,
        "serve": _serve,
        "import": _import,
        "new": _new,
        "extract": _extract,
        "registry": _registry,
    }[args.command]
    return handler(settings, args)


def _print_warnings(problems: Problems) -> None:
    for problem in problems.warnings:
        print(problem, file=sys.stderr)


def _generate(settings: Settings, args: argparse.Namespace) -> int:
    _generate_and_report(settings)
    return 0


def _generate_and_report(settings: Settings) -> GenerateReport:
    """Run ``generate`` and print its summary; returns the pipeline's report."""
    from .. import pipeline  # heavy (MkDocs, registries); import only needs the reader

    problems = Problems()
    report = pipeline.generate(settings, problems)
    _print_warnings(problems)
    docs = report.docs
    print(
        f"{report.articles} articles, {report.pages} pages, {report.warnings} warnings; "
        f"docs/: {len(docs.written)} written, {docs.unchanged} unchanged, {len(docs.removed)} removed"
    )
    return report


def _build(settings: Settings, args: argparse.Namespace) -> int:
    from .. import pipeline  # heavy (MkDocs, registries); import only needs the reader

    started = time.perf_counter()
    report = _generate_and_report(settings)
    pipeline.build_site(settings, report)
    print(f"site/ built in {time.perf_counter() - started:.1f} s")
    return 0


def _check(settings: Settings, args: argparse.Namespace) -> int:
    from .. import pipeline  # heavy (MkDocs, registries); import only needs the reader
    from ..incremental import Memory

    problems = Problems()
    content = pipeline.read_content(settings, problems)
    for problem in sorted(problems.items):
        print(problem)
    extractions = {} if problems.errors else Memory().extract_all(content.articles, content.registry)
    unknown = _unknown_people_notes(content, extractions) if extractions else []
    events = _unknown_event_notes(content, extractions) if extractions else []
    for note in (*unknown, *events):
        print(note)
    errors, warnings = len(problems.errors), len(problems.warnings)
    print(
        f"{len(content.articles)} article(s) checked: {errors} error(s), {warnings} warning(s), "
        f"{len(unknown)} unknown person(s), {len(events)} unknown event(s)"
    )
    return 1 if errors or (settings.strict and warnings) else 0


STANZA = """- id: …        # a lowercase ASCII id, e.g. mette-frederiksen
  name: {{ar: {name}, en: …}}
  role: {{ar: {role}, en: …}}
  country: {country}"""


def _unknown_people_notes(content, extractions: Mapping[str, Extraction]) -> list[str]:
    """Probable people the registry lacks, grouped across articles (most often named
    first), each with where it appears and a stanza to paste. A note, not a warning:
    the detector can be wrong, so it never fails a strict build."""
    from ..arabic_text import normalize

    groups: dict[str, list] = {}
    for article in sorted(content.articles, key=lambda a: a.source.path):
        for person in extractions[article.slug].unknown_people:
            line = article.body_line + article.body[: person.start].count("\n")
            groups.setdefault(normalize(person.text), []).append((article.source.path, line, person))
    notes = []
    for places in sorted(groups.values(), key=lambda p: (-len(p), p[0][0], p[0][1])):
        path, line, person = places[0]
        role = next((p.role_ar for _, _, p in places if p.role_ar), None)
        country = next((p.country for _, _, p in places if p.country), None)
        where = ", ".join(f"{p}:{n}" for p, n, _ in places[1:])
        stanza = STANZA.format(
            name=person.text, role=role or "…", country=country or "…    # ISO 3166-1 code, e.g. DK"
        )
        also = f" (also {where})" if where else ""
        notes.append(
            f"{path}:{line}: note: unknown person '{person.text}', named {len(places)} time(s){also} — "
            f"if this is a person, add to content/registry/actors.yml:\n{stanza}"
        )
    return notes


EVENT_STANZA = """- id: …        # a lowercase ASCII id, e.g. geneva-talks-2025-11-23
  name: {{ar: {name}, en: …}}
  kind: {kind}
  date: {date}   # the article's date: check the event's own
{anchor}"""


def _unknown_event_notes(content, extractions: Mapping[str, Extraction]) -> list[str]:
    """Probable events the registry lacks (an event noun with a place or organiser
    after it), grouped by kind and anchor across articles, each with a stanza to
    paste. Notes, never failures: the detector can be wrong."""
    from ..extract.link_events import probable_events

    groups: dict[tuple, list] = {}
    for article in sorted(content.articles, key=lambda a: a.source.path):
        extraction = extractions[article.slug]
        for event in probable_events(article.body, extraction, content.registry):
            line = article.body_line + article.body[: event.start].count("\n")
            key = (event.kind, event.place, event.organiser, event.country)
            groups.setdefault(key, []).append((article.source.path, line, event, article.date.iso))
    notes = []
    for found in sorted(groups.values(), key=lambda g: (-len(g), g[0][0], g[0][1])):
        path, line, event, day = found[0]
        if event.place:
            anchor = f"  place: {event.place}"
        elif event.organiser:
            anchor = f"  organiser: {event.organiser}   # or a participant: check"
        else:
            anchor = f"  participants: [{event.country}]   # check, and add the others"
        stanza = EVENT_STANZA.format(name=event.text, kind=event.kind, date=day, anchor=anchor)
        where = ", ".join(f"{p}:{n}" for p, n, _, _ in found[1:])
        also = f" (also {where})" if where else ""
        notes.append(
            f"{path}:{line}: note: unknown event '{event.text}'{also} — "
            f"if this is an event, add to content/registry/events.yml:\n{stanza}"
        )
    return notes


def _registry(settings: Settings, args: argparse.Namespace) -> int:
    """A reviewer's listing: every person with the role held on a date, by country."""
    from ..content.registries import load_registry

    problems = Problems()
    registry = load_registry(settings.content_dir, problems)
    for problem in sorted(problems.items):
        print(problem, file=sys.stderr)
    day = args.date or registry.as_of
    if day is not None and parse_date(day) is None:
        raise UsageError(f"--date {day!r} is not a date: use YYYY-MM-DD or YYYY-MM")
    print(f"# roles held on {day or 'the current date'} (base registry as of {registry.as_of})")
    rows = []
    for actor in registry.actors.values():
        role = actor.role_on(day)
        if role is not None:
            span = f"{role.since or '?'} … {role.until or ''}".rstrip()
            rows.append(
                (actor.country or "--", role.en, actor.names.en, actor.id, role.ar, span, actor.source)
            )
    for country, role_en, name, actor_id, role_ar, span, source in sorted(rows):
        print(f"{country}  {role_en} — {name} ({actor_id})  |  {role_ar}  |  {span}  [{source}]")
    print(
        f"{len(rows)} of {len(registry.actors)} people hold a role then "
        "('?': start unknown, so held on that date only if it is after the start); "
        f"{len(registry.organisations)} organisations"
    )
    return 1 if problems.errors else 0


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    from . import serve

    return serve.serve(settings, args.addr)


def import_front_matter(args: argparse.Namespace, title: str | None, deck: str | None) -> dict[str, Any]:
    data: dict[str, Any] = {"title": args.title or title or ""}
    if deck:
        data["deck"] = deck
    data["date"] = args.date
    if args.date_note:
        data["date_note"] = args.date_note
    if args.outlet:
        data["outlet"] = args.outlet
    if args.url:
        data["url"] = args.url
    return data


def _import(settings: Settings, args: argparse.Namespace) -> int:
    if parse_date(args.date) is None:
        raise UsageError(f"invalid --date {args.date!r}: use YYYY-MM-DD or YYYY-MM")
    name = f"{args.date}-{args.slug}.ar.md"
    if not FILENAME.match(name):
        raise UsageError(f"invalid --slug {args.slug!r}: use lowercase ASCII letters, digits and '-'")
    try:
        raw = Path(args.raw).read_bytes().decode(args.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise UsageError(f"{args.raw} is not {args.encoding} text ({exc}); try --encoding cp1256") from None
    imported = convert(raw)
    target = settings.content_dir / "articles" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    text = frontmatter.dump(import_front_matter(args, imported.title, imported.deck)) + "\n" + imported.body
    try:
        with target.open("x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except FileExistsError:
        raise UsageError(
            f"{target.relative_to(settings.root)} already exists; nothing was overwritten"
        ) from None
    rel = target.relative_to(settings.root).as_posix()
    if not (args.title or imported.title):
        print(f"{rel}:2: warning: no headline found — write the Arabic title in 'title:'", file=sys.stderr)
    for line in imported.removed:
        print(f"{rel}: removed scraping leftover {line!r}", file=sys.stderr)
    print(f"wrote {rel}")
    return 0


PROMPTS = {
    "date": "Publication date (YYYY-MM-DD, or YYYY-MM)",
    "slug": "Short ASCII name for the URL (e.g. nato-chiefs-meet)",
    "outlet": "Outlet id (blank if unknown)",
    "url": "Address of the original article (blank if none)",
}


def _new(settings: Settings, args: argparse.Namespace) -> int:
    """``import`` for people: asks for whatever was not given as a flag (when interactive)."""
    for key, question in PROMPTS.items():
        if getattr(args, key) is None and sys.stdin.isatty():
            answer = input(f"{question}: ").strip()
            setattr(args, key, answer or None)
    missing = [f"--{key}" for key in ("date", "slug") if not getattr(args, key)]
    if missing:
        raise UsageError(
            f"{' and '.join(missing)} required (give them as flags, or run in a terminal to be asked)"
        )
    return _import(settings, args)


def _extract(settings: Settings, args: argparse.Namespace) -> int:
    """Extraction for one file: a content file's body as read, or a raw text as imported."""
    import json

    from ..content.registries import load_registry
    from ..extract.article import extraction_json

    problems = Problems()
    registry = load_registry(settings.content_dir, problems)
    problems.raise_if_errors()
    text = Path(args.file).read_text(encoding="utf-8")
    if text.startswith("---"):
        try:
            parsed = frontmatter.parse(text)
        except frontmatter.FrontMatterError as exc:
            raise UsageError(f"{args.file}:{exc.line}: {exc.message}") from None
        title, deck, body = parsed.data.get("title"), parsed.data.get("deck"), parsed.body.strip("\n") + "\n"
        day = str(parsed.data["date"]) if parsed.data.get("date") else None
    else:
        imported = convert(text)
        title, deck, body, day = imported.title, imported.deck, imported.body, None
    result = extraction_json(title, deck, body, registry, day)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        for key in ("people", "countries", "organisations", "outlets_cited", "places", "events"):
            print(f"{key}: {', '.join(item['id'] for item in result[key]) or '—'}")
        for quote in result["quotes"]:
            print(f"quote ({quote['speaker'] or 'unknown speaker'}): {quote['text'][:70]}")
        for person in result["unknown_people"]:
            print(f"unknown person: {person['text']}")
    return 0
