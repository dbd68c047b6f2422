"""What a name looks like in Arabic news: the word lists, given names, tokens and word
shapes that people/, mentions/ and quotes/ all read. Imports nothing else of extract/."""
