"""Bad input from strangers: each case gets the exact ``path:line: message — fix`` a contributor sees.

The reader and the cross-file validator are tested directly (with a registry
built by hand), so these tests do not depend on the registry loader.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from build_scripts.__main__ import main
from build_scripts.content.read_articles import read_articles
from build_scripts.content.validate import check_references
from build_scripts.errors import Problems
from build_scripts.model import Names, Outlet, Registry

GOOD = "---\ntitle: عنوان\ndate: 2025-08-20\n---\n\nنص المقال.\n"
NAME = "content/articles/2025-08-20-test.ar.md"
REGISTRY = Registry(outlets={"le-monde": Outlet(id="le-monde", names=Names(ar="لوموند", en="Le Monde"))})
DELETE_RLO = "delete the invisible character U+202E RIGHT-TO-LEFT OVERRIDE"


def check(root: Path) -> list[str]:
    """What ``check`` would print for the content under ``root``, sorted."""
    problems = Problems()
    articles = read_articles(root / "content", root, problems)
    check_references(articles, REGISTRY, problems)
    return [str(p) for p in sorted(problems.items)]


def write(root: Path, text: str | bytes, name: str = NAME) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def problems_for(tmp_path: Path, text: str | bytes, name: str = NAME) -> list[str]:
    write(tmp_path, text, name)
    return check(tmp_path)


CASES: dict[str, tuple[str, list[str]]] = {
    "malformed YAML": (
        "---\ntitle: عنوان: ثاني\ndate: 2025-08-20\n---\nنص\n",
        [
            f"{NAME}:2: invalid YAML: mapping values are not allowed here — check quoting and indentation; quote titles with ':'"
        ],
    ),
    "YAML error on a later line": (
        "---\ntitle: عنوان\ndeck: [غير مغلق\ndate: 2025-08-20\n---\nنص\n",
        [
            f"{NAME}:4: invalid YAML: expected ',' or ']', but got ':' — check quoting and indentation; quote titles with ':'"
        ],
    ),
    "front matter not closed": (
        "---\ntitle: عنوان\ndate: 2025-08-20\nنص\n",
        [f"{NAME}:1: front matter is not closed — add a line '---' after the last front-matter key"],
    ),
    "no front matter": (
        "نص فقط\n",
        [f"{NAME}:1: missing front matter — start the file with a line '---', the keys, then '---'"],
    ),
    "unknown key": (
        GOOD.replace("date:", "outlett: le-monde\ndate:"),
        [
            f"{NAME}:3: warning: unknown key 'outlett' (did you mean 'outlet'?) — see CONTRIBUTING.md for the keys an article may have"
        ],
    ),
    "duplicate key": (
        GOOD.replace("date:", "title: آخر\ndate:"),
        [f"{NAME}:3: duplicate key 'title' (first on line 2) — keep one of them"],
    ),
    "title left empty (make new writes one when the raw text has no title line)": (
        GOOD.replace("title: عنوان", "title: ''"),
        [f"{NAME}:2: 'title' must be non-empty text (got empty text) — write title: \"…\""],
    ),
    "title is a list": (
        GOOD.replace("title: عنوان", "title: [أ, ب]"),
        [f"{NAME}:2: 'title' must be non-empty text (got a list) — write title: \"…\""],
    ),
    "title is empty": (
        GOOD.replace("title: عنوان", 'title: " "'),
        [f"{NAME}:2: 'title' must be non-empty text (got empty text) — write title: \"…\""],
    ),
    "title is missing": (
        GOOD.replace("title: عنوان\n", ""),
        [f"{NAME}:1: missing 'title' — add a line 'title: …' to the front matter"],
    ),
    "impossible date": (
        GOOD.replace("2025-08-20", "2025-02-30"),
        [f"{NAME}:3: invalid date '2025-02-30' — use YYYY-MM-DD, or YYYY-MM when only the month is known"],
    ),
    "date is a number": (
        GOOD.replace("2025-08-20", "2025"),
        [f"{NAME}:3: invalid date the number 2025 — use YYYY-MM-DD, or YYYY-MM when only the month is known"],
    ),
    "date does not match the file name": (
        GOOD.replace("2025-08-20", "2025-08-21"),
        [
            f"{NAME}:3: date 2025-08-21 does not match the file name's 2025-08-20 — rename the file or fix the date"
        ],
    ),
    "unknown outlet": (
        GOOD.replace("date:", "outlet: le-mond\ndate:"),
        [
            f"{NAME}:3: unknown outlet 'le-mond' (did you mean 'le-monde'?) — add it to content/registry/outlets.yml or fix the id"
        ],
    ),
    "empty body": (
        "---\ntitle: عنوان\ndate: 2025-08-20\n---\n\n",
        [f"{NAME}:5: the article has no body — paste the article text under the front matter"],
    ),
    "javascript url": (
        GOOD.replace("date:", "url: javascript:alert(1)\ndate:"),
        [
            f"{NAME}:3: url must start with http:// or https:// (got 'javascript:alert(1)') — paste the article's web address"
        ],
    ),
    "bidi override in the body": (
        GOOD.replace("نص المقال.", "قال \u202eيكسنيليز\u202c إن."),
        [
            f"{NAME}:6: invisible bidi control U+202C POP DIRECTIONAL FORMATTING at column 14 can disguise the text — delete the invisible character U+202C POP DIRECTIONAL FORMATTING",
            f"{NAME}:6: invisible bidi control U+202E RIGHT-TO-LEFT OVERRIDE at column 5 can disguise the text — {DELETE_RLO}",
        ],
    ),
    "bidi isolate in the title": (
        GOOD.replace("title: عنوان", "title: عن\u2067وان"),
        [
            f"{NAME}:2: invisible bidi control U+2067 RIGHT-TO-LEFT ISOLATE at column 10 can disguise the text — delete the invisible character U+2067 RIGHT-TO-LEFT ISOLATE"
        ],
    ),
    "control character": (
        GOOD.replace("نص المقال.", "نص\x1b[2J المقال."),
        [
            f"{NAME}:6: control character U+001B CONTROL CHARACTER at column 3 — delete the invisible character U+001B CONTROL CHARACTER"
        ],
    ),
    "line separator": (
        GOOD.replace("نص المقال.", "نص\u2028المقال."),
        [
            f"{NAME}:6: control character U+2028 LINE SEPARATOR at column 3 — replace the invisible U+2028 LINE SEPARATOR with an ordinary line break"
        ],
    ),
    "zero-width joiner": (
        GOOD.replace("نص المقال.", "زيلي\u200dنسكي"),
        [
            f"{NAME}:6: warning: invisible character U+200D ZERO WIDTH JOINER at column 5 splits words for search — delete the invisible character U+200D ZERO WIDTH JOINER"
        ],
    ),
    "zero-width spaces, counted per line": (
        GOOD.replace("نص المقال.", "نص\u200b المقال\u200b."),
        [
            f"{NAME}:6: warning: invisible character U+200B ZERO WIDTH SPACE at column 3 (2 on this line) splits words for search — delete the invisible character U+200B ZERO WIDTH SPACE"
        ],
    ),
    "soft hyphen and a right-to-left mark": (
        GOOD.replace("نص المقال.", "نص\u00ad المقال\u200f."),
        [
            f"{NAME}:6: warning: invisible character U+00AD SOFT HYPHEN at column 3 splits words for search — delete the invisible character U+00AD SOFT HYPHEN",
            f"{NAME}:6: warning: invisible character U+200F RIGHT-TO-LEFT MARK at column 11 splits words for search — delete the invisible character U+200F RIGHT-TO-LEFT MARK",
        ],
    ),
    "byte-order mark inside the text": (
        GOOD.replace("نص المقال.", "نص\ufeffالمقال."),
        [
            f"{NAME}:6: warning: invisible character U+FEFF ZERO WIDTH NO-BREAK SPACE at column 3 splits words for search — delete the invisible character U+FEFF ZERO WIDTH NO-BREAK SPACE"
        ],
    ),
    "presentation forms": (
        GOOD.replace("نص المقال.", "ﻻ ﺑﺪ"),
        [
            f"{NAME}:6: warning: Arabic presentation form U+FEFB ARABIC LIGATURE LAM WITH ALEF ISOLATED FORM at column 1 (3 on this line) (copied from a PDF?) — retype the word, or convert the text with Unicode NFKC normalisation"
        ],
    ),
    "Persian and Urdu letters are fine": (GOOD.replace("نص المقال.", "قال زيلينسکی في کییف ە"), []),
    "byte-order mark": (
        "\ufeff" + GOOD,
        [f"{NAME}:1: warning: file starts with a byte-order mark — re-save as UTF-8 without BOM"],
    ),
    "CRLF": (
        GOOD.replace("\n", "\r\n"),
        [f"{NAME}:1: warning: file has Windows (CRLF) line endings — re-save with LF line endings"],
    ),
    "a long line": (GOOD.replace("نص المقال.", "كلمة " * 200_000), []),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_bad_input_gets_its_message(tmp_path: Path, case: str) -> None:
    text, expected = CASES[case]
    assert problems_for(tmp_path, text) == expected


def test_text_is_kept_exactly_as_written(tmp_path: Path) -> None:
    """Matching folds spellings elsewhere; what readers see is what was written."""
    body = "قال زيلينسکی\u200d في ﻻ كييف."
    write(tmp_path, GOOD.replace("نص المقال.", body))
    (article,) = read_articles(tmp_path / "content", tmp_path, Problems())
    assert article.body == body + "\n"


def test_nul_bytes(tmp_path: Path) -> None:
    assert problems_for(tmp_path, GOOD.encode() + b"\x00\x00") == [
        f"{NAME}:7: file contains NUL bytes — re-save the file as UTF-8 text"
    ]


def test_windows_1256_is_detected_with_the_fix(tmp_path: Path) -> None:
    assert problems_for(tmp_path, GOOD.encode("cp1256")) == [
        f"{NAME}:2: file is not UTF-8 text (it looks like Windows-1256) — re-save it as UTF-8 "
        "(iconv -f cp1256 -t utf-8), or import the raw text with python -m build_scripts import FILE "
        "--encoding cp1256 --date … --slug …"
    ]


def test_import_converts_windows_1256(repo: Path, tmp_path: Path) -> None:
    raw = tmp_path / "raw.txt"
    raw.write_bytes("عنوان الخبر\nقال الرئيس إن المحادثات ستستأنف الأسبوع المقبل في جنيف.\n".encode("cp1256"))
    args = ["--quiet", "--root", str(repo), "import", str(raw), "--date", "2025-08-22", "--slug", "cp"]
    assert main([*args, "--encoding", "cp1256"]) == 0
    written = (repo / "content/articles/2025-08-22-cp.ar.md").read_text(encoding="utf-8")
    assert "title: عنوان الخبر" in written and "المحادثات ستستأنف" in written


def test_import_refuses_a_slug_that_escapes(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    raw = tmp_path / "raw.txt"
    raw.write_text("نص.\n", encoding="utf-8")
    args = ["--root", str(repo), "import", str(raw), "--date", "2025-08-22", "--slug", "../../x"]
    assert main(args) == 2
    assert (
        "error: invalid --slug '../../x': use lowercase ASCII letters, digits and '-'"
        in capsys.readouterr().err
    )


@pytest.mark.parametrize(
    "name",
    [
        "content/articles/2025-08-20-تجربة.ar.md",
        "content/articles/notes.md",
        "content/articles/2025-08-20-Bad_Slug.ar.md",
        "content/articles/2025-08-20-..ar.md",
        "content/articles/2025-08-20-a%2F..%2Fb.ar.md",
    ],
)
def test_bad_file_names(tmp_path: Path, name: str) -> None:
    assert problems_for(tmp_path, GOOD, name) == [
        f"{name}:1: file name is not <date>-<slug>.ar.md — name it <YYYY-MM-DD>-<slug>.ar.md with a "
        "lowercase ASCII slug, e.g. 2025-08-20-nato-chiefs-meet.ar.md"
    ]


def test_a_symlink_is_not_followed(tmp_path: Path) -> None:
    secret = write(tmp_path, "---\ntitle: سر\ndate: 2025-08-20\n---\nسر\n", "secret.md")
    (tmp_path / "content/articles").mkdir(parents=True)
    os.symlink(secret, tmp_path / NAME)
    assert check(tmp_path) == [
        f"{NAME}:1: article is a symbolic link — commit the article itself as an ordinary file"
    ]


def test_a_folder_named_like_an_article_and_articles_in_sub_folders(tmp_path: Path) -> None:
    (tmp_path / NAME).mkdir(parents=True)
    write(tmp_path, GOOD, "content/articles/old/2025-08-20-other.ar.md")
    assert check(tmp_path) == [
        f"{NAME}:1: article is not a regular file — commit the article itself as an ordinary file",
        "content/articles/old/2025-08-20-other.ar.md:1: warning: articles in sub-folders are not read; "
        "ignored — move it to content/articles/",
    ]


def test_duplicate_slugs(tmp_path: Path) -> None:
    write(tmp_path, GOOD)
    other = "content/articles/2025-08-21-test.ar.md"
    assert problems_for(tmp_path, GOOD.replace("2025-08-20", "2025-08-21"), other) == [
        f"{other}:1: slug 'test' is already used by {NAME} — give this article a different slug in its file name"
    ]


def test_translation_without_original(tmp_path: Path) -> None:
    name = "content/articles/2025-08-20-orphan.en.md"
    assert problems_for(tmp_path, "---\ntitle: Orphan\n---\nText\n", name) == [
        f"{name}:1: English translation without an Arabic original — add the .ar.md file or rename this one"
    ]


def test_translation_problems_name_the_translation(tmp_path: Path) -> None:
    write(tmp_path, GOOD)
    name = NAME.replace(".ar.md", ".en.md")
    assert problems_for(tmp_path, "---\ntitle: Ze\u202elensky\nauthor: x\n---\nText\n", name) == [
        f"{name}:2: invisible bidi control U+202E RIGHT-TO-LEFT OVERRIDE at column 10 can disguise the text — {DELETE_RLO}",
        f"{name}:3: warning: unknown key 'author' — see CONTRIBUTING.md for the keys an article may have",
    ]


def test_messages_quote_contributor_text_visibly(tmp_path: Path) -> None:
    """An override or escape in a quoted value must not act on the terminal or PR comment."""
    text = GOOD.replace("date:", f'"x\u202ey{"z" * 80}": 1\ndate:')
    assert problems_for(tmp_path, text)[1] == (
        f"{NAME}:3: warning: unknown key 'x<U+202E>y{'z' * 49}…' — see CONTRIBUTING.md for the keys an article may have"
    )


def test_a_five_megabyte_article_is_read(tmp_path: Path) -> None:
    """Read in ~0.2 s here (no timing is asserted: speed belongs to benchmarks/bench.py)."""
    paragraph = "قال الرئيس الأوكراني فولوديمير زيلينسكي إن أوكرانيا تحتاج إلى ضمانات أمنية قوية. " * 400
    body = "\n\n".join([paragraph] * 170)
    assert len(body.encode()) > 5_000_000
    assert problems_for(tmp_path, f"---\ntitle: طويل\ndate: 2025-08-20\n---\n\n{body}\n") == []
