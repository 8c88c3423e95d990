"""The emulator's state: data, events, credentials, faults, request log, and test helpers."""

from __future__ import annotations

import asyncio
import builtins
import copy
import secrets
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ._behaviours import inject_message, seed, webhook_outbox
from ._events import EventBus
from ._fault_controls import FaultControls
from ._faults import Faults
from ._resources import Resources
from ._schema import now_iso
from ._spec import Spec, SpecSource
from ._store import Record, Store
from ._stored import StoredFields

__all__ = ["DEFAULT_TENANT_ID", "Emulator", "LoggedRequest"]

DEFAULT_TENANT_ID = "tenant_emulator"
EMULATOR_USER_ID = "user_emulator"


@dataclass(frozen=True)
class LoggedRequest:
    """One request the emulator answered (credential headers removed)."""

    method: str
    path: str
    query: str
    headers: Mapping[str, str]
    status: int
    operation_id: str | None
    request_id: str | None = None


class Emulator(FaultControls):
    """In-memory Cortex: state shared by the ASGI app and the test that drives it.

    Args:
        api_keys: keys accepted as ``X-API-Key: K`` or ``Authorization: ApiKey K``.
        tokens: bearer tokens accepted as ``Authorization: Bearer T``.
        spec: the OpenAPI document (dict or path); the packaged/repository copy by default.
        heartbeat_interval: seconds between ``: ping`` comments on idle event streams.
        tenant_id: tenant id stamped on resources and events.
        event_buffer: how many events are kept for ``Last-Event-ID`` resumption.
    """

    def __init__(
        self,
        api_keys: Iterable[str] = (),
        tokens: Iterable[str] = (),
        *,
        spec: Spec | SpecSource = None,
        heartbeat_interval: float = 15.0,
        tenant_id: str = DEFAULT_TENANT_ID,
        event_buffer: int = 1000,
    ) -> None:
        self.spec = spec if isinstance(spec, Spec) else Spec(spec)
        self.resources = Resources(self.spec)
        self.stored_fields = StoredFields(self.spec, self.resources)
        self.store = Store()
        self.singletons: dict[str, dict[str, Any]] = {}
        self.faults = Faults()
        self.heartbeat_interval = heartbeat_interval
        self.tenant_id = tenant_id
        self.request_log: list[LoggedRequest] = []
        self._api_keys = set(api_keys)
        self._tokens = set(tokens)
        self._initial_credentials = (frozenset(self._api_keys), frozenset(self._tokens))
        self._changed = asyncio.Event()
        self.bus = EventBus(event_buffer, on_change=self._notify)
        self.closing = asyncio.Event()
        seed(self)
        self.event_hooks: list[Callable[[Mapping[str, Any]], None]] = [
            lambda event: webhook_outbox(self, event)
        ]

    def __repr__(self) -> str:
        return (
            f"Emulator(tenant_id={self.tenant_id!r}, api_keys={len(self._api_keys)}, "
            f"tokens={len(self._tokens)}, operations={len(self.spec.operations)})"
        )

    def reset(self) -> None:
        """Forget all data, buffered events, faults, the request log and credentials added
        since creation; open event streams stay connected."""
        self.store.clear()
        self.singletons.clear()
        self.bus.clear()
        self.faults.reset()
        self.request_log.clear()
        self._api_keys = set(self._initial_credentials[0])
        self._tokens = set(self._initial_credentials[1])
        seed(self)

    # -- credentials -------------------------------------------------------------------

    def add_api_key(self, key: str) -> None:
        """Accept ``key`` from now on."""
        self._api_keys.add(key)

    def revoke_api_key(self, key: str) -> None:
        """Stop accepting ``key``."""
        self._api_keys.discard(key)

    def add_token(self, token: str) -> None:
        """Accept bearer ``token`` from now on."""
        self._tokens.add(token)

    def revoke_token(self, token: str) -> None:
        """Stop accepting bearer ``token``."""
        self._tokens.discard(token)

    def issue_token(self) -> str:
        """Create and accept a new bearer token (what login returns)."""
        token = "emu_" + secrets.token_urlsafe(24)
        self._tokens.add(token)
        return token

    def api_key_valid(self, key: str) -> bool:
        """Whether ``key`` is an accepted API key."""
        return any(secrets.compare_digest(key, known) for known in self._api_keys)

    def token_valid(self, token: str) -> bool:
        """Whether ``token`` is an accepted bearer token."""
        return any(secrets.compare_digest(token, known) for known in self._tokens)

    # -- records and events ------------------------------------------------------------

    def render(self, record: Record) -> dict[str, Any]:
        """The record as the API shows it (shaped by its collection's item schema)."""
        schema = self.resources.item_schema(record.template)
        data = copy.deepcopy(record.data)
        if schema is None:
            return data
        shaped = self.spec.tools.conform(data, schema)
        return dict(shaped) if isinstance(shaped, Mapping) else data

    def new_record(
        self,
        collection: str,
        template: str,
        project_id: str | None,
        data: Mapping[str, Any],
        *,
        event_type: str | None = None,
        event_data: Mapping[str, Any] | None = None,
        source: str = "cortex:api",
    ) -> Record:
        """Store a new resource with server fields filled, and emit its ``created`` event."""
        now = now_iso()
        fields: dict[str, Any] = {"id": str(uuid.uuid4()), "createdAt": now, "updatedAt": now}
        schema = self.resources.item_schema(template)
        declared = self.spec.tools.properties(schema) if schema is not None else {}
        if "tenantId" in declared:
            fields["tenantId"] = self.tenant_id
        if "projectId" in declared and project_id is not None:
            fields["projectId"] = project_id
        if "createdByUserId" in declared:
            fields["createdByUserId"] = EMULATOR_USER_ID
        fields.update(copy.deepcopy(dict(data)))
        record = self.store.add(collection, template, project_id, fields)
        record.data = self.render(record) | record.data
        self.emit_for(record, "created", event_type=event_type, data=event_data, source=source)
        return record

    def change_record(
        self,
        record: Record,
        changes: Mapping[str, Any],
        *,
        event_type: str | None = None,
        source: str = "cortex:api",
    ) -> dict[str, Any]:
        """Merge ``changes``; emit ``updated`` with the previous values when anything changed."""
        previous = self.store.update(record, changes)
        if not previous:
            return previous
        if "updatedAt" in record.data or "updatedAt" in self._declared(record):
            record.data["updatedAt"] = now_iso()
        self.emit_for(record, "updated", changes=previous, event_type=event_type, source=source)
        return previous

    def delete_record(self, record: Record, *, source: str = "cortex:api") -> None:
        """Remove a resource and emit ``deleted`` with its last state."""
        self.store.remove(record)
        self.emit_for(record, "deleted", source=source)

    def _declared(self, record: Record) -> dict[str, Any]:
        schema = self.resources.item_schema(record.template)
        return dict(self.spec.tools.properties(schema)) if schema is not None else {}

    def emit_for(
        self,
        record: Record,
        action: str,
        *,
        changes: Mapping[str, Any] | None = None,
        event_type: str | None = None,
        data: Mapping[str, Any] | None = None,
        source: str = "cortex:api",
    ) -> dict[str, Any]:
        """Emit the domain event of a change to ``record``."""
        prefix = self.resources.event_prefix(record.template)
        return self.emit(
            event_type or f"{prefix}.{action}",
            action,
            self.render(record) if data is None else data,
            project_id=record.project_id,
            resource_id=f"{self.resources.resource_kind(record.template)}:{record.id}",
            changes=changes,
            source=source,
        )

    def emit(
        self,
        event_type: str,
        action: str,
        data: Mapping[str, Any],
        *,
        project_id: str | None,
        resource_id: str,
        changes: Mapping[str, Any] | None = None,
        source: str = "cortex:api",
    ) -> dict[str, Any]:
        """Publish a DomainEvent to the event streams and return it."""
        allowed = self.spec.event_sources(event_type)
        payload: dict[str, Any] = {"action": action, "data": copy.deepcopy(dict(data))}
        if changes is not None:
            payload["changes"] = copy.deepcopy(dict(changes))
        event: dict[str, Any] = {
            "id": str(uuid.uuid4()),
            "type": event_type,
            "source": source if not allowed or source in allowed else allowed[0],
            "tenantId": self.tenant_id,
            "resourceId": resource_id,
            "timestamp": now_iso(),
            "payload": payload,
        }
        if project_id is not None:
            event["projectId"] = project_id
        self.bus.publish(event, project_id)
        for hook in list(self.event_hooks):
            hook(event)
        return event

    # -- test helpers ------------------------------------------------------------------

    def list(
        self, kind: str, project_id: str | None = None, **fields: Any
    ) -> builtins.list[dict[str, Any]]:
        """Stored resources of ``kind`` (a collection name such as ``sessions``), as served."""
        return [self.render(r) for r in self.store.find(kind, project_id, None, **fields)]

    def get(self, kind: str, record_id: str, project_id: str | None = None) -> dict[str, Any]:
        """One stored resource of ``kind``; raises KeyError when absent."""
        found = self.store.find(kind, project_id, record_id)
        if not found:
            raise KeyError(f"{kind} {record_id!r} not found")
        return self.render(found[0])

    def inject_message(
        self,
        project_id: str,
        session_id: str,
        text: str,
        *,
        sender_name: str = "Speaker",
        participant_id: str | None = None,
        external_user_id: str | None = None,
        message_type: str = "user",
        has_debug_audio: bool = False,
        timestamp: str | None = None,
    ) -> dict[str, Any]:
        """Add a transcript line as the transcription bot would; emits ``message.created``.

        Raises KeyError when the session does not exist.
        """
        return inject_message(
            self,
            project_id,
            session_id,
            {
                "content": text,
                "senderName": sender_name,
                "participantId": participant_id,
                "externalUserId": external_user_id,
                "type": message_type,
                "hasDebugAudio": has_debug_audio,
                "timestamp": timestamp or now_iso(),
            },
        )

    def events(self, project_id: str | None = None) -> builtins.list[Mapping[str, Any]]:
        """Events still in the replay buffer, oldest first."""
        return self.bus.events(project_id)

    def stream_connections(self, project_id: str | None = None) -> int:
        """Open event streams of a project (``None``: tenant-wide ``/api/events/stream``)."""
        return self.bus.open_count(project_id)

    def stream_connections_opened(self, project_id: str | None = None) -> int:
        """Event streams ever opened for a project (``None``: tenant-wide)."""
        return self.bus.opened_count(project_id)

    async def wait_until(self, predicate: Callable[[], bool], within: float = 5.0) -> None:
        """Wait until ``predicate()`` holds, re-checking on every state change.

        Raises TimeoutError when it still does not hold after ``within`` seconds.
        """
        deadline = time.monotonic() + within
        while not predicate():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("condition not met within timeout")
            self._changed.clear()
            if predicate():
                return
            try:
                await asyncio.wait_for(self._changed.wait(), min(remaining, 0.25))
            except TimeoutError:
                continue

    def _notify(self) -> None:
        self._changed.set()

    def notify_change(self) -> None:
        """Wake :meth:`wait_until` callers (called after every handled request)."""
        self._notify()

    def close_streams(self) -> None:
        """End every open event stream (used at shutdown so it never blocks)."""
        self.closing.set()
        self._notify()
