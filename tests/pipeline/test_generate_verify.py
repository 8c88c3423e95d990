"""scripts/generate.py on small specs: only a package that imports replaces anything, and the
generator's warnings are printed as stable lines that can be pasted to allow them."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml

from ._project_copy import run_isolated

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import generate  # noqa: E402

THING = {
    "type": "object",
    "properties": {"name": {"type": "string"}},
    "required": ["name"],
}
OK = {"200": {"description": "ok"}}


def _spec(paths: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


# An operation whose request body comes in two content types: the generator's signature says
# `body: Thing | Thing | Unset = UNSET` whether or not anything imports `Unset`.
TWO_CONTENT_TYPES = _spec(
    {
        "/things": {
            "post": {
                "operationId": "createThing",
                "tags": ["Things"],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}},
                        "multipart/form-data": {"schema": {"$ref": "#/components/schemas/Thing"}},
                    },
                },
                "responses": OK,
            }
        }
    },
    {"Thing": THING},
)

# Two warnings: one formats a spec string the generator keeps in an object without a repr (a
# memory address on every run), one drops an endpoint.
WARNS = _spec(
    {
        "/things/{id}": {
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "get": {"operationId": "getThing", "tags": ["Things"], "responses": OK},
            "put": {
                "operationId": "putThing",
                "tags": ["Things"],
                "requestBody": {"content": {"text/csv": {"schema": {"type": "string"}}}},
                "responses": OK,
            },
        }
    },
    {
        "Thing": {
            "type": "object",
            "properties": {
                "v": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/Missing"}]}
            },
        }
    },
)


def _write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _config(path: Path, allowed: Sequence[str] = ()) -> Path:
    """generator-config.yml without our Cortex-only tables, plus pasted allowed-warning lines."""
    raw = yaml.safe_load(generate.CONFIG.read_text(encoding="utf-8"))
    kept = {k: v for k, v in raw.items() if not str(k).startswith("cortex_")}
    text = yaml.safe_dump(kept) + "cortex_allowed_warnings:\n"
    text += "".join(f"{line}\n" for line in allowed) if allowed else "  {}\n"
    path.write_text(text.replace("cortex_allowed_warnings:\n  {}", "cortex_allowed_warnings: {}"))
    return path


def _run(spec: Path, config: Path, output: Path, *extra: str) -> int:
    args = ["--spec", str(spec), "--config", str(config), "--output", str(output), *extra]
    code: int = generate.main(args)
    return code


def _printed_warnings(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith('  "')]


def test_a_package_that_does_not_import_fails_naming_the_module_and_replaces_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A template whose signature names `Unset` without importing it (the bug the stock
    # templates had for a required body in two content types).
    templates = tmp_path / "templates"
    shutil.copytree(generate.TEMPLATES, templates)
    module = templates / "endpoint_module.py.jinja"
    source = module.read_text(encoding="utf-8")
    assert "UNSET, Unset," in source and "def _get_kwargs(\n" in source
    source = source.replace("UNSET, Unset,", "UNSET,")
    module.write_text(
        source.replace("def _get_kwargs(\n", "def _get_kwargs(\n    _: Unset,\n"), encoding="utf-8"
    )
    monkeypatch.setattr(generate, "TEMPLATES", templates)
    target = tmp_path / "pkg" / "_generated"
    target.mkdir(parents=True)
    (target / "__init__.py").write_text("# the committed package\n", encoding="utf-8")
    spec = _write(tmp_path / "spec.json", TWO_CONTENT_TYPES)
    config = _config(tmp_path / "config.yml")

    assert _run(spec, config, target) == 1

    err = capsys.readouterr().err
    assert "cortex_client._generated.api.things.create_thing: NameError" in err
    assert "Unset" in err
    assert [p.name for p in target.iterdir()] == ["__init__.py"]
    assert (target / "__init__.py").read_text(encoding="utf-8") == "# the committed package\n"
    assert [p.name for p in target.parent.iterdir()] == ["_generated"]
    assert _run(spec, config, target, "--check") == 1
    assert "create_thing: NameError" in capsys.readouterr().err


def test_an_endpoint_with_two_request_content_types_generates_a_package_that_imports(
    tmp_path: Path,
) -> None:
    target = tmp_path / "pkg" / "cortex_client" / "_generated"
    spec = _write(tmp_path / "spec.json", TWO_CONTENT_TYPES)
    assert _run(spec, _config(tmp_path / "config.yml"), target) == 0
    (target.parent / "__init__.py").write_text("", encoding="utf-8")
    script = textwrap.dedent(
        """
        from cortex_client._generated.api.things import create_thing
        from cortex_client._generated.models import Thing
        kwargs = create_thing._get_kwargs(body=Thing(name="x"))
        print(kwargs["method"], kwargs["url"])
        """
    )
    result = run_isolated(target.parent.parent, script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "post /things"


def test_a_warning_holding_a_spec_string_prints_the_same_line_on_every_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _write(tmp_path / "spec.json", WARNS)
    config = _config(tmp_path / "config.yml")
    assert _run(spec, config, tmp_path / "a" / "_generated") == 1
    first = capsys.readouterr()
    assert _run(spec, config, tmp_path / "b" / "_generated") == 1
    second = capsys.readouterr()

    assert second.err == first.err
    union = [line for line in _printed_warnings(first.err) if "union" in line]
    assert union == [
        "  \"Unable to process schema /components/schemas/Thing: Invalid property in union 'v'. "
        'Failure to process schema has resulted in the removal of: /components/schemas/Thing": '
        '"<reason>"'
    ]
    assert "0x" not in first.err
    assert ".generating-" not in first.out + first.err


def test_a_dropped_endpoint_names_its_method_and_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _write(tmp_path / "spec.json", WARNS)
    assert _run(spec, _config(tmp_path / "config.yml"), tmp_path / "out" / "_generated") == 1
    dropped = [line for line in _printed_warnings(capsys.readouterr().err) if "text/csv" in line]
    assert dropped == [
        '  "WARNING parsing PUT /things/{id} within things. Endpoint will not be generated. '
        'Unsupported content type text/csv": "<reason>"'
    ]


def test_pasting_the_printed_warnings_with_reasons_allows_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _write(tmp_path / "spec.json", WARNS)
    target = tmp_path / "out" / "_generated"
    assert _run(spec, _config(tmp_path / "config.yml"), target) == 1
    printed = _printed_warnings(capsys.readouterr().err)
    assert len(printed) == 2

    pasted = [line.replace('"<reason>"', '"a test allows it"') for line in printed]
    assert _run(spec, _config(tmp_path / "allowed.yml", pasted), target) == 0
    assert (target / "api" / "things" / "get_thing.py").exists()


def test_an_allowed_entry_allows_only_a_warning_with_exactly_its_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _write(tmp_path / "spec.json", WARNS)
    partial = ['  "text/csv": "part of a warning"', '  "Thing": "part of the other"']
    assert _run(spec, _config(tmp_path / "config.yml", partial), tmp_path / "o" / "_g") == 1
    assert len(_printed_warnings(capsys.readouterr().err)) == 2


def test_an_allowed_warning_needs_a_real_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _write(tmp_path / "spec.json", WARNS)
    assert _run(spec, _config(tmp_path / "config.yml"), tmp_path / "out" / "_generated") == 1
    printed = _printed_warnings(capsys.readouterr().err)
    assert _run(spec, _config(tmp_path / "as.yml", printed), tmp_path / "o2" / "_generated") == 1
    assert "give a reason" in capsys.readouterr().err


def test_a_warning_text_is_one_line_without_addresses_or_temporary_paths(tmp_path: Path) -> None:
    from openapi_python_client.parser.errors import ParseError

    error = ParseError(
        header="Unable to process schema /components/schemas/X:",
        detail=f"Bad <pkg.mod.Thing object at 0x7f00deadbeef> in {tmp_path}/s.json\n\nthen:\n"
        + str(Path(tempfile.gettempdir()) / "tmpk2_x9" / "out.py"),
    )
    text = generate.warning_text(error, {tmp_path: "<spec folder>"})
    assert text == (
        "Unable to process schema /components/schemas/X: "
        "Bad <Thing> in <spec folder>/s.json. then: <temp>/out.py"
    )


def test_the_schemas_a_failure_removed_are_listed_in_one_order_whatever_the_hash_seed() -> None:
    from openapi_python_client.parser.errors import ParseError

    def removal(*names: str) -> str:
        detail = "Invalid property in union 'v'\n\n" + generate._REMOVALS
        return generate.warning_text(
            ParseError(
                header="H:",
                detail=detail + "".join(f"\n/components/schemas/{name}" for name in names),
            )
        )

    # the generator walks a set of dependents: the order differs from run to run
    assert removal("B", "A", "C") == removal("C", "B", "A")
    assert removal("B", "A").endswith("removal of: /components/schemas/A. /components/schemas/B")
