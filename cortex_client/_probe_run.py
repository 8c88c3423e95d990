"""Call each planned GET through the client's HTTP machinery and judge the raw response."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from ._errors import APIConnectionError, CortexError
from ._probe_plan import Target, fill_path, first_id, json_schema_of, plan
from ._probe_validate import differences

__all__ = [
    "CONFORMS",
    "DRIFT",
    "ERROR",
    "REFUSED",
    "ROUTE_MISSING",
    "SKIPPED",
    "ProbeError",
    "Result",
    "probe",
    "vendored_spec",
]

CONFORMS = "conforms"
DRIFT = "drift"
ROUTE_MISSING = "route missing"
REFUSED = "refused"
ERROR = "error"
SKIPPED = "skipped"

_READ_ONLY = "GET"
_SPEC_PATH = Path(__file__).resolve().parent / "_generated" / "openapi.json"


class ProbeError(CortexError):
    """The probe was asked to do something it must not (anything but a read)."""


@dataclass(frozen=True)
class Result:
    """The verdict on one operation; ``detail`` says why it was skipped or what failed."""

    operation_id: str
    template: str
    status: int | None
    verdict: str
    detail: str = ""
    differences: tuple[str, ...] = ()


def vendored_spec() -> dict[str, Any]:
    """The spec this package was generated from (shipped inside it)."""
    return dict(json.loads(_SPEC_PATH.read_text(encoding="utf-8")))


async def probe(
    http: httpx.AsyncClient, project_id: str, document: Mapping[str, Any] | None = None
) -> list[Result]:
    """Call every resolvable GET operation of ``document`` (the vendored spec by default) once
    and compare each response with what the spec declares. Never sends anything but GET.

    ``http`` is a ``CortexClient``'s ``get_async_httpx_client()``: its auth, retries and limits
    apply, but responses come back raw, whatever their status. ``APIConnectionError`` (the
    server cannot be reached) propagates.
    """
    spec = vendored_spec() if document is None else document
    ids: dict[str, str] = {}
    results: list[Result] = []
    for target in plan(spec):
        values = _resolve(target, project_id, ids)
        if target.skip is not None or values is None:
            results.append(_skipped(target, target.skip or "skipped (no id)"))
            continue
        try:
            response = await _read(http, _READ_ONLY, fill_path(target.template, values))
        except APIConnectionError:
            raise
        except CortexError as exc:
            results.append(Result(target.operation_id, target.template, None, ERROR, str(exc)))
            continue
        result, body = judge(target, response, spec)
        results.append(result)
        if response.is_success and (found := first_id(body)) is not None:
            ids[target.template] = found
    return results


def _resolve(target: Target, project_id: str, ids: Mapping[str, str]) -> dict[str, str] | None:
    values: dict[str, str] = {}
    for param in target.params:
        if param.list_template is None:
            values[param.name] = project_id
        elif param.list_template in ids:
            values[param.name] = ids[param.list_template]
        else:
            return None
    return values


def _skipped(target: Target, reason: str) -> Result:
    return Result(target.operation_id, target.template, None, SKIPPED, reason)


async def _read(http: httpx.AsyncClient, method: str, url: str) -> httpx.Response:
    # The probe runs against production with a user's key: a write must be impossible.
    if method != _READ_ONLY:
        raise ProbeError(f"the probe only reads; refusing {method} {url}")
    return await http.request(method, url)


def judge(
    target: Target, response: httpx.Response, document: Mapping[str, Any]
) -> tuple[Result, Any]:
    """The verdict on one response, and its decoded JSON body (None when there is none)."""
    status = response.status_code
    name, template = target.operation_id, target.template
    if status == 404:
        return Result(name, template, status, ROUTE_MISSING), None
    declared = _declared(target.responses, status)
    if declared is None:
        codes = ", ".join(sorted(target.responses)) or "none"
        problem = f"status {status} is not among the spec's responses ({codes})"
        return Result(name, template, status, DRIFT, differences=(problem,)), None
    if status in (401, 403):
        return Result(name, template, status, REFUSED, "check CORTEX_API_KEY"), None
    if not response.is_success:
        return Result(name, template, status, ERROR, f"status {status}"), None
    schema = json_schema_of(document, declared)
    if schema is None:
        return Result(name, template, status, CONFORMS), None
    try:
        body = response.json()
    except ValueError:
        problem = f"$: body is not JSON ({response.headers.get('content-type', 'no type')})"
        return Result(name, template, status, DRIFT, differences=(problem,)), None
    found = differences(body, schema, document)
    verdict = DRIFT if found else CONFORMS
    return Result(name, template, status, verdict, differences=tuple(found)), body


def _declared(responses: Mapping[str, Any], status: int) -> Any:
    by_code = {str(code).upper(): value for code, value in responses.items()}
    for key in (str(status), f"{status // 100}XX", "DEFAULT"):
        if key in by_code:
            return by_code[key]
    return None
