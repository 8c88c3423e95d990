"""compare(): every breaking and non-breaking kind of spec change, and the report's shape."""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from spec_report import Report, compare  # noqa: E402

Doc = dict[str, Any]
THINGS = "GET /api/projects/{projectId}/things (listThings)"


def base_spec() -> Doc:
    """One project-scoped list operation, one create operation and three schemas."""
    project_id = {"name": "projectId", "in": "path", "required": True, "schema": {"type": "string"}}
    return {
        "openapi": "3.0.0",
        "info": {"title": "Cortex API", "version": "1.0"},
        "paths": {
            "/api/projects/{projectId}/things": {
                "get": {
                    "operationId": "listThings",
                    "parameters": [
                        project_id,
                        {
                            "name": "status",
                            "in": "query",
                            "required": False,
                            "schema": {"type": "string", "enum": ["open", "closed"]},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "array",
                                        "items": {"$ref": "#/components/schemas/Thing"},
                                    }
                                }
                            },
                        }
                    },
                },
                "post": {
                    "operationId": "createThing",
                    "parameters": [project_id],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/CreateThing"}
                            }
                        },
                    },
                    "responses": {
                        "201": {
                            "description": "created",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        }
                    },
                },
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "string"},
                        "count": {"type": "integer"},
                        "state": {"$ref": "#/components/schemas/ThingState"},
                        "meta": {"type": "object", "properties": {"label": {"type": "string"}}},
                    },
                },
                "ThingState": {"type": "string", "enum": ["active", "archived"]},
                "CreateThing": {
                    "type": "object",
                    "properties": {"name": {"type": "string"}},
                },
            }
        },
    }


def changed(edit: Callable[[Doc], None]) -> Report:
    old = base_spec()
    new = copy.deepcopy(old)
    edit(new)
    return compare(old, new)


def things_get(doc: Doc) -> Doc:
    op: Doc = doc["paths"]["/api/projects/{projectId}/things"]["get"]
    return op


def things_post(doc: Doc) -> Doc:
    op: Doc = doc["paths"]["/api/projects/{projectId}/things"]["post"]
    return op


def schema(doc: Doc, name: str) -> Doc:
    found: Doc = doc["components"]["schemas"][name]
    return found


# --- breaking -----------------------------------------------------------------------------------


def test_removed_operation_is_breaking() -> None:
    report = changed(lambda d: d["paths"]["/api/projects/{projectId}/things"].pop("get"))

    assert report.breaking == [f"Removed operation {THINGS}"]
    assert report.stats["operations removed"] == 1


def test_removed_schema_is_breaking() -> None:
    report = changed(lambda d: d["components"]["schemas"].pop("CreateThing"))

    assert "Removed schema CreateThing" in report.breaking


def test_removed_property_is_breaking() -> None:
    report = changed(lambda d: schema(d, "Thing")["properties"].pop("count"))

    assert report.breaking == ["Schema Thing: property 'count' removed"]


def test_removed_nested_property_is_breaking_and_names_the_path() -> None:
    report = changed(lambda d: schema(d, "Thing")["properties"]["meta"]["properties"].pop("label"))

    assert report.breaking == ["Schema Thing: property 'meta.label' removed"]


def test_request_property_newly_required_is_breaking() -> None:
    # CreateThing is a request body; a response-only schema is the non-breaking case
    # (tests/pipeline/test_spec_report_callers.py).
    report = changed(lambda d: schema(d, "CreateThing").update(required=["name"]))

    assert report.breaking == ["Schema CreateThing: property 'name' is now required"]


def test_new_required_property_is_breaking() -> None:
    def edit(d: Doc) -> None:
        schema(d, "CreateThing")["properties"]["owner"] = {"type": "string"}
        schema(d, "CreateThing")["required"] = ["owner"]

    report = changed(edit)

    assert report.breaking == ["Schema CreateThing: property 'owner' added as required"]


def test_removed_enum_value_of_a_schema_is_breaking() -> None:
    report = changed(lambda d: schema(d, "ThingState")["enum"].remove("archived"))

    assert report.breaking == ["Schema ThingState: enum value 'archived' removed"]


def test_removed_enum_value_of_a_parameter_is_breaking() -> None:
    report = changed(lambda d: things_get(d)["parameters"][1]["schema"]["enum"].remove("closed"))

    assert report.breaking == [f"{THINGS}: parameter 'status' (query): enum value 'closed' removed"]


def test_changed_property_type_is_breaking() -> None:
    report = changed(lambda d: schema(d, "Thing")["properties"]["count"].update(type="string"))

    assert report.breaking == [
        "Schema Thing: property 'count': type changed from integer to string"
    ]


def test_changed_property_ref_is_breaking() -> None:
    def edit(d: Doc) -> None:
        schema(d, "Thing")["properties"]["state"] = {"type": "string"}

    report = changed(edit)

    assert report.breaking == [
        "Schema Thing: property 'state': type changed from ThingState to string"
    ]


def test_changed_parameter_type_is_breaking() -> None:
    report = changed(lambda d: things_get(d)["parameters"][1].update(schema={"type": "integer"}))

    assert report.breaking == [
        f"{THINGS}: parameter 'status' (query): type changed from string to integer"
    ]


def test_changed_response_schema_ref_is_breaking() -> None:
    def edit(d: Doc) -> None:
        media = things_post(d)["responses"]["201"]["content"]["application/json"]
        media["schema"] = {"$ref": "#/components/schemas/CreateThing"}

    report = changed(edit)

    assert report.breaking == [
        "POST /api/projects/{projectId}/things (createThing): response 201 (application/json): "
        "type changed from Thing to CreateThing"
    ]


def test_changed_array_item_ref_in_a_response_is_breaking() -> None:
    def edit(d: Doc) -> None:
        media = things_get(d)["responses"]["200"]["content"]["application/json"]
        media["schema"]["items"] = {"$ref": "#/components/schemas/ThingState"}

    report = changed(edit)

    assert report.breaking == [
        f"{THINGS}: response 200 (application/json) property '[]': "
        "type changed from Thing to ThingState"
    ]


def test_changed_request_schema_ref_is_breaking() -> None:
    def edit(d: Doc) -> None:
        media = things_post(d)["requestBody"]["content"]["application/json"]
        media["schema"] = {"$ref": "#/components/schemas/Thing"}

    report = changed(edit)

    assert report.breaking == [
        "POST /api/projects/{projectId}/things (createThing): request body (application/json): "
        "type changed from CreateThing to Thing"
    ]


def test_new_required_parameter_is_breaking() -> None:
    def edit(d: Doc) -> None:
        things_get(d)["parameters"].append(
            {"name": "limit", "in": "query", "required": True, "schema": {"type": "integer"}}
        )

    report = changed(edit)

    assert report.breaking == [f"{THINGS}: new required parameter 'limit' (query)"]


def test_optional_parameter_becoming_required_is_breaking() -> None:
    report = changed(lambda d: things_get(d)["parameters"][1].update(required=True))

    assert report.breaking == [f"{THINGS}: parameter 'status' (query) is now required"]


def test_removed_parameter_is_breaking() -> None:
    report = changed(lambda d: things_get(d)["parameters"].pop(1))

    assert report.breaking == [f"{THINGS}: parameter 'status' (query) removed"]


def test_path_change_is_breaking_and_reported_as_a_move() -> None:
    def edit(d: Doc) -> None:
        d["paths"]["/api/v2/projects/{projectId}/things"] = d["paths"].pop(
            "/api/projects/{projectId}/things"
        )

    report = changed(edit)

    assert report.breaking == [
        "Moved operation listThings: GET /api/projects/{projectId}/things → "
        "GET /api/v2/projects/{projectId}/things",
        "Moved operation createThing: POST /api/projects/{projectId}/things → "
        "POST /api/v2/projects/{projectId}/things",
    ]
    assert not any("Added operation" in c for c in report.changes)


def test_path_change_without_operation_id_is_a_removal_and_an_addition() -> None:
    def edit(d: Doc) -> None:
        item = d["paths"].pop("/api/projects/{projectId}/things")
        del item["get"]["operationId"], item["post"]
        d["paths"]["/api/things"] = item

    report = changed(edit)

    assert "Removed operation GET /api/projects/{projectId}/things (listThings)" in report.breaking
    assert "Added operation GET /api/things" in report.changes


def test_required_request_body_added_is_breaking() -> None:
    def edit(d: Doc) -> None:
        things_get(d)["requestBody"] = copy.deepcopy(things_post(d)["requestBody"])

    report = changed(edit)

    assert report.breaking == [f"{THINGS}: request body added (required)"]


def test_renamed_operation_id_is_breaking() -> None:
    report = changed(lambda d: things_get(d).update(operationId="listAllThings"))

    assert report.breaking == [
        "GET /api/projects/{projectId}/things (listAllThings): "
        "operationId changed from 'listThings' to 'listAllThings'"
    ]


def test_removed_success_response_is_breaking_but_removed_error_response_is_not() -> None:
    def edit(d: Doc) -> None:
        things_post(d)["responses"] = {"204": {"description": "no content"}}

    report = changed(edit)

    assert "POST /api/projects/{projectId}/things (createThing): response 201 removed" in (
        report.breaking
    )


def test_removed_one_of_variant_is_breaking() -> None:
    old = base_spec()
    old["components"]["schemas"]["AnyThing"] = {
        "oneOf": [
            {"$ref": "#/components/schemas/Thing"},
            {"$ref": "#/components/schemas/ThingState"},
        ]
    }
    new = copy.deepcopy(old)
    new["components"]["schemas"]["AnyThing"]["oneOf"].pop()

    assert compare(old, new).breaking == ["Schema AnyThing: oneOf variant ThingState removed"]


# --- non-breaking -------------------------------------------------------------------------------


def test_added_operation_is_not_breaking() -> None:
    def edit(d: Doc) -> None:
        d["paths"]["/api/health"] = {
            "get": {"operationId": "health", "responses": {"200": {"description": "ok"}}}
        }

    report = changed(edit)

    assert report.breaking == []
    assert report.changes == ["Added operation GET /api/health (health)"]
    assert report.stats["operations added"] == 1


def test_added_schema_is_not_breaking() -> None:
    report = changed(lambda d: d["components"]["schemas"].update(Extra={"type": "object"}))

    assert report.breaking == []
    assert report.changes == ["Added schema Extra"]


def test_added_optional_property_is_not_breaking() -> None:
    report = changed(lambda d: schema(d, "Thing")["properties"].update(note={"type": "string"}))

    assert report.breaking == []
    assert report.changes == ["Schema Thing: property 'note' added"]


def test_added_enum_value_is_not_breaking() -> None:
    report = changed(lambda d: schema(d, "ThingState")["enum"].append("deleted"))

    assert report.breaking == []
    assert report.changes == ["Schema ThingState: enum value 'deleted' added"]


def test_added_optional_parameter_is_not_breaking() -> None:
    def edit(d: Doc) -> None:
        things_get(d)["parameters"].append(
            {"name": "cursor", "in": "query", "required": False, "schema": {"type": "string"}}
        )

    report = changed(edit)

    assert report.breaking == []
    assert report.changes == [f"{THINGS}: optional parameter 'cursor' (query) added"]


def test_property_no_longer_required_is_not_breaking() -> None:
    report = changed(lambda d: schema(d, "Thing").update(required=[]))

    assert report.breaking == []
    assert report.changes == ["Schema Thing: property 'id' is no longer required"]


def test_description_change_is_listed_as_a_non_breaking_change() -> None:
    report = changed(lambda d: schema(d, "Thing").update(description="A thing."))

    assert report.breaking == []
    assert report.changes == ["Schema Thing: description or metadata changed"]


def test_info_version_change_is_listed() -> None:
    report = changed(lambda d: d["info"].update(version="2.0"))

    assert report.changes == ["API version changed from '1.0' to '2.0'"]


# --- the report itself --------------------------------------------------------------------------


def test_identical_documents_give_an_empty_report() -> None:
    report = compare(base_spec(), base_spec())

    assert report.is_empty
    assert report.breaking == [] and report.changes == []
    assert "No changes." in report.to_markdown()


def test_vendored_spec_compared_with_itself_is_empty() -> None:
    doc = json.loads((ROOT / "openapi" / "cortex.json").read_text(encoding="utf-8"))

    assert compare(doc, copy.deepcopy(doc)).is_empty


def test_any_change_makes_the_report_non_empty() -> None:
    report = changed(lambda d: d.update(tags=[{"name": "Things"}]))

    assert not report.is_empty
    assert report.changes == ["Other top-level content changed: tags"]


def test_a_change_below_the_reported_level_still_makes_the_report_non_empty() -> None:
    report = changed(lambda d: d["paths"]["/api/projects/{projectId}/things"].update(summary="x"))

    assert report.changes == ["Other content changed (descriptions or extensions)"]


def test_openapi_31_null_type_is_reported_as_nullability_not_a_type_change() -> None:
    report = changed(
        lambda d: schema(d, "Thing")["properties"]["count"].update(type=["integer", "null"])
    )

    assert report.breaking == []
    assert report.changes == ["Schema Thing: property 'count': is now nullable"]


def _reversed_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _reversed_keys(value[k]) for k in reversed(list(value))}
    if isinstance(value, list):
        return [_reversed_keys(v) for v in value]
    return value


def many_changes(d: Doc) -> None:
    del d["paths"]["/api/projects/{projectId}/things"]["post"]
    d["paths"]["/api/a"] = {"get": {"operationId": "a", "responses": {}}}
    d["paths"]["/api/z"] = {"delete": {"operationId": "z", "responses": {}}}
    schema(d, "Thing")["properties"].pop("count")
    schema(d, "Thing")["properties"]["zeta"] = {"type": "string"}
    schema(d, "Thing")["properties"]["alpha"] = {"type": "string"}
    schema(d, "ThingState")["enum"] = ["deleted", "active", "zombie"]
    d["components"]["schemas"]["Alpha"] = {"type": "string"}


def test_output_order_does_not_depend_on_key_order() -> None:
    old = base_spec()
    new = copy.deepcopy(old)
    many_changes(new)

    straight = compare(old, new)
    shuffled = compare(_reversed_keys(old), _reversed_keys(new))

    assert straight == shuffled
    assert straight.to_markdown() == shuffled.to_markdown()


def test_entries_are_ordered_by_path_then_schema_name() -> None:
    report = changed(many_changes)

    assert report.changes[:2] == [
        "Added operation GET /api/a (a)",
        "Added operation DELETE /api/z (z)",
    ]
    assert report.changes.index("Added schema Alpha") < report.changes.index(
        "Schema Thing: property 'alpha' added"
    )


def test_markdown_lists_breaking_changes_first_and_marks_them() -> None:
    markdown = changed(many_changes).to_markdown()

    breaking_at = markdown.index("### ⚠️ Breaking changes")
    other_at = markdown.index("### Other changes")
    assert breaking_at < other_at
    breaking_section = markdown[breaking_at:other_at]
    assert "- **BREAKING:** Removed operation POST" in breaking_section
    assert "property 'count' removed" in breaking_section
    assert "| operations | 2 | 1 | 0 |" in markdown


@pytest.mark.parametrize("name", ["Thing_v2", "A*B", "<script>"])
def test_markdown_escapes_names_that_look_like_markup(name: str) -> None:
    report = changed(lambda d: d["components"]["schemas"].update({name: {"type": "object"}}))

    markdown = report.to_markdown()

    assert f"- Added schema {name}\n" not in markdown
    assert "Added schema " in markdown
