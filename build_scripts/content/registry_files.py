"""Registry YAML files → entries that remember the line of every key.

Two shapes: a dossier's ``content/registry/*.yml`` is a list of entries (or, for
countries, a mapping of ISO code → entry); a base registry file
(``build_scripts/base_registry/``) is a mapping ``{as_of: date, <kind>: [...]}``,
so that the date its facts are true for travels with them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .. import text_safety
from ..errors import Problems


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's safe loader when PyYAML has it (the base registry is thousands of
    lines), reading dates as text: a malformed one (2024-13-01) is then reported on
    its own line by the registry's validation instead of failing the whole file."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
LOADER = _Loader


@dataclass(frozen=True, slots=True)
class Entry:
    """One YAML mapping with the line of the mapping and of each of its keys."""

    data: dict[str, Any]
    line: int
    key_lines: dict[str, int]


@dataclass(frozen=True, slots=True)
class RegistryFile:
    path: Path
    rel: str  # as printed in errors: content/registry/actors.yml
    base: bool  # a base registry file ({as_of, <kind>: [...]}) rather than a dossier's


def _compose(file: RegistryFile, problems: Problems) -> tuple[Any, Any] | None:
    """(node, data) of a file, or None after reporting why it cannot be read."""
    rel = file.rel
    try:
        text = file.path.read_text(encoding="utf-8")
        for finding in text_safety.scan(text):  # names are displayed and matched: no disguises
            (problems.error if finding.error else problems.warning)(
                rel, finding.line, finding.message, finding.fix
            )
        node = yaml.compose(text, Loader=LOADER)
        data = yaml.load(text, Loader=LOADER)
    except (OSError, UnicodeDecodeError) as exc:
        problems.error(rel, 1, f"cannot read registry: {exc}", "re-save the file as UTF-8")
        return None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problems.error(
            rel,
            mark.line + 1 if mark else 1,
            f"invalid YAML: {getattr(exc, 'problem', exc)}",
            "check quoting and indentation",
        )
        return None
    return (node, data) if node is not None else None


def _unwrap_base(
    file: RegistryFile, kind: str, node: Any, data: Any, problems: Problems
) -> tuple[Any, Any, str | None] | None:
    """The ``<kind>`` list inside a base file, and its ``as_of`` date."""
    if not isinstance(node, yaml.MappingNode) or not isinstance(data, dict) or kind not in data:
        problems.error(
            file.rel, 1, f"a base registry file is {{as_of: date, {kind}: [...]}}", "see README.md"
        )
        return None
    try:
        as_of = dt.date.fromisoformat(str(data.get("as_of"))).isoformat()
    except ValueError:
        problems.error(file.rel, 1, "'as_of' must be a date (YYYY-MM-DD)", "write as_of: 2025-07-01")
        as_of = None
    inner = next(value for key, value in node.value if key.value == kind)
    return inner, data[kind], as_of


def read_entries(
    file: RegistryFile, kind: str, problems: Problems, *, mapping: bool = False
) -> tuple[list[tuple[str | None, Entry]], str | None]:
    """``[(key, entry)]`` of a file (key None for lists) and its ``as_of`` date."""
    composed = _compose(file, problems)
    if composed is None:
        return [], None
    node, data = composed
    as_of = None
    if file.base and not mapping:  # base countries.yml is a plain mapping: nothing in it dates
        unwrapped = _unwrap_base(file, kind, node, data, problems)
        if unwrapped is None:
            return [], None
        node, data, as_of = unwrapped
    return list(_items(file.rel, node, data, problems, mapping=mapping)), as_of


def _items(
    rel: str, node: Any, data: Any, problems: Problems, *, mapping: bool
) -> Iterator[tuple[str | None, Entry]]:
    expected = yaml.MappingNode if mapping else yaml.SequenceNode
    if not isinstance(node, expected):
        problems.error(
            rel,
            node.start_mark.line + 1,
            f"registry must be a {'mapping of codes' if mapping else 'list of entries'}",
            "see the comment at the top of the file",
        )
        return
    pairs = (
        list(zip(node.value, data.items(), strict=True))
        if mapping
        else list(zip(node.value, data, strict=True))
    )
    for item_node, item in pairs:
        key, value_node, value = (item[0], item_node[1], item[1]) if mapping else (None, item_node, item)
        line = value_node.start_mark.line + 1
        if not isinstance(value, dict) or not isinstance(value_node, yaml.MappingNode):
            problems.error(
                rel, line, "entry must be a mapping of 'key: value'", "see the comment at the top of the file"
            )
            continue
        key_lines = {str(k.value): k.start_mark.line + 1 for k, _ in value_node.value}
        yield (str(key) if key is not None else None), Entry(data=value, line=line, key_lines=key_lines)
