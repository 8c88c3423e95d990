"""ClientSettings: what a CortexClient (or a ``with_options`` view of it) is configured with."""

from __future__ import annotations

import dataclasses
from typing import Any

import httpx

from ._logging import redact_url
from ._retry import DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_AFTER, RetryPolicy
from ._transport import DEFAULT_MAX_RESPONSE_BYTES

__all__ = ["DEFAULT_TIMEOUT", "ClientSettings", "as_timeout"]

#: Finite by default (the generator's default is none): 30 s per read, 10 s to connect.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def as_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    """``timeout=`` as an ``httpx.Timeout`` (a number applies to every phase, ``None`` = none)."""
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


@dataclasses.dataclass(frozen=True)
class ClientSettings:
    """The settings of one client, validated once.

    ``CortexClient.with_options(**changes)`` derives a view from
    ``dataclasses.replace(settings, **changes)``: the view shares the client's
    credentials, transports and connection pool and differs only in these values.
    ``headers`` are the extra headers the caller passed (never the credential).
    """

    base_url: httpx.URL
    timeout: httpx.Timeout = dataclasses.field(default_factory=lambda: DEFAULT_TIMEOUT)
    max_retries: int = DEFAULT_MAX_RETRIES
    max_retry_after: float = DEFAULT_MAX_RETRY_AFTER
    deadline: float | None = None
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    api_key_header: str = "x-api-key"
    follow_redirects: bool = False
    headers: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if self.max_response_bytes < 1:
            raise ValueError(f"max_response_bytes must be >= 1, got {self.max_response_bytes!r}")
        self.retry_policy  # noqa: B018 - RetryPolicy validates the retry knobs

    @property
    def retry_policy(self) -> RetryPolicy:
        """The retry knobs as the :class:`RetryPolicy` every request of the client carries."""
        return RetryPolicy(
            max_retries=self.max_retries,
            max_retry_after=self.max_retry_after,
            deadline=self.deadline,
        )

    def replace(self, **changes: Any) -> ClientSettings:
        """A copy with ``changes`` applied (``timeout`` may be a number or ``None``)."""
        if "timeout" in changes:
            changes["timeout"] = as_timeout(changes["timeout"])
        return dataclasses.replace(self, **changes)

    def __repr__(self) -> str:
        # No header values: a caller may have put a secret there.
        fields = ", ".join(
            f"{f.name}={getattr(self, f.name)!r}"
            for f in dataclasses.fields(self)
            if f.name not in ("headers", "base_url")
        )
        names = [name for name, _ in self.headers]
        return f"ClientSettings(base_url={redact_url(self.base_url)!r}, {fields}, headers={names})"
