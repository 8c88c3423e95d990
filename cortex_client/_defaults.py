"""Defaults shared by modules that must not import each other (the client stays light)."""

__all__ = ["DEFAULT_IDLE_TIMEOUT"]

#: Seconds without a byte (heartbeats included) before an event stream counts as dead; 0 = never.
DEFAULT_IDLE_TIMEOUT = 45.0
