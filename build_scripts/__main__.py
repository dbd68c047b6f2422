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

from .cli import commands
from .errors import ContentError

EXIT_OK, EXIT_CONTENT, EXIT_USAGE, EXIT_FAILURE = 0, 1, 2, 3


def _global_options(*, suppress: bool) -> argparse.ArgumentParser:
    """The options every command shares, as a parent parser.

    They are added twice, to the main parser (with real defaults) and to each
    command (``suppress=True``), so ``check --strict`` works as well as
    ``--strict check``: a new user types the option after the command first.
    The command's copy leaves the attribute unset when the option is absent,
    so it never overwrites a value given before the command.
    """
    options = argparse.ArgumentParser(add_help=False)
    unset = argparse.SUPPRESS
    options.add_argument(
        "--root",
        type=Path,
        default=unset if suppress else Path.cwd(),
        help="repository root (default: current directory)",
    )
    flags = (
        (("--strict",), "treat warnings as errors (CI does)"),
        (("--debug",), "show tracebacks"),
        (("-q", "--quiet"), "print only problems and the summary"),
    )
    for names, help_text in flags:
        options.add_argument(
            *names, action="store_true", default=unset if suppress else False, help=help_text
        )
    return options


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m build_scripts",
        description="Daftar: build a bilingual news dossier.",
        parents=[_global_options(suppress=False)],
    )
    sub = parser.add_subparsers(dest="command", required=True)
    _add_commands(sub, _global_options(suppress=True))
    return parser


def _add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, parents=[common])

    command("generate", "write docs/ from content/")
    command("build", "generate docs/, then build site/ with its search index")
    command("check", "validate content/ and print every problem")
    serve = command("serve", "preview with live reload")
    serve.add_argument("--addr", default="127.0.0.1:8000")
    new = command("new", "scaffold an article from a raw text, asking for what is missing")
    new.add_argument("raw", type=Path, help="the raw text file")
    new.add_argument("--date", help="YYYY-MM-DD, or YYYY-MM if only the month is known")
    new.add_argument("--slug", help="short lowercase ASCII name, e.g. nato-chiefs-meet")
    new.add_argument("--outlet", help="outlet id from content/registry/outlets.yml")
    new.add_argument("--url", help="address of the original article")
    new.add_argument("--title", help="Arabic title, when the raw text has no headline")
    new.add_argument("--date-note", help="what is known about an uncertain date")
    new.add_argument("--encoding", default="utf-8", help="encoding of the raw file (e.g. cp1256)")
    ext = command("extract", "print what an article names and quotes (content file or raw text)")
    ext.add_argument("file", type=Path, help="content/articles/….ar.md, or a raw .txt article")
    ext.add_argument("--json", action="store_true", help="print JSON (schemas/extraction.schema.json)")
    reg = command("registry", "list the registry (base and dossier) for review")
    reg.add_argument("--list", action="store_true", help="who holds which role on --date (the default)")
    reg.add_argument("--date", help="YYYY-MM-DD (default: the base registry's as_of date)")
    imp = command("import", "turn a raw article text into a content file")
    imp.add_argument("raw", type=Path, help="the raw text file")
    imp.add_argument("--date", required=True, help="YYYY-MM-DD, or YYYY-MM if only the month is known")
    imp.add_argument("--slug", required=True, help="short lowercase ASCII name, e.g. nato-chiefs-meet")
    imp.add_argument("--outlet", help="outlet id from content/registry/outlets.yml")
    imp.add_argument("--url", help="address of the original article")
    imp.add_argument("--title", help="Arabic title, when the raw text has no headline")
    imp.add_argument("--date-note", help="what is known about an uncertain date")
    imp.add_argument("--encoding", default="utf-8", help="encoding of the raw file (e.g. cp1256)")


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
