"""The project scope users get from ``client.project(pid)``: generated operations plus ``watch()``.

The generated ``ProjectApi`` already binds every operation to one project; these subclasses add
the live views of the four watchable collections (names from ``_collections.COLLECTIONS``).
"""

from __future__ import annotations

from functools import cached_property
from typing import Any, overload

from ._generated.api import ProjectApi
from ._generated.api.gatherings import ProjectGatheringsApi
from ._generated.api.participants import ProjectParticipantsApi
from ._generated.api.sanctions import ProjectSanctionsApi
from ._generated.api.sessions import ProjectSessionsApi
from ._stream import DEFAULT_IDLE_TIMEOUT
from ._watch import (
    CollectionWatch,
    DocumentWatch,
    watch_collection,
    watch_document,
)

__all__ = [
    "Project",
    "ProjectGatherings",
    "ProjectParticipants",
    "ProjectSanctions",
    "ProjectSessions",
]


class _Watchable:
    """``watch()`` for a project-scoped tag group whose collection shares the tag's name."""

    _collection: str
    _client: Any
    _project_id: str

    @overload
    def watch(self, doc_id: None = None, *, idle_timeout: float = ...) -> CollectionWatch: ...
    @overload
    def watch(self, doc_id: str, *, idle_timeout: float = ...) -> DocumentWatch: ...
    def watch(
        self, doc_id: str | None = None, *, idle_timeout: float = DEFAULT_IDLE_TIMEOUT
    ) -> CollectionWatch | DocumentWatch:
        """Live view of the collection (initial list, then changes), or of one document by id.

        ``async with project.sessions.watch() as watch: async for snapshot in watch: ...``
        """
        if doc_id is None:
            return watch_collection(
                self._client, self._project_id, self._collection, idle_timeout=idle_timeout
            )
        return watch_document(
            self._client, self._project_id, self._collection, doc_id, idle_timeout=idle_timeout
        )

    def _watch_nested(
        self, collection: str, parent_id: str, idle_timeout: float
    ) -> CollectionWatch:
        return watch_collection(
            self._client,
            self._project_id,
            collection,
            parent_id=parent_id,
            idle_timeout=idle_timeout,
        )


class ProjectSessions(ProjectSessionsApi, _Watchable):
    """Session operations of one project, plus live views of sessions and transcripts."""

    _collection = "sessions"

    def watch_messages(
        self, session_id: str, *, idle_timeout: float = DEFAULT_IDLE_TIMEOUT
    ) -> CollectionWatch:
        """Live transcript of one session: its messages as they arrive."""
        return self._watch_nested("messages", session_id, idle_timeout)


class ProjectParticipants(ProjectParticipantsApi, _Watchable):
    """Participant operations of one project, plus a live view of its participants."""

    _collection = "participants"


class ProjectSanctions(ProjectSanctionsApi, _Watchable):
    """Sanction operations of one project, plus a live view of its sanctions."""

    _collection = "sanctions"


class ProjectGatherings(ProjectGatheringsApi, _Watchable):
    """Gathering operations of one project, plus live views of gatherings and their people."""

    _collection = "gatherings"

    def watch_members(
        self, gathering_id: str, *, idle_timeout: float = DEFAULT_IDLE_TIMEOUT
    ) -> CollectionWatch:
        """Live member list of one gathering."""
        return self._watch_nested("members", gathering_id, idle_timeout)

    def watch_invitations(
        self, gathering_id: str, *, idle_timeout: float = DEFAULT_IDLE_TIMEOUT
    ) -> CollectionWatch:
        """Live invitation list of one gathering."""
        return self._watch_nested("invitations", gathering_id, idle_timeout)


class Project(ProjectApi):
    """Every project-scoped operation (``project.<tag>.<op>``) plus ``watch()`` on sessions,
    participants, sanctions and gatherings."""

    @cached_property
    def sessions(self) -> ProjectSessions:
        return ProjectSessions(self._api_client, self.project_id)

    @cached_property
    def participants(self) -> ProjectParticipants:
        return ProjectParticipants(self._api_client, self.project_id)

    @cached_property
    def sanctions(self) -> ProjectSanctions:
        return ProjectSanctions(self._api_client, self.project_id)

    @cached_property
    def gatherings(self) -> ProjectGatherings:
        return ProjectGatherings(self._api_client, self.project_id)
