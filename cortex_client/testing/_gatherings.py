"""Gathering behaviour: join codes, members, invitations and the lifecycle status rules."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Mapping
from typing import Any

from ._call import Call, HttpError, Reply, not_found
from ._crud import create
from ._schema import now_iso
from ._store import Record

__all__ = [
    "accept_invitation",
    "add_member",
    "cancel_gathering",
    "create_gathering",
    "decline_invitation",
    "end_gathering",
    "join_by_code",
    "leave",
    "normalise_join_code",
    "participant_record",
    "remove_member",
    "revoke_invitation",
    "send_invitations",
    "start_gathering",
    "update_member",
]

_GATHERINGS = "/api/projects/{projectId}/gatherings"
_MEMBERS = _GATHERINGS + "/{gatheringId}/members"
_INVITATIONS = _GATHERINGS + "/{gatheringId}/invitations"
_SESSIONS = "/api/projects/{projectId}/sessions"

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_PRESENT = frozenset({"joined", "ready"})
_PENDING = "pending"
_DEFAULTS = {
    "accessPolicy": "public",
    "listed": False,
    "autoStartSession": False,
    "maxMembers": 100,
}

# operationId → (statuses it may leave, status it sets, event type).
_LIFECYCLE = {
    "startGathering": (frozenset({"pending", "active"}), "started", "gathering.started"),
    "endGathering": (frozenset({"active", "started"}), "ended", "gathering.ended"),
    "cancelGathering": (frozenset({"pending", "active"}), "cancelled", "gathering.cancelled"),
}
_CLOSED = frozenset({"ended", "cancelled", "expired"})


def normalise_join_code(code: str) -> str:
    """Join codes compare case-insensitively with hyphens and spaces ignored."""
    return "".join(ch for ch in code.upper() if ch not in "- ")


def _body(call: Call) -> dict[str, Any]:
    return dict(call.body) if isinstance(call.body, Mapping) else {}


def _path(template: str, project_id: str | None, gathering_id: str = "") -> str:
    return template.replace("{projectId}", project_id or "").replace("{gatheringId}", gathering_id)


def participant_record(call: Call, participant_id: str) -> dict[str, Any]:
    """The participant ``participant_id`` of the call's project; 404 when unknown."""
    found = call.emulator.store.find("participants", call.project_id, participant_id)
    if not found:
        raise not_found("participants", participant_id)
    return call.emulator.render(found[0])


def _gathering(call: Call) -> Record:
    return call.parents(len(call.op.segments))[0]


def _members(call: Call, gathering: Record) -> list[Record]:
    return call.emulator.store.items(_path(_MEMBERS, call.project_id, gathering.id))


def _member(call: Call, gathering: Record, participant_id: str) -> Record:
    for record in _members(call, gathering):
        if record.data.get("participantId") == participant_id:
            return record
    raise HttpError(404, f"Participant '{participant_id}' is not a member of this gathering")


def _refresh(call: Call, gathering: Record) -> None:
    members = _members(call, gathering)
    count = sum(1 for m in members if m.data.get("status") in _PRESENT)
    rendered = [call.emulator.render(m) for m in members]
    call.emulator.change_record(gathering, {"memberCount": count, "members": rendered})


def _join(call: Call, gathering: Record, participant_id: str, role: str = "member") -> Record:
    participant_record(call, participant_id)
    status = gathering.data.get("status")
    if status in _CLOSED:
        raise HttpError(409, f"Gathering is {status}")
    existing = next(
        (m for m in _members(call, gathering) if m.data.get("participantId") == participant_id),
        None,
    )
    if existing is not None and existing.data.get("status") in _PRESENT:
        raise HttpError(409, "Participant is already a member of this gathering")
    present = sum(1 for m in _members(call, gathering) if m.data.get("status") in _PRESENT)
    if present >= int(gathering.data.get("maxMembers") or 0):
        raise HttpError(409, "Gathering is full")
    now = now_iso()
    if existing is not None:
        call.emulator.change_record(existing, {"status": "joined", "joinedAt": now})
        member = existing
    else:
        data = {
            "id": str(uuid.uuid4()),
            "gatheringId": gathering.id,
            "participantId": participant_id,
            "role": role,
            "status": "joined",
            "joinedAt": now,
        }
        member = call.emulator.new_record(
            _path(_MEMBERS, call.project_id, gathering.id),
            _MEMBERS,
            call.project_id,
            data,
            event_type="gathering.member.joined",
            event_data={"member": data, "gatheringId": gathering.id},
        )
    _refresh(call, gathering)
    return member


def create_gathering(call: Call) -> Reply:
    """Create a pending gathering with a fresh join code; ``ownerId`` joins as owner and
    ``participants`` are invited."""
    body = _body(call)
    invited = body.pop("participants", None)
    code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(8))
    data = {**_DEFAULTS, **body, "status": _PENDING, "joinCode": code, "memberCount": 0}
    data["members"] = []
    record = create(call, data)
    if body.get("ownerId"):
        _join(call, record, str(body["ownerId"]), role="owner")
    if isinstance(invited, list):
        _invite(call, record, [], invited)
    return Reply(call.emulator.render(record))


def _lifecycle(call: Call) -> Reply:
    allowed, target, event_type = _LIFECYCLE[call.op.operation_id]
    gathering = _gathering(call)
    status = gathering.data.get("status")
    if status not in allowed:
        raise HttpError(409, f"Cannot change a gathering from {status} to {target}")
    changes: dict[str, Any] = {"status": target}
    room_id = _body(call).get("roomId")
    if room_id:
        changes["roomId"] = room_id
    if target == "started" and gathering.data.get("autoStartSession"):
        session = call.emulator.new_record(
            _path(_SESSIONS, call.project_id),
            _SESSIONS,
            call.project_id,
            {
                "title": gathering.data.get("name"),
                "externalRoomId": room_id
                or gathering.data.get("roomId")
                or gathering.data["joinCode"],
                "status": "active",
            },
        )
        changes["sessionId"] = session.id
    call.emulator.change_record(gathering, changes, event_type=event_type)
    return Reply(call.emulator.render(gathering))


start_gathering = _lifecycle
end_gathering = _lifecycle
cancel_gathering = _lifecycle


def join_by_code(call: Call) -> Reply:
    """Join the project's gathering whose join code matches (normalised)."""
    body = _body(call)
    wanted = normalise_join_code(str(body.get("joinCode", "")))
    for record in call.emulator.store.find("gatherings", call.project_id):
        if normalise_join_code(str(record.data.get("joinCode", ""))) == wanted:
            _join(call, record, str(body.get("participantId")))
            return Reply({"gathering": call.emulator.render(record)})
    raise HttpError(404, f"Gathering with join code '{body.get('joinCode')}' not found")


def add_member(call: Call) -> Reply:
    """Add a participant as member (409 when already present, full or closed)."""
    gathering = _gathering(call)
    member = _join(call, gathering, str(_body(call).get("participantId")))
    return Reply(call.emulator.render(member))


def update_member(call: Call) -> Reply:
    """Change a member's status (``ready`` and back)."""
    gathering = call.parents()[0]
    member = _member(call, gathering, call.params["participantId"])
    call.emulator.change_record(member, {"status": _body(call).get("status")})
    _refresh(call, gathering)
    return Reply(call.emulator.render(member))


def remove_member(call: Call) -> Reply:
    """Remove a member record."""
    gathering = call.parents()[0]
    member = _member(call, gathering, call.params["participantId"])
    call.emulator.delete_record(member)
    _refresh(call, gathering)
    return Reply()


def leave(call: Call) -> Reply:
    """A member leaves: status ``left``."""
    gathering = _gathering(call)
    member = _member(call, gathering, str(_body(call).get("participantId")))
    call.emulator.change_record(member, {"status": "left"})
    _refresh(call, gathering)
    return Reply(call.emulator.render(member))


def _invite(
    call: Call, gathering: Record, participant_ids: list[Any], people: list[Any]
) -> list[dict[str, Any]]:
    created = []
    targets: list[dict[str, Any]] = [{"participantId": str(pid)} for pid in participant_ids]
    targets += [dict(person) for person in people if isinstance(person, Mapping)]
    for target in targets:
        if target.get("participantId"):
            participant = participant_record(call, str(target["participantId"]))
            target.setdefault("name", participant.get("displayName"))
        record = call.emulator.new_record(
            _path(_INVITATIONS, call.project_id, gathering.id),
            _INVITATIONS,
            call.project_id,
            {**target, "gatheringId": gathering.id, "status": _PENDING},
        )
        created.append(call.emulator.render(record))
    return created


def send_invitations(call: Call) -> Reply:
    """Invite participants by id and people by e-mail; one pending invitation each."""
    gathering = _gathering(call)
    if gathering.data.get("status") in _CLOSED:
        raise HttpError(409, f"Gathering is {gathering.data.get('status')}")
    body = _body(call)
    ids = body.get("participantIds") or []
    people = body.get("participants") or []
    return Reply(_invite(call, gathering, list(ids), list(people)))


def _pending_invitation(call: Call, record: Record | None, invitation_id: str) -> Record:
    if record is None:
        raise not_found("invitations", invitation_id)
    if record.data.get("status") != _PENDING:
        raise HttpError(409, f"Invitation is already {record.data.get('status')}")
    return record


def _find_invitation(call: Call) -> Record:
    invitation_id = call.params["invitationId"]
    found = call.emulator.store.find("invitations", call.project_id, invitation_id)
    return _pending_invitation(call, found[0] if found else None, invitation_id)


def revoke_invitation(call: Call) -> Reply:
    """Revoke a pending invitation; it stays listed with status ``revoked``."""
    call.parents()
    invitation_id = call.params["invitationId"]
    record = call.emulator.store.get(call.collection, invitation_id)
    record = _pending_invitation(call, record, invitation_id)
    call.emulator.change_record(record, {"status": "revoked", "respondedAt": now_iso()})
    return Reply()


def accept_invitation(call: Call) -> Reply:
    """Accept a pending invitation: the participant joins the gathering."""
    invitation = _find_invitation(call)
    participant_id = str(_body(call).get("participantId"))
    gathering = call.emulator.store.get(
        _path(_GATHERINGS, call.project_id), str(invitation.data.get("gatheringId"))
    )
    if gathering is None:
        raise not_found("gatherings", str(invitation.data.get("gatheringId")))
    _join(call, gathering, participant_id)
    changes = {"status": "accepted", "respondedAt": now_iso(), "participantId": participant_id}
    call.emulator.change_record(invitation, changes)
    return Reply({"gathering": call.emulator.render(gathering)})


def decline_invitation(call: Call) -> Reply:
    """Decline a pending invitation."""
    invitation = _find_invitation(call)
    changes = {"status": "declined", "respondedAt": now_iso()}
    participant_id = _body(call).get("participantId")
    if participant_id:
        changes["participantId"] = str(participant_id)
    call.emulator.change_record(invitation, changes)
    return Reply(call.emulator.render(invitation))
