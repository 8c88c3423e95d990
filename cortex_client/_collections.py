"""The one table of spec knowledge ``watch()`` needs: how to list each collection and which
events change it. Operation and model names are those of the generated package."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["COLLECTIONS", "CollectionInfo", "collection_info"]


@dataclass(frozen=True)
class CollectionInfo:
    """How to list, get and follow one collection.

    ``list`` is a method of ``client.<api>`` taking ``(project_id[, parent_id])`` and returning a
    list, or an ``iter_*`` async iterator over every page; ``get`` takes ``(project_id, id)``.
    Events of type ``<events>.<verb>`` (one more dotted word) change the collection; an item
    belongs to the parent named by its ``parent_key`` field.
    """

    name: str
    api: str
    list: str
    model: str
    events: str
    get: str | None = None
    parent_key: str | None = None
    id_field: str = "id"


COLLECTIONS: dict[str, CollectionInfo] = {
    info.name: info
    for info in (
        CollectionInfo(
            "sessions", "sessions", "list_sessions", "SessionResponse", "session", get="get_session"
        ),
        CollectionInfo(
            "participants",
            "participants",
            "iter_participants",
            "ParticipantResponse",
            "participant",
            get="get_participant",
        ),
        CollectionInfo(
            "sanctions",
            "sanctions",
            "iter_sanctions",
            "SanctionResponse",
            "sanction",
            get="get_sanction",
        ),
        CollectionInfo(
            "gatherings",
            "gatherings",
            "iter_gatherings",
            "GatheringResponse",
            "gathering",
            get="get_gathering",
        ),
        CollectionInfo(
            "messages",
            "messages",
            "list_session_messages",
            "Message",
            "message",
            parent_key="sessionId",
        ),
        CollectionInfo(
            "members",
            "gatherings",
            "list_gathering_members",
            "GatheringMember",
            "gathering.member",
            parent_key="gatheringId",
        ),
        CollectionInfo(
            "invitations",
            "gatherings",
            "list_gathering_invitations",
            "GatheringInvitation",
            "gathering.invitation",
            parent_key="gatheringId",
        ),
    )
}

_ALIASES = {
    "session_messages": "messages",
    "gathering_members": "members",
    "gathering_invitations": "invitations",
}


def collection_info(name: str) -> CollectionInfo:
    """The table row for ``name`` (``sessions``, ``messages`` or ``session_messages``, ...)."""
    info = COLLECTIONS.get(_ALIASES.get(name, name))
    if info is None:
        known = ", ".join(sorted([*COLLECTIONS, *_ALIASES]))
        raise ValueError(f"unknown collection {name!r}; known: {known}")
    return info
