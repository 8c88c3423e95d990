"""The event-stream path of a project or the tenant, from the generated ``EVENTS`` table."""

from __future__ import annotations

from ._errors import CortexError
from ._generated.api import EVENTS
from ._generated.types import path_segment

__all__ = ["stream_path"]

_NO_STREAM = "this API has no such event stream: generator-config.yml names no cortex_events.{}"


def stream_path(project_id: str | None) -> str:
    """The event-stream path of a project (the tenant's when ``project_id`` is None).

    The project id goes through the operations' path-segment rule: "", "." and ".." raise
    :class:`~cortex_client.InvalidPathParameter` (they would address the tenant-wide stream).
    """
    # The routes come from generator-config.yml's cortex_events, checked against the spec.
    if project_id is None:
        if EVENTS.tenant_stream is None:
            raise CortexError(_NO_STREAM.format("tenant_stream"))
        return EVENTS.tenant_stream
    if EVENTS.project_stream is None:
        raise CortexError(_NO_STREAM.format("project_stream"))
    name = EVENTS.project_parameter
    return EVENTS.project_stream.replace("{" + name + "}", path_segment(name, project_id))
