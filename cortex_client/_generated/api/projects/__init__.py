"""Contains endpoint functions for accessing the API, and the client-bound classes over them"""

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, cast

from ...client import ApiClient
from ...models.change_project_user_role_request import ChangeProjectUserRoleRequest
from ...models.error_response import ErrorResponse
from ...models.invite_project_user_request import InviteProjectUserRequest
from ...models.project_user_dto import ProjectUserDto
from ...types import UNSET, File, Response, Unset
from .. import bind as _bind
from . import change_project_user_role as _change_project_user_role
from . import invite_project_user as _invite_project_user
from . import list_project_users as _list_project_users


class ProjectsApi:
    """Operations tagged `projects`."""

    __slots__ = (
        "_client",
        "_detailed",
    )

    def __init__(self, client: ApiClient) -> None:
        self._client = client
        self._detailed: ProjectsApiDetailed | None = None

    @property
    def detailed(self) -> "ProjectsApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = ProjectsApiDetailed(self._client)
        return self._detailed

    async def list_project_users(
        self,
        project_id: str,
    ) -> list[ProjectUserDto]:
        """List members of a project

        `GET /api/projects/{project_id}/users`

        Args:
            project_id (str):

        Returns:
            list[ProjectUserDto]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_project_users.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        return cast("list[ProjectUserDto]", _bind(response.parsed, self._client, project_id))

    async def invite_project_user(
        self,
        project_id: str,
        *,
        body: InviteProjectUserRequest,
    ) -> ProjectUserDto:
        """Invite a user to a project

        `POST /api/projects/{project_id}/users`

        Args:
            project_id (str):
            body (InviteProjectUserRequest): Body for inviting a user to a project.

        Returns:
            ProjectUserDto

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _invite_project_user.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        return cast("ProjectUserDto", _bind(response.parsed, self._client, project_id))

    async def change_project_user_role(
        self,
        project_id: str,
        *,
        body: ChangeProjectUserRoleRequest,
    ) -> None:
        """Change a project member's role

        `PUT /api/projects/{project_id}/users/role`

        Args:
            project_id (str):
            body (ChangeProjectUserRoleRequest): Body for changing a member's role.

        Returns:
            None

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _change_project_user_role.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        return cast("None", response.parsed)


class ProjectsApiDetailed:
    """Detailed responses (status, headers, parsed) for `projects`."""

    __slots__ = ("_client",)

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    async def list_project_users(
        self,
        project_id: str,
    ) -> Response[list[ProjectUserDto]]:
        """List members of a project

        `GET /api/projects/{project_id}/users`

        Args:
            project_id (str):

        Returns:
            Response[list[ProjectUserDto]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_project_users.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[list[ProjectUserDto]]", response)

    async def invite_project_user(
        self,
        project_id: str,
        *,
        body: InviteProjectUserRequest,
    ) -> Response[ProjectUserDto]:
        """Invite a user to a project

        `POST /api/projects/{project_id}/users`

        Args:
            project_id (str):
            body (InviteProjectUserRequest): Body for inviting a user to a project.

        Returns:
            Response[ProjectUserDto]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _invite_project_user.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[ProjectUserDto]", response)

    async def change_project_user_role(
        self,
        project_id: str,
        *,
        body: ChangeProjectUserRoleRequest,
    ) -> Response[None]:
        """Change a project member's role

        `PUT /api/projects/{project_id}/users/role`

        Args:
            project_id (str):
            body (ChangeProjectUserRoleRequest): Body for changing a member's role.

        Returns:
            Response[None]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _change_project_user_role.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        return cast("Response[None]", response)


class ProjectProjectsApi:
    """Operations tagged `projects`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
        "_detailed",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id
        self._detailed: ProjectProjectsApiDetailed | None = None

    @property
    def detailed(self) -> "ProjectProjectsApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = ProjectProjectsApiDetailed(self._client, self._project_id)
        return self._detailed

    async def list_project_users(
        self,
    ) -> list[ProjectUserDto]:
        """List members of a project

        `GET /api/projects/{project_id}/users`

        Returns:
            list[ProjectUserDto]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_project_users.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        return cast("list[ProjectUserDto]", _bind(response.parsed, self._client, self._project_id))

    async def invite_project_user(
        self,
        *,
        body: InviteProjectUserRequest,
    ) -> ProjectUserDto:
        """Invite a user to a project

        `POST /api/projects/{project_id}/users`

        Args:
            body (InviteProjectUserRequest): Body for inviting a user to a project.

        Returns:
            ProjectUserDto

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _invite_project_user.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        return cast("ProjectUserDto", _bind(response.parsed, self._client, self._project_id))

    async def change_project_user_role(
        self,
        *,
        body: ChangeProjectUserRoleRequest,
    ) -> None:
        """Change a project member's role

        `PUT /api/projects/{project_id}/users/role`

        Args:
            body (ChangeProjectUserRoleRequest): Body for changing a member's role.

        Returns:
            None

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _change_project_user_role.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        return cast("None", response.parsed)


class ProjectProjectsApiDetailed:
    """Detailed responses (status, headers, parsed) for `projects`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id

    async def list_project_users(
        self,
    ) -> Response[list[ProjectUserDto]]:
        """List members of a project

        `GET /api/projects/{project_id}/users`

        Returns:
            Response[list[ProjectUserDto]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_project_users.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[list[ProjectUserDto]]", response)

    async def invite_project_user(
        self,
        *,
        body: InviteProjectUserRequest,
    ) -> Response[ProjectUserDto]:
        """Invite a user to a project

        `POST /api/projects/{project_id}/users`

        Args:
            body (InviteProjectUserRequest): Body for inviting a user to a project.

        Returns:
            Response[ProjectUserDto]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _invite_project_user.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[ProjectUserDto]", response)

    async def change_project_user_role(
        self,
        *,
        body: ChangeProjectUserRoleRequest,
    ) -> Response[None]:
        """Change a project member's role

        `PUT /api/projects/{project_id}/users/role`

        Args:
            body (ChangeProjectUserRoleRequest): Body for changing a member's role.

        Returns:
            Response[None]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _change_project_user_role.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        return cast("Response[None]", response)


__all__ = [
    "ProjectsApi",
    "ProjectsApiDetailed",
    "ProjectProjectsApi",
    "ProjectProjectsApiDetailed",
]
