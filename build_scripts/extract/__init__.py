"""Extract: one article body + the registry → Extraction (entities, events, places, quotes, unknown people).
May import content/ and the shared leaves."""
