"""The recorded answers: each plugin's ``sandbox/answers.json``, read and matched to a request.

A recording maps a path (``{name}`` segments match any one segment) to query
patterns (``"hetu=131052-308T&lang=fi"``, or ``"*"`` for any query), each with
the JSON to send back and optionally its HTTP status. See docs/sandbox.md for
the format.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Any

from console.core.files import MIB, FileProblem, read_json

ANSWERS_FILE = Path("sandbox") / "answers.json"
# The first-party answers are a few KiB each; a recording is never near this.
ANSWERS_LIMIT = 16 * MIB

_TEMPLATE_SEGMENT = re.compile(r"^\{[^{}/]+\}$")


class SandboxError(Exception):
    """A plugin's recorded answers cannot be served (names the file and the key)."""


@dataclass(frozen=True)
class Answer:
    """What the sandbox sends back: an HTTP status and a JSON body."""

    status: int
    body: Any


@dataclass(frozen=True)
class _Recorded:
    """The answers of one path: each query pattern with its answer."""

    queries: tuple[tuple[frozenset[tuple[str, str]], Answer], ...]

    def answer(self, query: list[tuple[str, str]]) -> Answer | None:
        """The answer whose query pattern matches with the most parameters."""
        asked = {(_normal(name), _normal(value)) for name, value in query}
        best: tuple[int, Answer] | None = None
        for pattern, answer in self.queries:
            if pattern <= asked and (best is None or len(pattern) > best[0]):
                best = (len(pattern), answer)
        return None if best is None else best[1]


def _normal(text: str) -> str:
    # "ä" typed on one keyboard and sent by another client must still match.
    return unicodedata.normalize("NFC", text)


def _query_pattern(key: str) -> frozenset[tuple[str, str]]:
    """``"hetu=131052-308T&lang=fi"`` as a set of pairs; ``"*"`` is the empty set.

    Keys are written as people read them (no percent-encoding, "+" is a plus),
    so they are split literally rather than URL-decoded.
    """
    if key == "*":
        return frozenset()
    pairs = set()
    for part in key.split("&"):
        name, _equals, value = part.partition("=")
        pairs.add((_normal(name), _normal(value)))
    return frozenset(pairs)


def _answer(value: Any) -> Answer:
    if isinstance(value, dict) and "$status" in value:
        status = value["$status"]
        if (
            not isinstance(status, int)
            or not 200 <= status <= 599
            or set(value)
            - {
                "$status",
                "$body",
            }
        ):
            raise ValueError('an answer with "$status" has an HTTP status and "$body" only')
        return Answer(status, value.get("$body"))
    return Answer(HTTPStatus.OK, value)


def load_answers(path: Path) -> dict[str, _Recorded]:
    """Read one plugin's ``answers.json``; raise :class:`SandboxError` naming what is wrong."""
    try:
        data = read_json(path, limit=ANSWERS_LIMIT)
    except FileProblem as trouble:
        raise SandboxError(f"{path}: cannot read the recorded answers ({trouble.reason})") from None
    if not isinstance(data, dict):
        raise SandboxError(f"{path}: the top level must be an object of paths")
    recorded: dict[str, _Recorded] = {}
    for route, queries in data.items():
        if not route.startswith("/"):
            continue  # "_comment" and the like
        if not isinstance(queries, dict) or not queries:
            raise SandboxError(f"{path}: {route}: needs an object of query -> answer")
        entries = []
        for key, value in queries.items():
            try:
                entries.append((_query_pattern(key), _answer(value)))
            except ValueError as error:
                raise SandboxError(f"{path}: {route}: {key}: {error}") from error
        recorded[route.rstrip("/") or "/"] = _Recorded(tuple(entries))
    return recorded


def _route(recorded: dict[str, _Recorded], path: str) -> _Recorded | None:
    """The recorded path for ``path``: an exact one, else one with ``{name}`` segments."""
    exact = recorded.get(path)
    if exact is not None:
        return exact
    segments = path.split("/")
    best: tuple[int, _Recorded] | None = None
    for route, answers in recorded.items():
        pattern = route.split("/")
        if len(pattern) != len(segments):
            continue
        literal = 0
        for expected, actual in zip(pattern, segments, strict=True):
            if _TEMPLATE_SEGMENT.match(expected):
                if not actual:
                    break
            elif expected == actual:
                literal += 1
            else:
                break
        else:
            if best is None or literal > best[0]:
                best = (literal, answers)
    return None if best is None else best[1]
