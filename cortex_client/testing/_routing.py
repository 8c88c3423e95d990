"""Match a request path to a spec operation; literal segments win over parameters."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import unquote

from ._spec import Operation, param_name

__all__ = ["Match", "Router"]


@dataclass(frozen=True)
class Match:
    """A routed request: the operation and its decoded path parameters."""

    operation: Operation
    params: dict[str, str]


def _compile(segments: tuple[str, ...]) -> re.Pattern[str]:
    parts = []
    for segment in segments:
        name = param_name(segment)
        parts.append(f"(?P<{_group(name)}>[^/]+)" if name else re.escape(segment))
    return re.compile("^/" + "/".join(parts) + "/?$")


def _group(name: str) -> str:
    # Regex group names must be identifiers; spec parameter names may contain '-' or '.'.
    return "p_" + "".join(ch if ch.isalnum() else f"_{ord(ch)}_" for ch in name)


def _specificity(op: Operation) -> tuple[int, ...]:
    # Earlier literal segments rank first: /functions/settings beats /functions/{functionId}.
    return tuple(1 if param_name(segment) else 0 for segment in op.segments)


class Router:
    """Compiled path templates of every operation, most specific first."""

    def __init__(self, operations: Iterable[Operation]) -> None:
        ordered = sorted(operations, key=_specificity)
        self._routes = [(op, _compile(op.segments)) for op in ordered]

    def match(self, method: str, path: str) -> Match | None:
        """The operation serving ``method path``, or None when nothing matches."""
        for op, pattern in self._routes:
            if op.method != method:
                continue
            found = pattern.match(path)
            if found is None:
                continue
            params = {name: unquote(found.group(_group(name))) for name in op.path_params}
            return Match(op, params)
        return None
