"""transport=, httpx_client= adoption (mounted transports included) and with_options views,
against the emulator over real HTTP."""

from __future__ import annotations

import httpx
import pytest

from cortex_client import CortexClient, RateLimitError
from cortex_client._adopt import HTTPX_INTERNALS, adopt_client
from cortex_client._limits import ConcurrencyLimitTransport
from cortex_client._settings import ClientSettings
from cortex_client._transport import RetryTransport
from cortex_client.testing import EmulatorServer

KEY = "test-key"
PID = "proj-1"


class CountingTransport(httpx.AsyncBaseTransport):
    """A caller's transport: real HTTP underneath, counting what passes through it."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.requests = 0
        self.closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        self.closed = True
        await self._inner.aclose()


def _hits(server: EmulatorServer, suffix: str) -> int:
    return sum(1 for r in server.emulator.request_log if r.path.endswith(suffix))


async def test_a_custom_transport_gets_retries(cortex_emulator: EmulatorServer) -> None:
    cortex_emulator.emulator.fail_next(1, 429, retry_after=0)
    mine = CountingTransport()
    async with CortexClient(cortex_emulator.base_url, api_key=KEY, transport=mine) as client:
        await client.project(PID).sessions.list_sessions()
    assert mine.requests == 2 and _hits(cortex_emulator, "/sessions") == 2


async def test_a_custom_transport_sits_under_the_retry_and_limit_layers() -> None:
    mine = CountingTransport()
    async with CortexClient("http://127.0.0.1:9", api_key=KEY, transport=mine) as client:
        outer = client.get_async_httpx_client()._transport
        assert isinstance(outer, RetryTransport)
        limited = outer._inner
        assert isinstance(limited, ConcurrencyLimitTransport) and limited._inner is mine


async def test_the_client_closes_the_transport_it_was_given() -> None:
    mine = CountingTransport()
    async with CortexClient("http://127.0.0.1:9", api_key=KEY, transport=mine):
        pass
    assert mine.closed  # as httpx.AsyncClient(transport=...) does


def test_transport_and_httpx_client_exclude_each_other() -> None:
    with pytest.raises(ValueError, match="transport= or httpx_client="):
        CortexClient(api_key=KEY, transport=CountingTransport(), httpx_client=httpx.AsyncClient())


async def test_an_adopted_clients_mounted_transport_gets_retries(
    cortex_emulator: EmulatorServer,
) -> None:
    cortex_emulator.emulator.fail_next(1, 429, retry_after=0)
    mounted = CountingTransport()
    async with httpx.AsyncClient(mounts={"http://127.0.0.1": mounted}) as mine:
        client = CortexClient(cortex_emulator.base_url, api_key=KEY, httpx_client=mine)
        await client.project(PID).sessions.list_sessions()
        await client.aclose()
        assert not mine.is_closed  # the caller owns it
    assert mounted.requests == 2


async def test_a_view_of_an_adopted_client_keeps_its_mounts(
    cortex_emulator: EmulatorServer,
) -> None:
    mounted = CountingTransport()
    async with httpx.AsyncClient(mounts={"http://127.0.0.1": mounted}) as mine:
        client = CortexClient(cortex_emulator.base_url, api_key=KEY, httpx_client=mine)
        view = client.with_options(max_retries=0)
        cortex_emulator.emulator.fail_next(1, 429, retry_after=0)
        with pytest.raises(RateLimitError):
            await view.project(PID).sessions.list_sessions()
    assert mounted.requests == 1


def test_the_httpx_internals_adoption_relies_on_exist() -> None:
    """Fails loudly when an httpx release renames what adopt_client() rewrites."""
    client = httpx.AsyncClient(mounts={"http://example.test": httpx.AsyncHTTPTransport()})
    assert HTTPX_INTERNALS == ("_transport", "_mounts")
    assert isinstance(client._transport, httpx.AsyncBaseTransport)
    (pattern, transport), *_ = client._mounts.items()
    assert isinstance(pattern.pattern, str) and pattern.pattern == "http://example.test"
    assert isinstance(transport, httpx.AsyncBaseTransport)
    assert pattern.matches(httpx.URL("http://example.test/api"))


def test_adoption_refuses_a_client_without_those_internals() -> None:
    client = httpx.AsyncClient()
    del client._mounts
    with pytest.raises(TypeError, match=r"AsyncClient\._mounts.*pass transport="):
        adopt_client(
            client,
            ClientSettings(base_url=httpx.URL("http://x.test")),
            auth=None,
            hooks={"request": [], "response": []},
            timeout_given=False,
        )


async def test_adopting_the_same_client_twice_wraps_its_transport_once() -> None:
    async with httpx.AsyncClient() as mine:
        CortexClient("http://127.0.0.1:9", api_key=KEY, httpx_client=mine)
        first = mine._transport
        CortexClient("http://127.0.0.1:9", api_key=KEY, httpx_client=mine)
        assert mine._transport is first


async def test_with_options_changes_only_what_it_is_given() -> None:
    async with CortexClient(
        "http://127.0.0.1:9",
        api_key=KEY,
        deadline=20.0,
        max_retry_after=5.0,
        max_response_bytes=1000,
        headers={"X-Trace": "t1"},
        follow_redirects=True,
    ) as client:
        view = client.with_options(max_retries=0, timeout=3.0)
        http = view.get_async_httpx_client()
        assert view.retry_policy.max_retries == 0 and client.retry_policy.max_retries == 2
        assert view.retry_policy.deadline == 20.0 and view.retry_policy.max_retry_after == 5.0
        assert view.max_response_bytes == 1000 and view.base_url == client.base_url
        assert http.timeout == httpx.Timeout(3.0) and http.follow_redirects
        assert http.headers["x-trace"] == "t1"
        assert http._transport is client.get_async_httpx_client()._transport
        assert view._settings == client._settings.replace(max_retries=0, timeout=3.0)
        lenient = view.with_options(max_retry_after=120.0, deadline=None)
        assert lenient.retry_policy.max_retry_after == 120.0
        assert lenient.retry_policy.deadline is None


def test_with_options_validates_like_the_constructor() -> None:
    client = CortexClient("http://127.0.0.1:9", api_key=KEY)
    with pytest.raises(ValueError, match="max_response_bytes"):
        client.with_options(max_response_bytes=0)
    with pytest.raises(ValueError, match="max_retries"):
        client.with_options(max_retries=-1)


def test_settings_repr_shows_header_names_not_values() -> None:
    settings = ClientSettings(
        base_url=httpx.URL("http://user:pw-secret@x.test"), headers=(("X-Token", "hdr-secret"),)
    )
    text = repr(settings)
    assert "X-Token" in text and "hdr-secret" not in text and "pw-secret" not in text
