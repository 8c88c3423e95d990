"""Real API behaviour, keyed by operationId; everything else falls back to generic CRUD.

``BEHAVIOURS`` is the one table. Sessions, messages, participants, auth, keys, functions,
sanctions and webhooks live here; gatherings in ``_gatherings``.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import struct
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from . import _gatherings as gatherings
from ._call import Call, HttpError, Reply, not_found
from ._crud import create, handle_generic
from ._gatherings import participant_record
from ._schema import now_iso

if TYPE_CHECKING:
    from ._emulator import Emulator

__all__ = [
    "BEHAVIOURS",
    "PLUGIN_CATALOG",
    "Behaviour",
    "SESSION_ACTIVE",
    "SESSION_ENDED",
    "SESSION_PENDING",
    "dispatch",
    "inject_message",
    "seed",
    "webhook_outbox",
]

Behaviour = Callable[[Call], Reply]

SESSION_ACTIVE = "active"
SESSION_PENDING = "pending"
SESSION_ENDED = "ended"
SANCTION_ACTIVE = "active"
SANCTION_REVOKED = "revoked"

_SESSIONS = "/api/projects/{projectId}/sessions"
_MESSAGES = _SESSIONS + "/{sessionId}/messages"
_PARTICIPANTS = "/api/projects/{projectId}/participants"
_WEBHOOK_SUBSCRIPTIONS = "/api/projects/{projectId}/webhooks/subscriptions"
_WEBHOOK_EVENTS = "/api/projects/{projectId}/webhooks/events"
_PLUGIN_CATALOG = "/api/plugins"

# The public plugin catalog is server data, not something the API creates.
PLUGIN_CATALOG = (
    {"id": "summary", "name": "Session Summary", "version": "1.0.0", "settingsSchema": {}},
    {"id": "moderation", "name": "Moderation", "version": "1.0.0", "settingsSchema": {}},
)


def _body(call: Call) -> dict[str, Any]:
    return dict(call.body) if isinstance(call.body, Mapping) else {}


def _concrete(template: str, **params: str) -> str:
    path = template
    for name, value in params.items():
        path = path.replace("{" + name + "}", value)
    return path


# -- health and auth ---------------------------------------------------------------------


def health(call: Call) -> Reply:
    """``GET /api``: the service is up."""
    return Reply({"status": "ok"})


def login(call: Call) -> Reply:
    """Issue a bearer token the emulator accepts from now on."""
    token = call.emulator.issue_token()
    return Reply({"accessToken": token, "tokenType": "Bearer", "expiresIn": 3600})


def profile(call: Call) -> Reply:
    """The profile behind the bearer token."""
    return Reply(
        {"id": "user_emulator", "email": "user@example.com", "tenantId": call.emulator.tenant_id}
    )


# -- sessions and messages ----------------------------------------------------------------


def create_session(call: Call) -> Reply:
    """Create a session; ``autoStart`` (true when omitted) makes it active at once."""
    body = _body(call)
    status = SESSION_ACTIVE if body.get("autoStart", True) else SESSION_PENDING
    data = {key: value for key, value in body.items() if key != "autoStart"}
    return Reply(call.emulator.render(create(call, {**data, "status": status})))


def _set_session_status(status: str) -> Behaviour:
    def handler(call: Call) -> Reply:
        record = call.parents(len(call.op.segments))[-1]
        call.emulator.change_record(record, {"status": status})
        return Reply(call.emulator.render(record))

    handler.__doc__ = f"Set the session's status to {status!r}."
    return handler


def inject_message(
    emulator: Emulator, project_id: str, session_id: str, fields: Mapping[str, Any]
) -> dict[str, Any]:
    """Store a transcript message as the bot would and emit ``message.created``.

    Raises KeyError when the session does not exist.
    """
    sessions = _concrete(_SESSIONS, projectId=project_id)
    if emulator.store.get(sessions, session_id) is None:
        raise KeyError(f"Session with id '{session_id}' not found")
    message_id = str(uuid.uuid4())
    data = {"id": message_id, "sessionId": session_id, **fields}
    event_data = {
        key: data.get(key)
        for key in (
            "id",
            "sessionId",
            "participantId",
            "externalUserId",
            "type",
            "senderName",
            "content",
            "timestamp",
            "hasDebugAudio",
        )
    }
    collection = _concrete(_MESSAGES, projectId=project_id, sessionId=session_id)
    record = emulator.new_record(
        collection, _MESSAGES, project_id, data, event_data=event_data, source="cortex:bot"
    )
    return emulator.render(record)


def debug_audio(call: Call) -> Reply:
    """A tiny silent WAV for an existing message."""
    call.parents(len(call.op.segments))
    messages = call.path.rsplit("/", 2)[0]
    if call.emulator.store.get(messages, call.params.get("messageId", "")) is None:
        raise not_found("messages", call.params.get("messageId", ""))
    return Reply(raw=_silent_wav(), media_type="audio/wav")


def _silent_wav(rate: int = 16000) -> bytes:
    data = b"\x00\x00" * (rate // 100)
    header = struct.pack("<4sI4s", b"RIFF", 36 + len(data), b"WAVE")
    fmt = struct.pack("<4sIHHIIHH", b"fmt ", 16, 1, 1, rate, rate * 2, 2, 16)
    return header + fmt + struct.pack("<4sI", b"data", len(data)) + data


# -- participants -------------------------------------------------------------------------


def create_participant(call: Call) -> Reply:
    """Create a participant, or return the one with the same ``externalUserId``."""
    body = _body(call)
    existing = call.emulator.store.find(
        "participants", call.project_id, externalUserId=body.get("externalUserId")
    )
    if existing:
        return Reply(call.emulator.render(existing[0]))
    data = {
        "displayName": body.get("externalUserId"),
        "userData": {},
        "joinedAt": now_iso(),
        **body,
    }
    return Reply(call.emulator.render(create(call, data)))


# -- sanctions ----------------------------------------------------------------------------


def create_sanction(call: Call) -> Reply:
    """Create an active sanction; a known participant is embedded."""
    body = _body(call)
    data: dict[str, Any] = {
        "status": SANCTION_ACTIVE,
        "isActive": True,
        "startAt": now_iso(),
        **body,
    }
    if body.get("participantId"):
        participant = participant_record(call, str(body["participantId"]))
        data["participant"] = participant
        data.setdefault("externalUserId", participant.get("externalUserId"))
    return Reply(call.emulator.render(create(call, data)))


def revoke_sanction(call: Call) -> Reply:
    """Revoke an active sanction (409 when already revoked); it is kept, never deleted."""
    record = call.parents(len(call.op.segments))[-1]
    if record.data.get("status") == SANCTION_REVOKED:
        raise HttpError(409, "Sanction is already revoked")
    changes = {
        "status": SANCTION_REVOKED,
        "isActive": False,
        "revokedAt": now_iso(),
        "revokedByUserId": "user_emulator",
    }
    if _body(call).get("reason"):
        changes["revokeReason"] = _body(call)["reason"]
    call.emulator.change_record(record, changes)
    return Reply(call.emulator.render(record))


# -- keys, functions, users ----------------------------------------------------------------


def create_api_key(call: Call) -> Reply:
    """Create an API key; its secret is shown once and accepted from now on."""
    key = "ots_test_" + secrets.token_hex(16)
    data = {"projectId": None, **_body(call), "key": key, "keyPrefix": key[:13] + "..."}
    record = create(call, data)
    call.emulator.add_api_key(key)
    return Reply(record.data)


def revoke_api_key(call: Call) -> Reply:
    """Delete an API key and stop accepting it."""
    record = call.item()
    call.emulator.revoke_api_key(str(record.data.get("key", "")))
    call.emulator.delete_record(record)
    return Reply()


def create_voice_access_key(call: Call) -> Reply:
    """Create an ODIN access key with a key pair; the secret is shown once."""
    secret = secrets.token_bytes(32)
    public = base64.b64encode(hashlib.sha256(secret).digest()).decode()
    now = now_iso()
    data = {
        **_body(call),
        "accessKey": base64.urlsafe_b64encode(secret).decode().rstrip("="),
        "pubKey": public,
        "keyId": hashlib.sha1(public.encode()).hexdigest()[:16],
        "created": now,
        "updated": now,
    }
    return Reply(create(call, data).data)


def publish_function(call: Call) -> Reply:
    """Snapshot the function's code as the next version."""
    function = call.parents(len(call.op.segments))[-1]
    base = call.path.rsplit("/", 1)[0]
    template = "/" + "/".join(call.op.segments[:-1]) + "/versions"
    versions = call.emulator.store.items(base + "/versions")
    data = {
        "functionId": function.id,
        "version": len(versions) + 1,
        "code": function.data.get("code", ""),
    }
    record = call.emulator.new_record(base + "/versions", template, call.project_id, data)
    call.emulator.change_record(function, {"status": "published"})
    return Reply(call.emulator.render(record))


def change_user_role(call: Call) -> Reply:
    """Change the role of the project member ``permissionId``."""
    body = _body(call)
    found = call.emulator.store.find("users", call.project_id, str(body.get("permissionId")))
    if not found:
        raise not_found("users", str(body.get("permissionId")))
    call.emulator.change_record(found[0], {"role": body.get("role")})
    return Reply()


# -- webhooks -----------------------------------------------------------------------------


def webhook_outbox(emulator: Emulator, event: Mapping[str, Any]) -> None:
    """Record a delivered webhook event for each subscription of the project that matches."""
    project_id = event.get("projectId")
    if not isinstance(project_id, str) or not emulator.resources.is_collection(_WEBHOOK_EVENTS):
        return
    subscriptions = emulator.store.items(_concrete(_WEBHOOK_SUBSCRIPTIONS, projectId=project_id))
    event_type = str(event.get("type"))
    if not any(_subscribed(s.data.get("events"), event_type) for s in subscriptions):
        return
    now = now_iso()
    emulator.store.add(
        _concrete(_WEBHOOK_EVENTS, projectId=project_id),
        _WEBHOOK_EVENTS,
        project_id,
        {
            "tenantId": emulator.tenant_id,
            "projectId": project_id,
            "eventType": event_type,
            "payload": dict(event),
            "status": "delivered",
            "attemptsCount": 1,
            "nextAttemptAt": now,
            "createdAt": now,
            "deliveries": [],
        },
    )


def seed(emulator: Emulator) -> None:
    """Load server-side data that exists before any API call (the plugin catalog)."""
    if emulator.resources.is_collection(_PLUGIN_CATALOG):
        for plugin in PLUGIN_CATALOG:
            emulator.store.add(_PLUGIN_CATALOG, _PLUGIN_CATALOG, None, plugin)


def _subscribed(patterns: Any, event_type: str) -> bool:
    if not isinstance(patterns, list):
        return False
    for pattern in patterns:
        if pattern in ("*", event_type):
            return True
        if (
            isinstance(pattern, str)
            and pattern.endswith(".*")
            and event_type.startswith(pattern[:-1])
        ):
            return True
    return False


BEHAVIOURS: dict[str, Behaviour] = {
    "getData": health,
    "login": login,
    "loginWithCredentials": login,
    "getProfile": profile,
    "createSession": create_session,
    "startSession": _set_session_status(SESSION_ACTIVE),
    "stopSession": _set_session_status(SESSION_ENDED),
    "getMessageDebugAudio": debug_audio,
    "createParticipant": create_participant,
    "createGathering": gatherings.create_gathering,
    "startGathering": gatherings.start_gathering,
    "endGathering": gatherings.end_gathering,
    "cancelGathering": gatherings.cancel_gathering,
    "joinGatheringByCode": gatherings.join_by_code,
    "addGatheringMember": gatherings.add_member,
    "updateGatheringMember": gatherings.update_member,
    "removeGatheringMember": gatherings.remove_member,
    "leaveGathering": gatherings.leave,
    "sendGatheringInvitations": gatherings.send_invitations,
    "revokeGatheringInvitation": gatherings.revoke_invitation,
    "acceptGatheringInvitation": gatherings.accept_invitation,
    "declineGatheringInvitation": gatherings.decline_invitation,
    "createSanction": create_sanction,
    "revokeSanction": revoke_sanction,
    "createApiKey": create_api_key,
    "revokeApiKey": revoke_api_key,
    "createVoiceAccessKey": create_voice_access_key,
    "publishFunction": publish_function,
    "changeProjectUserRole": change_user_role,
}


def dispatch(call: Call) -> Reply:
    """Run the behaviour of ``call``'s operation, or generic CRUD when it has none."""
    return BEHAVIOURS.get(call.op.operation_id, handle_generic)(call)
