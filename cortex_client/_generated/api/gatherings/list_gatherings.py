from typing import Any

import httpx

from ... import errors
from ...client import ApiClient
from ...models.error_response import ErrorResponse
from ...models.gathering_response import GatheringResponse
from ...models.list_gatherings_status import ListGatheringsStatus
from ...models.list_gatherings_type import ListGatheringsType
from ...types import UNSET, Response, Unset, http_status, path_segment


def _get_kwargs(
    project_id: str,
    *,
    type_: ListGatheringsType | Unset = UNSET,
    status: ListGatheringsStatus | Unset = UNSET,
    listed: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["listed"] = listed

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/projects/{project_id}/gatherings".format(
            project_id=path_segment("project_id", project_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> ErrorResponse | list[GatheringResponse] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GatheringResponse.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GatheringResponse.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ApiClient, response: httpx.Response
) -> Response[ErrorResponse | list[GatheringResponse]]:
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
    type_: ListGatheringsType | Unset = UNSET,
    status: ListGatheringsStatus | Unset = UNSET,
    listed: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorResponse | list[GatheringResponse]]:
    """List gatherings of a project

    Args:
        project_id (str):
        type_ (ListGatheringsType | Unset):
        status (ListGatheringsStatus | Unset):
        listed (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        cortex_client.AuthenticationError: 401, Credentials are missing or not valid
        cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
        cortex_client.NotFoundError: 404, The addressed resource does not exist
        cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
        cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
        cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
        cortex_client.ResponseValidationError: A 2xx body the models cannot read.

    Returns:
        Response[ErrorResponse | list[GatheringResponse]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        type_=type_,
        status=status,
        listed=listed,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: ApiClient,
    type_: ListGatheringsType | Unset = UNSET,
    status: ListGatheringsStatus | Unset = UNSET,
    listed: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorResponse | list[GatheringResponse] | None:
    """List gatherings of a project

    Args:
        project_id (str):
        type_ (ListGatheringsType | Unset):
        status (ListGatheringsStatus | Unset):
        listed (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        cortex_client.AuthenticationError: 401, Credentials are missing or not valid
        cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
        cortex_client.NotFoundError: 404, The addressed resource does not exist
        cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
        cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
        cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
        cortex_client.ResponseValidationError: A 2xx body the models cannot read.

    Returns:
        ErrorResponse | list[GatheringResponse]
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        type_=type_,
        status=status,
        listed=listed,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: ApiClient,
    type_: ListGatheringsType | Unset = UNSET,
    status: ListGatheringsStatus | Unset = UNSET,
    listed: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorResponse | list[GatheringResponse]]:
    """List gatherings of a project

    Args:
        project_id (str):
        type_ (ListGatheringsType | Unset):
        status (ListGatheringsStatus | Unset):
        listed (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        cortex_client.AuthenticationError: 401, Credentials are missing or not valid
        cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
        cortex_client.NotFoundError: 404, The addressed resource does not exist
        cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
        cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
        cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
        cortex_client.ResponseValidationError: A 2xx body the models cannot read.

    Returns:
        Response[ErrorResponse | list[GatheringResponse]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        type_=type_,
        status=status,
        listed=listed,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: ApiClient,
    type_: ListGatheringsType | Unset = UNSET,
    status: ListGatheringsStatus | Unset = UNSET,
    listed: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorResponse | list[GatheringResponse] | None:
    """List gatherings of a project

    Args:
        project_id (str):
        type_ (ListGatheringsType | Unset):
        status (ListGatheringsStatus | Unset):
        listed (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        cortex_client.AuthenticationError: 401, Credentials are missing or not valid
        cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
        cortex_client.NotFoundError: 404, The addressed resource does not exist
        cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
        cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
        cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
        cortex_client.ResponseValidationError: A 2xx body the models cannot read.

    Returns:
        ErrorResponse | list[GatheringResponse]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            type_=type_,
            status=status,
            listed=listed,
            limit=limit,
            offset=offset,
        )
    ).parsed
