from typing import Any

import httpx

from ... import errors
from ...client import ApiClient
from ...models.error_response import ErrorResponse
from ...models.webhook_subscription_response import WebhookSubscriptionResponse
from ...types import Response, http_status, path_segment


def _get_kwargs(
    project_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/projects/{project_id}/webhooks/subscriptions".format(
            project_id=path_segment("project_id", project_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> ErrorResponse | list[WebhookSubscriptionResponse] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = WebhookSubscriptionResponse.from_dict(response_200_item_data)

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
            response_200_item = WebhookSubscriptionResponse.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ApiClient, response: httpx.Response
) -> Response[ErrorResponse | list[WebhookSubscriptionResponse]]:
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
) -> Response[ErrorResponse | list[WebhookSubscriptionResponse]]:
    """List webhook subscriptions of a project

    Args:
        project_id (str):

    Raises:
        cortex_client.AuthenticationError: 401, Credentials are missing or not valid
        cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
        cortex_client.NotFoundError: 404, The addressed resource does not exist
        cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
        cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
        cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
        cortex_client.ResponseValidationError: A 2xx body the models cannot read.

    Returns:
        Response[ErrorResponse | list[WebhookSubscriptionResponse]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: ApiClient,
) -> ErrorResponse | list[WebhookSubscriptionResponse] | None:
    """List webhook subscriptions of a project

    Args:
        project_id (str):

    Raises:
        cortex_client.AuthenticationError: 401, Credentials are missing or not valid
        cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
        cortex_client.NotFoundError: 404, The addressed resource does not exist
        cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
        cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
        cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
        cortex_client.ResponseValidationError: A 2xx body the models cannot read.

    Returns:
        ErrorResponse | list[WebhookSubscriptionResponse]
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: ApiClient,
) -> Response[ErrorResponse | list[WebhookSubscriptionResponse]]:
    """List webhook subscriptions of a project

    Args:
        project_id (str):

    Raises:
        cortex_client.AuthenticationError: 401, Credentials are missing or not valid
        cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
        cortex_client.NotFoundError: 404, The addressed resource does not exist
        cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
        cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
        cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
        cortex_client.ResponseValidationError: A 2xx body the models cannot read.

    Returns:
        Response[ErrorResponse | list[WebhookSubscriptionResponse]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: ApiClient,
) -> ErrorResponse | list[WebhookSubscriptionResponse] | None:
    """List webhook subscriptions of a project

    Args:
        project_id (str):

    Raises:
        cortex_client.AuthenticationError: 401, Credentials are missing or not valid
        cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
        cortex_client.NotFoundError: 404, The addressed resource does not exist
        cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
        cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
        cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
        cortex_client.ResponseValidationError: A 2xx body the models cannot read.

    Returns:
        ErrorResponse | list[WebhookSubscriptionResponse]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
        )
    ).parsed
