"""The ASGI app: spec routing, auth, validation, faults, and the ``/_emulator`` control routes."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ._access_log import RequestLog, request_id_of
from ._behaviours import dispatch
from ._call import Call, HttpError, Reply, nest_error_body
from ._emulator import Emulator, LoggedRequest
from ._routing import Match, Router
from ._schema import Schema
from ._spec import Operation
from ._streaming import EventStreamResponse

__all__ = ["create_app"]

logger = logging.getLogger("cortex_client.testing")

_SECRET_HEADERS = frozenset({"authorization", "x-api-key", "cookie", "proxy-authorization"})
_ALL_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]


def error_response(
    status: int, message: str | list[str], headers: Mapping[str, str] | None = None
) -> JSONResponse:
    """A NestJS-style error response."""
    return JSONResponse(nest_error_body(status, message), status_code=status, headers=headers)


def create_app(emulator: Emulator) -> Starlette:
    """Build the ASGI app serving ``emulator``: every spec operation under ``/api``, plus
    ``POST /_emulator/projects/{pid}/sessions/{sid}/messages`` (inject a transcript line) and
    ``POST|DELETE /_emulator/faults`` (add / reset faults)."""
    router = Router(emulator.spec.operations)

    async def api(request: Request) -> Response:
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        path = raw_path.decode("latin-1").split("?", 1)[0]
        match = router.match(request.method, path)
        try:
            response = await _answer(emulator, request, match, path)
        except Exception:  # a bug in the emulator must still produce an HTTP answer
            logger.exception("emulator failed on %s %s", request.method, path)
            response = error_response(500, "Internal server error")
        _log(emulator, request, path, response.status_code, match)
        return response

    async def inject(request: Request) -> Response:
        body = await _json_body(request)
        fields = body if isinstance(body, Mapping) else {}
        try:
            message = emulator.inject_message(
                request.path_params["project_id"],
                request.path_params["session_id"],
                str(fields.get("text", fields.get("content", ""))),
                sender_name=str(fields.get("senderName", "Speaker")),
                participant_id=fields.get("participantId"),
                external_user_id=fields.get("externalUserId"),
                message_type=str(fields.get("type", "user")),
                has_debug_audio=bool(fields.get("hasDebugAudio", False)),
                timestamp=fields.get("timestamp"),
            )
        except KeyError as error:
            return error_response(404, str(error.args[0]))
        emulator.notify_change()
        return JSONResponse(message, status_code=201)

    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            emulator.reset_faults()
            return Response(status_code=204)
        body = await _json_body(request)
        try:
            _apply_fault(emulator, body if isinstance(body, Mapping) else {})
        except (KeyError, TypeError, ValueError) as error:
            return error_response(400, f"invalid fault: {error}")
        return Response(status_code=204)

    routes = [
        Route(
            "/_emulator/projects/{project_id}/sessions/{session_id}/messages",
            inject,
            methods=["POST"],
        ),
        Route("/_emulator/faults", faults, methods=["POST", "DELETE"]),
        Route("/{path:path}", api, methods=_ALL_METHODS),
    ]
    return Starlette(routes=routes, middleware=[Middleware(RequestLog)])


async def _answer(emulator: Emulator, request: Request, match: Match | None, path: str) -> Response:
    if match is None:
        return error_response(404, f"Cannot {request.method} {path}")
    op = match.operation
    delay = emulator.faults.latency_for(request.method, path)
    if delay > 0:
        await anyio.sleep(delay)
    fault = emulator.faults.take_status(request.method, path)
    if fault is not None:
        headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else None
        return error_response(fault.status, _fault_message(fault.status), headers)
    if not op.is_open and not _authorised(emulator, request, op):
        return error_response(401, "Unauthorized")
    # Guards before pipes, as in NestJS: credentials are checked before any input is judged.
    # Invalid parameters get 422 like invalid bodies (NestJS's ParseUUIDPipe would say 400, but
    # the spec declares 422 for validation failures and no 400, and every answer stays in it).
    problems = _path_problems(emulator, match)
    query, query_problems = _coerce_query(emulator, request, op)
    problems += query_problems
    if problems:
        return error_response(422, problems)
    body: Any = None
    if op.request_schema is not None:
        raw = await request.body()
        if raw:
            # body-parser: anything sent is parsed (whitespace and `null` included), and a parse
            # failure is a 400, not a validation failure.
            try:
                body = json.loads(raw)
            except ValueError:
                return error_response(400, "Request body is not valid JSON")
        elif op.body_required:
            body = {}
        if raw or op.body_required:
            problems = _body_problems(emulator, op, body)
            if problems:
                return error_response(422, problems)
    if op.is_event_stream:
        last_event_id = request.headers.get("last-event-id")
        return EventStreamResponse(emulator, match.params.get("projectId"), last_event_id)
    call = Call(emulator, op, path, match.params, query, body)
    try:
        reply = dispatch(call)
    except HttpError as error:
        return error_response(error.status, error.message)
    return _render(emulator, op, reply)


def _render(emulator: Emulator, op: Operation, reply: Reply) -> Response:
    status = reply.status or op.success_status
    if reply.raw is not None:
        return Response(
            reply.raw, status_code=status, media_type=reply.media_type, headers=reply.headers
        )
    if status == 204:
        return Response(status_code=204, headers=reply.headers)
    schema = emulator.spec.response_schema(op.operation_id, status)
    body = emulator.spec.tools.conform(reply.body, schema) if schema is not None else reply.body
    return JSONResponse(body, status_code=status, headers=reply.headers)


def _authorised(emulator: Emulator, request: Request, op: Operation) -> bool:
    api_key_allowed = "apiKey" in op.security_schemes
    bearer_allowed = "bearer" in op.security_schemes
    header_key = request.headers.get("x-api-key")
    if header_key is not None and api_key_allowed and emulator.api_key_valid(header_key):
        return True
    scheme, _, credential = request.headers.get("authorization", "").partition(" ")
    credential = credential.strip()
    if scheme.lower() == "apikey" and api_key_allowed:
        return emulator.api_key_valid(credential)
    if scheme.lower() == "bearer" and bearer_allowed:
        return emulator.token_valid(credential)
    return False


def _body_problems(emulator: Emulator, op: Operation, body: Any) -> list[str]:
    problems = emulator.spec.errors(body, op.request_schema or {})
    stored = emulator.stored_fields.schema(op)
    if not problems and stored is not None:
        problems = emulator.spec.errors(body, stored)
    return problems


def _path_problems(emulator: Emulator, match: Match) -> list[str]:
    problems: list[str] = []
    for name, value in match.params.items():
        schema = match.operation.path_param_schemas.get(name)
        if not schema:
            continue
        try:
            typed = _coerce(value, emulator.spec.tools.resolve(schema))
        except ValueError:
            problems.append(f"{name} must be {schema.get('type', 'valid')}")
            continue
        problems += emulator.spec.errors(typed, schema, at=name)
    return problems


def _coerce_query(
    emulator: Emulator, request: Request, op: Operation
) -> tuple[dict[str, Any], list[str]]:
    values: dict[str, Any] = {}
    problems: list[str] = []
    for name, schema in op.query_params.items():
        if name not in request.query_params:
            continue
        raw = request.query_params[name]
        try:
            values[name] = _coerce(raw, emulator.spec.tools.resolve(schema))
        except ValueError:
            problems.append(f"{name} must be {schema.get('type', 'valid')}")
            continue
        problems += emulator.spec.errors(values[name], schema, at=name)
    return values, problems


def _coerce(raw: str, schema: Schema) -> Any:
    kind = schema.get("type")
    if kind == "integer":
        return int(raw)
    if kind == "number":
        return float(raw)
    if kind == "boolean":
        lowered = raw.lower()
        if lowered not in ("true", "false", "1", "0"):
            raise ValueError(raw)
        return lowered in ("true", "1")
    return raw


def _fault_message(status: int) -> str:
    if status == 429:
        return "ThrottlerException: Too Many Requests"
    if status == 500:
        return "Internal server error"
    return str(nest_error_body(status, "")["error"])


def _apply_fault(emulator: Emulator, spec: Mapping[str, Any]) -> None:
    kind = spec["kind"]
    where = {"method": spec.get("method"), "path_prefix": spec.get("pathPrefix")}
    if kind == "status":
        status = int(spec.get("status", 429))
        if spec.get("fraction") is not None:
            emulator.fail_randomly(
                float(spec["fraction"]),
                status,
                seed=int(spec.get("seed", 0)),
                retry_after=spec.get("retryAfter"),
                **where,
            )
        else:
            emulator.fail_next(
                int(spec.get("times", 1)), status, retry_after=spec.get("retryAfter"), **where
            )
    elif kind == "latency":
        emulator.add_latency(float(spec["seconds"]), **where)
    elif kind == "drop":
        emulator.drop_streams(
            int(spec.get("afterEvents", 0)),
            mid_event=bool(spec.get("midEvent", False)),
            times=int(spec.get("times", 1)),
        )
    elif kind == "stall":
        duration = spec.get("duration")
        emulator.stall_streams(None if duration is None else float(duration))
    elif kind == "release":
        emulator.release_streams()
    else:
        raise ValueError(f"unknown kind {kind!r}")


async def _json_body(request: Request) -> Any:
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        return json.loads(raw)
    except ValueError:
        return {}


def _log(emulator: Emulator, request: Request, path: str, status: int, match: Match | None) -> None:
    headers = {k: v for k, v in request.headers.items() if k.lower() not in _SECRET_HEADERS}
    emulator.request_log.append(
        LoggedRequest(
            method=request.method,
            path=path,
            query=request.url.query,
            headers=headers,
            status=status,
            operation_id=match.operation.operation_id if match else None,
            request_id=request_id_of(request.scope),
        )
    )
    emulator.notify_change()
