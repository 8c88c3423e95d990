"""A client library for accessing Cortex API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import ApiClient, AuthenticatedClient, Client

__all__ = (
    "ApiClient",
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    # Loaded on first use so that importing a subpackage (e.g. `.api`) does not import attrs.
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
