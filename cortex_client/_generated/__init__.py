"""A client library for accessing Cortex API"""

from .client import ApiClient, AuthenticatedClient, Client

__all__ = (
    "ApiClient",
    "AuthenticatedClient",
    "Client",
)
