"""A deterministic synthetic dossier for benchmarks: N Arabic articles built from real ones.

    python benchmarks/synthetic.py --n 1000 --out /tmp/bench-repo [--seed 8]

Bodies recombine the real paragraphs and headings of ``content/articles/*.ar.md``
with the people and countries they name swapped for others from the registries,
plus added quotes (``وقال <name>: "…"`` and ``> `` block quotes), so extraction,
linking and rendering see the same kind of text as in production. The same seed
always writes byte-identical files.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from build_scripts.content import frontmatter  # noqa: E402
from build_scripts.content.registries import load_registry  # noqa: E402
from build_scripts.errors import Problems  # noqa: E402
from build_scripts.model import Registry  # noqa: E402

SEED = 8
FIRST_DAY = dt.date(2019, 1, 1)
LAST_DAY = dt.date(2026, 6, 30)
# Quoted speech in the real paragraphs, pair by pair ("…", “…”, «…»).
QUOTED = re.compile(r'"([^"\n]{25,220})"|“([^“”\n]{25,220})”|«([^«»\n]{25,220})»')
# ASCII words for slugs (the slug only has to be unique and look like ours).
SLUG_WORDS = (
    "nato summit guarantees kyiv coalition ceasefire talks defence aid sanctions "
    "envoy minister call visit plan troops border drones energy grain truce"
).split()
TOPICS_EN = (
    "security guarantees for Ukraine",
    "a ceasefire plan",
    "air defence for Kyiv",
    "sanctions on Russia",
    "a European reassurance force",
    "peace talks",
)
# Countries whose CLDR name reads naturally in these paragraphs when swapped in.
SWAP_COUNTRIES = ("UA", "RU", "US", "FR", "GB", "DE", "IT", "TR", "PL", "JP", "CA", "DK", "SE", "RO")


@dataclass(frozen=True, slots=True)
class Pool:
    """What real articles offer to recombine."""

    paragraphs: tuple[str, ...]
    headings: tuple[str, ...]
    quotes: tuple[str, ...]


def make_scratch_repo(dest: Path, source: Path = ROOT) -> Path:
    """A repository like ``tests/conftest.make_repo``'s, but with no articles yet."""
    root = dest / "repo"
    root.mkdir(parents=True)
    shutil.copy(source / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(source / "site_overrides", root / "site_overrides")
    (root / "build_scripts" / "site").mkdir(parents=True)
    shutil.copy(
        source / "build_scripts" / "site" / "mkdocs_hooks.py",
        root / "build_scripts" / "site" / "mkdocs_hooks.py",
    )
    (root / "content" / "articles").mkdir(parents=True)
    shutil.copytree(source / "content" / "registry", root / "content" / "registry")
    shutil.copy(source / "content" / "site.yml", root / "content" / "site.yml")
    return root


def read_pool(source: Path = ROOT) -> Pool:
    paragraphs: list[str] = []
    headings: list[str] = []
    for path in sorted((source / "content" / "articles").glob("*.ar.md")):
        parsed = frontmatter.parse(path.read_text(encoding="utf-8"))
        headings.append(str(parsed.data["title"]))
        for block in re.split(r"\n\s*\n", parsed.body.strip()):
            block = block.strip()
            if block.startswith("#"):
                headings.append(block.lstrip("# ").strip())
            elif block and not block.startswith(">") and not block.endswith(":"):
                paragraphs.append(block)
    found = (next(g for g in m.groups() if g) for p in paragraphs for m in QUOTED.finditer(p))
    quotes = sorted({q.strip() for q in found if q.strip()[:1].isalpha() and q.strip()[-1] != "،"})
    return Pool(paragraphs=tuple(paragraphs), headings=tuple(headings), quotes=tuple(quotes))


class Swapper:
    """Replace the actors and countries a real paragraph names with others, consistently per article."""

    def __init__(self, registry: Registry) -> None:
        self.actors = sorted(registry.actors.values(), key=lambda a: a.id)
        self.countries = [registry.countries[c] for c in SWAP_COUNTRIES if c in registry.countries]
        forms: dict[str, tuple[str, str, bool]] = {}
        for actor in self.actors:
            forms.setdefault(actor.names.ar, ("actor", actor.id, True))
            for alias in actor.names.aliases_ar:
                forms.setdefault(alias, ("actor", actor.id, False))
        for country in self.countries:
            forms.setdefault(country.names.ar, ("country", country.id, True))
        self.forms = forms
        alternation = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
        # An optional proclitic (و، ف، ب، ل، ك) is kept: "والمملكة المتحدة" names a country too.
        self.pattern = re.compile(rf"(?<![\w])([وفبلك]?)({alternation})(?![\w])")

    def mapping(self, rng: random.Random) -> dict[tuple[str, str], object]:
        actors = rng.sample(self.actors, len(self.actors))
        countries = rng.sample(self.countries, len(self.countries))
        mapping: dict[tuple[str, str], object] = {}
        mapping.update({("actor", a.id): b for a, b in zip(self.actors, actors, strict=True)})
        mapping.update({("country", a.id): b for a, b in zip(self.countries, countries, strict=True)})
        return mapping

    def apply(self, text: str, mapping: dict[tuple[str, str], object]) -> str:
        def replace(match: re.Match[str]) -> str:
            kind, entity_id, full = self.forms[match[2]]
            other = mapping[(kind, entity_id)]
            names = other.names  # type: ignore[attr-defined]
            short = full or kind == "country" or not names.aliases_ar
            return match[1] + (names.ar if short else names.aliases_ar[0])

        return self.pattern.sub(replace, text)


def _date(rng: random.Random) -> tuple[str, str]:
    """(front-matter date, file-name date); about 3% are known only to the month."""
    day = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
    iso = day.strftime("%Y-%m") if rng.random() < 0.03 else day.isoformat()
    return iso, iso


def _quote_sentence(rng: random.Random, pool: Pool, speaker: str) -> str:
    verb = rng.choice(("وقال", "وأكد", "وأضاف", "وصرح"))
    return f'{verb} {speaker}: "{rng.choice(pool.quotes)}".'


def _speaker(rng: random.Random, swapper: Swapper) -> str:
    actor = rng.choice(swapper.actors)
    if actor.current_role and rng.random() < 0.5:
        return f"{actor.current_role.ar} {actor.names.ar}"
    return actor.names.ar


def _body(rng: random.Random, pool: Pool, swapper: Swapper) -> str:
    mapping = swapper.mapping(rng)
    blocks: list[str] = []
    for index, real in enumerate(rng.sample(pool.paragraphs, rng.randint(5, 14))):
        if index and rng.random() < 0.25:
            blocks.append("## " + swapper.apply(rng.choice(pool.headings), mapping))
        paragraph = swapper.apply(real, mapping)
        if rng.random() < 0.3:
            paragraph += " " + _quote_sentence(rng, pool, _speaker(rng, swapper))
        blocks.append(paragraph)
        if rng.random() < 0.08:
            blocks.append(f"وأضاف {_speaker(rng, swapper)}:")
            blocks.append(f"> “{rng.choice(pool.quotes)}”")
    return "\n\n".join(blocks) + "\n"


def _front_matter(
    rng: random.Random, pool: Pool, swapper: Swapper, registry: Registry, date: str
) -> dict[str, str]:
    data = {"title": swapper.apply(rng.choice(pool.headings), swapper.mapping(rng)), "date": date}
    if rng.random() < 0.7:
        data["outlet"] = rng.choice(sorted(registry.outlets))
    if rng.random() < 0.4:
        first, second = rng.sample(swapper.actors, 2)
        topic = rng.choice(TOPICS_EN)
        data["title_en"] = f"{first.names.en} and {second.names.en} on {topic}"
        data["summary_en"] = (
            f"{first.names.en} and {second.names.en} discussed {topic}; "
            f"{rng.choice(swapper.countries).names.en} and {rng.choice(swapper.countries).names.en} reacted."
        )
    return data


def article_text(rng: random.Random, pool: Pool, swapper: Swapper, registry: Registry, date: str) -> str:
    data = _front_matter(rng, pool, swapper, registry, date)
    return frontmatter.dump(data) + "\n" + _body(rng, pool, swapper)


def write_articles(root: Path, n: int, *, seed: int = SEED, source: Path = ROOT) -> list[Path]:
    """Write ``n`` articles under ``root/content/articles``; same seed, same bytes."""
    rng = random.Random(seed)
    registry = load_registry(source / "content", Problems())
    # The dossier's own people only: the seeds' actors, as before the base registry
    # (hundreds of others would make the corpus a different dossier, not a bigger one).
    own = {i: a for i, a in registry.actors.items() if a.source and a.source.path.startswith("content/")}
    registry = dataclasses.replace(registry, actors=own)
    pool = read_pool(source)
    swapper = Swapper(registry)
    folder = root / "content" / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(n):
        date, name_date = _date(rng)
        words = "-".join(rng.sample(SLUG_WORDS, 2))
        path = folder / f"{name_date}-{words}-{index:05d}.ar.md"
        path.write_text(article_text(rng, pool, swapper, registry, date), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, required=True, help="number of articles")
    parser.add_argument("--out", type=Path, required=True, help="directory to create the scratch repo in")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    root = make_scratch_repo(args.out)
    write_articles(root, args.n, seed=args.seed)
    print(root)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
