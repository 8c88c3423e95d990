from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_annotation_created_event_data_content import (
        SessionAnnotationCreatedEventDataContent,
    )


T = TypeVar("T", bound="SessionAnnotationCreatedEventData")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "type",
        "content",
        "participantId",
        "externalUserId",
    )
)


@_attrs_define
class SessionAnnotationCreatedEventData:
    """Data of session.annotation.created: an annotation a plugin attached to a whole session (e.g. summary, action_items).

    Attributes:
        type_ (str | Unset): The annotation's kind, as the plugin names it (e.g. toxicity, summary).
        content (SessionAnnotationCreatedEventDataContent | Unset): Plugin-defined annotation body (free-form).
        participant_id (str | Unset): The participant the annotation is about, when it is about one.
        external_user_id (str | Unset): Your own id of that user (sanction by it to reach them in any session).
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    type_: str | Unset = UNSET
    content: SessionAnnotationCreatedEventDataContent | Unset = UNSET
    participant_id: str | Unset = UNSET
    external_user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        participant_id = self.participant_id

        external_user_id = self.external_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if content is not UNSET:
            field_dict["content"] = content
        if participant_id is not UNSET:
            field_dict["participantId"] = participant_id
        if external_user_id is not UNSET:
            field_dict["externalUserId"] = external_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_annotation_created_event_data_content import (
            SessionAnnotationCreatedEventDataContent,  # noqa: PLC0415
        )

        d = src_dict
        _content = d.get("content", UNSET)
        content: SessionAnnotationCreatedEventDataContent | Unset
        if _content is UNSET:
            content = UNSET
        else:
            content = SessionAnnotationCreatedEventDataContent.from_dict(_content)

        session_annotation_created_event_data = cls(
            d.get("type", UNSET),
            content,
            d.get("participantId", UNSET),
            d.get("externalUserId", UNSET),
        )

        if len(d) > 0 + ("type" in d) + ("content" in d) + ("participantId" in d) + (
            "externalUserId" in d
        ):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            session_annotation_created_event_data.additional_properties = unknown
        return session_annotation_created_event_data

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
