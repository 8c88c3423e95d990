"""Contains endpoint functions for accessing the API, and the client-bound classes over them"""

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, cast

from ...client import ApiClient
from ...models.api_key_response import ApiKeyResponse
from ...models.create_api_key import CreateApiKey
from ...models.create_api_key_response import CreateApiKeyResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, File, Response, Unset
from .. import bind as _bind
from . import create_api_key as _create_api_key
from . import list_api_keys as _list_api_keys
from . import revoke_api_key as _revoke_api_key


class ApiKeysApi:
    """Operations tagged `api_keys`."""

    __slots__ = (
        "_client",
        "_detailed",
    )

    def __init__(self, client: ApiClient) -> None:
        self._client = client
        self._detailed: ApiKeysApiDetailed | None = None

    @property
    def detailed(self) -> "ApiKeysApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = ApiKeysApiDetailed(self._client)
        return self._detailed

    async def list_api_keys(
        self,
    ) -> list[ApiKeyResponse]:
        """List API keys of the tenant

        `GET /api/api-keys`

        Returns:
            list[ApiKeyResponse]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_api_keys.asyncio_detailed(
            client=self._client,
        )
        return cast("list[ApiKeyResponse]", _bind(response.parsed, self._client, None))

    async def create_api_key(
        self,
        *,
        body: CreateApiKey,
    ) -> CreateApiKeyResponse:
        """Create an API key (secret returned once)

        `POST /api/api-keys`

        Args:
            body (CreateApiKey): Body for creating an API key.

        Returns:
            CreateApiKeyResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _create_api_key.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("CreateApiKeyResponse", _bind(response.parsed, self._client, None))

    async def revoke_api_key(
        self,
        id: str,
    ) -> None:
        """Revoke (delete) an API key

        `DELETE /api/api-keys/{id}`

        Args:
            id (str):

        Returns:
            None

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _revoke_api_key.asyncio_detailed(
            id=id,
            client=self._client,
        )
        return cast("None", response.parsed)


class ApiKeysApiDetailed:
    """Detailed responses (status, headers, parsed) for `api_keys`."""

    __slots__ = ("_client",)

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    async def list_api_keys(
        self,
    ) -> Response[list[ApiKeyResponse]]:
        """List API keys of the tenant

        `GET /api/api-keys`

        Returns:
            Response[list[ApiKeyResponse]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_api_keys.asyncio_detailed(
            client=self._client,
        )
        _bind(response.parsed, self._client, None)
        return cast("Response[list[ApiKeyResponse]]", response)

    async def create_api_key(
        self,
        *,
        body: CreateApiKey,
    ) -> Response[CreateApiKeyResponse]:
        """Create an API key (secret returned once)

        `POST /api/api-keys`

        Args:
            body (CreateApiKey): Body for creating an API key.

        Returns:
            Response[CreateApiKeyResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _create_api_key.asyncio_detailed(
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, None)
        return cast("Response[CreateApiKeyResponse]", response)

    async def revoke_api_key(
        self,
        id: str,
    ) -> Response[None]:
        """Revoke (delete) an API key

        `DELETE /api/api-keys/{id}`

        Args:
            id (str):

        Returns:
            Response[None]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _revoke_api_key.asyncio_detailed(
            id=id,
            client=self._client,
        )
        return cast("Response[None]", response)


__all__ = [
    "ApiKeysApi",
    "ApiKeysApiDetailed",
]
