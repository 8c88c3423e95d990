"""The probe's plain-text table, summary line and exit code."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ._probe_run import CONFORMS, DRIFT, ERROR, REFUSED, ROUTE_MISSING, SKIPPED, Result

__all__ = ["EXIT_DRIFT", "EXIT_OK", "EXIT_USAGE", "exit_code", "render"]

EXIT_OK = 0
EXIT_DRIFT = 1
EXIT_USAGE = 2
#: Differences shown under a drifting row; the rest are counted.
SHOWN_DIFFERENCES = 3
_HEADERS = ("operation", "request", "status", "verdict")
_ORDER = (CONFORMS, DRIFT, ROUTE_MISSING, REFUSED, ERROR)


def _verdict(result: Result) -> str:
    if result.verdict == SKIPPED:
        return result.detail
    if result.verdict in (CONFORMS, ROUTE_MISSING) or not result.detail:
        return result.verdict
    return f"{result.verdict}: {result.detail}"


def render(results: Sequence[Result], base_url: str) -> str:
    """The table (one row per operation, drift details indented below) and a summary line."""
    rows = [
        (
            r.operation_id,
            f"GET {r.template}",
            "-" if r.status is None else str(r.status),
            _verdict(r),
        )
        for r in results
    ]
    widths = [max(len(row[i]) for row in [_HEADERS, *rows]) for i in range(3)]
    rule = tuple("-" * len(header) for header in _HEADERS)
    lines = [_line(_HEADERS, widths), _line(rule, widths)]
    for result, row in zip(results, rows, strict=True):
        lines.append(_line(row, widths))
        shown = result.differences[:SHOWN_DIFFERENCES]
        lines.extend(f"    {difference}" for difference in shown)
        hidden = len(result.differences) - len(shown)
        if hidden > 0:
            lines.append(f"    ... and {hidden} more")
    lines.append(summary(results, base_url))
    return "\n".join(lines) + "\n"


def _line(cells: tuple[str, ...], widths: list[int]) -> str:
    padded = [cell.ljust(width) for cell, width in zip(cells, widths, strict=False)]
    return "  ".join([*padded, cells[-1]]).rstrip()


def summary(results: Sequence[Result], base_url: str) -> str:
    """``probed 20 of 30 GET operations at <url>: 18 conform, 2 drift, ...; 10 skipped``."""
    counts = Counter(result.verdict for result in results)
    probed = len(results) - counts[SKIPPED]
    parts = [
        f"{counts[verdict]} {'conform' if verdict == CONFORMS else verdict}" for verdict in _ORDER
    ]
    return (
        f"probed {probed} of {len(results)} GET operations at {base_url}: "
        f"{', '.join(parts)}; {counts[SKIPPED]} skipped"
    )


def exit_code(results: Sequence[Result]) -> int:
    """0 when every probed operation conforms, 1 otherwise."""
    bad = any(result.verdict not in (CONFORMS, SKIPPED) for result in results)
    return EXIT_DRIFT if bad else EXIT_OK
