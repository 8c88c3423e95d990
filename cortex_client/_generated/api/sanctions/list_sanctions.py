from typing import Any

import httpx

from ... import errors
from ...client import ApiClient
from ...models.error_response import ErrorResponse
from ...models.list_sanctions_type import ListSanctionsType
from ...models.sanction_list_response import SanctionListResponse
from ...types import UNSET, Response, Unset, http_status, path_segment


def _get_kwargs(
    project_id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    participant_id: str | Unset = UNSET,
    external_user_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    type_: ListSanctionsType | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["participantId"] = participant_id

    params["externalUserId"] = external_user_id

    params["sessionId"] = session_id

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["isActive"] = is_active

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/projects/{project_id}/sanctions".format(
            project_id=path_segment("project_id", project_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> ErrorResponse | SanctionListResponse | None:
    if response.status_code == 200:
        response_200 = SanctionListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if 200 <= response.status_code <= 299:
        # A success code the spec does not list (e.g. 200 where it documents 201) carries the same body.
        response_200 = SanctionListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ApiClient, response: httpx.Response
) -> Response[ErrorResponse | SanctionListResponse]:
    client.check_response(response)
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as exc:
        raise client.parse_error(response, exc) from exc
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    project_id: str,
    *,
    client: ApiClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    participant_id: str | Unset = UNSET,
    external_user_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    type_: ListSanctionsType | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> Response[ErrorResponse | SanctionListResponse]:
    """List sanctions of a project (audit trail)

    Args:
        project_id (str):
        limit (int | Unset):
        offset (int | Unset):
        participant_id (str | Unset):
        external_user_id (str | Unset):
        session_id (str | Unset):
        type_ (ListSanctionsType | Unset):
        is_active (bool | Unset):

    Raises:
        cortex_client.AuthenticationError: 401, Credentials are missing or not valid
        cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
        cortex_client.NotFoundError: 404, The addressed resource does not exist
        cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
        cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
        cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
        cortex_client.ResponseValidationError: A 2xx body the models cannot read.

    Returns:
        Response[ErrorResponse | SanctionListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        limit=limit,
        offset=offset,
        participant_id=participant_id,
        external_user_id=external_user_id,
        session_id=session_id,
        type_=type_,
        is_active=is_active,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: ApiClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    participant_id: str | Unset = UNSET,
    external_user_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    type_: ListSanctionsType | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> ErrorResponse | SanctionListResponse | None:
    """List sanctions of a project (audit trail)

    Args:
        project_id (str):
        limit (int | Unset):
        offset (int | Unset):
        participant_id (str | Unset):
        external_user_id (str | Unset):
        session_id (str | Unset):
        type_ (ListSanctionsType | Unset):
        is_active (bool | Unset):

    Raises:
        cortex_client.AuthenticationError: 401, Credentials are missing or not valid
        cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
        cortex_client.NotFoundError: 404, The addressed resource does not exist
        cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
        cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
        cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
        cortex_client.ResponseValidationError: A 2xx body the models cannot read.

    Returns:
        ErrorResponse | SanctionListResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        limit=limit,
        offset=offset,
        participant_id=participant_id,
        external_user_id=external_user_id,
        session_id=session_id,
        type_=type_,
        is_active=is_active,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: ApiClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    participant_id: str | Unset = UNSET,
    external_user_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    type_: ListSanctionsType | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> Response[ErrorResponse | SanctionListResponse]:
    """List sanctions of a project (audit trail)

    Args:
        project_id (str):
        limit (int | Unset):
        offset (int | Unset):
        participant_id (str | Unset):
        external_user_id (str | Unset):
        session_id (str | Unset):
        type_ (ListSanctionsType | Unset):
        is_active (bool | Unset):

    Raises:
        cortex_client.AuthenticationError: 401, Credentials are missing or not valid
        cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
        cortex_client.NotFoundError: 404, The addressed resource does not exist
        cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
        cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
        cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
        cortex_client.ResponseValidationError: A 2xx body the models cannot read.

    Returns:
        Response[ErrorResponse | SanctionListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        limit=limit,
        offset=offset,
        participant_id=participant_id,
        external_user_id=external_user_id,
        session_id=session_id,
        type_=type_,
        is_active=is_active,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: ApiClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    participant_id: str | Unset = UNSET,
    external_user_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    type_: ListSanctionsType | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> ErrorResponse | SanctionListResponse | None:
    """List sanctions of a project (audit trail)

    Args:
        project_id (str):
        limit (int | Unset):
        offset (int | Unset):
        participant_id (str | Unset):
        external_user_id (str | Unset):
        session_id (str | Unset):
        type_ (ListSanctionsType | Unset):
        is_active (bool | Unset):

    Raises:
        cortex_client.AuthenticationError: 401, Credentials are missing or not valid
        cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
        cortex_client.NotFoundError: 404, The addressed resource does not exist
        cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
        cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
        cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
        cortex_client.ResponseValidationError: A 2xx body the models cannot read.

    Returns:
        ErrorResponse | SanctionListResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            limit=limit,
            offset=offset,
            participant_id=participant_id,
            external_user_id=external_user_id,
            session_id=session_id,
            type_=type_,
            is_active=is_active,
        )
    ).parsed
