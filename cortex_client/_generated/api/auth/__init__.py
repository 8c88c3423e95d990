"""Contains endpoint functions for accessing the API, and the client-bound classes over them"""

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, cast

from ...client import ApiClient
from ...models.error_response import ErrorResponse
from ...models.login_credentials import LoginCredentials
from ...models.login_request import LoginRequest
from ...models.login_response import LoginResponse
from ...models.user_profile import UserProfile
from ...types import UNSET, File, Response, Unset
from .. import bind as _bind
from . import get_profile as _get_profile
from . import login as _login
from . import login_with_credentials as _login_with_credentials


class AuthApi:
    """Operations tagged `auth`."""

    __slots__ = (
        "_client",
        "_detailed",
    )

    def __init__(self, client: ApiClient) -> None:
        self._client = client
        self._detailed: AuthApiDetailed | None = None

    @property
    def detailed(self) -> "AuthApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = AuthApiDetailed(self._client)
        return self._detailed

    async def login(
        self,
        *,
        body: LoginRequest,
    ) -> LoginResponse:
        """Exchange a Fusion session id for a Cortex JWT

        `POST /api/auth/login`

        Args:
            body (LoginRequest): Carries a 4Players Fusion session id to exchange for a JWT.

        Returns:
            LoginResponse

        Raises:
            cortex_client.AuthenticationError: 401, Unauthorized
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _login.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("LoginResponse", _bind(response.parsed, self._client, None))

    async def login_with_credentials(
        self,
        *,
        body: LoginCredentials,
    ) -> LoginResponse:
        """Log in with email and password to get a JWT

        `POST /api/auth/login-credentials`

        Args:
            body (LoginCredentials): Email/password login body.

        Returns:
            LoginResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _login_with_credentials.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("LoginResponse", _bind(response.parsed, self._client, None))

    async def get_profile(
        self,
    ) -> UserProfile:
        """Get the profile of the authenticated user

        `GET /api/auth/me`

        Returns:
            UserProfile

        Raises:
            cortex_client.AuthenticationError: 401, Unauthorized
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_profile.asyncio_detailed(
            client=self._client,
        )
        return cast("UserProfile", _bind(response.parsed, self._client, None))


class AuthApiDetailed:
    """Detailed responses (status, headers, parsed) for `auth`."""

    __slots__ = ("_client",)

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    async def login(
        self,
        *,
        body: LoginRequest,
    ) -> Response[LoginResponse]:
        """Exchange a Fusion session id for a Cortex JWT

        `POST /api/auth/login`

        Args:
            body (LoginRequest): Carries a 4Players Fusion session id to exchange for a JWT.

        Returns:
            Response[LoginResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Unauthorized
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _login.asyncio_detailed(
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, None)
        return cast("Response[LoginResponse]", response)

    async def login_with_credentials(
        self,
        *,
        body: LoginCredentials,
    ) -> Response[LoginResponse]:
        """Log in with email and password to get a JWT

        `POST /api/auth/login-credentials`

        Args:
            body (LoginCredentials): Email/password login body.

        Returns:
            Response[LoginResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _login_with_credentials.asyncio_detailed(
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, None)
        return cast("Response[LoginResponse]", response)

    async def get_profile(
        self,
    ) -> Response[UserProfile]:
        """Get the profile of the authenticated user

        `GET /api/auth/me`

        Returns:
            Response[UserProfile]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Unauthorized
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_profile.asyncio_detailed(
            client=self._client,
        )
        _bind(response.parsed, self._client, None)
        return cast("Response[UserProfile]", response)


__all__ = [
    "AuthApi",
    "AuthApiDetailed",
]
