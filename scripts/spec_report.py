"""Compare two OpenAPI 3 documents and describe the difference for a human.

`compare(old, new)` is pure: it reads two parsed documents and returns a `Report`, listing
operations (keyed by METHOD + path, shown with their operationId) and component schemas that
were added, removed or changed. Changes that can break an existing caller of the generated
client are flagged as breaking; the rest are listed as ordinary changes. Output order is
deterministic (it never depends on the key order of either document).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Report", "compare"]

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_COMPOSITIONS = ("oneOf", "anyOf", "allOf")
_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_<>|"})

# Sections, in the order a reader wants them.
_OPERATIONS, _SCHEMAS, _OTHER = 0, 1, 2

Emit = Callable[[str, bool], None]


@dataclass(frozen=True)
class Report:
    """What changed between two OpenAPI documents.

    `breaking` and `changes` are disjoint: `changes` holds only the non-breaking entries.
    `stats` counts operations and schemas added / removed / changed.
    """

    breaking: list[str] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        """True when the two documents are equivalent for this report."""
        return not self.breaking and not self.changes

    def to_markdown(self) -> str:
        """Render the report as Markdown for a pull-request body; breaking changes first."""
        lines = ["## Cortex API spec changes", ""]
        if self.is_empty:
            lines.append("No changes.")
            return "\n".join(lines) + "\n"
        if any(self.stats.values()):
            lines += ["| | added | removed | changed |", "|---|---:|---:|---:|"]
            for kind in ("operations", "schemas"):
                counts = [str(self.stats.get(f"{kind} {what}", 0)) for what in _STAT_COLUMNS]
                lines.append(f"| {kind} | " + " | ".join(counts) + " |")
            lines.append("")
        if self.breaking:
            lines += [f"### ⚠️ Breaking changes ({len(self.breaking)})", ""]
            lines += [f"- **BREAKING:** {_md(text)}" for text in self.breaking]
            lines.append("")
        if self.changes:
            lines += [f"### Other changes ({len(self.changes)})", ""]
            lines += [f"- {_md(text)}" for text in self.changes]
            lines.append("")
        return "\n".join(lines)


_STAT_COLUMNS = ("added", "removed", "changed")


def _md(text: str) -> str:
    return text.translate(_MD_SPECIAL)


@dataclass(frozen=True)
class _Entry:
    sort_key: tuple[Any, ...]
    text: str
    breaking: bool


class _Collector:
    """Accumulates entries and the per-section statistics."""

    def __init__(self) -> None:
        self.entries: list[_Entry] = []
        self.stats: dict[str, int] = {}

    def add(self, sort_key: tuple[Any, ...], text: str, *, breaking: bool) -> None:
        self.entries.append(_Entry(sort_key, text, breaking))

    def count(self, stat: str) -> None:
        self.stats[stat] = self.stats.get(stat, 0) + 1

    def report(self) -> Report:
        ordered = sorted(self.entries, key=lambda e: (e.sort_key, e.text))
        return Report(
            breaking=[e.text for e in ordered if e.breaking],
            changes=[e.text for e in ordered if not e.breaking],
            stats=dict(sorted(self.stats.items())),
        )


def compare(old: Mapping[str, Any], new: Mapping[str, Any]) -> Report:
    """Describe how the OpenAPI 3 document `new` differs from `old`."""
    out = _Collector()
    _compare_operations(old, new, out)
    _compare_schemas(old, new, out)
    _compare_other(old, new, out)
    if not out.entries and old != new:
        # Whatever differs (a path item's summary, an extension field) is below the level this
        # report describes, but an empty report must always mean "identical documents".
        out.add((_OTHER, ""), "Other content changed (descriptions or extensions)", breaking=False)
    return out.report()


# --- operations -------------------------------------------------------------------------------


def _operations(doc: Mapping[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """Map (path, method) to the operation, path-level parameters merged in."""
    result: dict[tuple[str, str], dict[str, Any]] = {}
    for path, item in _dict(doc.get("paths")).items():
        item = _resolve(doc, _dict(item))
        shared = _list(item.get("parameters"))
        for method in _METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                result[(path, method)] = {**op, "parameters": shared + _list(op.get("parameters"))}
    return result


def _op_key(path: str, method: str) -> tuple[Any, ...]:
    return (_OPERATIONS, path, _METHODS.index(method))


def _op_label(path: str, method: str, op: Mapping[str, Any]) -> str:
    op_id = op.get("operationId")
    suffix = f" ({op_id})" if isinstance(op_id, str) and op_id else ""
    return f"{method.upper()} {path}{suffix}"


def _compare_operations(old: Mapping[str, Any], new: Mapping[str, Any], out: _Collector) -> None:
    old_ops, new_ops = _operations(old), _operations(new)
    removed = {k: v for k, v in old_ops.items() if k not in new_ops}
    added = {k: v for k, v in new_ops.items() if k not in old_ops}
    pairs = [(k, k) for k in old_ops if k in new_ops]

    # An operationId that left one path and appeared on another is a moved operation: say so
    # once instead of reporting an unrelated removal and addition.
    added_by_id = {op.get("operationId"): key for key, op in added.items() if op.get("operationId")}
    for old_key, op in list(removed.items()):
        new_key = added_by_id.get(op.get("operationId"))
        if new_key is None or new_key not in added:
            continue
        del removed[old_key], added[new_key]
        out.count("operations changed")
        out.add(
            (*_op_key(*new_key), 0),
            f"Moved operation {op['operationId']}: {old_key[1].upper()} {old_key[0]} → "
            f"{new_key[1].upper()} {new_key[0]}",
            breaking=True,
        )
        _diff_operation(old, new, old_ops[old_key], new_ops[new_key], new_key, out, moved=True)

    for (path, method), op in removed.items():
        out.count("operations removed")
        out.add(
            (*_op_key(path, method), 0),
            f"Removed operation {_op_label(path, method, op)}",
            breaking=True,
        )
    for (path, method), op in added.items():
        out.count("operations added")
        out.add(
            (*_op_key(path, method), 0),
            f"Added operation {_op_label(path, method, op)}",
            breaking=False,
        )
    for old_key, new_key in pairs:
        if _diff_operation(old, new, old_ops[old_key], new_ops[new_key], new_key, out):
            out.count("operations changed")


def _diff_operation(
    old_doc: Mapping[str, Any],
    new_doc: Mapping[str, Any],
    old: dict[str, Any],
    new: dict[str, Any],
    key: tuple[str, str],
    out: _Collector,
    *,
    moved: bool = False,
) -> bool:
    """Report the differences inside one operation; return whether there were any."""
    label = _op_label(key[0], key[1], new)
    found = 0

    def emit(text: str, breaking: bool) -> None:
        nonlocal found
        found += 1
        out.add((*_op_key(*key), 1), f"{label}: {text}", breaking=breaking)

    old_id, new_id = old.get("operationId"), new.get("operationId")
    if old_id != new_id:
        emit(f"operationId changed from {old_id!r} to {new_id!r}", True)
    if bool(new.get("deprecated")) != bool(old.get("deprecated")):
        emit("operation deprecated" if new.get("deprecated") else "no longer deprecated", False)
    _diff_parameters(old_doc, new_doc, old, new, emit, moved=moved)
    _diff_request_body(old_doc, new_doc, old, new, emit)
    _diff_responses(old_doc, new_doc, old, new, emit)
    if not found and not moved and old != new:
        emit("description or metadata changed", False)
    return bool(found)


def _params(doc: Mapping[str, Any], op: Mapping[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    result: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in _list(op.get("parameters")):
        param = _resolve(doc, _dict(raw))
        # Operation-level parameters come last in the merged list and override path-level ones.
        result[(str(param.get("in", "")), str(param.get("name", "")))] = param
    return result


def _diff_parameters(
    old_doc: Mapping[str, Any],
    new_doc: Mapping[str, Any],
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    emit: Emit,
    *,
    moved: bool,
) -> None:
    old_params, new_params = _params(old_doc, old), _params(new_doc, new)
    for key in sorted(old_params.keys() | new_params.keys()):
        where, name = key
        label = f"parameter '{name}' ({where})"
        if key not in new_params:
            # A renamed path parameter of a moved operation is already covered by "Moved".
            if not (moved and where == "path"):
                emit(f"{label} removed", True)
            continue
        param = new_params[key]
        required = bool(param.get("required"))
        if key not in old_params:
            if not (moved and where == "path"):
                emit(f"new required {label}" if required else f"optional {label} added", required)
            continue
        before = old_params[key]
        if required and not before.get("required"):
            emit(f"{label} is now required", True)
        elif before.get("required") and not required:
            emit(f"{label} is no longer required", False)
        _diff_schema(
            old_doc, new_doc, _dict(before.get("schema")), _dict(param.get("schema")), label, emit
        )


def _diff_request_body(
    old_doc: Mapping[str, Any],
    new_doc: Mapping[str, Any],
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    emit: Emit,
) -> None:
    before = _resolve(old_doc, _dict(old.get("requestBody")))
    after = _resolve(new_doc, _dict(new.get("requestBody")))
    if not before and not after:
        return
    if not after:
        emit("request body removed", True)
        return
    required = bool(after.get("required"))
    if not before:
        emit("request body added" + (" (required)" if required else " (optional)"), required)
        return
    if required and not before.get("required"):
        emit("request body is now required", True)
    elif before.get("required") and not required:
        emit("request body is no longer required", False)
    _diff_content(old_doc, new_doc, before, after, "request body", emit, removal_breaks=True)


def _diff_responses(
    old_doc: Mapping[str, Any],
    new_doc: Mapping[str, Any],
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    emit: Emit,
) -> None:
    before, after = _dict(old.get("responses")), _dict(new.get("responses"))
    for code in sorted(before.keys() | after.keys(), key=str):
        success = str(code).startswith("2")
        label = f"response {code}"
        if code not in after:
            # Losing a success response changes what the generated function returns.
            emit(f"{label} removed", success)
        elif code not in before:
            emit(f"{label} added", False)
        else:
            _diff_content(
                old_doc,
                new_doc,
                _resolve(old_doc, _dict(before[code])),
                _resolve(new_doc, _dict(after[code])),
                label,
                emit,
                removal_breaks=success,
            )


def _diff_content(
    old_doc: Mapping[str, Any],
    new_doc: Mapping[str, Any],
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    label: str,
    emit: Emit,
    *,
    removal_breaks: bool,
) -> None:
    before, after = _dict(old.get("content")), _dict(new.get("content"))
    for media in sorted(before.keys() | after.keys()):
        if media not in after:
            emit(f"{label}: media type {media} removed", removal_breaks)
        elif media not in before:
            emit(f"{label}: media type {media} added", False)
        else:
            _diff_schema(
                old_doc,
                new_doc,
                _dict(_dict(before[media]).get("schema")),
                _dict(_dict(after[media]).get("schema")),
                f"{label} ({media})",
                emit,
            )


# --- schemas ----------------------------------------------------------------------------------


def _compare_schemas(old: Mapping[str, Any], new: Mapping[str, Any], out: _Collector) -> None:
    before = _dict(_dict(old.get("components")).get("schemas"))
    after = _dict(_dict(new.get("components")).get("schemas"))
    for name in sorted(before.keys() | after.keys()):
        key = (_SCHEMAS, name)
        if name not in after:
            out.count("schemas removed")
            out.add((*key, 0), f"Removed schema {name}", breaking=True)
            continue
        if name not in before:
            out.count("schemas added")
            out.add((*key, 0), f"Added schema {name}", breaking=False)
            continue
        found = 0

        def emit(text: str, breaking: bool, name: str = name, key: tuple[Any, ...] = key) -> None:
            nonlocal found
            found += 1
            out.add((*key, 1), f"Schema {name}: {text}", breaking=breaking)

        old_schema, new_schema = _dict(before[name]), _dict(after[name])
        _diff_schema(old, new, old_schema, new_schema, "", emit)
        if not found and old_schema != new_schema:
            emit("description or metadata changed", False)
        if found:
            out.count("schemas changed")


def _diff_schema(
    old_doc: Mapping[str, Any],
    new_doc: Mapping[str, Any],
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    label: str,
    emit: Emit,
) -> None:
    """Report differences between two schema nodes.

    A `$ref` is compared by name, not followed: changes inside a component schema are reported
    once, under that schema, instead of at every place that uses it.
    """

    def say(text: str, breaking: bool) -> None:
        emit(f"{label}: {text}" if label else text, breaking)

    old_type, new_type = _type_of(old), _type_of(new)
    if old_type != new_type:
        if old_type != "any" or new.get("$ref") or old.get("$ref"):
            say(f"type changed from {old_type} to {new_type}", True)
        else:
            say(f"type set to {new_type}", False)
        return
    if _is_ref(old):
        return
    if _nullable(old) != _nullable(new):
        say("is now nullable" if _nullable(new) else "is no longer nullable", False)
    if old.get("format") != new.get("format"):
        say(f"format changed from {old.get('format')!r} to {new.get('format')!r}", False)
    _diff_enum(old, new, say)
    _diff_properties(old_doc, new_doc, old, new, label, emit)
    for child, suffix in (("items", "[]"), ("additionalProperties", "{}")):
        old_child, new_child = old.get(child), new.get(child)
        if isinstance(old_child, dict) and isinstance(new_child, dict):
            _diff_schema(old_doc, new_doc, old_child, new_child, _child_label(label, suffix), emit)
        elif old_child is not None and new_child is None and child == "additionalProperties":
            say("additional properties are no longer described", False)
    for keyword in _COMPOSITIONS:
        _diff_variants(old_doc, new_doc, old, new, keyword, label, say, emit)


def _diff_enum(old: Mapping[str, Any], new: Mapping[str, Any], say: Emit) -> None:
    before, after = _list(old.get("enum")), _list(new.get("enum"))
    if not before and not after:
        return
    if before and not after:
        say("enum restriction removed", False)
        return
    for value in sorted((v for v in before if v not in after), key=repr):
        say(f"enum value {value!r} removed", True)
    for value in sorted((v for v in after if v not in before), key=repr):
        say(f"enum value {value!r} added", False)


def _diff_properties(
    old_doc: Mapping[str, Any],
    new_doc: Mapping[str, Any],
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    label: str,
    emit: Emit,
) -> None:
    before, after = _dict(old.get("properties")), _dict(new.get("properties"))
    old_required = {str(n) for n in _list(old.get("required"))}
    new_required = {str(n) for n in _list(new.get("required"))}
    for name in sorted(before.keys() | after.keys()):
        prop = _child_label(label, name)
        if name not in after:
            emit(f"{prop} removed", True)
        elif name not in before:
            # A component may be a request body: a new required field breaks existing callers.
            required = name in new_required
            emit(f"{prop} added" + (" as required" if required else ""), required)
        else:
            if name in new_required and name not in old_required:
                emit(f"{prop} is now required", True)
            elif name in old_required and name not in new_required:
                emit(f"{prop} is no longer required", False)
            _diff_schema(old_doc, new_doc, _dict(before[name]), _dict(after[name]), prop, emit)


def _diff_variants(
    old_doc: Mapping[str, Any],
    new_doc: Mapping[str, Any],
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    keyword: str,
    label: str,
    say: Emit,
    emit: Emit,
) -> None:
    before = [_dict(v) for v in _list(old.get(keyword))]
    after = [_dict(v) for v in _list(new.get(keyword))]
    if not before and not after:
        return
    if all(_is_ref(v) for v in before + after):
        old_names, new_names = {_type_of(v) for v in before}, {_type_of(v) for v in after}
        for name in sorted(old_names - new_names):
            say(f"{keyword} variant {name} removed", True)
        for name in sorted(new_names - old_names):
            say(f"{keyword} variant {name} added", False)
        return
    if len(before) != len(after):
        say(f"{keyword} changed from {len(before)} to {len(after)} variants", True)
        return
    for index, (a, b) in enumerate(zip(before, after, strict=True)):
        _diff_schema(old_doc, new_doc, a, b, _child_label(label, f"<{keyword} #{index + 1}>"), emit)


# --- the rest of the document -----------------------------------------------------------------


def _compare_other(old: Mapping[str, Any], new: Mapping[str, Any], out: _Collector) -> None:
    def note(text: str) -> None:
        out.add((_OTHER, text), text, breaking=False)

    if old.get("openapi") != new.get("openapi"):
        note(f"OpenAPI version changed from {old.get('openapi')!r} to {new.get('openapi')!r}")
    old_info, new_info = _dict(old.get("info")), _dict(new.get("info"))
    if old_info.get("version") != new_info.get("version"):
        note(f"API version changed from {old_info.get('version')!r} to {new_info.get('version')!r}")
    old_sec = _dict(_dict(old.get("components")).get("securitySchemes"))
    new_sec = _dict(_dict(new.get("components")).get("securitySchemes"))
    for name in sorted(old_sec.keys() | new_sec.keys()):
        if name not in new_sec:
            note(f"Removed security scheme {name}")
        elif name not in old_sec:
            note(f"Added security scheme {name}")
        elif old_sec[name] != new_sec[name]:
            note(f"Security scheme {name} changed")
    rest = {k for k in old.keys() | new.keys() if k not in ("openapi", "paths", "components")}
    if _only_version_differs(old_info, new_info):
        rest.discard("info")
    changed = sorted(k for k in rest if old.get(k) != new.get(k))
    components = _dict(old.get("components")).keys() | _dict(new.get("components")).keys()
    changed += sorted(
        f"components.{k}"
        for k in components - {"schemas", "securitySchemes"}
        if _dict(old.get("components")).get(k) != _dict(new.get("components")).get(k)
    )
    if changed:
        note("Other top-level content changed: " + ", ".join(changed))


def _only_version_differs(old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    return {k: v for k, v in old.items() if k != "version"} == {
        k: v for k, v in new.items() if k != "version"
    }


# --- helpers ----------------------------------------------------------------------------------


def _type_of(schema: Mapping[str, Any]) -> str:
    """A short name for what a schema node is: a component name, a JSON type, or a shape."""
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return ref.rsplit("/", 1)[-1]
    # NestJS wraps a lone $ref in allOf to attach a description or nullable to it.
    all_of = _list(schema.get("allOf"))
    if len(all_of) == 1 and _is_ref(_dict(all_of[0])) and "type" not in schema:
        return _type_of(_dict(all_of[0]))
    kind = schema.get("type")
    if isinstance(kind, list):
        # OpenAPI 3.1 spells nullable as an extra "null" type; that is reported apart.
        kinds = sorted(str(k) for k in kind if k != "null") or ["null"]
        return "|".join(kinds)
    if isinstance(kind, str):
        return kind
    for keyword in _COMPOSITIONS:
        if keyword in schema:
            return keyword
    return "any"


def _nullable(schema: Mapping[str, Any]) -> bool:
    kind = schema.get("type")
    return bool(schema.get("nullable")) or (isinstance(kind, list) and "null" in kind)


def _is_ref(schema: Mapping[str, Any]) -> bool:
    return isinstance(schema.get("$ref"), str) or (
        len(_list(schema.get("allOf"))) == 1
        and "type" not in schema
        and _is_ref(_dict(_list(schema.get("allOf"))[0]))
    )


def _child_label(label: str, name: str) -> str:
    """Name a nested node: `property 'meta.title'`, `property 'tags[]'`."""
    prefix, _, path = label.rpartition("property '")
    if path.endswith("'"):
        path = path[:-1]
        joined = path + name if name.startswith(("[]", "{}")) else f"{path}.{name}"
        return f"{prefix}property '{joined}'"
    head = f"{label} " if label else ""
    return f"{head}property '{name}'"


def _resolve(doc: Mapping[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local `$ref` (for parameters, bodies, responses, path items)."""
    seen: set[str] = set()
    while isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        ref: str = node["$ref"]
        if ref in seen:
            break
        seen.add(ref)
        target: Any = doc
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part) if isinstance(target, dict) else None
        if not isinstance(target, dict):
            break
        node = target
    return node


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
