"""The word before or after a match in the normalised key: most context rules that
decide what a match names (a title, a place noun, a kunya, an adjective) read them."""

from __future__ import annotations


def previous_word(key: str, position: int) -> str:
    end = position
    while end > 0 and not key[end - 1].isalnum():
        end -= 1
    start = end
    while start > 0 and key[start - 1].isalnum():
        start -= 1
    return key[start:end]


def next_word(key: str, position: int) -> str:
    start = position
    while start < len(key) and not key[start].isalnum():
        start += 1
    end = start
    while end < len(key) and key[end].isalnum():
        end += 1
    return key[start:end]
