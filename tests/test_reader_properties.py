"""Property tests: no input from a stranger makes the importer or the reader crash.

Decided and checked here:
- ``convert`` never raises, and a headline or deck it takes is a line of the input.
- ``convert`` is idempotent on its own body once the headline is out of the way:
  converting ``sentence + body`` again returns it unchanged (a body's first block
  could look like a headline, so ``convert(body)`` alone may take it as the title;
  that is the importer's job, not a bug).
- The reader reports every problem as a recorded ``path:line`` within the file,
  never as an exception, and the body it returns lies within the file's lines.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from build_scripts.content.import_raw import convert
from build_scripts.content.read_articles import read_article
from build_scripts.errors import Problems

NAME = "content/articles/2025-08-20-test.ar.md"
HEADER = "---\ntitle: عنوان\ndate: 2025-08-20\n---\n"
SENTENCE = "هذه جملة كاملة تنتهي بنقطة كي لا تؤخذ عنوانا."
ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
ARABICISH = st.text(
    alphabet=st.one_of(
        ARABIC,
        st.sampled_from(list(" \n\n.،؛؟:!«»\"'>#-*_[](){}<&ﻻﺑ\u200c\u200d\u200f\u202e\u0640ی\r\t")),
        st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFF),
    ),
    max_size=400,
)
ANY_TEXT = st.one_of(st.text(max_size=400), ARABICISH)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(ANY_TEXT)
@example("\ufeff0")  # a file that starts with a byte-order mark: its title is the text after it
def test_convert_never_crashes_and_keeps_lines(raw: str) -> None:
    imported = convert(raw)
    text = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")  # a byte-order mark is no text
    lines = {line.strip() for line in text.split("\n")}
    assert imported.title is None or imported.title in lines
    assert imported.deck is None or imported.deck in lines
    assert imported.body.endswith("\n")


@SETTINGS
@given(ANY_TEXT)
def test_convert_is_idempotent_on_its_body(raw: str) -> None:
    body = convert(raw).body
    if not body.strip():
        return
    again = f"{SENTENCE}\n\n{body}"
    assert convert(again).body == again


def _read(data: bytes) -> tuple[object, Problems, int]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        path = root / NAME
        path.parent.mkdir(parents=True)
        path.write_bytes(data)
        problems = Problems()
        article = read_article(path, root, problems)
    text = data.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    return article, problems, text.count("\n") + 1


def _assert_within(article: object, problems: Problems, lines: int) -> None:
    for problem in problems.items:
        assert problem.path == NAME and 1 <= problem.line <= lines, problem
    if article is not None:
        last = article.body_line + article.body.count("\n") - 1  # type: ignore[attr-defined]
        assert article.body_line >= 1 and last <= lines + 1  # type: ignore[attr-defined]


@SETTINGS
@given(ANY_TEXT)
def test_any_body_is_read_or_reported(body: str) -> None:
    _assert_within(*_read((HEADER + body).encode("utf-8", errors="surrogatepass")))


@SETTINGS
@given(st.one_of(st.text(max_size=80), st.integers(), st.lists(st.text(max_size=5))), ANY_TEXT)
def test_any_title_is_read_or_reported(title: object, body: str) -> None:
    front = yaml.safe_dump({"title": title, "date": "2025-08-20"}, allow_unicode=True)
    _assert_within(*_read(f"---\n{front}---\n{body}".encode("utf-8", errors="surrogatepass")))


@SETTINGS
@given(st.one_of(st.binary(max_size=300), ANY_TEXT.map(lambda t: t.encode("utf-8", errors="surrogatepass"))))
def test_any_file_is_read_or_reported(data: bytes) -> None:
    _assert_within(*_read(data))


@SETTINGS
@given(ANY_TEXT)
def test_any_front_matter_is_read_or_reported(front: str) -> None:
    _assert_within(*_read(f"---\n{front}\n---\nنص.\n".encode("utf-8", errors="surrogatepass")))
