"""Contains endpoint functions for accessing the API, and the client-bound classes over them"""

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, cast

from ...client import ApiClient
from ...models.error_response import ErrorResponse
from ...models.plugin_response import PluginResponse
from ...types import UNSET, File, Response, Unset
from .. import bind as _bind
from . import get_plugin as _get_plugin
from . import list_plugins as _list_plugins


class PluginsApi:
    """Operations tagged `plugins`."""

    __slots__ = (
        "_client",
        "_detailed",
    )

    def __init__(self, client: ApiClient) -> None:
        self._client = client
        self._detailed: PluginsApiDetailed | None = None

    @property
    def detailed(self) -> "PluginsApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = PluginsApiDetailed(self._client)
        return self._detailed

    async def list_plugins(
        self,
    ) -> list[PluginResponse]:
        """Browse the plugin catalog

        `GET /api/plugins`

        Returns:
            list[PluginResponse]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_plugins.asyncio_detailed(
            client=self._client,
        )
        return cast("list[PluginResponse]", _bind(response.parsed, self._client, None))

    async def get_plugin(
        self,
        plugin_id: str,
    ) -> PluginResponse:
        """Get one catalog plugin

        `GET /api/plugins/{plugin_id}`

        Args:
            plugin_id (str):

        Returns:
            PluginResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_plugin.asyncio_detailed(
            plugin_id=plugin_id,
            client=self._client,
        )
        return cast("PluginResponse", _bind(response.parsed, self._client, None))


class PluginsApiDetailed:
    """Detailed responses (status, headers, parsed) for `plugins`."""

    __slots__ = ("_client",)

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    async def list_plugins(
        self,
    ) -> Response[list[PluginResponse]]:
        """Browse the plugin catalog

        `GET /api/plugins`

        Returns:
            Response[list[PluginResponse]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_plugins.asyncio_detailed(
            client=self._client,
        )
        _bind(response.parsed, self._client, None)
        return cast("Response[list[PluginResponse]]", response)

    async def get_plugin(
        self,
        plugin_id: str,
    ) -> Response[PluginResponse]:
        """Get one catalog plugin

        `GET /api/plugins/{plugin_id}`

        Args:
            plugin_id (str):

        Returns:
            Response[PluginResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_plugin.asyncio_detailed(
            plugin_id=plugin_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, None)
        return cast("Response[PluginResponse]", response)


__all__ = [
    "PluginsApi",
    "PluginsApiDetailed",
]
