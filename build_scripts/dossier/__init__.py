"""Aggregate: extractions across articles → Dossier (per-entity indexes, co-occurrence, related articles).
May import extract/, content/ and the shared leaves."""
