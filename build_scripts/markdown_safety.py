"""Make untrusted article Markdown safe to hand to the Markdown renderer.

Articles come by pull request from people we do not know. Python-Markdown
passes raw HTML straight through, so every ``<`` is escaped (a reader then sees
the literal text), and link targets with script-capable schemes are
neutralised. This is text-level on purpose: it runs before any engine, so a
change of site generator cannot silently re-open the hole.
"""

from __future__ import annotations

import html
import re

DANGEROUS_SCHEME = re.compile(r"^\s*<?\s*(?:javascript|vbscript|data|file)\s*:", re.IGNORECASE)
INLINE_LINK = re.compile(r"\]\(\s*([^)\s]*)")
REFERENCE_LINK = re.compile(r"^(\s{0,3}\[[^\]]+\]:\s*)(\S+)", re.MULTILINE)
ATTR_LIST = re.compile(r"\{\s*[:#.]")


def _neutralise(target: str) -> str:
    return "#" if DANGEROUS_SCHEME.match(target) else target


def escape_markdown(body: str) -> str:
    """Escape raw HTML, attribute lists and dangerous link targets."""
    text = body.replace("<", "&lt;")
    text = ATTR_LIST.sub(lambda m: "&#123;" + m.group(0)[1:], text)
    text = INLINE_LINK.sub(lambda m: "](" + _neutralise(m.group(1)), text)
    return REFERENCE_LINK.sub(lambda m: m.group(1) + _neutralise(m.group(2)), text)


def escape_inline(text: str) -> str:
    """Escape a one-line value (a title, a name) for use inside Markdown."""
    text = html.escape(text, quote=False)
    return re.sub(r"([\\`*_\[\]{}#|])", r"\\\1", text)


def escape_meta(text: str) -> str:
    """Escape a value that templates print unescaped (MkDocs' Jinja has no autoescape)."""
    return html.escape(text, quote=True)
