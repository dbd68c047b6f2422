"""Make untrusted article Markdown safe to hand to the Markdown renderer.

Articles come by pull request from people we do not know, and Python-Markdown
(since 3.0) passes raw HTML and any link scheme straight through. So, before
rendering:

- ``&`` and ``<`` are escaped, so no tag, comment or character reference can
  be written at all: ``<script>`` shows as text, and ``java&#x73;cript:``
  cannot become ``javascript:`` in the browser.
- ``{`` is escaped, so an attribute list (``{: onclick=…}``) can never apply,
  even if ``attr_list`` is enabled one day.
- Image syntax becomes a plain link: a stranger's article must not make every
  reader's browser fetch a third-party URL (tracking pixels).
- Link targets (inline ``[x](…)`` and reference ``[x]: …``, anywhere in the
  text, since blockquotes and lists re-parse their contents) are kept only when
  their scheme is http, https or mailto, or they have none (relative links,
  ``#anchors``). The scheme is read the way a browser reads it: ASCII
  whitespace and control characters removed, case folded.

This is text-level on purpose: it runs before any engine, so a change of site
generator cannot silently re-open the hole.
"""

from __future__ import annotations

import html
import re

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):")
# What a browser's URL parser removes before it reads the scheme, plus invisible
# format characters (removing more can only make us stricter).
URL_NOISE = re.compile(r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2060\ufeff<]")
# Link destinations as Python-Markdown finds them: after `](` (inline links and
# images) or after `]:` (reference definitions, whose target may be on the next line).
TARGET_START = re.compile(r"\]\(|\]:[ \t]*\n?[ \t]*")
# Kept for render_article's block-level guard; new code should call has_unsafe_link.
DANGEROUS_SCHEME = re.compile(r"^\s*<?\s*(?:javascript|vbscript|data|file)\s*:", re.IGNORECASE)
TOKEN = re.compile(r"\S*")
# What Python-Markdown's inline patterns act on (code, backslash escapes, links,
# images, emphasis, raw HTML, autolinks, entities, line breaks), what
# ``escape_markdown`` changes, and the ``>`` its serializer writes as ``&gt;``.
MARKDOWN_INLINE = re.compile(r"[\\`*_\[\]!{}<>&\t\r]| \n| \Z")


def scheme_of(target: str) -> str | None:
    """The scheme a browser would see in ``target`` (``None`` for a relative link)."""
    cleaned = URL_NOISE.sub("", html.unescape(target)).lower()
    match = SCHEME.match(cleaned)
    return match.group(1) if match else None


def is_safe_target(target: str) -> bool:
    scheme = scheme_of(target)
    return scheme is None or scheme in SAFE_SCHEMES


def has_unsafe_link(text: str) -> bool:
    """Whether ``text`` has a link target that ``escape_markdown`` would neutralise.

    For callers that cut a paragraph into pieces (to wrap quotes): a link split
    across two pieces is invisible to either piece's escaping, so they should
    escape such a paragraph whole.
    """
    return _neutralise_targets(text) != text


def _target_end(text: str, start: int) -> int:
    """End of a link destination: the balancing ``)``, or the end of the line's token."""
    depth = 1
    for index in range(start, len(text)):
        char = text[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        elif char == "\n" and text[index - 1 : index] == "\n":
            return index  # a blank line ends the paragraph, and so the link
    return len(text)


def _neutralise_targets(text: str) -> str:
    out: list[str] = []
    cursor = 0
    for match in TARGET_START.finditer(text):
        start = match.end()
        if start < cursor:
            continue
        inline = match.group().startswith("](")
        end = _target_end(text, start) if inline else _token_end(text, start)
        if is_safe_target(text[start:end]):
            continue
        out.append(text[cursor:start] + "#")
        cursor = end
    out.append(text[cursor:])
    return "".join(out)


def _token_end(text: str, start: int) -> int:
    match = TOKEN.match(text, start)
    return match.end() if match else start


def escape_markdown(body: str) -> str:
    """Escape raw HTML, entities, attribute lists and images; neutralise unsafe links."""
    text = body.replace("&", "&amp;").replace("<", "&lt;").replace("{", "&#123;")
    text = text.replace("![", "\\![")
    return _neutralise_targets(text)


def is_plain_text(text: str) -> bool:
    """Whether Markdown's inline conversion gives ``text`` back unchanged (and
    ``escape_markdown`` leaves it as it is): such a paragraph can be written as
    finished HTML (``tests/test_markdown_safety.py`` checks it against Markdown)."""
    return MARKDOWN_INLINE.search(text) is None


def escape_text(text: str) -> str:
    """Escape a one-line value for raw HTML, which Markdown passes on as it is: no
    tag or entity can be written, and newlines are folded to spaces."""
    return html.escape(" ".join(text.split()), quote=False)


def escape_inline(text: str) -> str:
    """Escape a one-line value (a title, a name) for use inside Markdown.

    Newlines are folded to spaces: a YAML block scalar must not be able to
    start a new Markdown block (a list, an admonition) inside a heading.
    """
    return re.sub(r"([\\`*_\[\]{}#|!])", r"\\\1", escape_text(text))


def escape_meta(text: str) -> str:
    """Escape a value that templates print unescaped (MkDocs' Jinja has no autoescape)."""
    return html.escape(text, quote=True)
