from typing import Any

import httpx

from ... import errors
from ...client import ApiClient
from ...models.error_response import ErrorResponse
from ...models.gathering_member_joined_event import GatheringMemberJoinedEvent
from ...models.gathering_started_event import GatheringStartedEvent
from ...models.generic_domain_event import GenericDomainEvent
from ...models.message_annotation_created_event import MessageAnnotationCreatedEvent
from ...models.message_created_event import MessageCreatedEvent
from ...models.participant_created_event import ParticipantCreatedEvent
from ...models.participant_deleted_event import ParticipantDeletedEvent
from ...models.participant_updated_event import ParticipantUpdatedEvent
from ...models.sanction_created_event import SanctionCreatedEvent
from ...models.session_annotation_created_event import SessionAnnotationCreatedEvent
from ...models.session_created_event import SessionCreatedEvent
from ...models.session_deleted_event import SessionDeletedEvent
from ...models.session_updated_event import SessionUpdatedEvent
from ...types import Response, http_status


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/events/schema",
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> (
    ErrorResponse
    | GatheringMemberJoinedEvent
    | GatheringStartedEvent
    | GenericDomainEvent
    | MessageAnnotationCreatedEvent
    | MessageCreatedEvent
    | ParticipantCreatedEvent
    | ParticipantDeletedEvent
    | ParticipantUpdatedEvent
    | SanctionCreatedEvent
    | SessionAnnotationCreatedEvent
    | SessionCreatedEvent
    | SessionDeletedEvent
    | SessionUpdatedEvent
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            GatheringMemberJoinedEvent
            | GatheringStartedEvent
            | GenericDomainEvent
            | MessageAnnotationCreatedEvent
            | MessageCreatedEvent
            | ParticipantCreatedEvent
            | ParticipantDeletedEvent
            | ParticipantUpdatedEvent
            | SanctionCreatedEvent
            | SessionAnnotationCreatedEvent
            | SessionCreatedEvent
            | SessionDeletedEvent
            | SessionUpdatedEvent
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_0 = SessionCreatedEvent.from_dict(data)

                return componentsschemas_domain_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_1 = SessionUpdatedEvent.from_dict(data)

                return componentsschemas_domain_event_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_2 = SessionDeletedEvent.from_dict(data)

                return componentsschemas_domain_event_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_3 = MessageCreatedEvent.from_dict(data)

                return componentsschemas_domain_event_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_4 = ParticipantCreatedEvent.from_dict(data)

                return componentsschemas_domain_event_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_5 = ParticipantUpdatedEvent.from_dict(data)

                return componentsschemas_domain_event_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_6 = ParticipantDeletedEvent.from_dict(data)

                return componentsschemas_domain_event_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_7 = GatheringMemberJoinedEvent.from_dict(data)

                return componentsschemas_domain_event_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_8 = GatheringStartedEvent.from_dict(data)

                return componentsschemas_domain_event_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_9 = MessageAnnotationCreatedEvent.from_dict(
                    data
                )

                return componentsschemas_domain_event_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_10 = SessionAnnotationCreatedEvent.from_dict(
                    data
                )

                return componentsschemas_domain_event_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_11 = SanctionCreatedEvent.from_dict(data)

                return componentsschemas_domain_event_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_domain_event_type_12 = GenericDomainEvent.from_dict(data)

            return componentsschemas_domain_event_type_12

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if 200 <= response.status_code <= 299:
        # A success code the spec does not list (e.g. 200 where it documents 201) carries the same body.
        def _parse_response_200(
            data: object,
        ) -> (
            GatheringMemberJoinedEvent
            | GatheringStartedEvent
            | GenericDomainEvent
            | MessageAnnotationCreatedEvent
            | MessageCreatedEvent
            | ParticipantCreatedEvent
            | ParticipantDeletedEvent
            | ParticipantUpdatedEvent
            | SanctionCreatedEvent
            | SessionAnnotationCreatedEvent
            | SessionCreatedEvent
            | SessionDeletedEvent
            | SessionUpdatedEvent
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_0 = SessionCreatedEvent.from_dict(data)

                return componentsschemas_domain_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_1 = SessionUpdatedEvent.from_dict(data)

                return componentsschemas_domain_event_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_2 = SessionDeletedEvent.from_dict(data)

                return componentsschemas_domain_event_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_3 = MessageCreatedEvent.from_dict(data)

                return componentsschemas_domain_event_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_4 = ParticipantCreatedEvent.from_dict(data)

                return componentsschemas_domain_event_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_5 = ParticipantUpdatedEvent.from_dict(data)

                return componentsschemas_domain_event_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_6 = ParticipantDeletedEvent.from_dict(data)

                return componentsschemas_domain_event_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_7 = GatheringMemberJoinedEvent.from_dict(data)

                return componentsschemas_domain_event_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_8 = GatheringStartedEvent.from_dict(data)

                return componentsschemas_domain_event_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_9 = MessageAnnotationCreatedEvent.from_dict(
                    data
                )

                return componentsschemas_domain_event_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_10 = SessionAnnotationCreatedEvent.from_dict(
                    data
                )

                return componentsschemas_domain_event_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_domain_event_type_11 = SanctionCreatedEvent.from_dict(data)

                return componentsschemas_domain_event_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_domain_event_type_12 = GenericDomainEvent.from_dict(data)

            return componentsschemas_domain_event_type_12

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ApiClient, response: httpx.Response
) -> Response[
    ErrorResponse
    | GatheringMemberJoinedEvent
    | GatheringStartedEvent
    | GenericDomainEvent
    | MessageAnnotationCreatedEvent
    | MessageCreatedEvent
    | ParticipantCreatedEvent
    | ParticipantDeletedEvent
    | ParticipantUpdatedEvent
    | SanctionCreatedEvent
    | SessionAnnotationCreatedEvent
    | SessionCreatedEvent
    | SessionDeletedEvent
    | SessionUpdatedEvent
]:
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
    *,
    client: ApiClient,
) -> Response[
    ErrorResponse
    | GatheringMemberJoinedEvent
    | GatheringStartedEvent
    | GenericDomainEvent
    | MessageAnnotationCreatedEvent
    | MessageCreatedEvent
    | ParticipantCreatedEvent
    | ParticipantDeletedEvent
    | ParticipantUpdatedEvent
    | SanctionCreatedEvent
    | SessionAnnotationCreatedEvent
    | SessionCreatedEvent
    | SessionDeletedEvent
    | SessionUpdatedEvent
]:
    """Describe the domain event model

     Returns a DomainEvent. The route exists so that the event union is part of the API description.

    Raises:
        cortex_client.AuthenticationError: 401, Credentials are missing or not valid
        cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
        cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
        cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
        cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
        cortex_client.ResponseValidationError: A 2xx body the models cannot read.

    Returns:
        Response[ErrorResponse | GatheringMemberJoinedEvent | GatheringStartedEvent | GenericDomainEvent | MessageAnnotationCreatedEvent | MessageCreatedEvent | ParticipantCreatedEvent | ParticipantDeletedEvent | ParticipantUpdatedEvent | SanctionCreatedEvent | SessionAnnotationCreatedEvent | SessionCreatedEvent | SessionDeletedEvent | SessionUpdatedEvent]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: ApiClient,
) -> (
    ErrorResponse
    | GatheringMemberJoinedEvent
    | GatheringStartedEvent
    | GenericDomainEvent
    | MessageAnnotationCreatedEvent
    | MessageCreatedEvent
    | ParticipantCreatedEvent
    | ParticipantDeletedEvent
    | ParticipantUpdatedEvent
    | SanctionCreatedEvent
    | SessionAnnotationCreatedEvent
    | SessionCreatedEvent
    | SessionDeletedEvent
    | SessionUpdatedEvent
    | None
):
    """Describe the domain event model

     Returns a DomainEvent. The route exists so that the event union is part of the API description.

    Raises:
        cortex_client.AuthenticationError: 401, Credentials are missing or not valid
        cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
        cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
        cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
        cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
        cortex_client.ResponseValidationError: A 2xx body the models cannot read.

    Returns:
        ErrorResponse | GatheringMemberJoinedEvent | GatheringStartedEvent | GenericDomainEvent | MessageAnnotationCreatedEvent | MessageCreatedEvent | ParticipantCreatedEvent | ParticipantDeletedEvent | ParticipantUpdatedEvent | SanctionCreatedEvent | SessionAnnotationCreatedEvent | SessionCreatedEvent | SessionDeletedEvent | SessionUpdatedEvent
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: ApiClient,
) -> Response[
    ErrorResponse
    | GatheringMemberJoinedEvent
    | GatheringStartedEvent
    | GenericDomainEvent
    | MessageAnnotationCreatedEvent
    | MessageCreatedEvent
    | ParticipantCreatedEvent
    | ParticipantDeletedEvent
    | ParticipantUpdatedEvent
    | SanctionCreatedEvent
    | SessionAnnotationCreatedEvent
    | SessionCreatedEvent
    | SessionDeletedEvent
    | SessionUpdatedEvent
]:
    """Describe the domain event model

     Returns a DomainEvent. The route exists so that the event union is part of the API description.

    Raises:
        cortex_client.AuthenticationError: 401, Credentials are missing or not valid
        cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
        cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
        cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
        cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
        cortex_client.ResponseValidationError: A 2xx body the models cannot read.

    Returns:
        Response[ErrorResponse | GatheringMemberJoinedEvent | GatheringStartedEvent | GenericDomainEvent | MessageAnnotationCreatedEvent | MessageCreatedEvent | ParticipantCreatedEvent | ParticipantDeletedEvent | ParticipantUpdatedEvent | SanctionCreatedEvent | SessionAnnotationCreatedEvent | SessionCreatedEvent | SessionDeletedEvent | SessionUpdatedEvent]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
) -> (
    ErrorResponse
    | GatheringMemberJoinedEvent
    | GatheringStartedEvent
    | GenericDomainEvent
    | MessageAnnotationCreatedEvent
    | MessageCreatedEvent
    | ParticipantCreatedEvent
    | ParticipantDeletedEvent
    | ParticipantUpdatedEvent
    | SanctionCreatedEvent
    | SessionAnnotationCreatedEvent
    | SessionCreatedEvent
    | SessionDeletedEvent
    | SessionUpdatedEvent
    | None
):
    """Describe the domain event model

     Returns a DomainEvent. The route exists so that the event union is part of the API description.

    Raises:
        cortex_client.AuthenticationError: 401, Credentials are missing or not valid
        cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
        cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
        cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
        cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
        cortex_client.ResponseValidationError: A 2xx body the models cannot read.

    Returns:
        ErrorResponse | GatheringMemberJoinedEvent | GatheringStartedEvent | GenericDomainEvent | MessageAnnotationCreatedEvent | MessageCreatedEvent | ParticipantCreatedEvent | ParticipantDeletedEvent | ParticipantUpdatedEvent | SanctionCreatedEvent | SessionAnnotationCreatedEvent | SessionCreatedEvent | SessionDeletedEvent | SessionUpdatedEvent
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
