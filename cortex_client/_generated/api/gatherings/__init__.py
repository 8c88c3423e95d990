"""Contains endpoint functions for accessing the API, and the client-bound classes over them"""

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, cast, overload

from ...client import ApiClient
from ...types import UNSET, File, Response, Unset
from .. import WATCHABLE
from .. import bind as _bind
from .. import open_watch as _open_watch

if TYPE_CHECKING:
    # Typing only: at run time the generated package imports nothing of the overlay around it.
    from ...._watch import CollectionWatch, DocumentWatch
    from ... import models as _watch_models
from typing import cast

from ...models.accept_invitation_request import AcceptInvitationRequest
from ...models.add_member_request import AddMemberRequest
from ...models.create_gathering_request import CreateGatheringRequest
from ...models.decline_invitation_request import DeclineInvitationRequest
from ...models.error_response import ErrorResponse
from ...models.gathering_invitation import GatheringInvitation
from ...models.gathering_member import GatheringMember
from ...models.gathering_response import GatheringResponse
from ...models.join_by_code_request import JoinByCodeRequest
from ...models.join_gathering_response import JoinGatheringResponse
from ...models.leave_gathering_request import LeaveGatheringRequest
from ...models.list_gatherings_status import ListGatheringsStatus
from ...models.list_gatherings_type import ListGatheringsType
from ...models.send_invitations_request import SendInvitationsRequest
from ...models.start_gathering_request import StartGatheringRequest
from ...models.update_gathering_request import UpdateGatheringRequest
from ...models.update_member_request import UpdateMemberRequest
from ...types import UNSET, Unset
from . import accept_gathering_invitation as _accept_gathering_invitation
from . import add_gathering_member as _add_gathering_member
from . import cancel_gathering as _cancel_gathering
from . import create_gathering as _create_gathering
from . import decline_gathering_invitation as _decline_gathering_invitation
from . import delete_gathering as _delete_gathering
from . import end_gathering as _end_gathering
from . import get_gathering as _get_gathering
from . import join_gathering_by_code as _join_gathering_by_code
from . import leave_gathering as _leave_gathering
from . import list_gathering_invitations as _list_gathering_invitations
from . import list_gathering_members as _list_gathering_members
from . import list_gatherings as _list_gatherings
from . import remove_gathering_member as _remove_gathering_member
from . import revoke_gathering_invitation as _revoke_gathering_invitation
from . import send_gathering_invitations as _send_gathering_invitations
from . import start_gathering as _start_gathering
from . import update_gathering as _update_gathering
from . import update_gathering_member as _update_gathering_member


class GatheringsApi:
    """Operations tagged `gatherings`."""

    __slots__ = (
        "_client",
        "_detailed",
    )

    def __init__(self, client: ApiClient) -> None:
        self._client = client
        self._detailed: GatheringsApiDetailed | None = None

    @property
    def detailed(self) -> "GatheringsApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = GatheringsApiDetailed(self._client)
        return self._detailed

    async def list_gatherings(
        self,
        project_id: str,
        *,
        type_: ListGatheringsType | Unset = UNSET,
        status: ListGatheringsStatus | Unset = UNSET,
        listed: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> list[GatheringResponse]:
        """List gatherings of a project

        `GET /api/projects/{project_id}/gatherings`

        Args:
            project_id (str):
            type_ (ListGatheringsType | Unset):
            status (ListGatheringsStatus | Unset):
            listed (bool | Unset):
            limit (int | Unset):
            offset (int | Unset):

        Returns:
            list[GatheringResponse]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_gatherings.asyncio_detailed(
            project_id=project_id,
            type_=type_,
            status=status,
            listed=listed,
            limit=limit,
            offset=offset,
            client=self._client,
        )
        return cast("list[GatheringResponse]", _bind(response.parsed, self._client, project_id))

    async def iter_gatherings(
        self,
        project_id: str,
        *,
        page_size: int = 100,
        type_: ListGatheringsType | Unset = UNSET,
        status: ListGatheringsStatus | Unset = UNSET,
        listed: bool | Unset = UNSET,
    ) -> AsyncIterator[GatheringResponse]:
        """Every item of `list_gatherings`, page after page (`page_size` items per request).

        A short page is the last. Items already yielded (same `id`) are skipped, and a page that
        brings no new one ends the iteration: a server that ignores `offset` cannot loop it.
        """
        offset = 0
        seen: set[Any] = set()
        while True:
            page = await self.list_gatherings(
                project_id=project_id,
                limit=page_size,
                offset=offset,
                type_=type_,
                status=status,
                listed=listed,
            )
            items = page
            fresh = 0
            for item in items:
                key = getattr(item, "id", None)
                if key is not None and not isinstance(key, Unset):
                    if key in seen:
                        continue
                    seen.add(key)
                fresh += 1
                yield item
            if not fresh:
                return
            offset += len(items)
            if len(items) < page_size:
                return

    async def create_gathering(
        self,
        project_id: str,
        *,
        body: CreateGatheringRequest,
    ) -> GatheringResponse:
        """Create a gathering

        `POST /api/projects/{project_id}/gatherings`

        Args:
            project_id (str):
            body (CreateGatheringRequest): Payload for creating a gathering.

        Returns:
            GatheringResponse

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
        response = await _create_gathering.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        return cast("GatheringResponse", _bind(response.parsed, self._client, project_id))

    async def get_gathering(
        self,
        project_id: str,
        gathering_id: str,
    ) -> GatheringResponse:
        """Get one gathering (with members)

        `GET /api/projects/{project_id}/gatherings/{gathering_id}`

        Args:
            project_id (str):
            gathering_id (str):

        Returns:
            GatheringResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_gathering.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        return cast("GatheringResponse", _bind(response.parsed, self._client, project_id))

    async def delete_gathering(
        self,
        project_id: str,
        gathering_id: str,
    ) -> None:
        """Delete a gathering

        `DELETE /api/projects/{project_id}/gatherings/{gathering_id}`

        Args:
            project_id (str):
            gathering_id (str):

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
        response = await _delete_gathering.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        return cast("None", response.parsed)

    async def update_gathering(
        self,
        project_id: str,
        gathering_id: str,
        *,
        body: UpdateGatheringRequest,
    ) -> GatheringResponse:
        """Update a gathering

        `PATCH /api/projects/{project_id}/gatherings/{gathering_id}`

        Args:
            project_id (str):
            gathering_id (str):
            body (UpdateGatheringRequest): Partial update of a gathering; every field is optional.

        Returns:
            GatheringResponse

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
        response = await _update_gathering.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            body=body,
            client=self._client,
        )
        return cast("GatheringResponse", _bind(response.parsed, self._client, project_id))

    async def start_gathering(
        self,
        project_id: str,
        gathering_id: str,
        *,
        body: StartGatheringRequest | Unset = UNSET,
    ) -> GatheringResponse:
        """Start a gathering (optionally its session)

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/start`

        Args:
            project_id (str):
            gathering_id (str):
            body (StartGatheringRequest | Unset): Optional body of starting a gathering.

        Returns:
            GatheringResponse

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
        response = await _start_gathering.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            body=body,
            client=self._client,
        )
        return cast("GatheringResponse", _bind(response.parsed, self._client, project_id))

    async def end_gathering(
        self,
        project_id: str,
        gathering_id: str,
    ) -> GatheringResponse:
        """End a gathering

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/end`

        Args:
            project_id (str):
            gathering_id (str):

        Returns:
            GatheringResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _end_gathering.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        return cast("GatheringResponse", _bind(response.parsed, self._client, project_id))

    async def cancel_gathering(
        self,
        project_id: str,
        gathering_id: str,
    ) -> GatheringResponse:
        """Cancel a gathering

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/cancel`

        Args:
            project_id (str):
            gathering_id (str):

        Returns:
            GatheringResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _cancel_gathering.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        return cast("GatheringResponse", _bind(response.parsed, self._client, project_id))

    async def join_gathering_by_code(
        self,
        project_id: str,
        *,
        body: JoinByCodeRequest,
    ) -> JoinGatheringResponse:
        """Join a gathering by join code

        `POST /api/projects/{project_id}/gatherings/join`

        Args:
            project_id (str):
            body (JoinByCodeRequest): Join a gathering with its join code (case-insensitive, hyphens
                optional).

        Returns:
            JoinGatheringResponse

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
        response = await _join_gathering_by_code.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        return cast("JoinGatheringResponse", _bind(response.parsed, self._client, project_id))

    async def list_gathering_members(
        self,
        project_id: str,
        gathering_id: str,
    ) -> list[GatheringMember]:
        """List members

        `GET /api/projects/{project_id}/gatherings/{gathering_id}/members`

        Args:
            project_id (str):
            gathering_id (str):

        Returns:
            list[GatheringMember]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_gathering_members.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        return cast("list[GatheringMember]", _bind(response.parsed, self._client, project_id))

    async def add_gathering_member(
        self,
        project_id: str,
        gathering_id: str,
        *,
        body: AddMemberRequest,
    ) -> GatheringMember:
        """Add a member

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/members`

        Args:
            project_id (str):
            gathering_id (str):
            body (AddMemberRequest): Add a participant to a gathering.

        Returns:
            GatheringMember

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
        response = await _add_gathering_member.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            body=body,
            client=self._client,
        )
        return cast("GatheringMember", _bind(response.parsed, self._client, project_id))

    async def remove_gathering_member(
        self,
        project_id: str,
        gathering_id: str,
        participant_id: str,
    ) -> None:
        """Remove a member

        `DELETE /api/projects/{project_id}/gatherings/{gathering_id}/members/{participant_id}`

        Args:
            project_id (str):
            gathering_id (str):
            participant_id (str):

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
        response = await _remove_gathering_member.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            participant_id=participant_id,
            client=self._client,
        )
        return cast("None", response.parsed)

    async def update_gathering_member(
        self,
        project_id: str,
        gathering_id: str,
        participant_id: str,
        *,
        body: UpdateMemberRequest,
    ) -> GatheringMember:
        """Update a member (e.g. mark ready)

        `PATCH /api/projects/{project_id}/gatherings/{gathering_id}/members/{participant_id}`

        Args:
            project_id (str):
            gathering_id (str):
            participant_id (str):
            body (UpdateMemberRequest): Change a member's state, e.g. mark ready.

        Returns:
            GatheringMember

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
        response = await _update_gathering_member.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            participant_id=participant_id,
            body=body,
            client=self._client,
        )
        return cast("GatheringMember", _bind(response.parsed, self._client, project_id))

    async def leave_gathering(
        self,
        project_id: str,
        gathering_id: str,
        *,
        body: LeaveGatheringRequest,
    ) -> GatheringMember:
        """Leave a gathering

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/leave`

        Args:
            project_id (str):
            gathering_id (str):
            body (LeaveGatheringRequest): Body of leaving a gathering.

        Returns:
            GatheringMember

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
        response = await _leave_gathering.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            body=body,
            client=self._client,
        )
        return cast("GatheringMember", _bind(response.parsed, self._client, project_id))

    async def list_gathering_invitations(
        self,
        project_id: str,
        gathering_id: str,
    ) -> list[GatheringInvitation]:
        """List invitations

        `GET /api/projects/{project_id}/gatherings/{gathering_id}/invitations`

        Args:
            project_id (str):
            gathering_id (str):

        Returns:
            list[GatheringInvitation]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_gathering_invitations.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        return cast("list[GatheringInvitation]", _bind(response.parsed, self._client, project_id))

    async def send_gathering_invitations(
        self,
        project_id: str,
        gathering_id: str,
        *,
        body: SendInvitationsRequest,
    ) -> list[GatheringInvitation]:
        """Send invitations

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/invitations`

        Args:
            project_id (str):
            gathering_id (str):
            body (SendInvitationsRequest): Invite participants to a gathering (they get an email, with
                .ics for appointments).

        Returns:
            list[GatheringInvitation]

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
        response = await _send_gathering_invitations.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            body=body,
            client=self._client,
        )
        return cast("list[GatheringInvitation]", _bind(response.parsed, self._client, project_id))

    async def revoke_gathering_invitation(
        self,
        project_id: str,
        gathering_id: str,
        invitation_id: str,
    ) -> None:
        """Revoke an invitation

        `DELETE /api/projects/{project_id}/gatherings/{gathering_id}/invitations/{invitation_id}`

        Args:
            project_id (str):
            gathering_id (str):
            invitation_id (str):

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
        response = await _revoke_gathering_invitation.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            invitation_id=invitation_id,
            client=self._client,
        )
        return cast("None", response.parsed)

    async def accept_gathering_invitation(
        self,
        project_id: str,
        invitation_id: str,
        *,
        body: AcceptInvitationRequest,
    ) -> JoinGatheringResponse:
        """Accept an invitation

        `POST /api/projects/{project_id}/gatherings/invitations/{invitation_id}/accept`

        Args:
            project_id (str):
            invitation_id (str):
            body (AcceptInvitationRequest): Body of accepting an invitation.

        Returns:
            JoinGatheringResponse

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
        response = await _accept_gathering_invitation.asyncio_detailed(
            project_id=project_id,
            invitation_id=invitation_id,
            body=body,
            client=self._client,
        )
        return cast("JoinGatheringResponse", _bind(response.parsed, self._client, project_id))

    async def decline_gathering_invitation(
        self,
        project_id: str,
        invitation_id: str,
        *,
        body: DeclineInvitationRequest,
    ) -> GatheringInvitation:
        """Decline an invitation

        `POST /api/projects/{project_id}/gatherings/invitations/{invitation_id}/decline`

        Args:
            project_id (str):
            invitation_id (str):
            body (DeclineInvitationRequest): Body for declining an invitation.

        Returns:
            GatheringInvitation

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
        response = await _decline_gathering_invitation.asyncio_detailed(
            project_id=project_id,
            invitation_id=invitation_id,
            body=body,
            client=self._client,
        )
        return cast("GatheringInvitation", _bind(response.parsed, self._client, project_id))


class GatheringsApiDetailed:
    """Detailed responses (status, headers, parsed) for `gatherings`."""

    __slots__ = ("_client",)

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    async def list_gatherings(
        self,
        project_id: str,
        *,
        type_: ListGatheringsType | Unset = UNSET,
        status: ListGatheringsStatus | Unset = UNSET,
        listed: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> Response[list[GatheringResponse]]:
        """List gatherings of a project

        `GET /api/projects/{project_id}/gatherings`

        Args:
            project_id (str):
            type_ (ListGatheringsType | Unset):
            status (ListGatheringsStatus | Unset):
            listed (bool | Unset):
            limit (int | Unset):
            offset (int | Unset):

        Returns:
            Response[list[GatheringResponse]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_gatherings.asyncio_detailed(
            project_id=project_id,
            type_=type_,
            status=status,
            listed=listed,
            limit=limit,
            offset=offset,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[list[GatheringResponse]]", response)

    async def create_gathering(
        self,
        project_id: str,
        *,
        body: CreateGatheringRequest,
    ) -> Response[GatheringResponse]:
        """Create a gathering

        `POST /api/projects/{project_id}/gatherings`

        Args:
            project_id (str):
            body (CreateGatheringRequest): Payload for creating a gathering.

        Returns:
            Response[GatheringResponse]: status, headers, content and the parsed body.

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
        response = await _create_gathering.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[GatheringResponse]", response)

    async def get_gathering(
        self,
        project_id: str,
        gathering_id: str,
    ) -> Response[GatheringResponse]:
        """Get one gathering (with members)

        `GET /api/projects/{project_id}/gatherings/{gathering_id}`

        Args:
            project_id (str):
            gathering_id (str):

        Returns:
            Response[GatheringResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_gathering.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[GatheringResponse]", response)

    async def delete_gathering(
        self,
        project_id: str,
        gathering_id: str,
    ) -> Response[None]:
        """Delete a gathering

        `DELETE /api/projects/{project_id}/gatherings/{gathering_id}`

        Args:
            project_id (str):
            gathering_id (str):

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
        response = await _delete_gathering.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        return cast("Response[None]", response)

    async def update_gathering(
        self,
        project_id: str,
        gathering_id: str,
        *,
        body: UpdateGatheringRequest,
    ) -> Response[GatheringResponse]:
        """Update a gathering

        `PATCH /api/projects/{project_id}/gatherings/{gathering_id}`

        Args:
            project_id (str):
            gathering_id (str):
            body (UpdateGatheringRequest): Partial update of a gathering; every field is optional.

        Returns:
            Response[GatheringResponse]: status, headers, content and the parsed body.

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
        response = await _update_gathering.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[GatheringResponse]", response)

    async def start_gathering(
        self,
        project_id: str,
        gathering_id: str,
        *,
        body: StartGatheringRequest | Unset = UNSET,
    ) -> Response[GatheringResponse]:
        """Start a gathering (optionally its session)

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/start`

        Args:
            project_id (str):
            gathering_id (str):
            body (StartGatheringRequest | Unset): Optional body of starting a gathering.

        Returns:
            Response[GatheringResponse]: status, headers, content and the parsed body.

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
        response = await _start_gathering.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[GatheringResponse]", response)

    async def end_gathering(
        self,
        project_id: str,
        gathering_id: str,
    ) -> Response[GatheringResponse]:
        """End a gathering

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/end`

        Args:
            project_id (str):
            gathering_id (str):

        Returns:
            Response[GatheringResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _end_gathering.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[GatheringResponse]", response)

    async def cancel_gathering(
        self,
        project_id: str,
        gathering_id: str,
    ) -> Response[GatheringResponse]:
        """Cancel a gathering

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/cancel`

        Args:
            project_id (str):
            gathering_id (str):

        Returns:
            Response[GatheringResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _cancel_gathering.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[GatheringResponse]", response)

    async def join_gathering_by_code(
        self,
        project_id: str,
        *,
        body: JoinByCodeRequest,
    ) -> Response[JoinGatheringResponse]:
        """Join a gathering by join code

        `POST /api/projects/{project_id}/gatherings/join`

        Args:
            project_id (str):
            body (JoinByCodeRequest): Join a gathering with its join code (case-insensitive, hyphens
                optional).

        Returns:
            Response[JoinGatheringResponse]: status, headers, content and the parsed body.

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
        response = await _join_gathering_by_code.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[JoinGatheringResponse]", response)

    async def list_gathering_members(
        self,
        project_id: str,
        gathering_id: str,
    ) -> Response[list[GatheringMember]]:
        """List members

        `GET /api/projects/{project_id}/gatherings/{gathering_id}/members`

        Args:
            project_id (str):
            gathering_id (str):

        Returns:
            Response[list[GatheringMember]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_gathering_members.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[list[GatheringMember]]", response)

    async def add_gathering_member(
        self,
        project_id: str,
        gathering_id: str,
        *,
        body: AddMemberRequest,
    ) -> Response[GatheringMember]:
        """Add a member

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/members`

        Args:
            project_id (str):
            gathering_id (str):
            body (AddMemberRequest): Add a participant to a gathering.

        Returns:
            Response[GatheringMember]: status, headers, content and the parsed body.

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
        response = await _add_gathering_member.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[GatheringMember]", response)

    async def remove_gathering_member(
        self,
        project_id: str,
        gathering_id: str,
        participant_id: str,
    ) -> Response[None]:
        """Remove a member

        `DELETE /api/projects/{project_id}/gatherings/{gathering_id}/members/{participant_id}`

        Args:
            project_id (str):
            gathering_id (str):
            participant_id (str):

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
        response = await _remove_gathering_member.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            participant_id=participant_id,
            client=self._client,
        )
        return cast("Response[None]", response)

    async def update_gathering_member(
        self,
        project_id: str,
        gathering_id: str,
        participant_id: str,
        *,
        body: UpdateMemberRequest,
    ) -> Response[GatheringMember]:
        """Update a member (e.g. mark ready)

        `PATCH /api/projects/{project_id}/gatherings/{gathering_id}/members/{participant_id}`

        Args:
            project_id (str):
            gathering_id (str):
            participant_id (str):
            body (UpdateMemberRequest): Change a member's state, e.g. mark ready.

        Returns:
            Response[GatheringMember]: status, headers, content and the parsed body.

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
        response = await _update_gathering_member.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            participant_id=participant_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[GatheringMember]", response)

    async def leave_gathering(
        self,
        project_id: str,
        gathering_id: str,
        *,
        body: LeaveGatheringRequest,
    ) -> Response[GatheringMember]:
        """Leave a gathering

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/leave`

        Args:
            project_id (str):
            gathering_id (str):
            body (LeaveGatheringRequest): Body of leaving a gathering.

        Returns:
            Response[GatheringMember]: status, headers, content and the parsed body.

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
        response = await _leave_gathering.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[GatheringMember]", response)

    async def list_gathering_invitations(
        self,
        project_id: str,
        gathering_id: str,
    ) -> Response[list[GatheringInvitation]]:
        """List invitations

        `GET /api/projects/{project_id}/gatherings/{gathering_id}/invitations`

        Args:
            project_id (str):
            gathering_id (str):

        Returns:
            Response[list[GatheringInvitation]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_gathering_invitations.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[list[GatheringInvitation]]", response)

    async def send_gathering_invitations(
        self,
        project_id: str,
        gathering_id: str,
        *,
        body: SendInvitationsRequest,
    ) -> Response[list[GatheringInvitation]]:
        """Send invitations

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/invitations`

        Args:
            project_id (str):
            gathering_id (str):
            body (SendInvitationsRequest): Invite participants to a gathering (they get an email, with
                .ics for appointments).

        Returns:
            Response[list[GatheringInvitation]]: status, headers, content and the parsed body.

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
        response = await _send_gathering_invitations.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[list[GatheringInvitation]]", response)

    async def revoke_gathering_invitation(
        self,
        project_id: str,
        gathering_id: str,
        invitation_id: str,
    ) -> Response[None]:
        """Revoke an invitation

        `DELETE /api/projects/{project_id}/gatherings/{gathering_id}/invitations/{invitation_id}`

        Args:
            project_id (str):
            gathering_id (str):
            invitation_id (str):

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
        response = await _revoke_gathering_invitation.asyncio_detailed(
            project_id=project_id,
            gathering_id=gathering_id,
            invitation_id=invitation_id,
            client=self._client,
        )
        return cast("Response[None]", response)

    async def accept_gathering_invitation(
        self,
        project_id: str,
        invitation_id: str,
        *,
        body: AcceptInvitationRequest,
    ) -> Response[JoinGatheringResponse]:
        """Accept an invitation

        `POST /api/projects/{project_id}/gatherings/invitations/{invitation_id}/accept`

        Args:
            project_id (str):
            invitation_id (str):
            body (AcceptInvitationRequest): Body of accepting an invitation.

        Returns:
            Response[JoinGatheringResponse]: status, headers, content and the parsed body.

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
        response = await _accept_gathering_invitation.asyncio_detailed(
            project_id=project_id,
            invitation_id=invitation_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[JoinGatheringResponse]", response)

    async def decline_gathering_invitation(
        self,
        project_id: str,
        invitation_id: str,
        *,
        body: DeclineInvitationRequest,
    ) -> Response[GatheringInvitation]:
        """Decline an invitation

        `POST /api/projects/{project_id}/gatherings/invitations/{invitation_id}/decline`

        Args:
            project_id (str):
            invitation_id (str):
            body (DeclineInvitationRequest): Body for declining an invitation.

        Returns:
            Response[GatheringInvitation]: status, headers, content and the parsed body.

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
        response = await _decline_gathering_invitation.asyncio_detailed(
            project_id=project_id,
            invitation_id=invitation_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[GatheringInvitation]", response)


class ProjectGatheringsApi:
    """Operations tagged `gatherings`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
        "_detailed",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id
        self._detailed: ProjectGatheringsApiDetailed | None = None

    @property
    def detailed(self) -> "ProjectGatheringsApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = ProjectGatheringsApiDetailed(self._client, self._project_id)
        return self._detailed

    @overload
    def watch(
        self, doc_id: None = None, *, idle_timeout: float | None = None
    ) -> "CollectionWatch[_watch_models.GatheringResponse]": ...
    @overload
    def watch(
        self, doc_id: str, *, idle_timeout: float | None = None
    ) -> "DocumentWatch[_watch_models.GatheringResponse]": ...
    def watch(
        self, doc_id: str | None = None, *, idle_timeout: float | None = None
    ) -> "CollectionWatch[_watch_models.GatheringResponse] | DocumentWatch[_watch_models.GatheringResponse]":
        """Live view of the project's `gatherings` (or of one document by id), kept in sync.

        The first snapshot holds what `list_gatherings` returns (one document: `get_gathering`);
        events `gathering.*` keep it current. `idle_timeout` (seconds, 0 = off) defaults
        to the client's. Use as `async with` / `async for`, or with `on_snapshot`.
        """
        return _open_watch(
            self._client,
            WATCHABLE["gatherings"],
            self._project_id,
            doc_id=doc_id,
            idle_timeout=idle_timeout,
        )

    def watch_members(
        self, gathering_id: str, *, idle_timeout: float | None = None
    ) -> "CollectionWatch[_watch_models.GatheringMember]":
        """Live view of the `members` of one `gatherings` document, kept in sync.

        The first snapshot holds what `list_gathering_members` returns; events `gathering.member.*` keep it
        current. `idle_timeout` (seconds, 0 = off) defaults to the client's.
        """
        return _open_watch(
            self._client,
            WATCHABLE["members"],
            self._project_id,
            parent_id=gathering_id,
            idle_timeout=idle_timeout,
        )

    def watch_invitations(
        self, gathering_id: str, *, idle_timeout: float | None = None
    ) -> "CollectionWatch[_watch_models.GatheringInvitation]":
        """Live view of the `invitations` of one `gatherings` document, kept in sync.

        The first snapshot holds what `list_gathering_invitations` returns; events `gathering.invitation.*` keep it
        current. `idle_timeout` (seconds, 0 = off) defaults to the client's.
        """
        return _open_watch(
            self._client,
            WATCHABLE["invitations"],
            self._project_id,
            parent_id=gathering_id,
            idle_timeout=idle_timeout,
        )

    async def list_gatherings(
        self,
        *,
        type_: ListGatheringsType | Unset = UNSET,
        status: ListGatheringsStatus | Unset = UNSET,
        listed: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> list[GatheringResponse]:
        """List gatherings of a project

        `GET /api/projects/{project_id}/gatherings`

        Args:
            type_ (ListGatheringsType | Unset):
            status (ListGatheringsStatus | Unset):
            listed (bool | Unset):
            limit (int | Unset):
            offset (int | Unset):

        Returns:
            list[GatheringResponse]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_gatherings.asyncio_detailed(
            project_id=self._project_id,
            type_=type_,
            status=status,
            listed=listed,
            limit=limit,
            offset=offset,
            client=self._client,
        )
        return cast(
            "list[GatheringResponse]", _bind(response.parsed, self._client, self._project_id)
        )

    async def iter_gatherings(
        self,
        *,
        page_size: int = 100,
        type_: ListGatheringsType | Unset = UNSET,
        status: ListGatheringsStatus | Unset = UNSET,
        listed: bool | Unset = UNSET,
    ) -> AsyncIterator[GatheringResponse]:
        """Every item of `list_gatherings`, page after page (`page_size` items per request).

        A short page is the last. Items already yielded (same `id`) are skipped, and a page that
        brings no new one ends the iteration: a server that ignores `offset` cannot loop it.
        """
        offset = 0
        seen: set[Any] = set()
        while True:
            page = await self.list_gatherings(
                limit=page_size,
                offset=offset,
                type_=type_,
                status=status,
                listed=listed,
            )
            items = page
            fresh = 0
            for item in items:
                key = getattr(item, "id", None)
                if key is not None and not isinstance(key, Unset):
                    if key in seen:
                        continue
                    seen.add(key)
                fresh += 1
                yield item
            if not fresh:
                return
            offset += len(items)
            if len(items) < page_size:
                return

    async def create_gathering(
        self,
        *,
        body: CreateGatheringRequest,
    ) -> GatheringResponse:
        """Create a gathering

        `POST /api/projects/{project_id}/gatherings`

        Args:
            body (CreateGatheringRequest): Payload for creating a gathering.

        Returns:
            GatheringResponse

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
        response = await _create_gathering.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        return cast("GatheringResponse", _bind(response.parsed, self._client, self._project_id))

    async def get_gathering(
        self,
        gathering_id: str,
    ) -> GatheringResponse:
        """Get one gathering (with members)

        `GET /api/projects/{project_id}/gatherings/{gathering_id}`

        Args:
            gathering_id (str):

        Returns:
            GatheringResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_gathering.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        return cast("GatheringResponse", _bind(response.parsed, self._client, self._project_id))

    async def delete_gathering(
        self,
        gathering_id: str,
    ) -> None:
        """Delete a gathering

        `DELETE /api/projects/{project_id}/gatherings/{gathering_id}`

        Args:
            gathering_id (str):

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
        response = await _delete_gathering.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        return cast("None", response.parsed)

    async def update_gathering(
        self,
        gathering_id: str,
        *,
        body: UpdateGatheringRequest,
    ) -> GatheringResponse:
        """Update a gathering

        `PATCH /api/projects/{project_id}/gatherings/{gathering_id}`

        Args:
            gathering_id (str):
            body (UpdateGatheringRequest): Partial update of a gathering; every field is optional.

        Returns:
            GatheringResponse

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
        response = await _update_gathering.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            body=body,
            client=self._client,
        )
        return cast("GatheringResponse", _bind(response.parsed, self._client, self._project_id))

    async def start_gathering(
        self,
        gathering_id: str,
        *,
        body: StartGatheringRequest | Unset = UNSET,
    ) -> GatheringResponse:
        """Start a gathering (optionally its session)

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/start`

        Args:
            gathering_id (str):
            body (StartGatheringRequest | Unset): Optional body of starting a gathering.

        Returns:
            GatheringResponse

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
        response = await _start_gathering.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            body=body,
            client=self._client,
        )
        return cast("GatheringResponse", _bind(response.parsed, self._client, self._project_id))

    async def end_gathering(
        self,
        gathering_id: str,
    ) -> GatheringResponse:
        """End a gathering

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/end`

        Args:
            gathering_id (str):

        Returns:
            GatheringResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _end_gathering.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        return cast("GatheringResponse", _bind(response.parsed, self._client, self._project_id))

    async def cancel_gathering(
        self,
        gathering_id: str,
    ) -> GatheringResponse:
        """Cancel a gathering

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/cancel`

        Args:
            gathering_id (str):

        Returns:
            GatheringResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _cancel_gathering.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        return cast("GatheringResponse", _bind(response.parsed, self._client, self._project_id))

    async def join_gathering_by_code(
        self,
        *,
        body: JoinByCodeRequest,
    ) -> JoinGatheringResponse:
        """Join a gathering by join code

        `POST /api/projects/{project_id}/gatherings/join`

        Args:
            body (JoinByCodeRequest): Join a gathering with its join code (case-insensitive, hyphens
                optional).

        Returns:
            JoinGatheringResponse

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
        response = await _join_gathering_by_code.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        return cast("JoinGatheringResponse", _bind(response.parsed, self._client, self._project_id))

    async def list_gathering_members(
        self,
        gathering_id: str,
    ) -> list[GatheringMember]:
        """List members

        `GET /api/projects/{project_id}/gatherings/{gathering_id}/members`

        Args:
            gathering_id (str):

        Returns:
            list[GatheringMember]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_gathering_members.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        return cast("list[GatheringMember]", _bind(response.parsed, self._client, self._project_id))

    async def add_gathering_member(
        self,
        gathering_id: str,
        *,
        body: AddMemberRequest,
    ) -> GatheringMember:
        """Add a member

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/members`

        Args:
            gathering_id (str):
            body (AddMemberRequest): Add a participant to a gathering.

        Returns:
            GatheringMember

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
        response = await _add_gathering_member.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            body=body,
            client=self._client,
        )
        return cast("GatheringMember", _bind(response.parsed, self._client, self._project_id))

    async def remove_gathering_member(
        self,
        gathering_id: str,
        participant_id: str,
    ) -> None:
        """Remove a member

        `DELETE /api/projects/{project_id}/gatherings/{gathering_id}/members/{participant_id}`

        Args:
            gathering_id (str):
            participant_id (str):

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
        response = await _remove_gathering_member.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            participant_id=participant_id,
            client=self._client,
        )
        return cast("None", response.parsed)

    async def update_gathering_member(
        self,
        gathering_id: str,
        participant_id: str,
        *,
        body: UpdateMemberRequest,
    ) -> GatheringMember:
        """Update a member (e.g. mark ready)

        `PATCH /api/projects/{project_id}/gatherings/{gathering_id}/members/{participant_id}`

        Args:
            gathering_id (str):
            participant_id (str):
            body (UpdateMemberRequest): Change a member's state, e.g. mark ready.

        Returns:
            GatheringMember

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
        response = await _update_gathering_member.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            participant_id=participant_id,
            body=body,
            client=self._client,
        )
        return cast("GatheringMember", _bind(response.parsed, self._client, self._project_id))

    async def leave_gathering(
        self,
        gathering_id: str,
        *,
        body: LeaveGatheringRequest,
    ) -> GatheringMember:
        """Leave a gathering

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/leave`

        Args:
            gathering_id (str):
            body (LeaveGatheringRequest): Body of leaving a gathering.

        Returns:
            GatheringMember

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
        response = await _leave_gathering.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            body=body,
            client=self._client,
        )
        return cast("GatheringMember", _bind(response.parsed, self._client, self._project_id))

    async def list_gathering_invitations(
        self,
        gathering_id: str,
    ) -> list[GatheringInvitation]:
        """List invitations

        `GET /api/projects/{project_id}/gatherings/{gathering_id}/invitations`

        Args:
            gathering_id (str):

        Returns:
            list[GatheringInvitation]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_gathering_invitations.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        return cast(
            "list[GatheringInvitation]", _bind(response.parsed, self._client, self._project_id)
        )

    async def send_gathering_invitations(
        self,
        gathering_id: str,
        *,
        body: SendInvitationsRequest,
    ) -> list[GatheringInvitation]:
        """Send invitations

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/invitations`

        Args:
            gathering_id (str):
            body (SendInvitationsRequest): Invite participants to a gathering (they get an email, with
                .ics for appointments).

        Returns:
            list[GatheringInvitation]

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
        response = await _send_gathering_invitations.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            body=body,
            client=self._client,
        )
        return cast(
            "list[GatheringInvitation]", _bind(response.parsed, self._client, self._project_id)
        )

    async def revoke_gathering_invitation(
        self,
        gathering_id: str,
        invitation_id: str,
    ) -> None:
        """Revoke an invitation

        `DELETE /api/projects/{project_id}/gatherings/{gathering_id}/invitations/{invitation_id}`

        Args:
            gathering_id (str):
            invitation_id (str):

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
        response = await _revoke_gathering_invitation.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            invitation_id=invitation_id,
            client=self._client,
        )
        return cast("None", response.parsed)

    async def accept_gathering_invitation(
        self,
        invitation_id: str,
        *,
        body: AcceptInvitationRequest,
    ) -> JoinGatheringResponse:
        """Accept an invitation

        `POST /api/projects/{project_id}/gatherings/invitations/{invitation_id}/accept`

        Args:
            invitation_id (str):
            body (AcceptInvitationRequest): Body of accepting an invitation.

        Returns:
            JoinGatheringResponse

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
        response = await _accept_gathering_invitation.asyncio_detailed(
            project_id=self._project_id,
            invitation_id=invitation_id,
            body=body,
            client=self._client,
        )
        return cast("JoinGatheringResponse", _bind(response.parsed, self._client, self._project_id))

    async def decline_gathering_invitation(
        self,
        invitation_id: str,
        *,
        body: DeclineInvitationRequest,
    ) -> GatheringInvitation:
        """Decline an invitation

        `POST /api/projects/{project_id}/gatherings/invitations/{invitation_id}/decline`

        Args:
            invitation_id (str):
            body (DeclineInvitationRequest): Body for declining an invitation.

        Returns:
            GatheringInvitation

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
        response = await _decline_gathering_invitation.asyncio_detailed(
            project_id=self._project_id,
            invitation_id=invitation_id,
            body=body,
            client=self._client,
        )
        return cast("GatheringInvitation", _bind(response.parsed, self._client, self._project_id))


class ProjectGatheringsApiDetailed:
    """Detailed responses (status, headers, parsed) for `gatherings`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id

    async def list_gatherings(
        self,
        *,
        type_: ListGatheringsType | Unset = UNSET,
        status: ListGatheringsStatus | Unset = UNSET,
        listed: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> Response[list[GatheringResponse]]:
        """List gatherings of a project

        `GET /api/projects/{project_id}/gatherings`

        Args:
            type_ (ListGatheringsType | Unset):
            status (ListGatheringsStatus | Unset):
            listed (bool | Unset):
            limit (int | Unset):
            offset (int | Unset):

        Returns:
            Response[list[GatheringResponse]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_gatherings.asyncio_detailed(
            project_id=self._project_id,
            type_=type_,
            status=status,
            listed=listed,
            limit=limit,
            offset=offset,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[list[GatheringResponse]]", response)

    async def create_gathering(
        self,
        *,
        body: CreateGatheringRequest,
    ) -> Response[GatheringResponse]:
        """Create a gathering

        `POST /api/projects/{project_id}/gatherings`

        Args:
            body (CreateGatheringRequest): Payload for creating a gathering.

        Returns:
            Response[GatheringResponse]: status, headers, content and the parsed body.

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
        response = await _create_gathering.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[GatheringResponse]", response)

    async def get_gathering(
        self,
        gathering_id: str,
    ) -> Response[GatheringResponse]:
        """Get one gathering (with members)

        `GET /api/projects/{project_id}/gatherings/{gathering_id}`

        Args:
            gathering_id (str):

        Returns:
            Response[GatheringResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_gathering.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[GatheringResponse]", response)

    async def delete_gathering(
        self,
        gathering_id: str,
    ) -> Response[None]:
        """Delete a gathering

        `DELETE /api/projects/{project_id}/gatherings/{gathering_id}`

        Args:
            gathering_id (str):

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
        response = await _delete_gathering.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        return cast("Response[None]", response)

    async def update_gathering(
        self,
        gathering_id: str,
        *,
        body: UpdateGatheringRequest,
    ) -> Response[GatheringResponse]:
        """Update a gathering

        `PATCH /api/projects/{project_id}/gatherings/{gathering_id}`

        Args:
            gathering_id (str):
            body (UpdateGatheringRequest): Partial update of a gathering; every field is optional.

        Returns:
            Response[GatheringResponse]: status, headers, content and the parsed body.

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
        response = await _update_gathering.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[GatheringResponse]", response)

    async def start_gathering(
        self,
        gathering_id: str,
        *,
        body: StartGatheringRequest | Unset = UNSET,
    ) -> Response[GatheringResponse]:
        """Start a gathering (optionally its session)

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/start`

        Args:
            gathering_id (str):
            body (StartGatheringRequest | Unset): Optional body of starting a gathering.

        Returns:
            Response[GatheringResponse]: status, headers, content and the parsed body.

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
        response = await _start_gathering.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[GatheringResponse]", response)

    async def end_gathering(
        self,
        gathering_id: str,
    ) -> Response[GatheringResponse]:
        """End a gathering

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/end`

        Args:
            gathering_id (str):

        Returns:
            Response[GatheringResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _end_gathering.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[GatheringResponse]", response)

    async def cancel_gathering(
        self,
        gathering_id: str,
    ) -> Response[GatheringResponse]:
        """Cancel a gathering

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/cancel`

        Args:
            gathering_id (str):

        Returns:
            Response[GatheringResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _cancel_gathering.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[GatheringResponse]", response)

    async def join_gathering_by_code(
        self,
        *,
        body: JoinByCodeRequest,
    ) -> Response[JoinGatheringResponse]:
        """Join a gathering by join code

        `POST /api/projects/{project_id}/gatherings/join`

        Args:
            body (JoinByCodeRequest): Join a gathering with its join code (case-insensitive, hyphens
                optional).

        Returns:
            Response[JoinGatheringResponse]: status, headers, content and the parsed body.

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
        response = await _join_gathering_by_code.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[JoinGatheringResponse]", response)

    async def list_gathering_members(
        self,
        gathering_id: str,
    ) -> Response[list[GatheringMember]]:
        """List members

        `GET /api/projects/{project_id}/gatherings/{gathering_id}/members`

        Args:
            gathering_id (str):

        Returns:
            Response[list[GatheringMember]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_gathering_members.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[list[GatheringMember]]", response)

    async def add_gathering_member(
        self,
        gathering_id: str,
        *,
        body: AddMemberRequest,
    ) -> Response[GatheringMember]:
        """Add a member

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/members`

        Args:
            gathering_id (str):
            body (AddMemberRequest): Add a participant to a gathering.

        Returns:
            Response[GatheringMember]: status, headers, content and the parsed body.

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
        response = await _add_gathering_member.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[GatheringMember]", response)

    async def remove_gathering_member(
        self,
        gathering_id: str,
        participant_id: str,
    ) -> Response[None]:
        """Remove a member

        `DELETE /api/projects/{project_id}/gatherings/{gathering_id}/members/{participant_id}`

        Args:
            gathering_id (str):
            participant_id (str):

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
        response = await _remove_gathering_member.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            participant_id=participant_id,
            client=self._client,
        )
        return cast("Response[None]", response)

    async def update_gathering_member(
        self,
        gathering_id: str,
        participant_id: str,
        *,
        body: UpdateMemberRequest,
    ) -> Response[GatheringMember]:
        """Update a member (e.g. mark ready)

        `PATCH /api/projects/{project_id}/gatherings/{gathering_id}/members/{participant_id}`

        Args:
            gathering_id (str):
            participant_id (str):
            body (UpdateMemberRequest): Change a member's state, e.g. mark ready.

        Returns:
            Response[GatheringMember]: status, headers, content and the parsed body.

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
        response = await _update_gathering_member.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            participant_id=participant_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[GatheringMember]", response)

    async def leave_gathering(
        self,
        gathering_id: str,
        *,
        body: LeaveGatheringRequest,
    ) -> Response[GatheringMember]:
        """Leave a gathering

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/leave`

        Args:
            gathering_id (str):
            body (LeaveGatheringRequest): Body of leaving a gathering.

        Returns:
            Response[GatheringMember]: status, headers, content and the parsed body.

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
        response = await _leave_gathering.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[GatheringMember]", response)

    async def list_gathering_invitations(
        self,
        gathering_id: str,
    ) -> Response[list[GatheringInvitation]]:
        """List invitations

        `GET /api/projects/{project_id}/gatherings/{gathering_id}/invitations`

        Args:
            gathering_id (str):

        Returns:
            Response[list[GatheringInvitation]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_gathering_invitations.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[list[GatheringInvitation]]", response)

    async def send_gathering_invitations(
        self,
        gathering_id: str,
        *,
        body: SendInvitationsRequest,
    ) -> Response[list[GatheringInvitation]]:
        """Send invitations

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/invitations`

        Args:
            gathering_id (str):
            body (SendInvitationsRequest): Invite participants to a gathering (they get an email, with
                .ics for appointments).

        Returns:
            Response[list[GatheringInvitation]]: status, headers, content and the parsed body.

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
        response = await _send_gathering_invitations.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[list[GatheringInvitation]]", response)

    async def revoke_gathering_invitation(
        self,
        gathering_id: str,
        invitation_id: str,
    ) -> Response[None]:
        """Revoke an invitation

        `DELETE /api/projects/{project_id}/gatherings/{gathering_id}/invitations/{invitation_id}`

        Args:
            gathering_id (str):
            invitation_id (str):

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
        response = await _revoke_gathering_invitation.asyncio_detailed(
            project_id=self._project_id,
            gathering_id=gathering_id,
            invitation_id=invitation_id,
            client=self._client,
        )
        return cast("Response[None]", response)

    async def accept_gathering_invitation(
        self,
        invitation_id: str,
        *,
        body: AcceptInvitationRequest,
    ) -> Response[JoinGatheringResponse]:
        """Accept an invitation

        `POST /api/projects/{project_id}/gatherings/invitations/{invitation_id}/accept`

        Args:
            invitation_id (str):
            body (AcceptInvitationRequest): Body of accepting an invitation.

        Returns:
            Response[JoinGatheringResponse]: status, headers, content and the parsed body.

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
        response = await _accept_gathering_invitation.asyncio_detailed(
            project_id=self._project_id,
            invitation_id=invitation_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[JoinGatheringResponse]", response)

    async def decline_gathering_invitation(
        self,
        invitation_id: str,
        *,
        body: DeclineInvitationRequest,
    ) -> Response[GatheringInvitation]:
        """Decline an invitation

        `POST /api/projects/{project_id}/gatherings/invitations/{invitation_id}/decline`

        Args:
            invitation_id (str):
            body (DeclineInvitationRequest): Body for declining an invitation.

        Returns:
            Response[GatheringInvitation]: status, headers, content and the parsed body.

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
        response = await _decline_gathering_invitation.asyncio_detailed(
            project_id=self._project_id,
            invitation_id=invitation_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[GatheringInvitation]", response)


__all__ = [
    "GatheringsApi",
    "GatheringsApiDetailed",
    "ProjectGatheringsApi",
    "ProjectGatheringsApiDetailed",
]
