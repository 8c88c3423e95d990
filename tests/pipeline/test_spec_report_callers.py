"""compare() speaks for callers of the generated client: one spec pair per rule (issue 11, item 6).

Breaking: an operation removed or renamed (its method name changes), a tag group renamed or
removed (`client.<group>` changes), a path/query parameter added as required, removed or
changed in type, a request field removed or newly required, an enum value removed, a response
field removed. Not breaking: header-name case, an inline schema swapped for an equivalent
`$ref` / `allOf`, a response field becoming required.
"""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from .test_spec_report import (
    ROOT,
    THINGS,
    Doc,
    base_spec,
    changed,
    schema,
    things_get,
    things_post,
)

sys.path.insert(0, str(ROOT / "scripts"))

from spec_report import Report
from spec_report import compare as compare_specs

CREATE = "POST /api/projects/{projectId}/things (createThing)"


def vendored() -> Doc:
    doc: Doc = json.loads((ROOT / "openapi" / "cortex.json").read_text(encoding="utf-8"))
    return doc


def vendored_ops(doc: Doc) -> Iterator[Doc]:
    for item in doc["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "responses" in op:
                yield op


def retag(doc: Doc, old: str, new: str) -> int:
    """Rename the tag `old` to `new` everywhere; return how many operations carried it."""
    count = 0
    for op in vendored_ops(doc):
        if old in op.get("tags", []):
            op["tags"] = [new if t == old else t for t in op["tags"]]
            count += 1
    for tag in doc.get("tags", []):
        if tag["name"] == old:
            tag["name"] = new
    return count


def vendored_changed(edit: Callable[[Doc], Any]) -> Report:
    old = vendored()
    new = copy.deepcopy(old)
    edit(new)
    return compare_specs(old, new)


def with_header(name: str) -> Callable[[Doc], None]:
    def edit(d: Doc) -> None:
        things_get(d)["parameters"].append(
            {"name": name, "in": "header", "required": False, "schema": {"type": "string"}}
        )

    return edit


# --- operations and groups: what the caller types -----------------------------------------------


def test_renaming_the_tag_sanctions_to_moderation_is_a_breaking_group_rename() -> None:
    count = 0

    def edit(d: Doc) -> None:
        nonlocal count
        count = retag(d, "Sanctions", "Moderation")

    report = vendored_changed(edit)

    assert count > 0
    assert report.breaking == [
        "Renamed tag group client.sanctions → client.moderation (tag 'Sanctions' → 'Moderation')"
    ]
    assert not any("description or metadata changed" in c for c in report.changes)


def test_a_tag_group_whose_operations_join_another_group_is_removed() -> None:
    report = vendored_changed(lambda d: retag(d, "Voice", "App Settings"))

    assert "Removed tag group client.voice (tag 'Voice')" in report.breaking
    moves = [b for b in report.breaking if b.endswith("moved from client.voice to client.settings")]
    assert moves and len(report.breaking) == 1 + len(moves)


def test_a_tag_renamed_without_changing_its_python_name_is_not_breaking() -> None:
    report = vendored_changed(lambda d: retag(d, "App Settings", "app-settings"))

    assert report.breaking == []
    assert (
        "Tag 'App Settings' renamed to 'app-settings'; the group is still client.settings"
        in report.changes
    )


def test_an_operation_id_change_that_keeps_the_method_name_is_not_breaking() -> None:
    report = changed(lambda d: things_get(d).update(operationId="ListThings"))

    assert report.breaking == []
    assert report.changes == [
        "GET /api/projects/{projectId}/things (ListThings): operationId changed from "
        "'listThings' to 'ListThings'; the method is still list_things"
    ]


def test_an_operation_id_change_that_renames_the_method_is_breaking() -> None:
    report = changed(lambda d: things_get(d).update(operationId="list_all_things"))

    assert report.breaking == [
        "GET /api/projects/{projectId}/things (list_all_things): "
        "operationId changed from 'listThings' to 'list_all_things'"
    ]


# --- parameters ---------------------------------------------------------------------------------


def test_a_path_parameter_changing_type_is_breaking() -> None:
    def edit(d: Doc) -> None:
        for op in (things_get(d), things_post(d)):
            op["parameters"][0] = {**op["parameters"][0], "schema": {"type": "integer"}}

    report = changed(edit)

    assert report.breaking == [
        f"{THINGS}: parameter 'projectId' (path): type changed from string to integer",
        f"{CREATE}: parameter 'projectId' (path): type changed from string to integer",
    ]


def test_a_path_parameter_of_the_vendored_spec_changing_type_is_breaking() -> None:
    def edit(d: Doc) -> None:
        for op in vendored_ops(d):
            for param in op.get("parameters", []):
                if param.get("in") == "path" and param.get("name") == "sessionId":
                    param["schema"] = {"type": "integer"}

    report = vendored_changed(edit)

    assert report.breaking
    assert all(
        b.endswith("parameter 'sessionId' (path): type changed from string to integer")
        for b in report.breaking
    )


def test_a_header_name_changing_case_is_not_breaking() -> None:
    old = base_spec()
    with_header("X-Request-Id")(old)
    new = base_spec()
    with_header("x-request-id")(new)

    report = compare_specs(old, new)

    assert report.breaking == []
    assert report.changes == [
        f"{THINGS}: parameter 'x-request-id' (header) was 'X-Request-Id' "
        "(case only; the argument is still x_request_id)"
    ]


def test_a_header_name_change_that_renames_the_argument_is_breaking() -> None:
    old = base_spec()
    with_header("XRequestId")(old)
    new = base_spec()
    with_header("xrequestid")(new)

    report = compare_specs(old, new)

    assert report.breaking == [
        f"{THINGS}: parameter 'xrequestid' (header) was 'XRequestId': "
        "argument x_request_id renamed to xrequestid"
    ]


# --- request and response fields ----------------------------------------------------------------


def test_a_request_field_removed_is_breaking() -> None:
    report = changed(lambda d: schema(d, "CreateThing")["properties"].pop("name"))

    assert report.breaking == ["Schema CreateThing: property 'name' removed"]


def test_an_inline_request_field_newly_required_is_breaking() -> None:
    def edit(d: Doc) -> None:
        body = things_post(d)["requestBody"]["content"]["application/json"]
        body["schema"] = copy.deepcopy(schema(d, "CreateThing"))
        body["schema"]["required"] = ["name"]

    report = changed(edit)

    assert report.breaking == [
        f"{CREATE}: request body (application/json) property 'name' is now required"
    ]


def test_a_response_field_becoming_required_is_not_breaking() -> None:
    report = changed(lambda d: schema(d, "Thing")["required"].append("count"))

    assert report.breaking == []
    assert report.changes == ["Schema Thing: property 'count' is now required"]


def test_a_schema_used_by_requests_and_responses_newly_requiring_a_field_is_breaking() -> None:
    def edit(d: Doc) -> None:
        things_post(d)["requestBody"]["content"]["application/json"]["schema"] = {
            "$ref": "#/components/schemas/Thing"
        }

    old = base_spec()
    edit(old)
    new = copy.deepcopy(old)
    schema(new, "Thing")["required"].append("count")

    assert compare_specs(old, new).breaking == ["Schema Thing: property 'count' is now required"]


def test_a_response_field_removed_is_breaking() -> None:
    report = changed(lambda d: schema(d, "Thing")["properties"].pop("id"))

    assert report.breaking == ["Schema Thing: property 'id' removed"]


def test_an_enum_value_removed_from_a_response_only_enum_is_breaking() -> None:
    report = changed(lambda d: schema(d, "ThingState")["enum"].remove("active"))

    assert report.breaking == ["Schema ThingState: enum value 'active' removed"]


# --- equivalent schemas -------------------------------------------------------------------------


def test_an_inline_schema_swapped_for_an_equivalent_ref_is_not_a_change() -> None:
    def edit(d: Doc) -> None:
        meta = schema(d, "Thing")["properties"]["meta"]
        d["components"]["schemas"]["ThingMeta"] = meta
        schema(d, "Thing")["properties"]["meta"] = {"$ref": "#/components/schemas/ThingMeta"}

    report = changed(edit)

    assert report.breaking == []
    assert report.changes == [
        "Schema Thing: description or metadata changed",
        "Added schema ThingMeta",
    ]


def test_an_inline_enum_swapped_for_an_equivalent_all_of_ref_is_not_a_change() -> None:
    def edit(d: Doc) -> None:
        status = things_get(d)["parameters"][1]
        d["components"]["schemas"]["ThingStatus"] = status["schema"]
        status["schema"] = {
            "allOf": [{"$ref": "#/components/schemas/ThingStatus"}],
            "description": "Filter by status",
        }

    report = changed(edit)

    assert report.breaking == []
    assert "Added schema ThingStatus" in report.changes


def test_an_inline_response_swapped_for_an_all_of_of_equivalent_refs_is_not_a_change() -> None:
    def edit(d: Doc) -> None:
        schemas = d["components"]["schemas"]
        schemas["ThingId"] = {
            "type": "object",
            "required": ["id"],
            "properties": {"id": {"type": "string"}},
        }
        schemas["ThingRest"] = {
            "type": "object",
            "properties": {k: v for k, v in schema(d, "Thing")["properties"].items() if k != "id"},
        }
        media = things_post(d)["responses"]["201"]["content"]["application/json"]
        media["schema"] = {
            "allOf": [
                {"$ref": "#/components/schemas/ThingId"},
                {"$ref": "#/components/schemas/ThingRest"},
            ]
        }

    report = changed(edit)

    assert report.breaking == []
    assert report.changes == [
        f"{CREATE}: description or metadata changed",
        "Added schema ThingId",
        "Added schema ThingRest",
    ]


def test_an_all_of_ref_with_different_constraints_is_still_a_change() -> None:
    def edit(d: Doc) -> None:
        status = things_get(d)["parameters"][1]
        d["components"]["schemas"]["ThingStatus"] = {"type": "string", "enum": ["open"]}
        status["schema"] = {"allOf": [{"$ref": "#/components/schemas/ThingStatus"}]}

    report = changed(edit)

    assert report.breaking == [f"{THINGS}: parameter 'status' (query): enum value 'closed' removed"]


@pytest.mark.parametrize("swap", ["ref", "allOf"])
def test_an_inline_schema_swapped_for_a_recursive_ref_terminates(swap: str) -> None:
    def edit(d: Doc) -> None:
        d["components"]["schemas"]["Node"] = {
            "type": "object",
            "properties": {
                "label": {"type": "string"},
                "child": {"$ref": "#/components/schemas/Node"},
            },
        }
        ref = {"$ref": "#/components/schemas/Node"}
        schema(d, "Thing")["properties"]["meta"] = ref if swap == "ref" else {"allOf": [ref]}

    report = changed(edit)

    assert report.breaking == []
    assert "Schema Thing: property 'meta.child' added" in report.changes
