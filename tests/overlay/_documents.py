"""Documents the overlay tests' scripted servers answer with (shaped as the spec requires)."""

from __future__ import annotations

from typing import Any

SESSION: dict[str, Any] = {
    "id": "s1",
    "tenantId": "t",
    "projectId": "p1",
    "externalRoomId": "room-1",
    "title": "Standup",
    "gateway": "gw",
    "createdByUserId": "u",
    "status": "active",
    "createdAt": "2026-11-28T10:00:00Z",
}
