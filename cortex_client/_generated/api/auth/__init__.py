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

        `POST /api/auth/login`; see `login.asyncio_detailed` for the arguments.
        """
        response = await _login.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("LoginResponse", response.parsed)

    async def login_with_credentials(
        self,
        *,
        body: LoginCredentials,
    ) -> LoginResponse:
        """Log in with email and password to get a JWT

        `POST /api/auth/login-credentials`; see `login_with_credentials.asyncio_detailed` for the arguments.
        """
        response = await _login_with_credentials.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("LoginResponse", response.parsed)

    async def get_profile(
        self,
    ) -> UserProfile:
        """Get the profile of the authenticated user

        `GET /api/auth/me`; see `get_profile.asyncio_detailed` for the arguments.
        """
        response = await _get_profile.asyncio_detailed(
            client=self._client,
        )
        return cast("UserProfile", response.parsed)


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

        `POST /api/auth/login`; see `login.asyncio_detailed` for the arguments.
        """
        response = await _login.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("Response[LoginResponse]", response)

    async def login_with_credentials(
        self,
        *,
        body: LoginCredentials,
    ) -> Response[LoginResponse]:
        """Log in with email and password to get a JWT

        `POST /api/auth/login-credentials`; see `login_with_credentials.asyncio_detailed` for the arguments.
        """
        response = await _login_with_credentials.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("Response[LoginResponse]", response)

    async def get_profile(
        self,
    ) -> Response[UserProfile]:
        """Get the profile of the authenticated user

        `GET /api/auth/me`; see `get_profile.asyncio_detailed` for the arguments.
        """
        response = await _get_profile.asyncio_detailed(
            client=self._client,
        )
        return cast("Response[UserProfile]", response)


__all__ = [
    "AuthApi",
    "AuthApiDetailed",
]
