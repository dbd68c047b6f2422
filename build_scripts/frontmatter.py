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


def parse(text: str) -> Parsed:
    """Parse front matter into plain data plus the line of each top-level key."""
    yaml_text, body, body_line = split(text)
    try:
        node = yaml.compose(yaml_text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(yaml_text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = (mark.line + 2) if mark is not None else 2
        problem = getattr(exc, "problem", None) or str(exc)
        raise FrontMatterError(
            line, f"invalid YAML: {problem}", "check quoting and indentation; quote titles with ':'"
        ) from None
    if data is None:
        data, node = {}, None
    if not isinstance(data, dict):
        raise FrontMatterError(2, "front matter must be a mapping of 'key: value' lines")
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            lines[str(key_node.value)] = key_node.start_mark.line + 2
    return Parsed(data={str(k): v for k, v in data.items()}, lines=lines, body=body, body_line=body_line)


def dump(data: dict[str, Any]) -> str:
    """Serialise front matter the way contributors write it (UTF-8, key order kept)."""
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    return f"{DELIMITER}\n{text}{DELIMITER}\n"
