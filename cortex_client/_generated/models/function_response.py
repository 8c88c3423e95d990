from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..api import LiveObject
from ..api import scope_of as _scope_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .function_version_response import FunctionVersionResponse
    from .update_function_request import UpdateFunctionRequest


import datetime

from ..types import UNSET, Unset

T = TypeVar("T", bound="FunctionResponse")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "name",
        "projectId",
        "code",
        "status",
        "url",
        "createdAt",
        "updatedAt",
    )
)


@_attrs_define
class FunctionResponse(LiveObject):
    """A serverless function (TypeScript exporting an HTTP handler and/or on<Event> handlers).

    Attributes:
        id (str): Function id.
        name (str): Function name.
        project_id (str | Unset): Project.
        code (str | Unset): TypeScript source (draft).
        status (str | Unset): Deployment state on ODIN Fleet.
        url (str | Unset): HTTP invocation URL of the function.
        created_at (datetime.datetime | Unset): Creation time.
        updated_at (datetime.datetime | Unset): Last change time.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "name",
        )
    )

    id: str
    name: str
    project_id: str | Unset = UNSET
    code: str | Unset = UNSET
    status: str | Unset = UNSET
    url: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        project_id = self.project_id

        code = self.code

        status = self.status

        url = self.url

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if code is not UNSET:
            field_dict["code"] = code
        if status is not UNSET:
            field_dict["status"] = status
        if url is not UNSET:
            field_dict["url"] = url
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.get("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        function_response = cls(
            d["id"],
            d["name"],
            d.get("projectId", UNSET),
            d.get("code", UNSET),
            d.get("status", UNSET),
            d.get("url", UNSET),
            created_at,
            updated_at,
        )

        if len(d) > 2 + ("projectId" in d) + ("code" in d) + ("status" in d) + ("url" in d) + (
            "createdAt" in d
        ) + ("updatedAt" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            function_response.additional_properties = unknown
        return function_response

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
    ) -> FunctionResponse:
        """Fetch this object again: a new object with the server's current state.

        `GET /api/projects/{project_id}/functions/{function_id}`
        `get_function` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.functions import ProjectFunctionsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "refresh")
        return await ProjectFunctionsApi(client, project_id).get_function(
            function_id=self.id,
        )

    async def delete(
        self,
    ) -> None:
        """Delete a serverless function

        `DELETE /api/projects/{project_id}/functions/{function_id}`
        `delete_function` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.functions import ProjectFunctionsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "delete")
        return await ProjectFunctionsApi(client, project_id).delete_function(
            function_id=self.id,
        )

    async def update(
        self,
        *,
        body: UpdateFunctionRequest,
    ) -> FunctionResponse:
        """Update a function's draft code or name

        `PATCH /api/projects/{project_id}/functions/{function_id}`
        `update_function` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.functions import ProjectFunctionsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "update")
        return await ProjectFunctionsApi(client, project_id).update_function(
            function_id=self.id,
            body=body,
        )

    async def publish(
        self,
    ) -> FunctionVersionResponse:
        """Publish a function: transpile, snapshot as a version and deploy to ODIN Fleet

        `POST /api/projects/{project_id}/functions/{function_id}/publish`
        `publish_function` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.functions import ProjectFunctionsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "publish")
        return await ProjectFunctionsApi(client, project_id).publish_function(
            function_id=self.id,
        )

    async def list_versions(
        self,
    ) -> list[FunctionVersionResponse]:
        """List published versions (snapshots) of a function

        `GET /api/projects/{project_id}/functions/{function_id}/versions`
        `list_function_versions` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.functions import ProjectFunctionsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "list_versions")
        return await ProjectFunctionsApi(client, project_id).list_function_versions(
            function_id=self.id,
        )
