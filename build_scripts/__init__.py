"""Daftar: a bilingual (Arabic/English) news-dossier site generator.

Stage packages, each importing only the ones after it in this list:
cli/ → pipeline, incremental, settings (here) → site/ → render/ → dossier/ → extract/ → content/
→ the shared leaves here: model, errors, text_safety, arabic_text. tests/test_layers.py checks it.
"""

__version__ = "0.1.0"
