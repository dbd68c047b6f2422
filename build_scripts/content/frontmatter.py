"""Split a content file into YAML front matter and body, keeping line numbers.

PyYAML's composed nodes carry ``start_mark.line``, so every key gets a line at
no extra cost; validators use it to point contributors at the exact line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

DELIMITER = "---"


class FrontMatterError(ValueError):
    """The front matter cannot be parsed; ``line`` is 1-based in the file."""

    def __init__(self, line: int, message: str, fix: str = "") -> None:
        super().__init__(message)
        self.line = line
        self.message = message
        self.fix = fix


@dataclass(frozen=True, slots=True, kw_only=True)
class Parsed:
    data: dict[str, Any]
    lines: dict[str, int]  # key -> 1-based line in the file
    body: str
    body_line: int  # 1-based line on which the body starts


def split(text: str) -> tuple[str, str, int]:
    """Return (yaml_text, body, body_line); raise when the block is not closed."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != DELIMITER:
        raise FrontMatterError(
            1, "missing front matter", "start the file with a line '---', the keys, then '---'"
        )
    for index in range(1, len(lines)):
        if lines[index].strip() == DELIMITER:
            body = "\n".join(lines[index + 1 :])
            return "\n".join(lines[1:index]), body, index + 2
    raise FrontMatterError(
        1, "front matter is not closed", "add a line '---' after the last front-matter key"
    )


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text: PyYAML raises a bare ``ValueError`` on
    ``2025-02-30``, and the reader, not the YAML library, decides what a valid date is."""


def _date_as_text(loader: _Loader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _date_as_text)


def _line(yaml_text: str, index: int) -> int:
    """File line of a character offset. Counted from ``\n`` rather than taken from
    ``mark.line``, because YAML also breaks lines at U+0085/U+2028/U+2029."""
    return yaml_text.count("\n", 0, index) + 2


def _load(yaml_text: str) -> tuple[Any, yaml.Node | None]:
    try:
        loader = _Loader(yaml_text)  # the reader rejects control characters here already
        try:
            node = loader.get_single_node()
            return (loader.construct_document(node) if node is not None else None), node
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        raise FrontMatterError(
            _error_line(yaml_text, exc),
            f"invalid YAML: {getattr(exc, 'problem', None) or exc}",
            "check quoting and indentation; quote titles with ':'",
        ) from None
    except RecursionError:
        raise FrontMatterError(
            2, "front matter is nested too deeply", "write one 'key: value' per line"
        ) from None


def _error_line(yaml_text: str, exc: yaml.YAMLError) -> int:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is not None:
        return _line(yaml_text, mark.index)
    if isinstance(exc, yaml.reader.ReaderError):
        return _line(yaml_text, exc.position)
    return 2


def parse(text: str) -> Parsed:
    """Parse front matter into plain data plus the line of each top-level key."""
    yaml_text, body, body_line = split(text)
    data, node = _load(yaml_text)
    if data is None:
        data, node = {}, None
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode | None):
        raise FrontMatterError(2, "front matter must be a mapping of 'key: value' lines", "write 'title: …'")
    lines: dict[str, int] = {}
    for key_node, _ in node.value if node is not None else ():
        key, line = str(key_node.value), _line(yaml_text, key_node.start_mark.index)
        if key in lines:
            # PyYAML silently keeps the last value; the contributor meant one of them
            raise FrontMatterError(
                line, f"duplicate key '{key}' (first on line {lines[key]})", "keep one of them"
            )
        lines[key] = line
    return Parsed(data={str(k): v for k, v in data.items()}, lines=lines, body=body, body_line=body_line)


# libyaml's emitter when PyYAML was built with it (the PyPI wheels are): generated
# pages carry their metadata as front matter, and the pure-Python emitter was half
# of the generator's time at 1,000 articles.
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def dump(data: dict[str, Any]) -> str:
    """Serialise front matter the way contributors write it (UTF-8, key order kept)."""
    text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)
    return f"{DELIMITER}\n{text}{DELIMITER}\n"
