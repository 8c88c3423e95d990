"""generator-config.yml's `cortex_watch` table: validated against the spec, one line per failure."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from watch_config import (  # noqa: E402
    WatchConfigError,
    validate_events_config,
    validate_watch_table,
)

SPEC: dict[str, Any] = json.loads((ROOT / "openapi" / "cortex.json").read_text("utf-8"))
TABLE: dict[str, Any] = yaml.safe_load((ROOT / "generator-config.yml").read_text("utf-8"))[
    "cortex_watch"
]


def _table(**rows: Any) -> dict[str, Any]:
    table = copy.deepcopy(TABLE)
    for name, row in rows.items():
        if row is None:
            del table[name]
        else:
            table[name] = row
    return table


def test_the_committed_table_fits_the_vendored_spec() -> None:
    table = validate_watch_table(TABLE, SPEC)
    assert table["sessions"]["method"] == "watch"
    assert table["messages"]["method"] == "watch_messages"


def test_an_empty_or_missing_table_means_no_watches() -> None:
    assert validate_watch_table({}, SPEC) == {}
    assert validate_watch_table(None, SPEC) == {}


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (
            {"sessions": {**TABLE["sessions"], "list": "listSessionz"}},
            "cortex_watch.sessions.list: no operation 'listSessionz' in the spec",
        ),
        (
            {"sessions": {**TABLE["sessions"], "get": "createSession"}},
            "cortex_watch.sessions.get: 'createSession' is POST, not GET",
        ),
        (
            {"sessions": {**TABLE["sessions"], "model": "SessionResponze"}},
            "cortex_watch.sessions.model: no schema 'SessionResponze' in components.schemas",
        ),
        (
            {"sessions": {**TABLE["sessions"], "list": "getSession"}},
            "cortex_watch.sessions.list: 'getSession'",
        ),
        (
            {"sessions": {k: v for k, v in TABLE["sessions"].items() if k != "events"}},
            "cortex_watch.sessions: missing 'events'",
        ),
        (
            {"sessions": {**TABLE["sessions"], "colour": "red"}},
            "cortex_watch.sessions: unknown field(s) ['colour']",
        ),
        (
            {"messages": {**TABLE["messages"], "parent": "transcripts"}},
            "cortex_watch.messages.parent: no row 'transcripts' in cortex_watch",
        ),
        (
            {"messages": {k: v for k, v in TABLE["messages"].items() if k != "parent_key"}},
            "cortex_watch.messages: 'parent' and 'parent_key' go together",
        ),
        (
            {"sessions": {**TABLE["sessions"], "list": "getProfile"}},
            "has no 'projectId' path parameter",
        ),
        (
            {"participants": {**TABLE["participants"], "method": "watch_people"}},
            None,
        ),
    ],
    ids=[
        "missing-operation",
        "get-is-not-a-get",
        "missing-schema",
        "list-with-an-id",
        "missing-field",
        "unknown-field",
        "unknown-parent",
        "parent-without-key",
        "no-project-parameter",
        "ok-moved-method",
    ],
)
def test_a_row_that_does_not_fit_fails_naming_the_row(
    rows: dict[str, Any], message: str | None
) -> None:
    table = _table(**rows)
    if message is None:
        validate_watch_table(table, SPEC)
        return
    with pytest.raises(WatchConfigError) as caught:
        validate_watch_table(table, SPEC)
    text = str(caught.value)
    assert message in text
    assert "\n" not in text


def test_two_rows_giving_one_group_the_same_method_fail() -> None:
    table = _table(extra={**TABLE["sessions"]})
    with pytest.raises(WatchConfigError, match=r"cortex_watch\.extra: method 'watch' is also"):
        validate_watch_table(table, SPEC)


EVENTS: dict[str, Any] = yaml.safe_load((ROOT / "generator-config.yml").read_text("utf-8"))[
    "cortex_events"
]


def test_the_committed_events_config_fits_the_vendored_spec() -> None:
    assert validate_events_config(EVENTS, SPEC) == {
        "envelope": "DomainEventEnvelope",
        "project_stream_path": "/api/projects/{projectId}/events/stream",
        "tenant_stream_path": "/api/events/stream",
    }
    assert validate_events_config(None, SPEC) == {}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"envelope": "Envelope"}, "cortex_events.envelope: no schema 'Envelope'"),
        ({"project_stream": "streamEvents"}, "must have path parameters ['projectId'], has []"),
        ({"tenant_stream": "listSessions"}, "'listSessions' answers no text/event-stream"),
        ({"tenant_stream": "streamEventz"}, "cortex_events.tenant_stream: no operation"),
        ({"colour": "red"}, "cortex_events: unknown field(s) ['colour']"),
    ],
    ids=[
        "missing-schema",
        "stream-without-project",
        "not-an-event-stream",
        "missing-op",
        "unknown",
    ],
)
def test_an_events_key_that_does_not_fit_fails_naming_the_key(
    change: dict[str, Any], message: str
) -> None:
    with pytest.raises(WatchConfigError) as caught:
        validate_events_config({**EVENTS, **change}, SPEC)
    assert message in str(caught.value)
