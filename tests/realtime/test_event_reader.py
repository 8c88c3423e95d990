"""The event reader on its own: what one DomainEvent does to one watched collection."""

from __future__ import annotations

from typing import Any

import pytest

from cortex_client._event_reader import (
    Fetch,
    Reading,
    Remove,
    Scope,
    SharedReader,
    Upsert,
    read_event,
    reader_for,
)
from cortex_client._events import Envelope, read_envelope
from cortex_client._generated.api import WATCHABLE
from cortex_client._generated.models import ParticipantResponse

PARTICIPANT = {
    "id": "par_1",
    "tenantId": "t",
    "projectId": "p",
    "externalUserId": "ann",
    "displayName": "Ann",
    "userData": {},
    "joinedAt": "2025-01-01T00:00:00Z",
}
PARTICIPANTS = Scope(WATCHABLE["participants"])


def event(kind: str, action: Any = "updated", data: Any = None, **extra: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {"action": action}
    if data is not None:
        payload["data"] = data
    return {"id": "evt-1", "type": kind, "payload": payload, **extra}


def test_the_envelope_is_read_without_a_model() -> None:
    raw = event("session.updated", data={"id": "s"}, resourceId="session:ses_1")
    envelope = read_envelope(raw)
    assert envelope == Envelope("session.updated", "updated", {"id": "s"}, "session:ses_1")
    assert envelope.resource_id == "ses_1"


@pytest.mark.parametrize(
    "raw",
    [
        {},
        {"type": 7, "payload": [], "resourceId": 3},
        {"type": "x.y", "payload": {"action": 1, "data": "text"}, "resourceId": "no-colon"},
    ],
)
def test_an_envelope_of_the_wrong_shape_reads_as_missing_fields(raw: dict[str, Any]) -> None:
    envelope = read_envelope(raw)
    assert (envelope.action, envelope.data, envelope.resource_id) == (None, None, None)
    assert envelope.resource in (None, "no-colon")
    assert envelope.type in ("", "x.y")


def test_a_created_or_updated_document_is_an_upsert_decoded_when_read() -> None:
    reading = read_event(event("participant.created", "created", PARTICIPANT), PARTICIPANTS)
    assert isinstance(reading, Upsert) and reading.id == "par_1"
    assert reading.document.get() == ParticipantResponse.from_dict(PARTICIPANT)


def test_a_deleted_document_is_a_removal() -> None:
    reading = read_event(event("participant.deleted", "deleted", {"id": "par_1"}), PARTICIPANTS)
    assert reading == Remove("par_1")


@pytest.mark.parametrize(
    "kind", ["session.updated", "participant", "participant.note.added", "participants.updated"]
)
def test_another_collections_or_a_sub_resources_event_is_not_mine(kind: str) -> None:
    assert read_event(event(kind, data=PARTICIPANT), PARTICIPANTS) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # A change said without the document: fetch the one named.
        (event("participant.updated", "updated", resourceId="participant:par_1"), Fetch("par_1")),
        (event("participant.updated", "updated"), Fetch(None)),
        # A document missing required fields cannot be held.
        (event("participant.updated", data={"id": "par_1", "displayName": "x"}), Fetch("par_1")),
        # An action the reader does not know.
        (event("participant.updated", "archived", PARTICIPANT), Fetch("par_1")),
        # No id in the data, none in resourceId either.
        (event("participant.updated", data={"displayName": "x"}), Fetch(None)),
    ],
)
def test_an_event_that_carries_no_document_to_hold_needs_a_fetch(
    raw: dict[str, Any], expected: Reading
) -> None:
    assert read_event(raw, PARTICIPANTS) == expected


def test_the_id_falls_back_to_the_resource_id() -> None:
    data = {key: value for key, value in PARTICIPANT.items() if key != "id"}
    raw = event("participant.deleted", "deleted", data, resourceId="participant:par_9")
    assert read_event(raw, PARTICIPANTS) == Remove("par_9")


def test_a_nested_collection_reads_only_its_parents_events() -> None:
    members = WATCHABLE["members"]
    assert members.parent_key is not None
    member = {members.id_field: "usr_1", members.parent_key: "gat_1"}
    wrapped = {"member": member}  # gathering.member.joined wraps the member
    mine, other = Scope(members, "gat_1"), Scope(members, "gat_2")
    raw = event(members.events + ".left", "deleted", wrapped)
    assert read_event(raw, mine) == Remove("usr_1")
    assert read_event(raw, other) is None


def test_watches_of_one_scope_share_a_reader_that_reads_an_event_once() -> None:
    reader = reader_for(Scope(WATCHABLE["participants"]))
    assert reader_for(Scope(WATCHABLE["participants"])) is reader
    assert reader_for(Scope(WATCHABLE["sessions"])) is not reader
    raw = event("participant.created", "created", PARTICIPANT)
    first = reader(raw)
    assert reader(raw) is first  # the same reading object: read once
    assert reader(dict(raw)) is not first  # another event is read afresh


def test_a_shared_reader_gives_the_pure_functions_reading() -> None:
    reader = SharedReader(PARTICIPANTS)
    raw = event("participant.deleted", "deleted", {"id": "par_1"})
    assert reader(raw) == read_event(raw, PARTICIPANTS)


@pytest.mark.parametrize(
    "raw",
    [
        event("participant.joined", "occurred", resourceId="participant:par_1"),
        event("participant.left", "occurred", {"participantId": "par_1", "roomId": "r"}),
        event("participant.joined", "occurred", {"id": "par_1"}, resourceId="participant:par_1"),
    ],
)
def test_an_occurrence_without_the_document_changes_nothing(raw: dict[str, Any]) -> None:
    # Voice presence (participant.joined / .left) says something happened to a participant,
    # not what the participant record now holds: no fetch, no list.
    assert read_event(raw, PARTICIPANTS) is None
