"""Untrusted Markdown is rendered without any markup a stranger chose.

Rendered with Python-Markdown and the extensions of mkdocs.yml (plus
``attr_list``, so that enabling it one day cannot re-open a hole).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from build_scripts.render.markdown_safety import (
    escape_inline,
    escape_markdown,
    has_unsafe_link,
    is_plain_text,
)
from build_scripts.site.mkdocs_hooks import FinishedHtml

EXTENSIONS = ["md_in_html", "admonition", "toc", "tables", "attr_list"]
# What Markdown syntax itself produces; anything else came from the contributor.
MARKDOWN_TAGS = {
    *"p a em strong code pre blockquote ul ol li hr br h1 h2 h3 h4 h5 h6 div".split(),
    *"table thead tbody tr th td".split(),
}
URL_NOISE = re.compile(r"[\x00-\x20]")


def render(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def assert_safe(rendered: str) -> None:
    """No foreign tag, no event handler, no script-capable URL: read as a browser would."""
    for bad in ("<script", "<iframe", "<style", "<img", "<object", "<embed", "<svg", "<form"):
        assert bad not in rendered.lower()
    parser = _Tags()
    parser.feed(rendered)
    for tag, attrs in parser.tags:
        assert tag in MARKDOWN_TAGS, tag
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            assert name not in ("style", "srcdoc", "formaction"), (tag, name)
            if name in ("href", "src"):
                url = URL_NOISE.sub(
                    "", value or ""
                ).lower()  # the parser decoded entities once, as a browser does
                assert not url.startswith(("javascript:", "vbscript:", "data:", "file:")), value


ATTACKS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil/x.js></SCRIPT>",
    '<img src=x onerror="alert(1)">',
    "<iframe src=https://evil></iframe>",
    "<style>body{display:none}</style>",
    '<div markdown="1" onclick="alert(1)">x</div>',
    '<a href="javascript:alert(1)">x</a>',
    "<!-- hidden --> text",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](java&#x73;cript:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](javascript&colon;alert(1))",
    "[x](jav\tascript:alert(1))",
    "[x](jav\nascript:alert(1))",
    "[x]( \x01javascript:alert(1))",
    "[x](<javascript:alert(1)>)",
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "[x](javascript:alert((1)))",
    '[x](javascript:alert(1) "title")',
    "![x](javascript:alert(1))",
    "![pixel](https://evil.example/track.png)",
    "[x][r]\n\n[r]: javascript:alert(1)",
    "[x][r]\n\n[r]:\n    javascript:alert(1)",
    "[x][r]\n\n[r]: java&#x73;cript:alert(1)",
    "> [x][r]\n>\n> [r]: javascript:alert(1)",
    "- item [x][r]\n\n    [r]: javascript:alert(1)",
    "para\n{: onclick=alert(1) }",
    "# heading {: onclick=alert(1) }",
    "para {onclick=alert(1)}",
    '!!! note "<img src=x onerror=alert(1)>"\n    body',
    "| a | b |\n|---|---|\n| <script>x</script> | [x](javascript:1) |",
    "<https://example.com> and <javascript:alert(1)>",
    "`<script>alert(1)</script>`",
    "\\<script>alert(1)</script>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
]


@pytest.mark.parametrize("attack", ATTACKS)
def test_attacks_in_a_body_are_neutralised(attack: str) -> None:
    assert_safe(render(escape_markdown(attack)))


@pytest.mark.parametrize("attack", ATTACKS)
def test_attacks_in_a_front_matter_value_are_neutralised(attack: str) -> None:
    assert_safe(render(f"# {escape_inline(attack)}\n\n{escape_inline(attack)}"))


def test_ordinary_markdown_still_works() -> None:
    rendered = render(
        escape_markdown("## عنوان\n\n[المصدر](https://example.com/a_(b)?c=1&d=2) و[فقرة](#p-3) a & b.")
    )
    assert '<a href="https://example.com/a_(b)?c=1&amp;d=2">المصدر</a>' in rendered
    assert '<a href="#p-3">فقرة</a>' in rendered and "a &amp; b." in rendered and "<h2" in rendered


def test_what_a_reader_sees_is_the_text_as_written() -> None:
    assert render(escape_markdown("<b>x</b> &copy;")) == "<p>&lt;b&gt;x&lt;/b&gt; &amp;copy;</p>"


def test_has_unsafe_link_finds_what_escaping_would_change() -> None:
    assert has_unsafe_link("قال [x](jav\tascript:alert(1))")
    assert not has_unsafe_link("قال [x](https://example.com)")


PIECES = [
    *"<>/=\"' \n\t:;&#x{}[]()!`*_-|",
    *["script", "iframe", "style", "img", "onclick", "onerror", "javascript", "java", "script:", "data:"],
    *["&#x73;", "&#106;", "&colon;", "src", "href", 'markdown="1"', "<div", "!!! note", "    ", "ق", "ﻻ"],
    *["\u202e", "\x01", "[x](", "[r]: ", "](", "]:"],
]
MARKUPISH = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=200), MARKUPISH))
def test_no_foreign_markup_survives_for_any_text(text: str) -> None:
    assert_safe(render(escape_markdown(text)))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_inline_values_never_make_markup(text: str) -> None:
    assert_safe(render(f"# {escape_inline(text)}"))


# Arabic news text, mostly plain, now and then with a character Markdown acts on.
PROSE = st.text(
    alphabet=st.one_of(
        st.sampled_from(
            list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى،؛؟.٫١٢ 0123456789abcXYZ\n\"'()-:;/#+=%$@~^|«»“”")
        ),
        st.sampled_from(list("\\`*_[]!{}<>&\t\r\x02\x03\u200f\xa0")),
        st.characters(),
    ),
    max_size=60,
)


@settings(max_examples=600, deadline=None)
@given(PROSE)
def test_a_plain_paragraph_is_the_same_written_as_finished_html(text: str) -> None:
    """render_body writes a paragraph without ``markdown="1"`` when ``is_plain_text``:
    MkDocs then stores it unparsed (mkdocs_hooks.FinishedHtml). Both must give the page
    Markdown gives for the paragraph it converts."""
    text = text.strip()
    if not text or "\n\n" in text or not is_plain_text(text):
        return
    converted = markdown.Markdown(extensions=["md_in_html"]).convert(
        f'<p id="p-1" markdown="1">{escape_markdown(text)}</p>'
    )
    finished = markdown.Markdown(extensions=["md_in_html", FinishedHtml()]).convert(f'<p id="p-1">{text}</p>')
    assert finished == converted


@pytest.mark.parametrize(
    "text", ["a *b* c", "a_b_c", "x > y", "AT&T", "[x](y)", "{a}", "a  \nb", "a\tb", "`c`", "ب!"]
)
def test_text_markdown_would_change_is_not_plain(text: str) -> None:
    assert not is_plain_text(text)
    assert is_plain_text("قال الوزير: «لن نتراجع» (مساء الثلاثاء) — 2025/07/01.")
