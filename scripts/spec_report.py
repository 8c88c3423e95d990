"""Compare two OpenAPI 3 documents and describe the difference for the generated client's callers.

`compare(old, new)` is pure: it reads two parsed documents and returns a `Report`, listing tag
groups (`client.<group>`), operations (keyed by METHOD + path, shown with their operationId) and
component schemas that were added, removed or changed. Changes that break code written against
the generated client are flagged as breaking; the rest are listed as ordinary changes. Python
names (methods, groups, arguments) come from the pinned generator itself (`spec_generator.py`)
and schemas are compared by meaning (`spec_schemas.py`). Output order is deterministic (it
never depends on the key order of either document).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from spec_generator import argument_name, group_names, method_name
from spec_schemas import (
    Emit,
    SchemaDiff,
    as_dict,
    as_list,
    diff_schema,
    resolve,
    schemas_reachable,
)

__all__ = ["Report", "compare", "warnings_markdown"]

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_<>|"})

# Sections, in the order a reader wants them.
_GROUPS, _OPERATIONS, _SCHEMAS, _OTHER = 0, 1, 2, 3

OpKey = tuple[str, str]


@dataclass(frozen=True)
class Report:
    """What changed between two OpenAPI documents.

    `breaking` and `changes` are disjoint: `changes` holds only the non-breaking entries.
    `stats` counts operations and schemas added / removed / changed. `warnings` are about the
    new document itself (validator complaints the generator tolerates), not about the change.
    """

    breaking: list[str] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """True when the two documents are equivalent for this report."""
        return not self.breaking and not self.changes

    def to_markdown(self) -> str:
        """Render the report as Markdown for a pull-request body; breaking changes first."""
        lines = ["## Cortex API spec changes", ""]
        if self.is_empty:
            lines += ["No changes.", ""]
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
        text = "\n".join(lines[:-1]) + "\n"
        return text + ("\n" + warnings_markdown(self.warnings) if self.warnings else "")


def warnings_markdown(warnings: list[str]) -> str:
    """The Markdown section listing problems of the new document that do not stop it."""
    lines = [f"### Spec warnings ({len(warnings)})", ""]
    lines += [f"- {_md(text)}" for text in warnings]
    return "\n".join(lines) + "\n"


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
    ctx = SchemaDiff(old, new)
    _compare_operations(ctx, out)
    _compare_schemas(ctx, out)
    _compare_other(old, new, out)
    if not out.entries and old != new:
        # Whatever differs (a path item's summary, an extension field) is below the level this
        # report describes, but an empty report must always mean "identical documents".
        out.add((_OTHER, ""), "Other content changed (descriptions or extensions)", breaking=False)
    return out.report()


# --- operations -------------------------------------------------------------------------------


def _operations(doc: Mapping[str, Any]) -> dict[OpKey, dict[str, Any]]:
    """Map (path, method) to the operation, path-level parameters merged in."""
    result: dict[OpKey, dict[str, Any]] = {}
    for path, item in as_dict(doc.get("paths")).items():
        item = resolve(doc, as_dict(item))
        shared = as_list(item.get("parameters"))
        for method in _METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                result[(path, method)] = {
                    **op,
                    "parameters": shared + as_list(op.get("parameters")),
                }
    return result


def _op_key(path: str, method: str) -> tuple[Any, ...]:
    return (_OPERATIONS, path, _METHODS.index(method))


def _op_label(path: str, method: str, op: Mapping[str, Any]) -> str:
    op_id = op.get("operationId")
    suffix = f" ({op_id})" if isinstance(op_id, str) and op_id else ""
    return f"{method.upper()} {path}{suffix}"


def _compare_operations(ctx: SchemaDiff, out: _Collector) -> None:
    old_ops, new_ops = _operations(ctx.old_doc), _operations(ctx.new_doc)
    removed = {k: v for k, v in old_ops.items() if k not in new_ops}
    added = {k: v for k, v in new_ops.items() if k not in old_ops}
    matched: dict[OpKey, OpKey] = {k: k for k in old_ops if k in new_ops}

    # An operationId that left one path and appeared on another is a moved operation: say so
    # once instead of reporting an unrelated removal and addition.
    added_by_id = {op.get("operationId"): key for key, op in added.items() if op.get("operationId")}
    moved: set[OpKey] = set()
    for old_key, op in list(removed.items()):
        new_key = added_by_id.get(op.get("operationId"))
        if new_key is None or new_key not in added:
            continue
        del removed[old_key], added[new_key]
        matched[old_key] = new_key
        moved.add(old_key)
        out.count("operations changed")
        out.add(
            (*_op_key(*new_key), 0),
            f"Moved operation {op['operationId']}: {old_key[1].upper()} {old_key[0]} → "
            f"{new_key[1].upper()} {new_key[0]}",
            breaking=True,
        )

    renamed = _compare_groups(old_ops, new_ops, matched, out)
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
    for old_key, new_key in matched.items():
        found = _diff_operation(
            ctx,
            (old_key, old_ops[old_key]),
            (new_key, new_ops[new_key]),
            renamed,
            out,
            moved=old_key in moved,
        )
        if found and old_key not in moved:
            out.count("operations changed")


def _compare_groups(
    old_ops: Mapping[OpKey, Mapping[str, Any]],
    new_ops: Mapping[OpKey, Mapping[str, Any]],
    matched: Mapping[OpKey, OpKey],
    out: _Collector,
) -> dict[str, str]:
    """Report `client.<group>` attributes that appear, vanish or are renamed.

    A group is renamed when all of its surviving operations now live in one group that did not
    exist before. Returns {old group: new group} for those, so operations are not reported again.
    """
    old_members, old_tags = _groups(old_ops)
    new_members, new_tags = _groups(new_ops)
    renamed: dict[str, str] = {}
    for group in sorted(old_members.keys() - new_members.keys()):
        survivors = [matched[k] for k in sorted(old_members[group]) if k in matched]
        homes = [set(group_names(new_ops[k])) for k in survivors]
        targets = set.union(set(), *homes) - old_members.keys() - set(renamed.values())
        target = next(iter(targets)) if len(targets) == 1 else None
        if target is not None and all(target in home for home in homes):
            renamed[group] = target
            out.add(
                (_GROUPS, group),
                f"Renamed tag group client.{group} → client.{target} "
                f"(tag {_tags(old_tags[group])} → {_tags(new_tags[target])})",
                breaking=True,
            )
        else:
            out.add(
                (_GROUPS, group),
                f"Removed tag group client.{group} (tag {_tags(old_tags[group])})",
                breaking=True,
            )
    for group in sorted(new_members.keys() - old_members.keys() - set(renamed.values())):
        out.add(
            (_GROUPS, group),
            f"Added tag group client.{group} (tag {_tags(new_tags[group])})",
            breaking=False,
        )
    for group in sorted(old_members.keys() & new_members.keys()):
        if old_tags[group] != new_tags[group]:
            out.add(
                (_GROUPS, group),
                f"Tag {_tags(old_tags[group])} renamed to {_tags(new_tags[group])}; "
                f"the group is still client.{group}",
                breaking=False,
            )
    return renamed


def _groups(
    ops: Mapping[OpKey, Mapping[str, Any]],
) -> tuple[dict[str, set[OpKey]], dict[str, set[str]]]:
    members: dict[str, set[OpKey]] = {}
    tags: dict[str, set[str]] = {}
    for key, op in ops.items():
        for group, tag in group_names(op).items():
            members.setdefault(group, set()).add(key)
            tags.setdefault(group, set()).add(tag)
    return members, tags


def _tags(tags: set[str]) -> str:
    return " / ".join(repr(t) for t in sorted(tags))


def _diff_operation(
    ctx: SchemaDiff,
    old_side: tuple[OpKey, dict[str, Any]],
    new_side: tuple[OpKey, dict[str, Any]],
    renamed: Mapping[str, str],
    out: _Collector,
    *,
    moved: bool,
) -> bool:
    """Report the differences inside one operation; return whether there were any."""
    old, (new_key, new) = old_side[1], new_side
    label = _op_label(new_key[0], new_key[1], new)
    found = 0

    def emit(text: str, breaking: bool) -> None:
        nonlocal found
        found += 1
        out.add((*_op_key(*new_key), 1), f"{label}: {text}", breaking=breaking)

    _diff_names(old_side, new_side, renamed, emit)
    if bool(new.get("deprecated")) != bool(old.get("deprecated")):
        emit("operation deprecated" if new.get("deprecated") else "no longer deprecated", False)
    _diff_parameters(ctx.for_request(True), old, new, emit, moved=moved)
    _diff_request_body(ctx.for_request(True), old, new, emit)
    _diff_responses(ctx.for_request(False), old, new, emit)
    # Tags are described by the group entries and _diff_names.
    if not found and not moved and _without_tags(old) != _without_tags(new):
        emit("description or metadata changed", False)
    return bool(found)


def _without_tags(op: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in op.items() if k != "tags"}


def _diff_names(
    old_side: tuple[OpKey, dict[str, Any]],
    new_side: tuple[OpKey, dict[str, Any]],
    renamed: Mapping[str, str],
    emit: Emit,
) -> None:
    """The method name and the groups it is reached through: what a caller types."""
    ((old_path, old_method), old), ((new_path, new_method), new) = old_side, new_side
    old_id, new_id = old.get("operationId"), new.get("operationId")
    old_name = method_name(old_path, old_method, old)
    new_name = method_name(new_path, new_method, new)
    if old_name != new_name:
        what = f"operationId changed from {old_id!r} to {new_id!r}" if old_id != new_id else ""
        emit(what or f"method renamed from {old_name} to {new_name}", True)
    elif old_id != new_id:
        emit(
            f"operationId changed from {old_id!r} to {new_id!r}; the method is still {new_name}",
            False,
        )
    expected = {renamed.get(g, g) for g in group_names(old)}
    now = set(group_names(new))
    lost, gained = sorted(expected - now), sorted(now - expected)
    if lost and gained:
        emit(f"moved from {_attrs(lost)} to {_attrs(gained)}", True)
    elif lost:
        emit(f"no longer in {_attrs(lost)}", True)
    elif gained:
        emit(f"now also in {_attrs(gained)}", False)


def _attrs(groups: list[str]) -> str:
    return ", ".join(f"client.{g}" for g in groups)


def _params(doc: Mapping[str, Any], op: Mapping[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    result: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in as_list(op.get("parameters")):
        param = resolve(doc, as_dict(raw))
        where, name = str(param.get("in", "")), str(param.get("name", ""))
        # HTTP header names are case-insensitive: a header that changes case is the same one.
        # Operation-level parameters come last in the merged list and override path-level ones.
        result[(where, name.lower() if where == "header" else name)] = param
    return result


def _diff_parameters(
    ctx: SchemaDiff,
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    emit: Emit,
    *,
    moved: bool,
) -> None:
    old_params, new_params = _params(ctx.old_doc, old), _params(ctx.new_doc, new)
    for key in sorted(old_params.keys() | new_params.keys()):
        where = key[0]
        if key not in new_params:
            # A renamed path parameter of a moved operation is already covered by "Moved".
            if not (moved and where == "path"):
                emit(f"parameter '{old_params[key].get('name')}' ({where}) removed", True)
            continue
        param = new_params[key]
        name = str(param.get("name", ""))
        label = f"parameter '{name}' ({where})"
        required = bool(param.get("required"))
        if key not in old_params:
            if not (moved and where == "path"):
                emit(f"new required {label}" if required else f"optional {label} added", required)
            continue
        before = old_params[key]
        old_name = str(before.get("name", ""))
        if old_name != name:
            old_arg, new_arg = argument_name(old_name), argument_name(name)
            if old_arg != new_arg:
                emit(f"{label} was '{old_name}': argument {old_arg} renamed to {new_arg}", True)
            else:
                emit(
                    f"{label} was '{old_name}' (case only; the argument is still {new_arg})", False
                )
        if required and not before.get("required"):
            emit(f"{label} is now required", True)
        elif before.get("required") and not required:
            emit(f"{label} is no longer required", False)
        diff_schema(ctx, before.get("schema"), param.get("schema"), label, emit)


def _diff_request_body(
    ctx: SchemaDiff, old: Mapping[str, Any], new: Mapping[str, Any], emit: Emit
) -> None:
    before = resolve(ctx.old_doc, as_dict(old.get("requestBody")))
    after = resolve(ctx.new_doc, as_dict(new.get("requestBody")))
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
    _diff_content(ctx, before, after, "request body", emit, removal_breaks=True)


def _diff_responses(
    ctx: SchemaDiff, old: Mapping[str, Any], new: Mapping[str, Any], emit: Emit
) -> None:
    before, after = as_dict(old.get("responses")), as_dict(new.get("responses"))
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
                ctx,
                resolve(ctx.old_doc, as_dict(before[code])),
                resolve(ctx.new_doc, as_dict(after[code])),
                label,
                emit,
                removal_breaks=success,
            )


def _diff_content(
    ctx: SchemaDiff,
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    label: str,
    emit: Emit,
    *,
    removal_breaks: bool,
) -> None:
    before, after = as_dict(old.get("content")), as_dict(new.get("content"))
    for media in sorted(before.keys() | after.keys()):
        if media not in after:
            emit(f"{label}: media type {media} removed", removal_breaks)
        elif media not in before:
            emit(f"{label}: media type {media} added", False)
        else:
            diff_schema(
                ctx,
                as_dict(before[media]).get("schema"),
                as_dict(after[media]).get("schema"),
                f"{label} ({media})",
                emit,
            )


# --- schemas ----------------------------------------------------------------------------------


def _response_only(ctx: SchemaDiff) -> set[str]:
    """Component schemas that, in either document, only ever describe data callers receive."""
    sent: set[str] = set()
    received: set[str] = set()
    for doc in (ctx.old_doc, ctx.new_doc):
        ops = _operations(doc).values()
        sent |= schemas_reachable(
            doc, [[op.get("parameters"), op.get("requestBody")] for op in ops]
        )
        received |= schemas_reachable(doc, [op.get("responses") for op in ops])
    return received - sent


def _compare_schemas(ctx: SchemaDiff, out: _Collector) -> None:
    before = as_dict(as_dict(ctx.old_doc.get("components")).get("schemas"))
    after = as_dict(as_dict(ctx.new_doc.get("components")).get("schemas"))
    response_only = _response_only(ctx)
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

        old_schema, new_schema = as_dict(before[name]), as_dict(after[name])
        diff_schema(ctx.for_request(name not in response_only), old_schema, new_schema, "", emit)
        if not found and old_schema != new_schema:
            emit("description or metadata changed", False)
        if found:
            out.count("schemas changed")


# --- the rest of the document -----------------------------------------------------------------


def _compare_other(old: Mapping[str, Any], new: Mapping[str, Any], out: _Collector) -> None:
    def note(text: str) -> None:
        out.add((_OTHER, text), text, breaking=False)

    if old.get("openapi") != new.get("openapi"):
        note(f"OpenAPI version changed from {old.get('openapi')!r} to {new.get('openapi')!r}")
    old_info, new_info = as_dict(old.get("info")), as_dict(new.get("info"))
    if old_info.get("version") != new_info.get("version"):
        note(f"API version changed from {old_info.get('version')!r} to {new_info.get('version')!r}")
    old_sec = as_dict(as_dict(old.get("components")).get("securitySchemes"))
    new_sec = as_dict(as_dict(new.get("components")).get("securitySchemes"))
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
    components = as_dict(old.get("components")).keys() | as_dict(new.get("components")).keys()
    changed += sorted(
        f"components.{k}"
        for k in components - {"schemas", "securitySchemes"}
        if as_dict(old.get("components")).get(k) != as_dict(new.get("components")).get(k)
    )
    if changed:
        note("Other top-level content changed: " + ", ".join(changed))


def _only_version_differs(old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    return {k: v for k, v in old.items() if k != "version"} == {
        k: v for k, v in new.items() if k != "version"
    }
