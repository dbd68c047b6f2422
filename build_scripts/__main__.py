"""Command line: ``python -m build_scripts <command>``.

Domain errors become one clean message per problem and an exit code;
tracebacks appear only with ``--debug`` (as Datasette does at its boundary).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from . import commands
from .errors import ContentError

EXIT_OK, EXIT_CONTENT, EXIT_USAGE, EXIT_FAILURE = 0, 1, 2, 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m build_scripts", description="Daftar: build a bilingual news dossier."
    )
    parser.add_argument(
        "--root", type=Path, default=Path.cwd(), help="repository root (default: current directory)"
    )
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors (CI does)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only problems and the summary")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("generate", help="write docs/ from content/")
    sub.add_parser("build", help="generate docs/, then build site/ with its search index")
    sub.add_parser("check", help="validate content/ and print every problem")
    serve = sub.add_parser("serve", help="preview with live reload")
    serve.add_argument("--addr", default="127.0.0.1:8000")
    new = sub.add_parser("new", help="scaffold an article from a raw text, asking for what is missing")
    new.add_argument("raw", type=Path, help="the raw text file")
    new.add_argument("--date", help="YYYY-MM-DD, or YYYY-MM if only the month is known")
    new.add_argument("--slug", help="short lowercase ASCII name, e.g. nato-chiefs-meet")
    new.add_argument("--outlet", help="outlet id from content/registry/outlets.yml")
    new.add_argument("--url", help="address of the original article")
    new.add_argument("--title", help="Arabic title, when the raw text has no headline")
    new.add_argument("--date-note", help="what is known about an uncertain date")
    new.add_argument("--encoding", default="utf-8", help="encoding of the raw file (e.g. cp1256)")
    ext = sub.add_parser("extract", help="print what an article names and quotes (content file or raw text)")
    ext.add_argument("file", type=Path, help="content/articles/….ar.md, or a raw .txt article")
    ext.add_argument("--json", action="store_true", help="print JSON (schemas/extraction.schema.json)")
    reg = sub.add_parser("registry", help="list the registry (base and dossier) for review")
    reg.add_argument("--list", action="store_true", help="who holds which role on --date (the default)")
    reg.add_argument("--date", help="YYYY-MM-DD (default: the base registry's as_of date)")
    imp = sub.add_parser("import", help="turn a raw article text into a content file")
    imp.add_argument("raw", type=Path, help="the raw text file")
    imp.add_argument("--date", required=True, help="YYYY-MM-DD, or YYYY-MM if only the month is known")
    imp.add_argument("--slug", required=True, help="short lowercase ASCII name, e.g. nato-chiefs-meet")
    imp.add_argument("--outlet", help="outlet id from content/registry/outlets.yml")
    imp.add_argument("--url", help="address of the original article")
    imp.add_argument("--title", help="Arabic title, when the raw text has no headline")
    imp.add_argument("--date-note", help="what is known about an uncertain date")
    imp.add_argument("--encoding", default="utf-8", help="encoding of the raw file (e.g. cp1256)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, format="%(message)s")
    started = time.perf_counter()
    try:
        code = commands.run(args)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        errors = sum(1 for p in exc.problems if p.severity.value == "error")
        print(
            f"{errors} error(s), {len(exc.problems) - errors} warning(s): nothing was written.",
            file=sys.stderr,
        )
        return EXIT_CONTENT
    except commands.UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # the boundary: one line unless --debug
        if args.debug:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    if not args.quiet:
        print(f"done in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
