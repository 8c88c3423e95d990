"""Defaults shared by modules that must not import each other (the client stays light)."""

__all__ = ["DEFAULT_FIRST_SYNC_TIMEOUT", "DEFAULT_IDLE_TIMEOUT"]

#: Seconds without a byte (heartbeats included) before an event stream counts as dead; 0 = never.
DEFAULT_IDLE_TIMEOUT = 45.0

#: Seconds a watch has for its first snapshot (stream connected and first list read) before
#: it fails with the last error; None = retry forever.
DEFAULT_FIRST_SYNC_TIMEOUT = 30.0
