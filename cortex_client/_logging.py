"""The ``cortex_client`` loggers, their env switch, and redaction of URLs and headers for log lines.

Every line this package logs goes through :func:`redact_url` / :func:`redact_headers`, so a
credential in a header, in URL userinfo or in a query parameter never reaches a log record.
Every package logger (made by :func:`get_logger`) also carries a filter that masks the
clients' own secrets (see ``_redact``) in the message and the exception of each record,
whatever text they came from.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Iterable, Mapping
from urllib.parse import unquote

import httpx

from ._redact import MASK, scrub, scrub_exception

__all__ = [
    "CREDENTIAL_HEADERS",
    "LOG_ENV_VAR",
    "REDACTED",
    "configure_from_env",
    "get_logger",
    "log_request",
    "log_response",
    "log_retry",
    "logger",
    "redact_headers",
    "redact_url",
]


class _ScrubSecrets(logging.Filter):
    """Masks the clients' secrets in a record's message, exception and stack text."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:
            return True  # logging reports its own formatting errors; nothing to mask yet
        cleaned = scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        if record.exc_info is not None and record.exc_info[1] is not None:
            scrub_exception(record.exc_info[1])
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


_SCRUB_FILTER = _ScrubSecrets()


def get_logger(name: str) -> logging.Logger:
    """The logger ``name`` with the secret-masking filter installed.

    Logger filters are not inherited by child loggers, so every module logs through a logger
    made here, never one from ``logging.getLogger`` directly.
    """
    made = logging.getLogger(name)
    if _SCRUB_FILTER not in made.filters:
        made.addFilter(_SCRUB_FILTER)
    return made


logger = get_logger("cortex_client")

LOG_ENV_VAR = "CORTEX_LOG"
REDACTED = MASK
#: Header names (lower-case) whose values are credentials.
CREDENTIAL_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie"}
)

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
# Query parameter names that carry secrets: api_key, apiKey, token, access_token, secret, ...
_SECRET_PARAM = re.compile(r"key|token|secret|password|passwd|signature|credential|auth", re.I)
# Marks the handler configure_from_env() installed, so a second call does not add another.
_ENV_HANDLER_MARK = "_cortex_client_env_handler"
# request.extensions key where log_request() notes when the request left.
_STARTED_EXTENSION = "cortex_log_started"


def _redact_query(query: str) -> str:
    parts = []
    for part in query.split("&"):
        name, sep, _value = part.partition("=")
        if sep and _SECRET_PARAM.search(unquote(name.replace("+", " "))):
            parts.append(f"{name}={REDACTED}")
        else:
            parts.append(part)
    return "&".join(parts)


def redact_url(url: httpx.URL | str) -> str:
    """Return ``url`` as text without userinfo and with secret-looking query values masked."""
    try:
        parsed = httpx.URL(url)
        if parsed.userinfo:
            parsed = parsed.copy_with(userinfo=b"")
        text = str(parsed.copy_with(query=None, fragment=None))
        query = parsed.query.decode("ascii", errors="replace")
    except Exception:
        # Logging and error messages must never fail because of a malformed URL.
        return "<unparseable URL>"
    return f"{text}?{_redact_query(query)}" if query else text


def redact_headers(
    headers: Mapping[str, str] | Iterable[tuple[str, str]],
    *,
    sensitive: Iterable[str] = CREDENTIAL_HEADERS,
) -> dict[str, str]:
    """Return ``headers`` as a dict with the values of credential headers replaced by ``***``."""
    names = {name.lower() for name in sensitive}
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {key: REDACTED if key.lower() in names else value for key, value in items}


def configure_from_env(environ: Mapping[str, str] | None = None) -> None:
    """Attach a stderr handler to the ``cortex_client`` logger when ``CORTEX_LOG`` asks for it.

    ``CORTEX_LOG=debug`` or ``info`` (any case) sets that level; unset or unknown values leave
    logging alone. Calling it again never adds a second handler, it only updates the level.
    """
    env = os.environ if environ is None else environ
    level = _LEVELS.get(env.get(LOG_ENV_VAR, "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if any(getattr(handler, _ENV_HANDLER_MARK, False) for handler in logger.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    setattr(handler, _ENV_HANDLER_MARK, True)
    logger.addHandler(handler)


async def log_request(request: httpx.Request) -> None:
    """httpx ``event_hooks["request"]`` hook: one DEBUG line per request sent."""
    request.extensions[_STARTED_EXTENSION] = time.perf_counter()
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("request: %s %s", request.method, redact_url(request.url))


async def log_response(response: httpx.Response) -> None:
    """httpx ``event_hooks["response"]`` hook: one INFO line per response received.

    The line holds method, redacted URL, status, elapsed milliseconds (since the matching
    :func:`log_request`, if installed) and the attempt count the retry transport recorded.
    """
    if not logger.isEnabledFor(logging.INFO):
        return
    request = response.request
    started = request.extensions.get(_STARTED_EXTENSION)
    elapsed = (
        f"{(time.perf_counter() - started) * 1000:.1f} ms" if isinstance(started, float) else "? ms"
    )
    attempts = response.extensions.get("cortex_attempts", 1)
    logger.info(
        "response: %s %s -> %d %s in %s (attempt %s)",
        request.method,
        redact_url(request.url),
        response.status_code,
        response.reason_phrase,
        elapsed,
        attempts,
    )


def log_retry(
    request: httpx.Request, outcome: str, attempt: int, max_attempts: int, delay: float
) -> None:
    """Log the one DEBUG line that announces a retry."""
    logger.debug(
        "retrying %s %s after %s (attempt %d/%d) in %.3fs",
        request.method,
        redact_url(request.url),
        outcome,
        attempt,
        max_attempts,
        delay,
    )
