"""Contains methods for accessing the API, and the client-bound entry points `Api` and `ProjectApi`"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from ..client import ApiClient
    from .api_keys import ApiKeysApi
    from .app_settings import AppSettingsApi, ProjectAppSettingsApi
    from .auth import AuthApi
    from .events import EventsApi, ProjectEventsApi
    from .functions import FunctionsApi, ProjectFunctionsApi
    from .gatherings import GatheringsApi, ProjectGatheringsApi
    from .health import HealthApi
    from .messages import MessagesApi, ProjectMessagesApi
    from .participants import ParticipantsApi, ProjectParticipantsApi
    from .plugin_instances import PluginInstancesApi, ProjectPluginInstancesApi
    from .plugins import PluginsApi
    from .projects import ProjectProjectsApi, ProjectsApi
    from .sanctions import ProjectSanctionsApi, SanctionsApi
    from .sessions import ProjectSessionsApi, SessionsApi
    from .voice import ProjectVoiceApi, VoiceApi
    from .webhooks import ProjectWebhooksApi, WebhooksApi


class WatchTarget(NamedTuple):
    """One watchable collection, from generator-config.yml's `cortex_watch` table.

    `list` / `get` are methods of the project scope's `list_group` / `get_group` attributes (the
    list takes the parent's id for a nested collection); `model` names a class of `models`;
    events `<events>.<verb>` change the collection; a nested document names its parent in the
    `parent_key` field.
    """

    name: str
    list_group: str
    list: str
    model: str
    events: str
    get_group: str | None = None
    get: str | None = None
    parent: str | None = None
    parent_key: str | None = None
    id_field: str = "id"


WATCHABLE: dict[str, WatchTarget] = {
    "sessions": WatchTarget(
        name="sessions",
        list_group="sessions",
        list="list_sessions",
        model="SessionResponse",
        events="session",
        get_group="sessions",
        get="get_session",
    ),
    "participants": WatchTarget(
        name="participants",
        list_group="participants",
        list="iter_participants",
        model="ParticipantResponse",
        events="participant",
        get_group="participants",
        get="get_participant",
    ),
    "sanctions": WatchTarget(
        name="sanctions",
        list_group="sanctions",
        list="iter_sanctions",
        model="SanctionResponse",
        events="sanction",
        get_group="sanctions",
        get="get_sanction",
    ),
    "gatherings": WatchTarget(
        name="gatherings",
        list_group="gatherings",
        list="iter_gatherings",
        model="GatheringResponse",
        events="gathering",
        get_group="gatherings",
        get="get_gathering",
    ),
    "messages": WatchTarget(
        name="messages",
        list_group="messages",
        list="list_session_messages",
        model="Message",
        events="message",
        parent="sessions",
        parent_key="sessionId",
    ),
    "members": WatchTarget(
        name="members",
        list_group="gatherings",
        list="list_gathering_members",
        model="GatheringMember",
        events="gathering.member",
        parent="gatherings",
        parent_key="gatheringId",
    ),
    "invitations": WatchTarget(
        name="invitations",
        list_group="gatherings",
        list="list_gathering_invitations",
        model="GatheringInvitation",
        events="gathering.invitation",
        parent="gatherings",
        parent_key="gatheringId",
    ),
}


class EventRoutes(NamedTuple):
    """The event side of the spec, from generator-config.yml's `cortex_events`.

    `envelope` names the class of `models` an event of an unknown type is read as; the stream
    paths are the SSE routes' templates (`project_parameter` is the one path parameter of the
    project stream). None where the config names nothing.
    """

    envelope: str | None
    project_stream: str | None
    tenant_stream: str | None
    project_parameter: str


EVENTS = EventRoutes(
    envelope="DomainEventEnvelope",
    project_stream="/api/projects/{projectId}/events/stream",
    tenant_stream="/api/events/stream",
    project_parameter="projectId",
)


class UnboundObjectError(TypeError):
    """A live object's action was called on a model no client returned (built by hand,
    `from_dict`, or unpickled): it has no client to send the request with."""


class LiveObject:
    """Base of the resource models that carry their actions (`session.start()`).

    The client binds an object it returns to itself and the project (a slot, not an attrs
    field: `from_dict`, equality, `to_dict`, `repr` and pickling do not see it).
    """

    __slots__ = ("_cortex_scope",)
    _cortex_scope: tuple[Any, Any]


def bind(value: Any, client: Any, project_id: Any) -> Any:
    """Bind the live objects in `value` (itself, a list of them, or a page holding them)."""
    scope = (client, project_id)
    if isinstance(value, LiveObject):
        value._cortex_scope = scope
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, LiveObject):
                item._cortex_scope = scope
    else:
        for field in getattr(type(value), "__attrs_attrs__", ()):
            inner = getattr(value, field.name, None)
            if isinstance(inner, LiveObject):
                inner._cortex_scope = scope
            elif isinstance(inner, list):
                for item in inner:
                    if isinstance(item, LiveObject):
                        item._cortex_scope = scope
    return value


def scope_of(obj: LiveObject, action: str) -> tuple[Any, Any]:
    """The (client, project id) `obj` was returned with; UnboundObjectError without one."""
    try:
        return obj._cortex_scope  # type: ignore[no-any-return]
    except AttributeError:
        raise UnboundObjectError(
            f"{type(obj).__name__}.{action}() needs a client: this object was not returned by "
            "one (built by hand, from_dict or unpickled); fetch it through the client"
        ) from None


def open_watch(client: Any, target: WatchTarget, project_id: Any, **options: Any) -> Any:
    """Start a watch of `target` through the client's `open_watch` (the overlay's seam)."""
    opener = getattr(client, "open_watch", None)
    if opener is None:
        raise TypeError(
            f"watching needs a client with open_watch(); {type(client).__name__} has none "
            "(use cortex_client.CortexClient)"
        )
    return opener(target, project_id, **options)


class Api:
    """Every operation of the API, bound to one client: ``api.<tag>.<operation>(...)``.

    Tag groups are imported on first use, so building a client stays cheap.
    """

    def __init__(self, client: ApiClient) -> None:
        self._api_client = client

    def project(self, project_id: str) -> ProjectApi:
        """The operations under a project, with the project id filled in (and their `watch()`)."""
        return ProjectApi(self._api_client, project_id)

    @cached_property
    def health(self) -> HealthApi:
        """Operations tagged `health`."""
        from .health import HealthApi

        return HealthApi(self._api_client)

    @cached_property
    def auth(self) -> AuthApi:
        """Operations tagged `auth`."""
        from .auth import AuthApi

        return AuthApi(self._api_client)

    @cached_property
    def sessions(self) -> SessionsApi:
        """Operations tagged `sessions`."""
        from .sessions import SessionsApi

        return SessionsApi(self._api_client)

    @cached_property
    def messages(self) -> MessagesApi:
        """Operations tagged `messages`."""
        from .messages import MessagesApi

        return MessagesApi(self._api_client)

    @cached_property
    def participants(self) -> ParticipantsApi:
        """Operations tagged `participants`."""
        from .participants import ParticipantsApi

        return ParticipantsApi(self._api_client)

    @cached_property
    def gatherings(self) -> GatheringsApi:
        """Operations tagged `gatherings`."""
        from .gatherings import GatheringsApi

        return GatheringsApi(self._api_client)

    @cached_property
    def sanctions(self) -> SanctionsApi:
        """Operations tagged `sanctions`."""
        from .sanctions import SanctionsApi

        return SanctionsApi(self._api_client)

    @cached_property
    def plugin_catalog(self) -> PluginsApi:
        """Operations tagged `plugins`."""
        from .plugins import PluginsApi

        return PluginsApi(self._api_client)

    @cached_property
    def plugins(self) -> PluginInstancesApi:
        """Operations tagged `plugin_instances`."""
        from .plugin_instances import PluginInstancesApi

        return PluginInstancesApi(self._api_client)

    @cached_property
    def functions(self) -> FunctionsApi:
        """Operations tagged `functions`."""
        from .functions import FunctionsApi

        return FunctionsApi(self._api_client)

    @cached_property
    def webhooks(self) -> WebhooksApi:
        """Operations tagged `webhooks`."""
        from .webhooks import WebhooksApi

        return WebhooksApi(self._api_client)

    @cached_property
    def events(self) -> EventsApi:
        """Operations tagged `events`."""
        from .events import EventsApi

        return EventsApi(self._api_client)

    @cached_property
    def api_keys(self) -> ApiKeysApi:
        """Operations tagged `api_keys`."""
        from .api_keys import ApiKeysApi

        return ApiKeysApi(self._api_client)

    @cached_property
    def settings(self) -> AppSettingsApi:
        """Operations tagged `app_settings`."""
        from .app_settings import AppSettingsApi

        return AppSettingsApi(self._api_client)

    @cached_property
    def voice(self) -> VoiceApi:
        """Operations tagged `voice`."""
        from .voice import VoiceApi

        return VoiceApi(self._api_client)

    @cached_property
    def projects(self) -> ProjectsApi:
        """Operations tagged `projects`."""
        from .projects import ProjectsApi

        return ProjectsApi(self._api_client)


class ProjectApi:
    """The project-scoped operations of the API, bound to one client and one project id."""

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._api_client = client
        self.project_id = project_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_id={self.project_id!r})"

    @cached_property
    def sessions(self) -> ProjectSessionsApi:
        """Operations tagged `sessions` for this project."""
        from .sessions import ProjectSessionsApi

        return ProjectSessionsApi(self._api_client, self.project_id)

    @cached_property
    def messages(self) -> ProjectMessagesApi:
        """Operations tagged `messages` for this project."""
        from .messages import ProjectMessagesApi

        return ProjectMessagesApi(self._api_client, self.project_id)

    @cached_property
    def participants(self) -> ProjectParticipantsApi:
        """Operations tagged `participants` for this project."""
        from .participants import ProjectParticipantsApi

        return ProjectParticipantsApi(self._api_client, self.project_id)

    @cached_property
    def gatherings(self) -> ProjectGatheringsApi:
        """Operations tagged `gatherings` for this project."""
        from .gatherings import ProjectGatheringsApi

        return ProjectGatheringsApi(self._api_client, self.project_id)

    @cached_property
    def sanctions(self) -> ProjectSanctionsApi:
        """Operations tagged `sanctions` for this project."""
        from .sanctions import ProjectSanctionsApi

        return ProjectSanctionsApi(self._api_client, self.project_id)

    @cached_property
    def plugins(self) -> ProjectPluginInstancesApi:
        """Operations tagged `plugin_instances` for this project."""
        from .plugin_instances import ProjectPluginInstancesApi

        return ProjectPluginInstancesApi(self._api_client, self.project_id)

    @cached_property
    def functions(self) -> ProjectFunctionsApi:
        """Operations tagged `functions` for this project."""
        from .functions import ProjectFunctionsApi

        return ProjectFunctionsApi(self._api_client, self.project_id)

    @cached_property
    def webhooks(self) -> ProjectWebhooksApi:
        """Operations tagged `webhooks` for this project."""
        from .webhooks import ProjectWebhooksApi

        return ProjectWebhooksApi(self._api_client, self.project_id)

    @cached_property
    def events(self) -> ProjectEventsApi:
        """Operations tagged `events` for this project."""
        from .events import ProjectEventsApi

        return ProjectEventsApi(self._api_client, self.project_id)

    @cached_property
    def settings(self) -> ProjectAppSettingsApi:
        """Operations tagged `app_settings` for this project."""
        from .app_settings import ProjectAppSettingsApi

        return ProjectAppSettingsApi(self._api_client, self.project_id)

    @cached_property
    def voice(self) -> ProjectVoiceApi:
        """Operations tagged `voice` for this project."""
        from .voice import ProjectVoiceApi

        return ProjectVoiceApi(self._api_client, self.project_id)

    @cached_property
    def projects(self) -> ProjectProjectsApi:
        """Operations tagged `projects` for this project."""
        from .projects import ProjectProjectsApi

        return ProjectProjectsApi(self._api_client, self.project_id)


__all__ = [
    "EVENTS",
    "Api",
    "EventRoutes",
    "LiveObject",
    "ProjectApi",
    "UnboundObjectError",
    "WATCHABLE",
    "WatchTarget",
    "bind",
    "open_watch",
    "scope_of",
]
