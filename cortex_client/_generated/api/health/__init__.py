"""Contains endpoint functions for accessing the API, and the client-bound classes over them"""

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, cast

from ...client import ApiClient
from ...models.error_response import ErrorResponse
from ...types import UNSET, File, Response, Unset
from .. import bind as _bind
from . import get_data as _get_data


class HealthApi:
    """Operations tagged `health`."""

    __slots__ = (
        "_client",
        "_detailed",
    )

    def __init__(self, client: ApiClient) -> None:
        self._client = client
        self._detailed: HealthApiDetailed | None = None

    @property
    def detailed(self) -> "HealthApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = HealthApiDetailed(self._client)
        return self._detailed

    async def get_data(
        self,
    ) -> None:
        """Health check

        `GET /api`

        Returns:
            None

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_data.asyncio_detailed(
            client=self._client,
        )
        return cast("None", response.parsed)


class HealthApiDetailed:
    """Detailed responses (status, headers, parsed) for `health`."""

    __slots__ = ("_client",)

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    async def get_data(
        self,
    ) -> Response[None]:
        """Health check

        `GET /api`

        Returns:
            Response[None]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_data.asyncio_detailed(
            client=self._client,
        )
        return cast("Response[None]", response)


__all__ = [
    "HealthApi",
    "HealthApiDetailed",
]
