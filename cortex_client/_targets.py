"""Which collections can be watched: the generated table (generator-config.yml's `cortex_watch`)."""

from __future__ import annotations

from ._generated.api import WATCHABLE, WatchTarget

__all__ = ["WatchTarget", "watch_target"]


def watch_target(collection: str | WatchTarget) -> WatchTarget:
    """The table row for `collection` (a row is returned as it is)."""
    if isinstance(collection, WatchTarget):
        return collection
    target = WATCHABLE.get(collection)
    if target is None:
        known = ", ".join(sorted(WATCHABLE)) or "none in this spec"
        raise ValueError(f"unknown collection {collection!r}; known: {known}")
    return target
