"""Which credential a ``CortexClient`` applies, and whether its requests carry one at all."""

from __future__ import annotations

import httpx

from ._auth import ApiKeyAuth, BearerAuth, TokenProvider, TokenProviderAuth, clean_credential
from ._logging import CREDENTIAL_HEADERS
from ._redact import Redactor
from ._settings import ClientSettings

__all__ = ["build_auth", "names_a_credential"]


def names_a_credential(settings: ClientSettings) -> bool:
    """Whether the caller's ``headers=`` already carry a credential of their own."""
    names = CREDENTIAL_HEADERS | {settings.api_key_header.lower()}
    return any(name.lower() in names for name, _ in settings.headers)


def build_auth(
    *,
    api_key: str | None,
    access_token: str | None,
    token_provider: TokenProvider | None,
    api_key_header: str,
    origin: httpx.URL,
    redactor: Redactor,
    api_key_name: str = "api_key",
) -> httpx.Auth | None:
    """The ``httpx.Auth`` for the one credential given (``None`` for none); more than one is a
    ``ValueError``. ``api_key_name`` is how an error names where the key came from."""
    given = [
        name
        for name, value in (
            ("api_key", api_key),
            ("access_token", access_token),
            ("token_provider", token_provider),
        )
        if value is not None
    ]
    if len(given) > 1:
        raise ValueError(f"pass only one credential, got {' and '.join(given)}")
    # Cleaned here too, so an error names the parameter the caller used.
    if api_key is not None:
        key = clean_credential(api_key, api_key_name)
        return ApiKeyAuth(key, header=api_key_header, origin=origin, redactor=redactor)
    if access_token is not None:
        token = clean_credential(access_token, "access_token")
        return BearerAuth(token, origin=origin, redactor=redactor)
    if token_provider is not None:
        return TokenProviderAuth(token_provider, origin=origin, redactor=redactor)
    return None
