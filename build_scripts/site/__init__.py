"""Site: Pages → docs/ (the only writer) → MkDocs → Pagefind → site/ swapped in; the only code that knows the engine.
May import render/ and every stage below it."""
