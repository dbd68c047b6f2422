"""Read: content/ and the base registry → validated Articles and Registry, every problem with its path:line.
May import only the shared leaves (model, errors, text_safety, arabic_text)."""
