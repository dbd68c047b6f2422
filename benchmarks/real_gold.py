"""Score the extractor on real text: ``../shared/corpus/real`` against ``tests/gold/real``.

The texts are other people's writing and stay outside the repository; the gold
holds annotations only (see tests/gold/real/README.md). Figures per split:

- linking: per excerpt, the set of registry ids found against the gold entities
  the registry knows (precision over what was linked, recall over what it could
  have linked), for people, organisations and countries;
- discovery: gold people the registry lacks, reported by ``unknown_people`` with
  exactly a gold mention's words (recall per person, precision per distinct
  report of an excerpt; a report with a trailing verb or a fused preposition is
  wrong), and how often the report's country is the gold one;
- quotes: gold quotes found; attributed quotes whose speaker is not the gold
  speaker (misattributed); quotes by a registered person credited to that person
  (registry-speaker accuracy); quotes by an unregistered person whose
  ``speaker_name_ar`` is that person's name;
- events: event links that fall on a gold event mention (precision: the dossier's
  registry knows few of these events, so recall is not measured), and the probable
  events ``check`` reports for the registry to add: a report is right when it
  overlaps a mention of a gold event; recall is over the gold events whose phrase
  or clause names a place, organiser or proper name (``anchored``), the only ones
  a rule can report without guessing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from build_scripts.arabic_text import normalize
from build_scripts.extract.article import extract
from build_scripts.extract.link_events import probable_events
from build_scripts.model import Extraction, Registry

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "real"
CORPUS = ROOT.parent / "shared" / "corpus" / "real" / "texts"
TYPES = {"people": "actors", "organisations": "organisations", "countries": "countries"}


def ascii_key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(ch for ch in text.casefold() if ch.isalnum())


@dataclass(frozen=True)
class Case:
    id: str
    split: str
    text: str
    gold: dict
    date: str | None = None  # the excerpt's date when its page shows one (index.yaml)


def splits(gold: Path = GOLD) -> dict[str, str]:
    data = yaml.safe_load((gold / "split.yml").read_text(encoding="utf-8"))
    return {excerpt: split for split in ("dev", "test") for excerpt in data.get(split) or ()}


def cases(corpus: Path = CORPUS, gold_dir: Path = GOLD) -> list[Case]:
    """Every annotated excerpt whose text is present.

    ``corpus`` and ``gold_dir`` default to the shared corpus and its gold; a probe
    of more real text, annotated the same way and kept outside the repo, is scored
    by passing its folders (``evaluate_extraction.py --corpus DIR --gold DIR``).
    """
    split_of = splits(gold_dir)
    index = yaml.safe_load((corpus.parent / "index.yaml").read_text(encoding="utf-8"))
    # str(): an unquoted YAML date (2025-02-04) loads as a date, the extractor takes text
    dates = {entry["id"]: str(entry["date"]) if entry.get("date") else None for entry in index["excerpts"]}
    found = []
    for path in sorted(gold_dir.glob("[0-9][0-9][0-9].yml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = (corpus / f"{path.stem}.txt").read_text(encoding="utf-8")
        found.append(Case(path.stem, split_of[path.stem], text, gold, dates.get(path.stem)))
    return found


def registry_id(registry: Registry, kind: str, entity: dict) -> str | None:
    """The registry entry a gold entity is: by id, then by English name, then by an
    Arabic name the registry lists for exactly one entry (the annotators chose their
    own ids: ``ru-defense-ministry`` is the registry's ``ru-defence-ministry``).
    Never by what the extractor linked, which would grade it against itself."""
    group = getattr(registry, TYPES[kind])
    if entity["id"] in group:
        return entity["id"]
    if kind == "countries":
        return None
    wanted = ascii_key(entity.get("name_en") or "")
    for entry_id, entry in group.items():
        if wanted and wanted in {ascii_key(n) for n in (entry.names.en, *entry.names.aliases_en)}:
            return entry_id
    by_arabic = _arabic_names(registry, kind)
    keys = [_bare(m["text"]) for m in entity.get("mentions") or []]
    for group_keys in ([k for k in keys if " " in k], keys):  # a full name first: عبدالله العليمي
        owners = {by_arabic.get(key) for key in group_keys} - {
            None
        }  # is one entry, العليمي alone another's alias
        if owners:
            owner = owners.pop() if len(owners) == 1 else None
            if owner is not None and group_keys is keys and not _same_given(entity, group[owner]):
                return None  # الصفدي alone: Ahmad Safadi, whom the registry lacks, not Ayman
            return owner
    return None


def _same_given(entity: dict, entry: object) -> bool:
    """The gold person's English given name and the entry's agree in their first two
    consonants (Mohammed/Muhammad/Mahamat do; Ahmad/Ayman do not), or one is missing: a
    family name alone never makes two people one."""
    gold = (entity.get("name_en") or "").split()
    names = getattr(entry, "names", None)
    registered = (names.en if names is not None else "").split()
    if len(gold) < 2 or len(registered) < 2:
        return True
    return _consonants(gold[0])[:2] == _consonants(registered[0])[:2]


def _consonants(word: str) -> str:
    return "".join(c for c in ascii_key(word) if c not in "aeiouy")


def _bare(text: str) -> str:
    """A name's key without a leading conjunction or preposition and without the
    article on any word: والقوات المسلحة السودانية and القوات المسلحة السودانية meet."""
    words = normalize(text).split()
    if words and words[0][:1] in "وفبل" and len(words[0]) > 4:
        words[0] = words[0][1:]
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words)


def _arabic_names(registry: Registry, kind: str) -> dict[str, str | None]:
    """Bare Arabic name → entry id; None where two entries share it."""
    names: dict[str, str | None] = {}
    for entry_id, entry in getattr(registry, TYPES.get(kind, kind)).items():
        for name in (entry.names.ar, *entry.names.aliases_ar):
            key = _bare(name)
            names[key] = entry_id if names.get(key, entry_id) == entry_id else None
    return names


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    notes: list[str] = field(default_factory=list)

    def compare(self, where: str, kind: str, found: set[str], wanted: set[str]) -> None:
        """Count one text's found ids against the wanted ones, noting each extra and miss."""
        self.tp += len(found & wanted)
        self.fp += len(found - wanted)
        self.fn += len(wanted - found)
        self.notes += [f"{where}: extra {kind} {i}" for i in sorted(found - wanted)]
        self.notes += [f"{where}: missed {kind} {i}" for i in sorted(wanted - found)]

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class RealScores:
    linking: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in (*TYPES, "places")})
    gold_entities: dict[str, int] = field(default_factory=lambda: dict.fromkeys((*TYPES, "places"), 0))
    discovery: Tally = field(default_factory=Tally)
    discovery_people: int = 0
    country_right: int = 0
    quotes_total: int = 0
    quotes_found: int = 0
    attributed: int = 0
    misattributed: int = 0
    registry_quotes: int = 0
    registry_right: int = 0
    named_quotes: int = 0
    named_right: int = 0
    names_given: int = 0  # quotes given to a name the registry lacks (speaker_name_ar)
    names_wrong: int = 0  # … that is not who the text says spoke
    events_linked: Tally = field(default_factory=Tally)
    event_reports: Tally = field(default_factory=Tally)
    notes: list[str] = field(default_factory=list)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _key(text: str) -> str:
    return " ".join(normalize(text).split())


def _score_linking(scores: RealScores, case: Case, extraction: Extraction, registry: Registry) -> set[str]:
    """Returns the gold people ids the registry knows."""
    registered_people: set[str] = set()
    for kind in TYPES:
        wanted = set()
        for entity in case.gold.get(kind) or []:
            scores.gold_entities[kind] += 1
            found_id = registry_id(registry, kind, entity)
            if found_id:
                wanted.add(found_id)
                if kind == "people":
                    registered_people.add(entity["id"])
        found = set(extraction.ids(kind))
        tally = scores.linking[kind]
        tally.compare(case.id, kind, found, wanted)
    return registered_people


def _score_places(scores: RealScores, case: Case, extraction: Extraction, registry: Registry) -> None:
    """Places per excerpt, like the other types. The gold lists place mentions (name,
    country, offsets) without ids: a place counts as the registry's when one of its
    mentions is written as a name the registry gives exactly one place."""
    by_arabic = _arabic_names(registry, "places")
    by_english = {ascii_key(p.names.en): p.id for p in registry.places.values()}
    wanted: set[str] = set()
    names = set()
    for mention in case.gold.get("places") or []:
        names.add(mention.get("name_en") or mention["text"])
        found = by_arabic.get(_bare(mention["text"])) or by_english.get(
            ascii_key(mention.get("name_en") or "")
        )
        if found:
            wanted.add(found)
    scores.gold_entities["places"] += len(names)
    found_ids = set(extraction.ids("places"))
    tally = scores.linking["places"]
    tally.compare(case.id, "places", found_ids, wanted)


def _score_discovery(scores: RealScores, case: Case, extraction: Extraction, registered: set[str]) -> None:
    unknown = [p for p in case.gold.get("people") or [] if p["id"] not in registered]
    forms = {_key(m["text"]): person for person in unknown for m in person["mentions"]}
    reports: dict[str, object] = {}
    for span in extraction.unknown_people:
        reports.setdefault(_key(span.text), span)
    tally = scores.discovery
    found_people = set()
    for key, span in reports.items():
        person = forms.get(key)
        if person is None:
            tally.fp += 1
            tally.notes.append(f"{case.id}: not a person's name: {span.text!r}")
            continue
        tally.tp += 1
        found_people.add(person["id"])
        given, wanted = getattr(span, "country", None) or None, person.get("country") or None
        if given == wanted:
            scores.country_right += 1
        else:
            tally.notes.append(f"{case.id}: country {given} for {span.text!r}, gold {wanted}")
    for person in unknown:
        scores.discovery_people += 1
        if person["id"] not in found_people:
            tally.fn += 1
            tally.notes.append(f"{case.id}: unreported person {person['name_ar']} ({person['id']})")


def _score_quotes(scores: RealScores, case: Case, extraction: Extraction, registry: Registry) -> None:
    people = {p["id"]: p for p in case.gold.get("people") or []}
    for gold in case.gold.get("quotes") or []:
        scores.quotes_total += 1
        span = (gold["start"], gold["end"])
        match = max(extraction.quotes, key=lambda q: _overlap(span, (q.start, q.end)), default=None)
        if match is None or _overlap(span, (match.start, match.end)) * 2 < span[1] - span[0]:
            scores.notes.append(f"{case.id}: missed quote {gold['text'][:40]!r}")
            continue
        scores.quotes_found += 1
        speaker = people.get(gold["speaker"]) if gold["speaker"] else None
        expected = registry_id(registry, "people", speaker) if speaker else None
        if match.speaker is not None:
            scores.attributed += 1
            if match.speaker != expected:
                scores.misattributed += 1
                scores.notes.append(
                    f"{case.id}: MISATTRIBUTED {gold['text'][:40]!r} to {match.speaker}, gold {gold['speaker']}"
                )
        if expected:
            scores.registry_quotes += 1
            scores.registry_right += match.speaker == expected
            if match.speaker != expected:
                scores.notes.append(
                    f"{case.id}: quote {gold['text'][:40]!r} by {match.speaker}, gold {expected}"
                )
        names = (
            {_key(m["text"]) for m in speaker["mentions"]} | {_key(speaker["name_ar"])} if speaker else set()
        )
        written = getattr(match, "speaker_name_ar", None)
        if written:  # words given to someone the registry lacks: are they that person's?
            scores.names_given += 1
            if expected or _key(written) not in names:
                scores.names_wrong += 1
                scores.notes.append(
                    f"{case.id}: WRONG NAME {gold['text'][:40]!r} given to {written!r}, gold {gold['speaker']}"
                )
        if not expected and speaker:
            scores.named_quotes += 1
            scores.named_right += bool(written) and _key(written) in names
            if not written or _key(written) not in names:
                scores.notes.append(f"{case.id}: unnamed speaker {written!r} for {speaker['name_ar']}")


def _score_events(scores: RealScores, case: Case, extraction: Extraction, registry: Registry) -> None:
    gold = case.gold.get("events") or []

    def hits(span: tuple[int, int]) -> set[int]:
        return {
            i
            for i, e in enumerate(gold)
            if any(_overlap(span, (m["start"], m["end"])) for m in e["mentions"])
        }

    found: set[int] = set()
    spans = [(m.start, m.end, f"linked {m.entity_id} at {m.text!r}") for m in extraction.events]
    reports = [
        (r.start, r.end, f"reported event {r.text!r} is none")
        for r in probable_events(case.text, extraction, registry)
    ]
    for tally, items in ((scores.events_linked, spans), (scores.event_reports, reports)):
        for start, end, miss in items:
            hit = hits((start, end))
            tally.tp += bool(hit)
            tally.fp += not hit
            if not hit:
                tally.notes.append(f"{case.id}: {miss}")
            found |= hit
    for i, event in enumerate(gold):
        if event["anchored"] and i not in found:
            scores.event_reports.fn += 1
            scores.event_reports.notes.append(f"{case.id}: unreported event {event['mentions'][0]['text']!r}")


def score(registry: Registry, selected: Iterable[Case]) -> RealScores:
    scores = RealScores()
    for case in selected:
        extraction = extract(case.text, registry, case.date)
        registered = _score_linking(scores, case, extraction, registry)
        _score_events(scores, case, extraction, registry)
        _score_places(scores, case, extraction, registry)
        _score_discovery(scores, case, extraction, registered)
        _score_quotes(scores, case, extraction, registry)
    return scores


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "n/a"


def report(name: str, scores: RealScores) -> list[str]:
    lines = [
        f"== real text, {name} split ==",
        f"{'type':<15}{'precision':>10}{'recall':>10}{'tp':>5}{'fp':>5}{'fn':>5}  gold",
    ]
    for kind, tally in scores.linking.items():
        lines.append(
            f"{kind:<15}{tally.precision:>10.3f}{tally.recall:>10.3f}{tally.tp:>5}{tally.fp:>5}{tally.fn:>5}"
            f"  {scores.gold_entities[kind]} entities, {tally.tp + tally.fn} in the registry"
        )
    d = scores.discovery
    lines.append(
        f"{'discovery':<15}{d.precision:>10.3f}{d.recall:>10.3f}{d.tp:>5}{d.fp:>5}{d.fn:>5}"
        f"  {scores.discovery_people} people the registry lacks; country right {_ratio(scores.country_right, d.tp)}"
    )
    linked, reports = scores.events_linked, scores.event_reports
    lines.append(
        f"events linked: {linked.tp + linked.fp}, of which on a gold event {_ratio(linked.tp, linked.tp + linked.fp)}"
    )
    lines.append(
        f"{'event reports':<15}{reports.precision:>10.3f}{reports.recall:>10.3f}{reports.tp:>5}{reports.fp:>5}"
        f"{reports.fn:>5}  anchored gold events reported (or linked) by make check"
    )
    lines.append(f"quotes found: {_ratio(scores.quotes_found, scores.quotes_total)}")
    lines.append(f"misattributed: {_ratio(scores.misattributed, scores.attributed)} of attributed quotes")
    lines.append(f"registry-speaker accuracy: {_ratio(scores.registry_right, scores.registry_quotes)}")
    lines.append(f"unregistered speakers named: {_ratio(scores.named_right, scores.named_quotes)}")
    lines.append(f"names given that are wrong: {_ratio(scores.names_wrong, scores.names_given)}")
    return lines


def notes(scores: RealScores) -> list[str]:
    return [
        *(n for t in scores.linking.values() for n in t.notes),
        *scores.discovery.notes,
        *scores.events_linked.notes,
        *scores.event_reports.notes,
        *scores.notes,
    ]
