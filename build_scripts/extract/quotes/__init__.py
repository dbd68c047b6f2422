"""Direct quotes and who said them (``extract_quotes``): quotation spans, speech verbs,
the verb's subject and the speaker carried between quotes. May import names/ and people/."""
