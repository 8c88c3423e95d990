"""Contains endpoint functions for accessing the API, and the client-bound classes over them"""

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, cast

from ...client import ApiClient
from ...models.create_webhook_subscription_request import CreateWebhookSubscriptionRequest
from ...models.error_response import ErrorResponse
from ...models.list_webhook_events_status import ListWebhookEventsStatus
from ...models.update_webhook_subscription_request import UpdateWebhookSubscriptionRequest
from ...models.webhook_event import WebhookEvent
from ...models.webhook_event_detail import WebhookEventDetail
from ...models.webhook_subscription_response import WebhookSubscriptionResponse
from ...types import UNSET, File, Response, Unset
from .. import bind as _bind
from . import create_webhook_subscription as _create_webhook_subscription
from . import delete_webhook_subscription as _delete_webhook_subscription
from . import get_webhook_event as _get_webhook_event
from . import get_webhook_subscription as _get_webhook_subscription
from . import list_webhook_events as _list_webhook_events
from . import list_webhook_subscriptions as _list_webhook_subscriptions
from . import update_webhook_subscription as _update_webhook_subscription


class WebhooksApi:
    """Operations tagged `webhooks`."""

    __slots__ = (
        "_client",
        "_detailed",
    )

    def __init__(self, client: ApiClient) -> None:
        self._client = client
        self._detailed: WebhooksApiDetailed | None = None

    @property
    def detailed(self) -> "WebhooksApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = WebhooksApiDetailed(self._client)
        return self._detailed

    async def list_webhook_subscriptions(
        self,
        project_id: str,
    ) -> list[WebhookSubscriptionResponse]:
        """List webhook subscriptions of a project

        `GET /api/projects/{project_id}/webhooks/subscriptions`

        Args:
            project_id (str):

        Returns:
            list[WebhookSubscriptionResponse]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_webhook_subscriptions.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        return cast(
            "list[WebhookSubscriptionResponse]", _bind(response.parsed, self._client, project_id)
        )

    async def create_webhook_subscription(
        self,
        project_id: str,
        *,
        body: CreateWebhookSubscriptionRequest,
    ) -> WebhookSubscriptionResponse:
        """Create a webhook subscription

        `POST /api/projects/{project_id}/webhooks/subscriptions`

        Args:
            project_id (str):
            body (CreateWebhookSubscriptionRequest): Body for creating a webhook subscription.

        Returns:
            WebhookSubscriptionResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _create_webhook_subscription.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        return cast("WebhookSubscriptionResponse", _bind(response.parsed, self._client, project_id))

    async def get_webhook_subscription(
        self,
        project_id: str,
        subscription_id: str,
    ) -> WebhookSubscriptionResponse:
        """Get one webhook subscription

        `GET /api/projects/{project_id}/webhooks/subscriptions/{subscription_id}`

        Args:
            project_id (str):
            subscription_id (str):

        Returns:
            WebhookSubscriptionResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_webhook_subscription.asyncio_detailed(
            project_id=project_id,
            subscription_id=subscription_id,
            client=self._client,
        )
        return cast("WebhookSubscriptionResponse", _bind(response.parsed, self._client, project_id))

    async def delete_webhook_subscription(
        self,
        project_id: str,
        subscription_id: str,
    ) -> None:
        """Delete a webhook subscription

        `DELETE /api/projects/{project_id}/webhooks/subscriptions/{subscription_id}`

        Args:
            project_id (str):
            subscription_id (str):

        Returns:
            None

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _delete_webhook_subscription.asyncio_detailed(
            project_id=project_id,
            subscription_id=subscription_id,
            client=self._client,
        )
        return cast("None", response.parsed)

    async def update_webhook_subscription(
        self,
        project_id: str,
        subscription_id: str,
        *,
        body: UpdateWebhookSubscriptionRequest,
    ) -> WebhookSubscriptionResponse:
        """Update a webhook subscription

        `PATCH /api/projects/{project_id}/webhooks/subscriptions/{subscription_id}`

        Args:
            project_id (str):
            subscription_id (str):
            body (UpdateWebhookSubscriptionRequest): Partial update of a webhook subscription (all
                fields optional).

        Returns:
            WebhookSubscriptionResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _update_webhook_subscription.asyncio_detailed(
            project_id=project_id,
            subscription_id=subscription_id,
            body=body,
            client=self._client,
        )
        return cast("WebhookSubscriptionResponse", _bind(response.parsed, self._client, project_id))

    async def list_webhook_events(
        self,
        project_id: str,
        *,
        status: ListWebhookEventsStatus | Unset = UNSET,
    ) -> list[WebhookEvent]:
        """List the webhook delivery log (outbox events)

        `GET /api/projects/{project_id}/webhooks/events`

        Args:
            project_id (str):
            status (ListWebhookEventsStatus | Unset):

        Returns:
            list[WebhookEvent]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_webhook_events.asyncio_detailed(
            project_id=project_id,
            status=status,
            client=self._client,
        )
        return cast("list[WebhookEvent]", _bind(response.parsed, self._client, project_id))

    async def get_webhook_event(
        self,
        project_id: str,
        event_id: str,
    ) -> WebhookEventDetail:
        """Get one outbox event with its delivery attempts

        `GET /api/projects/{project_id}/webhooks/events/{event_id}`

        Args:
            project_id (str):
            event_id (str):

        Returns:
            WebhookEventDetail

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_webhook_event.asyncio_detailed(
            project_id=project_id,
            event_id=event_id,
            client=self._client,
        )
        return cast("WebhookEventDetail", _bind(response.parsed, self._client, project_id))


class WebhooksApiDetailed:
    """Detailed responses (status, headers, parsed) for `webhooks`."""

    __slots__ = ("_client",)

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    async def list_webhook_subscriptions(
        self,
        project_id: str,
    ) -> Response[list[WebhookSubscriptionResponse]]:
        """List webhook subscriptions of a project

        `GET /api/projects/{project_id}/webhooks/subscriptions`

        Args:
            project_id (str):

        Returns:
            Response[list[WebhookSubscriptionResponse]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_webhook_subscriptions.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[list[WebhookSubscriptionResponse]]", response)

    async def create_webhook_subscription(
        self,
        project_id: str,
        *,
        body: CreateWebhookSubscriptionRequest,
    ) -> Response[WebhookSubscriptionResponse]:
        """Create a webhook subscription

        `POST /api/projects/{project_id}/webhooks/subscriptions`

        Args:
            project_id (str):
            body (CreateWebhookSubscriptionRequest): Body for creating a webhook subscription.

        Returns:
            Response[WebhookSubscriptionResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _create_webhook_subscription.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[WebhookSubscriptionResponse]", response)

    async def get_webhook_subscription(
        self,
        project_id: str,
        subscription_id: str,
    ) -> Response[WebhookSubscriptionResponse]:
        """Get one webhook subscription

        `GET /api/projects/{project_id}/webhooks/subscriptions/{subscription_id}`

        Args:
            project_id (str):
            subscription_id (str):

        Returns:
            Response[WebhookSubscriptionResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_webhook_subscription.asyncio_detailed(
            project_id=project_id,
            subscription_id=subscription_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[WebhookSubscriptionResponse]", response)

    async def delete_webhook_subscription(
        self,
        project_id: str,
        subscription_id: str,
    ) -> Response[None]:
        """Delete a webhook subscription

        `DELETE /api/projects/{project_id}/webhooks/subscriptions/{subscription_id}`

        Args:
            project_id (str):
            subscription_id (str):

        Returns:
            Response[None]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _delete_webhook_subscription.asyncio_detailed(
            project_id=project_id,
            subscription_id=subscription_id,
            client=self._client,
        )
        return cast("Response[None]", response)

    async def update_webhook_subscription(
        self,
        project_id: str,
        subscription_id: str,
        *,
        body: UpdateWebhookSubscriptionRequest,
    ) -> Response[WebhookSubscriptionResponse]:
        """Update a webhook subscription

        `PATCH /api/projects/{project_id}/webhooks/subscriptions/{subscription_id}`

        Args:
            project_id (str):
            subscription_id (str):
            body (UpdateWebhookSubscriptionRequest): Partial update of a webhook subscription (all
                fields optional).

        Returns:
            Response[WebhookSubscriptionResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _update_webhook_subscription.asyncio_detailed(
            project_id=project_id,
            subscription_id=subscription_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[WebhookSubscriptionResponse]", response)

    async def list_webhook_events(
        self,
        project_id: str,
        *,
        status: ListWebhookEventsStatus | Unset = UNSET,
    ) -> Response[list[WebhookEvent]]:
        """List the webhook delivery log (outbox events)

        `GET /api/projects/{project_id}/webhooks/events`

        Args:
            project_id (str):
            status (ListWebhookEventsStatus | Unset):

        Returns:
            Response[list[WebhookEvent]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_webhook_events.asyncio_detailed(
            project_id=project_id,
            status=status,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[list[WebhookEvent]]", response)

    async def get_webhook_event(
        self,
        project_id: str,
        event_id: str,
    ) -> Response[WebhookEventDetail]:
        """Get one outbox event with its delivery attempts

        `GET /api/projects/{project_id}/webhooks/events/{event_id}`

        Args:
            project_id (str):
            event_id (str):

        Returns:
            Response[WebhookEventDetail]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_webhook_event.asyncio_detailed(
            project_id=project_id,
            event_id=event_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[WebhookEventDetail]", response)


class ProjectWebhooksApi:
    """Operations tagged `webhooks`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
        "_detailed",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id
        self._detailed: ProjectWebhooksApiDetailed | None = None

    @property
    def detailed(self) -> "ProjectWebhooksApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = ProjectWebhooksApiDetailed(self._client, self._project_id)
        return self._detailed

    async def list_webhook_subscriptions(
        self,
    ) -> list[WebhookSubscriptionResponse]:
        """List webhook subscriptions of a project

        `GET /api/projects/{project_id}/webhooks/subscriptions`

        Returns:
            list[WebhookSubscriptionResponse]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_webhook_subscriptions.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        return cast(
            "list[WebhookSubscriptionResponse]",
            _bind(response.parsed, self._client, self._project_id),
        )

    async def create_webhook_subscription(
        self,
        *,
        body: CreateWebhookSubscriptionRequest,
    ) -> WebhookSubscriptionResponse:
        """Create a webhook subscription

        `POST /api/projects/{project_id}/webhooks/subscriptions`

        Args:
            body (CreateWebhookSubscriptionRequest): Body for creating a webhook subscription.

        Returns:
            WebhookSubscriptionResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _create_webhook_subscription.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        return cast(
            "WebhookSubscriptionResponse", _bind(response.parsed, self._client, self._project_id)
        )

    async def get_webhook_subscription(
        self,
        subscription_id: str,
    ) -> WebhookSubscriptionResponse:
        """Get one webhook subscription

        `GET /api/projects/{project_id}/webhooks/subscriptions/{subscription_id}`

        Args:
            subscription_id (str):

        Returns:
            WebhookSubscriptionResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_webhook_subscription.asyncio_detailed(
            project_id=self._project_id,
            subscription_id=subscription_id,
            client=self._client,
        )
        return cast(
            "WebhookSubscriptionResponse", _bind(response.parsed, self._client, self._project_id)
        )

    async def delete_webhook_subscription(
        self,
        subscription_id: str,
    ) -> None:
        """Delete a webhook subscription

        `DELETE /api/projects/{project_id}/webhooks/subscriptions/{subscription_id}`

        Args:
            subscription_id (str):

        Returns:
            None

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _delete_webhook_subscription.asyncio_detailed(
            project_id=self._project_id,
            subscription_id=subscription_id,
            client=self._client,
        )
        return cast("None", response.parsed)

    async def update_webhook_subscription(
        self,
        subscription_id: str,
        *,
        body: UpdateWebhookSubscriptionRequest,
    ) -> WebhookSubscriptionResponse:
        """Update a webhook subscription

        `PATCH /api/projects/{project_id}/webhooks/subscriptions/{subscription_id}`

        Args:
            subscription_id (str):
            body (UpdateWebhookSubscriptionRequest): Partial update of a webhook subscription (all
                fields optional).

        Returns:
            WebhookSubscriptionResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _update_webhook_subscription.asyncio_detailed(
            project_id=self._project_id,
            subscription_id=subscription_id,
            body=body,
            client=self._client,
        )
        return cast(
            "WebhookSubscriptionResponse", _bind(response.parsed, self._client, self._project_id)
        )

    async def list_webhook_events(
        self,
        *,
        status: ListWebhookEventsStatus | Unset = UNSET,
    ) -> list[WebhookEvent]:
        """List the webhook delivery log (outbox events)

        `GET /api/projects/{project_id}/webhooks/events`

        Args:
            status (ListWebhookEventsStatus | Unset):

        Returns:
            list[WebhookEvent]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_webhook_events.asyncio_detailed(
            project_id=self._project_id,
            status=status,
            client=self._client,
        )
        return cast("list[WebhookEvent]", _bind(response.parsed, self._client, self._project_id))

    async def get_webhook_event(
        self,
        event_id: str,
    ) -> WebhookEventDetail:
        """Get one outbox event with its delivery attempts

        `GET /api/projects/{project_id}/webhooks/events/{event_id}`

        Args:
            event_id (str):

        Returns:
            WebhookEventDetail

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_webhook_event.asyncio_detailed(
            project_id=self._project_id,
            event_id=event_id,
            client=self._client,
        )
        return cast("WebhookEventDetail", _bind(response.parsed, self._client, self._project_id))


class ProjectWebhooksApiDetailed:
    """Detailed responses (status, headers, parsed) for `webhooks`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id

    async def list_webhook_subscriptions(
        self,
    ) -> Response[list[WebhookSubscriptionResponse]]:
        """List webhook subscriptions of a project

        `GET /api/projects/{project_id}/webhooks/subscriptions`

        Returns:
            Response[list[WebhookSubscriptionResponse]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_webhook_subscriptions.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[list[WebhookSubscriptionResponse]]", response)

    async def create_webhook_subscription(
        self,
        *,
        body: CreateWebhookSubscriptionRequest,
    ) -> Response[WebhookSubscriptionResponse]:
        """Create a webhook subscription

        `POST /api/projects/{project_id}/webhooks/subscriptions`

        Args:
            body (CreateWebhookSubscriptionRequest): Body for creating a webhook subscription.

        Returns:
            Response[WebhookSubscriptionResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _create_webhook_subscription.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[WebhookSubscriptionResponse]", response)

    async def get_webhook_subscription(
        self,
        subscription_id: str,
    ) -> Response[WebhookSubscriptionResponse]:
        """Get one webhook subscription

        `GET /api/projects/{project_id}/webhooks/subscriptions/{subscription_id}`

        Args:
            subscription_id (str):

        Returns:
            Response[WebhookSubscriptionResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_webhook_subscription.asyncio_detailed(
            project_id=self._project_id,
            subscription_id=subscription_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[WebhookSubscriptionResponse]", response)

    async def delete_webhook_subscription(
        self,
        subscription_id: str,
    ) -> Response[None]:
        """Delete a webhook subscription

        `DELETE /api/projects/{project_id}/webhooks/subscriptions/{subscription_id}`

        Args:
            subscription_id (str):

        Returns:
            Response[None]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _delete_webhook_subscription.asyncio_detailed(
            project_id=self._project_id,
            subscription_id=subscription_id,
            client=self._client,
        )
        return cast("Response[None]", response)

    async def update_webhook_subscription(
        self,
        subscription_id: str,
        *,
        body: UpdateWebhookSubscriptionRequest,
    ) -> Response[WebhookSubscriptionResponse]:
        """Update a webhook subscription

        `PATCH /api/projects/{project_id}/webhooks/subscriptions/{subscription_id}`

        Args:
            subscription_id (str):
            body (UpdateWebhookSubscriptionRequest): Partial update of a webhook subscription (all
                fields optional).

        Returns:
            Response[WebhookSubscriptionResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _update_webhook_subscription.asyncio_detailed(
            project_id=self._project_id,
            subscription_id=subscription_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[WebhookSubscriptionResponse]", response)

    async def list_webhook_events(
        self,
        *,
        status: ListWebhookEventsStatus | Unset = UNSET,
    ) -> Response[list[WebhookEvent]]:
        """List the webhook delivery log (outbox events)

        `GET /api/projects/{project_id}/webhooks/events`

        Args:
            status (ListWebhookEventsStatus | Unset):

        Returns:
            Response[list[WebhookEvent]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_webhook_events.asyncio_detailed(
            project_id=self._project_id,
            status=status,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[list[WebhookEvent]]", response)

    async def get_webhook_event(
        self,
        event_id: str,
    ) -> Response[WebhookEventDetail]:
        """Get one outbox event with its delivery attempts

        `GET /api/projects/{project_id}/webhooks/events/{event_id}`

        Args:
            event_id (str):

        Returns:
            Response[WebhookEventDetail]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_webhook_event.asyncio_detailed(
            project_id=self._project_id,
            event_id=event_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[WebhookEventDetail]", response)


__all__ = [
    "WebhooksApi",
    "WebhooksApiDetailed",
    "ProjectWebhooksApi",
    "ProjectWebhooksApiDetailed",
]
