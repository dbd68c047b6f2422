"""Daftar: a bilingual (Arabic/English) news-dossier site generator."""

__version__ = "0.1.0"
