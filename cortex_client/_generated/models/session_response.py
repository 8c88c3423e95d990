from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..api import LiveObject
from ..api import scope_of as _scope_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..._watch import CollectionWatch, DocumentWatch
    from ..types import File
    from .message import Message


import datetime

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionResponse")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "tenantId",
        "externalRoomId",
        "projectId",
        "gateway",
        "title",
        "createdByUserId",
        "createdAt",
        "status",
        "idleTimeout",
    )
)


@_attrs_define
class SessionResponse(LiveObject):
    """A transcription session.

    Attributes:
        id (str): Session id Example: sess_789.
        tenant_id (str): Tenant id Example: tenant_456.
        external_room_id (str): ODIN room id Example: room_abc123.
        project_id (str): Project id Example: proj_123.
        gateway (str): ODIN gateway Example: gateway.odin.4players.io.
        title (str): Session title Example: Daily Standup.
        created_by_user_id (str): Dashboard user who created the session Example: user_123.
        created_at (datetime.datetime): When the session was created Example: 2023-10-01T10:00:00Z.
        status (str): Session status, for example active or ended Example: active.
        idle_timeout (int | Unset): Idle auto-stop in seconds; 0 or null means none Example: 300.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "tenantId",
            "externalRoomId",
            "projectId",
            "gateway",
            "title",
            "createdByUserId",
            "createdAt",
            "status",
        )
    )

    id: str
    tenant_id: str
    external_room_id: str
    project_id: str
    gateway: str
    title: str
    created_by_user_id: str
    created_at: datetime.datetime
    status: str
    idle_timeout: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tenant_id = self.tenant_id

        external_room_id = self.external_room_id

        project_id = self.project_id

        gateway = self.gateway

        title = self.title

        created_by_user_id = self.created_by_user_id

        created_at = self.created_at.isoformat()

        status = self.status

        idle_timeout = self.idle_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tenantId": tenant_id,
                "externalRoomId": external_room_id,
                "projectId": project_id,
                "gateway": gateway,
                "title": title,
                "createdByUserId": created_by_user_id,
                "createdAt": created_at,
                "status": status,
            }
        )
        if idle_timeout is not UNSET:
            field_dict["idleTimeout"] = idle_timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["createdAt"])

        session_response = cls(
            d["id"],
            d["tenantId"],
            d["externalRoomId"],
            d["projectId"],
            d["gateway"],
            d["title"],
            d["createdByUserId"],
            created_at,
            d["status"],
            d.get("idleTimeout", UNSET),
        )

        if len(d) > 9 + ("idleTimeout" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            session_response.additional_properties = unknown
        return session_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    async def refresh(
        self,
    ) -> SessionResponse:
        """Fetch this object again: a new object with the server's current state.

        `GET /api/projects/{project_id}/sessions/{session_id}`
        `get_session` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.sessions import ProjectSessionsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "refresh")
        return await ProjectSessionsApi(client, project_id).get_session(
            session_id=self.id,
        )

    async def delete(
        self,
    ) -> None:
        """Delete a session

        `DELETE /api/projects/{project_id}/sessions/{session_id}`
        `delete_session` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.sessions import ProjectSessionsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "delete")
        return await ProjectSessionsApi(client, project_id).delete_session(
            session_id=self.id,
        )

    async def start(
        self,
    ) -> SessionResponse:
        """Start the transcription bot for a session

        `POST /api/projects/{project_id}/sessions/{session_id}/start`
        `start_session` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.sessions import ProjectSessionsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "start")
        return await ProjectSessionsApi(client, project_id).start_session(
            session_id=self.id,
        )

    async def stop(
        self,
    ) -> SessionResponse:
        """Stop the transcription bot for a session

        `POST /api/projects/{project_id}/sessions/{session_id}/stop`
        `stop_session` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.sessions import ProjectSessionsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "stop")
        return await ProjectSessionsApi(client, project_id).stop_session(
            session_id=self.id,
        )

    async def regenerate_summary(
        self,
    ) -> None:
        """Ask for the AI summary of a session to be produced again

        `POST /api/projects/{project_id}/sessions/{session_id}/summary/regenerate`
        `regenerate_session_summary` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.sessions import ProjectSessionsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "regenerate_summary")
        return await ProjectSessionsApi(client, project_id).regenerate_session_summary(
            session_id=self.id,
        )

    async def list_messages(
        self,
    ) -> list[Message]:
        """List the transcript messages of a session

        `GET /api/projects/{project_id}/sessions/{session_id}/messages`
        `list_session_messages` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.messages import ProjectMessagesApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "list_messages")
        return await ProjectMessagesApi(client, project_id).list_session_messages(
            session_id=self.id,
        )

    async def get_message_debug_audio(
        self,
        message_id: str,
    ) -> File:
        """Download the debug audio (WAV) recorded for one message

        `GET /api/projects/{project_id}/sessions/{session_id}/messages/{message_id}/debug-audio`
        `get_message_debug_audio` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.messages import ProjectMessagesApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "get_message_debug_audio")
        return await ProjectMessagesApi(client, project_id).get_message_debug_audio(
            message_id=message_id,
            session_id=self.id,
        )

    def watch(self, *, idle_timeout: float | None = None) -> DocumentWatch[SessionResponse]:
        """Live view of this document, kept in sync (the group's `watch(id)`).

        `idle_timeout` (seconds, 0 = off) defaults to the client's. Raises UnboundObjectError
        when no client returned this object.
        """
        from ..api import WATCHABLE, open_watch  # noqa: PLC0415

        client, project_id = _scope_of(self, "watch")
        return open_watch(  # type: ignore[no-any-return]
            client, WATCHABLE["sessions"], project_id, doc_id=self.id, idle_timeout=idle_timeout
        )

    def watch_messages(self, *, idle_timeout: float | None = None) -> CollectionWatch[Message]:
        """Live view of this document's `messages`, kept in sync.

        `idle_timeout` (seconds, 0 = off) defaults to the client's. Raises UnboundObjectError
        when no client returned this object.
        """
        from ..api import WATCHABLE, open_watch  # noqa: PLC0415

        client, project_id = _scope_of(self, "watch_messages")
        return open_watch(  # type: ignore[no-any-return]
            client, WATCHABLE["messages"], project_id, parent_id=self.id, idle_timeout=idle_timeout
        )
