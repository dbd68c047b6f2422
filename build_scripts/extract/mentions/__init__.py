"""Registered entities in a body: the matcher, spelling variants and the context rules
that decide whether a match is a mention (``link_entities``). May import names/ and people/."""
