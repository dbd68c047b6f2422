"""The real-text gold (tests/gold/real) still points at the texts it annotates.

The excerpts live in ../shared/corpus/real (other people's writing, never copied
here); every offset in the gold must slice exactly the text it claims, every
excerpt must be annotated and in one split, and speakers must be people of the
same file. The evaluator's figures mean nothing if any of this drifts.
"""

from __future__ import annotations

import re

import pytest
import yaml

from benchmarks import real_gold

pytestmark = pytest.mark.skipif(
    not real_gold.CORPUS.is_dir(), reason=f"the real corpus is not beside the repository ({real_gold.CORPUS})"
)
ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KEYS = {"id", "people", "organisations", "countries", "places", "outlets_cited", "quotes", "events"}
EVENT_KINDS = {
    *("summit", "meeting", "call", "talks", "visit", "conference", "vote"),
    *("attack", "agreement", "election", "exchange", "other"),
}


def _spans(gold: dict):
    for kind in ("people", "organisations", "countries"):
        for entity in gold[kind]:
            for mention in entity["mentions"]:
                yield f"{kind} {entity['id']}", mention
    for kind in ("places", "outlets_cited", "quotes"):
        for item in gold[kind]:
            yield kind, item
    for event in gold["events"]:
        for mention in event["mentions"]:
            yield f"events {event['name_en']}", mention


def test_every_excerpt_is_annotated_and_in_exactly_one_split() -> None:
    split = yaml.safe_load((real_gold.GOLD / "split.yml").read_text(encoding="utf-8"))
    texts = sorted(p.stem for p in real_gold.CORPUS.glob("*.txt"))
    assert sorted(split["dev"] + split["test"]) == texts
    assert not set(split["dev"]) & set(split["test"])
    assert sorted(p.stem for p in real_gold.GOLD.glob("[0-9][0-9][0-9].yml")) == texts


@pytest.mark.parametrize("case", real_gold.cases() if real_gold.CORPUS.is_dir() else [], ids=lambda c: c.id)
def test_offsets_slice_the_text_they_name(case: real_gold.Case) -> None:
    gold = case.gold
    assert set(gold) == KEYS and gold["id"] == case.id
    for label, span in _spans(gold):
        assert case.text[span["start"] : span["end"]] == span["text"], f"{case.id}: {label} {span}"
    people = {p["id"] for p in gold["people"]}
    for entity in gold["people"] + gold["organisations"]:
        assert ID.match(entity["id"]), entity["id"]
    for quote in gold["quotes"]:
        assert quote["speaker"] is None or quote["speaker"] in people, quote
        assert quote["speaker_kind"] in {"person", "organisation", "unnamed", "none"}
    for event in gold["events"]:
        assert set(event) == {"name_en", "kind", "date", "place", "anchored", "mentions"}, event
        assert event["kind"] in EVENT_KINDS and isinstance(event["anchored"], bool), event
        assert event["mentions"], event
        assert event["date"] is None or re.fullmatch(r"\d{4}-\d\d(-\d\d)?", event["date"]), event
