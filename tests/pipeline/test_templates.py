"""scripts/template_diff.py: forks of the generator's templates change it only in marked regions."""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from ._project_copy import run_isolated

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import template_diff  # noqa: E402

UPSTREAM = "a\nb\nc\nd\n"


def test_the_committed_templates_change_upstream_only_in_marked_regions() -> None:
    reports = template_diff.compare_all()
    assert [p for r in reports for p in r.problems] == []
    assert template_diff.lock_problems(reports, template_diff.read_lock()) == []
    forks = {r.name for r in reports if r.upstream is not None}
    assert {"endpoint_macros.py.jinja", "endpoint_module.py.jinja", "model.py.jinja"} <= forks
    # No fork re-renders or edits generated text: the templates build code, nothing patches it.
    for path in template_diff.TEMPLATES.rglob("*.jinja"):
        assert ".replace(" not in path.read_text(encoding="utf-8"), path


def test_the_script_passes_and_prints_each_region_as_a_diff(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert template_diff.main([]) == 0
    out = capsys.readouterr().out
    assert "+++ templates/endpoint_macros.py.jinja" in out
    assert "+{# cortex:" in out
    assert "ours  bound_macros.py.jinja" in out
    assert "total:" in out


def test_a_change_inside_a_region_passes() -> None:
    ours = "a\n{# cortex: why #}\nB\n{# /cortex #}\nc\nd\n"
    report = template_diff.compare("x.jinja", ours, UPSTREAM)
    assert report.problems == []
    assert (report.identical, report.regions, report.region_lines) == (3, 1, 3)


def test_a_change_outside_a_region_fails_naming_the_line() -> None:
    ours = "a\n{# cortex: why #}\nB\n{# /cortex #}\nc\nD\n"
    report = template_diff.compare("x.jinja", ours, UPSTREAM)
    assert report.problems == [
        "templates/x.jinja:6: outside a marked region: upstream lines 4-4 changed"
    ]


def test_a_deletion_must_touch_a_region() -> None:
    touching = template_diff.compare(
        "x.jinja", "a\n{# cortex: drop b #}\n{# /cortex #}\nc\nd\n", UPSTREAM
    )
    assert touching.problems == []
    apart = template_diff.compare("x.jinja", "a\nc\nd\n{# cortex: x #}\n{# /cortex #}\n", UPSTREAM)
    assert apart.problems == [
        "templates/x.jinja:2: outside a marked region: upstream lines 2-2 deleted"
    ]


def test_unbalanced_markers_fail() -> None:
    report = template_diff.compare("x.jinja", "a\n{# cortex: open #}\nb\nc\nd\n", UPSTREAM)
    assert report.problems == ["templates/x.jinja: line 2: region never closed with {# /cortex #}"]


def test_regions_in_a_file_the_generator_no_longer_ships_fail() -> None:
    report = template_diff.compare("gone.jinja", "{# cortex: x #}\ny\n{# /cortex #}\n", None)
    assert report.problems and "ships no such template" in report.problems[0]
    assert template_diff.compare("mine.jinja", "anything\n", None).problems == []


def test_a_changed_upstream_file_fails_until_locked_again(tmp_path: Path) -> None:
    reports = [template_diff.compare("x.jinja", UPSTREAM, UPSTREAM)]
    lock = tmp_path / "lock.json"
    template_diff.write_lock(reports, "0.0.0", lock)
    assert template_diff.lock_problems(reports, template_diff.read_lock(lock)) == []
    assert json.loads(lock.read_text(encoding="utf-8"))["generator"].endswith("==0.0.0")
    # Upstream rewrote line 2, which the fork replaces inside a region: no unmarked difference,
    # yet the fork was reviewed against other text.
    moved = [
        template_diff.compare(
            "x.jinja", "a\n{# cortex: y #}\nB\n{# /cortex #}\nc\nd\n", "a\nb2\nc\nd\n"
        )
    ]
    assert moved[0].problems == []
    assert "run --lock" in template_diff.lock_problems(moved, template_diff.read_lock(lock))[0]


# The upstream bugs the forks fix, on a tiny spec: one model sent as JSON or as multipart.
def _two_content_types(required: bool) -> dict[str, Any]:
    thing = {"$ref": "#/components/schemas/Thing"}
    return {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "tags": ["Things"],
                    "requestBody": {
                        "required": required,
                        "content": {
                            "application/json": {"schema": thing},
                            "multipart/form-data": {"schema": thing},
                        },
                    },
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "properties": {"name": {"type": "string"}},
                    "required": ["name"],
                }
            }
        },
    }


def _generated(tmp_path: Path, spec: dict[str, Any], script: str) -> str:
    """Generate `spec` into tmp_path, run `script` against it in a fresh interpreter, its stdout."""
    import generate

    raw = yaml.safe_load(generate.CONFIG.read_text(encoding="utf-8"))
    config = tmp_path / "config.yml"
    config.write_text(yaml.safe_dump({k: v for k, v in raw.items() if not k.startswith("cortex_")}))
    (tmp_path / "spec.json").write_text(json.dumps(spec), encoding="utf-8")
    target = tmp_path / "pkg" / "cortex_client" / "_generated"
    args = ["--spec", str(tmp_path / "spec.json"), "--config", str(config), "--output", str(target)]
    assert generate.main(args) == 0
    (target.parent / "__init__.py").write_text("", encoding="utf-8")
    result = run_isolated(target.parent.parent, script)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_required_body_with_two_content_types_has_no_default(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import inspect
        from cortex_client._generated.api.things import create_thing
        for function in (create_thing._get_kwargs, create_thing.asyncio_detailed):
            body = inspect.signature(function).parameters["body"]
            print(body.default is inspect.Parameter.empty, "Unset" in str(body.annotation))
        """
    )
    assert _generated(tmp_path, _two_content_types(True), script).split("\n") == ["True False"] * 2


def test_an_optional_body_with_two_content_types_still_defaults_to_unset(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import inspect
        from cortex_client._generated.api.things import create_thing
        from cortex_client._generated.types import UNSET
        print(inspect.signature(create_thing.asyncio_detailed).parameters["body"].default is UNSET)
        print(create_thing._get_kwargs()["method"])
        """
    )
    assert _generated(tmp_path, _two_content_types(False), script).split("\n") == ["True", "post"]


def test_one_model_for_two_content_types_is_sent_as_the_first_only(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        from cortex_client._generated.api.things import create_thing
        from cortex_client._generated.models import Thing
        kwargs = create_thing._get_kwargs(body=Thing(name="x"))
        print(sorted(k for k in kwargs if k in ("json", "files", "data", "content")))
        print(kwargs["headers"]["Content-Type"], kwargs["json"])
        """
    )
    out = _generated(tmp_path, _two_content_types(True), script)
    assert out.split("\n") == ["['json']", "application/json {'name': 'x'}"]
