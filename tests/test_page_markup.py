"""What an article page's markup keeps while it gets lighter (issue 18: page weight).

Classes, titles and attributes that only repeated what the page shows went; these
tests hold what a reader, a screen reader and search still get from what is left.
The browser checks (how it looks) are in test_browser.py and test_flags.py.
"""

from __future__ import annotations

import dataclasses
import html
import re

import pytest
from conftest import REPO

from build_scripts import pipeline
from build_scripts.dossier.entity_index import Dossier
from build_scripts.errors import Problems
from build_scripts.render.article import render_article
from build_scripts.render.common import entity_name
from build_scripts.render.i18n import ui
from build_scripts.render.pages import article_ref
from build_scripts.settings import Settings
from build_scripts.site import mkdocs_site

SLUG = "2025-09-04-paris-summit-coalition-of-the-willing"
# A marked quote and the element right after it, which names its speaker.
QUOTED = re.compile(r"<mark>([^<]*)</mark><(a|span) ([^>]*)>([^<]*)</\2>")


@pytest.fixture(scope="module")
def seed() -> Dossier:
    """The repository's own five articles, read and extracted (nothing is written)."""
    settings = Settings.from_root(REPO, strict=True)
    return pipeline.index_content(pipeline.read_content(settings, Problems()))


def page_text(dossier: Dossier, slug: str, lang: str) -> str:
    link = mkdocs_site.linker_for(article_ref(slug), lang)
    return render_article(dossier.article(slug), dossier, ui(lang), link).text


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_attributed_quote_is_marked_and_followed_by_its_speaker(seed: Dossier, lang: str) -> None:
    """The speaker's name, linked to their page and kept out of the index, comes right
    after the quote: the <mark> has no title repeating it, and daftar.css finds the
    speaker as the mark's next element."""
    quotes = [q for q in seed.extractions[SLUG].quotes if q.speaker]
    found = QUOTED.findall(page_text(seed, SLUG, lang))
    assert len(found) == len(quotes) > 3
    assert "<mark " not in page_text(seed, SLUG, lang)
    for quote, (text, tag, attrs, name) in zip(quotes, found, strict=True):
        assert html.unescape(text) == quote.text
        assert tag == "a" and f'href="../../actors/{quote.speaker}/"' in attrs
        assert "data-pagefind-ignore" in attrs
        assert html.unescape(name) == entity_name(seed.registry, "actor", quote.speaker or "", lang)


def test_a_speaker_the_registry_lacks_is_named_as_written_and_not_linked(seed: Dossier) -> None:
    extraction = seed.extractions[SLUG]
    first = next(i for i, q in enumerate(extraction.quotes) if q.speaker)
    unknown = dataclasses.replace(extraction.quotes[first], speaker=None, speaker_name_ar="فلان الفلاني")
    quotes = (*extraction.quotes[:first], unknown, *extraction.quotes[first + 1 :])
    extractions = {**seed.extractions, SLUG: dataclasses.replace(extraction, quotes=quotes)}
    dossier = dataclasses.replace(seed, extractions=extractions)
    for lang in ("ar", "en"):
        _, tag, attrs, name = QUOTED.findall(page_text(dossier, SLUG, lang))[0]
        assert (tag, name) == ("span", "فلان الفلاني")
        assert 'lang="ar" dir="rtl"' in attrs and "data-pagefind-ignore" in attrs


def test_a_paragraph_without_markdown_syntax_is_finished_html(seed: Dossier) -> None:
    """A paragraph Markdown would not change is written without ``markdown="1"``, so
    MkDocs passes it through unparsed (mkdocs_hooks.FinishedHtml); one with Markdown
    syntax keeps it, so Markdown still converts its emphasis and links."""
    article = seed.article(SLUG)
    paragraphs = re.findall(r'<p id="p-\d+"( markdown="1")?>', page_text(seed, SLUG, "ar"))
    assert paragraphs and not any(paragraphs)
    edited = dataclasses.replace(
        article, body=article.body + "\n\nفقرة فيها *تأكيد* و[رابط](https://example.org/).\n"
    )
    link = mkdocs_site.linker_for(article_ref(SLUG), "ar")
    text = render_article(edited, seed, ui("ar"), link).text
    assert re.findall(r'<p id="p-\d+"( markdown="1")?>', text)[-1] == ' markdown="1"'
    assert "*تأكيد*" in text
