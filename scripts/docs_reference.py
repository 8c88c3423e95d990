"""The per-tag-group pages of the API reference, generated from the spec and the generated client.

One Markdown page per `client.<group>`: every operation with its HTTP method and path, the
method's signature (as the generated client declares it), its parameters (described by the
spec), its return type and the errors a `CortexClient` raises for it. Nothing here knows a tag,
an operation or a schema: the spec and the generated package are the only sources, so a
regenerated client gets a matching reference with no hand edit.

    python scripts/docs_reference.py --out /tmp/ref   # the docs hook builds them in memory
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "cortex.json"
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from spec_generator import group_names, method_name  # noqa: E402

from cortex_client._errors import status_error_class  # noqa: E402

__all__ = ["Group", "Operation", "PAGE_DIR", "collect", "render_group", "render_index", "pages"]

#: Where the pages go, relative to the docs directory.
PAGE_DIR = "reference/operations"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_API = "cortex_client._generated.api"
_MODULE_PATH = re.compile(r"\bcortex_client\._generated(?:\.\w+)*\.(?=\w+\b(?!\.))")
# Raised by every operation whatever the spec documents.
_ALWAYS = (
    ("APIConnectionError", "nothing usable came back (connection refused, reset, ...)"),
    ("APITimeoutError", "the request or the total `deadline` timed out"),
    ("ResponseValidationError", "a 2xx body the models cannot read"),
)


@dataclass
class Operation:
    """One operation as the reference shows it."""

    name: str
    http_method: str
    path: str
    spec: Mapping[str, Any]
    signature: str
    returns: str
    scoped: bool


@dataclass
class Group:
    """One `client.<attr>` tag group and its operations, in spec order."""

    attr: str
    tag: str
    operations: list[Operation] = field(default_factory=list)


def _resolve(doc: Mapping[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and seen < 32:
        target: Any = doc
        for part in node["$ref"].removeprefix("#/").split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part, {}) if isinstance(target, Mapping) else {}
        node, seen = target, seen + 1
    return node


def _operations(doc: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        for http_method in _METHODS:
            op = item.get(http_method)
            if isinstance(op, Mapping):
                shared = [p for p in item.get("parameters") or [] if isinstance(p, Mapping)]
                merged = dict(op)
                merged["parameters"] = shared + list(op.get("parameters") or [])
                yield path, http_method, merged


def _bound_class(attr: str, scoped: bool) -> type | None:
    api = importlib.import_module(_API)
    owner = api.ProjectApi if scoped else api.Api
    if not hasattr(owner, attr):
        return None
    # The groups are cached properties that import their module on first use; building one
    # (with no client: nothing is called) names its class, whatever the module is called.
    entry = owner(None, "p") if scoped else owner(None)
    return type(getattr(entry, attr))


def _signature(cls: type, name: str) -> tuple[str, str]:
    function = getattr(cls, name)
    signature = inspect.signature(function)
    returns = signature.return_annotation
    shown = signature.replace(return_annotation=inspect.Signature.empty)
    params = [p for p in shown.parameters.values() if p.name != "self"]
    text = str(shown.replace(parameters=params))
    result = returns if isinstance(returns, str) else inspect.formatannotation(returns)
    return _short(text), _short(result)


def _short(text: str) -> str:
    # Users import these names from cortex_client.models / cortex_client, not from _generated.
    return _MODULE_PATH.sub("", text).replace("'", "")


def collect(doc: Mapping[str, Any]) -> list[Group]:
    """The tag groups of `doc` as the generated client exposes them, in first-seen order.

    Raises RuntimeError when an operation of the spec has no method in the generated client
    (the client is stale: run `make generate`).
    """
    groups: dict[str, Group] = {}
    for path, http_method, op in _operations(doc):
        name = method_name(path, http_method, op)
        for attr, tag in group_names(op).items():
            group = groups.setdefault(attr, Group(attr, tag))
            cls = _bound_class(attr, scoped=False)
            if cls is None or not hasattr(cls, name):
                raise RuntimeError(
                    f"client.{attr}.{name} ({http_method.upper()} {path}) is not in the generated "
                    "client: run `make generate`"
                )
            signature, returns = _signature(cls, name)
            scoped_cls = _bound_class(attr, scoped=True)
            scoped = scoped_cls is not None and hasattr(scoped_cls, name)
            group.operations.append(
                Operation(name, http_method.upper(), path, op, signature, returns, scoped)
            )
    return list(groups.values())


def _cell(text: Any) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _schema_text(doc: Mapping[str, Any], schema: Any) -> str:
    if isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str):
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    resolved = _resolve(doc, schema)
    if not isinstance(resolved, Mapping):
        return ""
    kind = resolved.get("type", "")
    if kind == "array":
        return f"array of {_schema_text(doc, resolved.get('items'))}".strip()
    if "enum" in resolved:
        return f"{kind} (one of {', '.join(repr(v) for v in resolved['enum'])})"
    return str(kind)


def _parameter_rows(doc: Mapping[str, Any], op: Operation) -> list[str]:
    rows = []
    for raw in op.spec.get("parameters") or []:
        param = _resolve(doc, raw)
        if not isinstance(param, Mapping) or not isinstance(param.get("name"), str):
            continue
        schema = _schema_text(doc, param.get("schema"))
        required = "yes" if param.get("required") else "no"
        description = _cell(param.get("description", ""))
        rows.append(
            f"| `{param['name']}` | {param.get('in', '')} | {_cell(schema)} | {required} | "
            f"{description} |"
        )
    body = _resolve(doc, op.spec.get("requestBody"))
    if isinstance(body, Mapping):
        content = body.get("content") or {}
        types = ", ".join(
            f"{media}: {_cell(_schema_text(doc, (content[media] or {}).get('schema')))}"
            for media in content
        )
        required = "yes" if body.get("required") else "no"
        rows.append(
            f"| `body` | body | {types} | {required} | {_cell(body.get('description', ''))} |"
        )
    return rows


def _error_rows(doc: Mapping[str, Any], op: Operation) -> list[str]:
    rows = []
    responses = op.spec.get("responses") or {}
    for code in sorted(str(c) for c in responses):
        if not (code.isdigit() and int(code) >= 400):
            continue
        response = _resolve(doc, responses.get(code))
        description = response.get("description", "") if isinstance(response, Mapping) else ""
        cls = status_error_class(int(code)).__name__
        rows.append(f"- [`{cls}`][cortex_client.{cls}] ({code}): {_cell(description)}")
    rows.append(
        "- any other non-2xx: its [`APIStatusError`][cortex_client.APIStatusError] subclass "
        "(429 and 503 only once the retries are spent)"
    )
    rows += [f"- [`{cls}`][cortex_client.{cls}]: {why}" for cls, why in _ALWAYS]
    return rows


def render_group(doc: Mapping[str, Any], group: Group) -> str:
    """The Markdown page of one tag group."""
    lines = [
        f"# `client.{group.attr}`",
        "",
        f"Operations tagged `{group.tag}` in the spec. Each is a method of "
        f"`client.{group.attr}`; those under `/projects/{{projectId}}` are also on "
        f"`client.project(project_id).{group.attr}` without the `project_id` argument, and "
        f"`.detailed` returns the full `Response` (status, headers, parsed).",
        "",
        "*Generated from `openapi/cortex.json` and the generated client; do not edit.*",
        "",
    ]
    for op in group.operations:
        summary = _cell(op.spec.get("summary", ""))
        lines += [f"## `{op.name}`", "", f"`{op.http_method} {op.path}`", ""]
        if summary:
            lines += [summary, ""]
        description = str(op.spec.get("description", "")).strip()
        if description:
            lines += [description, ""]
        if op.spec.get("deprecated"):
            lines += ["!!! warning", "    Deprecated by the spec.", ""]
        lines += [
            "```python",
            f"async def {op.name}{op.signature} -> {op.returns}",
            "```",
            "",
        ]
        if op.scoped:
            lines += [f"Also `client.project(project_id).{group.attr}.{op.name}(...)`.", ""]
        rows = _parameter_rows(doc, op)
        if rows:
            lines += [
                "**Parameters**",
                "",
                "| name | in | type | required | description |",
                "|---|---|---|---|---|",
                *rows,
                "",
            ]
        lines += [f"**Returns** `{op.returns}`", "", "**Raises**", "", *_error_rows(doc, op), ""]
    return "\n".join(lines)


def render_index(groups: list[Group]) -> str:
    """The page listing every tag group."""
    lines = [
        "# Operations",
        "",
        "Every operation of the spec, by tag group (`client.<group>.<operation>`). "
        "These pages are generated from `openapi/cortex.json` and the generated client.",
        "",
        "| group | operations |",
        "|---|---:|",
    ]
    lines += [f"| [`client.{g.attr}`]({g.attr}.md) | {len(g.operations)} |" for g in groups]
    return "\n".join(lines) + "\n"


def pages(spec_path: Path = SPEC) -> dict[str, str]:
    """Every page, keyed by its path under the docs directory (index first)."""
    doc = json.loads(spec_path.read_text(encoding="utf-8"))
    groups = collect(doc)
    out = {f"{PAGE_DIR}/index.md": render_index(groups)}
    for group in groups:
        out[f"{PAGE_DIR}/{group.attr}.md"] = render_group(doc, group)
    return out


def main(argv: list[str] | None = None) -> int:
    """Write the pages under --out; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--out", type=Path, required=True, help="docs directory to write into")
    args = parser.parse_args(argv)
    for relative, text in pages(args.spec).items():
        target = args.out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
