"""Score the extractor: on real text nobody here wrote, and on our own gold set.

    python benchmarks/evaluate_extraction.py [--split dev|test|all] [--no-base] [--notes]
                                             [--corpus DIR --gold DIR]

First the real excerpts of ../shared/corpus/real against tests/gold/real (per
split: dev is tuned on, test only measured; see benchmarks/real_gold.py), then
the seeds and the texts we wrote (tests/gold/seeds, tests/gold/heldout):
precision and recall per entity type over (text, entity) pairs, the probable
unknown people where a gold file lists them, quote recall and speaker accuracy,
and extraction speed in seed-sized articles per second on one core.
``--no-base`` loads the dossier's registry alone, to see what the base adds.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from build_scripts.arabic_text import normalize_text  # noqa: E402
from build_scripts.content import frontmatter  # noqa: E402
from build_scripts.content.registries import BASE_DIR, load_registry  # noqa: E402
from build_scripts.errors import Problems  # noqa: E402
from build_scripts.extract.article import extract  # noqa: E402
from build_scripts.extract.mentions.link_entities import find_mentions  # noqa: E402
from build_scripts.extract.people.find_people import find_unknown_people  # noqa: E402
from build_scripts.extract.quotes.extract_quotes import extract_quotes  # noqa: E402
from build_scripts.model import Registry  # noqa: E402

try:  # run as a script (benchmarks/ on sys.path) or imported as benchmarks.evaluate_extraction
    import real_gold
except ImportError:
    from benchmarks import real_gold

GOLD = ROOT / "tests" / "gold"
Tally = real_gold.Tally  # precision and recall over true/false positives and misses
TYPES = ("people", "countries", "organisations", "outlets_cited")
ANNOTATED_WHERE_LISTED = ("places", "events")  # the seeds list them; the texts we wrote do not


@dataclass
class Scores:
    types: dict[str, Tally] = field(
        default_factory=lambda: {t: Tally() for t in (*TYPES, *ANNOTATED_WHERE_LISTED, "unknown_people")}
    )
    quotes_found: int = 0
    quotes_total: int = 0
    speakers_right: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.quotes_total if self.quotes_total else 1.0


def gold_cases() -> list[tuple[str, str, dict]]:
    """(name, body, annotations) for every gold file."""
    cases = []
    for path in sorted([*GOLD.glob("seeds/*.yml"), *GOLD.glob("heldout/*.yml")]):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        if "article" in gold:
            parsed = frontmatter.parse((ROOT / gold["article"]).read_text(encoding="utf-8"))
            body, gold["day"] = parsed.body, str(parsed.data["date"])  # generic event words need it
        else:
            body = gold["body"]
        cases.append((f"{path.parent.name}/{path.stem}", body, gold))
    return cases


def score(registry: Registry) -> Scores:
    scores = Scores()
    for name, body, gold in gold_cases():
        extraction = extract(body, registry, gold.get("day"))
        for kind in TYPES:
            scores.types[kind].compare(name, kind, set(extraction.ids(kind)), set(gold.get(kind) or []))
        for kind in ANNOTATED_WHERE_LISTED:
            if kind in gold:
                scores.types[kind].compare(name, kind, set(extraction.ids(kind)), set(gold[kind]))
        if "unknown_people" in gold:  # scored only where the annotator listed them
            scores.types["unknown_people"].compare(
                name,
                "unknown person",
                {s.text for s in extraction.unknown_people},
                set(gold["unknown_people"]),
            )
        for quote in gold.get("quotes") or []:
            scores.quotes_total += 1
            match = next((q for q in extraction.quotes if quote["text"] in q.text), None)
            if match is None:
                scores.errors.append(f"{name}: missed quote {quote['text']!r}")
                continue
            scores.quotes_found += 1
            if match.speaker == quote["speaker"]:
                scores.speakers_right += 1
            else:
                scores.errors.append(
                    f"{name}: quote {quote['text']!r} by {match.speaker}, gold {quote['speaker']}"
                )
    return scores


def speed(registry: Registry, batches: int = 7, repeat: int = 20) -> float:
    """Seed-sized articles per second on one core: the best of several batches, since
    a shared machine only ever slows a batch down."""
    bodies = [body for name, body, _ in gold_cases() if name.startswith("seeds/")] * repeat
    extract(bodies[0], registry)  # the automaton is built once, outside the timing
    best = float("inf")
    for _ in range(batches):
        started = time.perf_counter()
        for body in bodies:
            extract(body, registry)
        best = min(best, time.perf_counter() - started)
    return len(bodies) / best


def stage_times(registry: Registry, batches: int = 5, repeat: int = 10) -> dict[str, float]:
    """Milliseconds per seed-sized article in each step of ``extract`` (best of several
    batches), to show where extraction time goes."""
    bodies = [body for name, body, _ in gold_cases() if name.startswith("seeds/")] * repeat
    extract(bodies[0], registry)
    texts = [normalize_text(body) for body in bodies]
    mentions = [find_mentions(b, registry, t) for b, t in zip(bodies, texts, strict=True)]
    others = [(*m["country"], *m["organisation"], *m["outlet"]) for m in mentions]
    unknown = [
        find_unknown_people(b, registry, m["actor"], o, t)
        for b, t, m, o in zip(bodies, texts, mentions, others, strict=True)
    ]
    steps = {
        "normalise": lambda: [normalize_text(b) for b in bodies],
        "link mentions": lambda: [find_mentions(b, registry, t) for b, t in zip(bodies, texts, strict=True)],
        "find unknown people": lambda: [
            find_unknown_people(b, registry, m["actor"], o, t)
            for b, t, m, o in zip(bodies, texts, mentions, others, strict=True)
        ],
        "quotes": lambda: [
            extract_quotes(b, m["actor"], t, u, {}, o)
            for b, t, m, u, o in zip(bodies, texts, mentions, unknown, others, strict=True)
        ],
    }
    result = {}
    for name, step in steps.items():
        best = float("inf")
        for _ in range(batches):
            started = time.perf_counter()
            step()
            best = min(best, time.perf_counter() - started)
        result[name] = 1000 * best / len(bodies)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--no-base", action="store_true", help="without the base registry")
    parser.add_argument("--notes", action="store_true", help="list every error, not only the figures")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=real_gold.CORPUS,
        help="folder of NNN.txt excerpts (index.yaml beside it)",
    )
    parser.add_argument(
        "--gold", type=Path, default=real_gold.GOLD, help="folder of NNN.yml annotations and split.yml"
    )
    args = parser.parse_args(argv)
    problems = Problems()
    registry = load_registry(ROOT / "content", problems, None if args.no_base else BASE_DIR)
    print(f"registry: {len(registry.actors)} people, {len(registry.organisations)} organisations")
    real_cases = real_gold.cases(args.corpus, args.gold) if args.corpus.is_dir() else []
    for split in ("dev", "test") if args.split == "all" else (args.split,):
        real = real_gold.score(registry, [c for c in real_cases if c.split == split])
        print("\n".join(real_gold.report(split, real)))
        if args.notes:
            print("\n".join(f"   {note}" for note in real_gold.notes(real)))
    scores = score(registry)
    print("== our own gold (seeds and texts we wrote) ==")
    print(f"{'type':<15}{'precision':>10}{'recall':>10}{'tp':>5}{'fp':>5}{'fn':>5}")
    for kind, tally in scores.types.items():
        print(
            f"{kind:<15}{tally.precision:>10.3f}{tally.recall:>10.3f}{tally.tp:>5}{tally.fp:>5}{tally.fn:>5}"
        )
    print(
        f"quotes found: {scores.quotes_found}/{scores.quotes_total}; speaker accuracy: {scores.speaker_accuracy:.3f}"
    )
    print(f"extraction speed: {speed(registry):,.0f} seed-sized articles/s on one core")
    steps = stage_times(registry)
    print("per seed-sized article: " + ", ".join(f"{name} {ms:.2f} ms" for name, ms in steps.items()))
    if args.notes:
        for line in [e for t in scores.types.values() for e in t.notes] + scores.errors:
            print("  ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
