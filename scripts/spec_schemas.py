"""Compare two OpenAPI schema nodes by meaning, for the change report (`spec_report.py`).

Both sides are resolved before they are compared: a `$ref` is followed and `allOf` members are
merged into one schema, so an inline schema swapped for an equivalent `$ref` or `allOf` is no
change. Two references to the *same* component are not followed: changes inside a component
are reported once, under that component, instead of at every place that uses it.

Whether a change breaks callers can depend on the direction data flows: a field that becomes
required breaks code that *sends* it (request bodies, parameters) but not code that reads it.
`SchemaDiff.request` carries that direction down the tree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

__all__ = [
    "Emit",
    "SchemaDiff",
    "as_dict",
    "as_list",
    "child_label",
    "diff_schema",
    "flatten",
    "ref_name",
    "resolve",
    "schemas_reachable",
]

Emit = Callable[[str, bool], None]

_SCHEMA_REF = "#/components/schemas/"
_VARIANTS = ("oneOf", "anyOf")


@dataclass(frozen=True)
class SchemaDiff:
    """The two documents being compared and what a change means where we are in them.

    `request` is True for data callers send (or for a component whose use is unknown), where a
    newly required field breaks them; False for data they only receive.
    """

    old_doc: Mapping[str, Any]
    new_doc: Mapping[str, Any]
    request: bool = True
    # Pairs of differently named components already being compared (recursive schemas).
    seen: frozenset[tuple[str, str]] = frozenset()

    def for_request(self, request: bool) -> SchemaDiff:
        """The same comparison, for data flowing in the given direction."""
        return replace(self, request=request)


def diff_schema(ctx: SchemaDiff, old: Any, new: Any, label: str, emit: Emit) -> None:
    """Report the differences between two schema nodes that callers can notice."""
    old, new = as_dict(old), as_dict(new)

    def say(text: str, breaking: bool) -> None:
        emit(f"{label}: {text}" if label else text, breaking)

    old_name, new_name = ref_name(old), ref_name(new)
    if old_name is not None and old_name == new_name:
        # A wrapper (NestJS's `allOf: [$ref]`) may carry nullability of its own.
        _diff_nullable(old, new, say)
        return
    if old_name is not None and new_name is not None:
        pair = (old_name, new_name)
        if pair in ctx.seen:
            return
        found: list[tuple[str, bool]] = []
        _diff_resolved(
            replace(ctx, seen=ctx.seen | {pair}), old, new, label, lambda t, b: found.append((t, b))
        )
        if any(breaking for _, breaking in found):
            say(f"type changed from {old_name} to {new_name}", True)
            return
        say(f"now uses schema {new_name} instead of {old_name}, which has the same shape", False)
        for text, breaking in found:
            emit(text, breaking)
        return
    _diff_resolved(ctx, old, new, label, emit)


def _diff_resolved(
    ctx: SchemaDiff, old: dict[str, Any], new: dict[str, Any], label: str, emit: Emit
) -> None:
    def say(text: str, breaking: bool) -> None:
        emit(f"{label}: {text}" if label else text, breaking)

    a, b = flatten(ctx.old_doc, old), flatten(ctx.new_doc, new)
    old_kind, new_kind = _kind_of(a), _kind_of(b)
    if old_kind != new_kind:
        old_shown, new_shown = ref_name(old) or old_kind, ref_name(new) or new_kind
        if old_kind == "any" and ref_name(old) is None:
            say(f"type set to {new_shown}", False)
        else:
            say(f"type changed from {old_shown} to {new_shown}", True)
        return
    if ("enum" in a) != ("enum" in b):
        if ref_name(old) or ref_name(new):
            # A named enum is a class of its own: a plain value in its place is another type.
            say(
                f"type changed from {ref_name(old) or old_kind} to {ref_name(new) or new_kind}",
                True,
            )
            return
        if "enum" in a:
            say("enum restriction removed", False)
        else:
            say("now restricted to an enum", ctx.request)
    _diff_nullable(a, b, say)
    if a.get("format") != b.get("format"):
        say(f"format changed from {a.get('format')!r} to {b.get('format')!r}", False)
    _diff_enum(a, b, say)
    _diff_properties(ctx, a, b, label, emit)
    for child, suffix in (("items", "[]"), ("additionalProperties", "{}")):
        old_child, new_child = a.get(child), b.get(child)
        if isinstance(old_child, dict) and isinstance(new_child, dict):
            diff_schema(ctx, old_child, new_child, child_label(label, suffix), emit)
        elif old_child is not None and new_child is None and child == "additionalProperties":
            say("additional properties are no longer described", False)
    for keyword in _VARIANTS:
        _diff_variants(ctx, a, b, keyword, label, say, emit)


def _diff_nullable(old: Mapping[str, Any], new: Mapping[str, Any], say: Emit) -> None:
    if _nullable(old) != _nullable(new):
        say("is now nullable" if _nullable(new) else "is no longer nullable", False)


def _diff_enum(old: Mapping[str, Any], new: Mapping[str, Any], say: Emit) -> None:
    before, after = as_list(old.get("enum")), as_list(new.get("enum"))
    for value in sorted((v for v in before if v not in after), key=repr):
        say(f"enum value {value!r} removed", True)
    for value in sorted((v for v in after if v not in before), key=repr):
        say(f"enum value {value!r} added", False)


def _diff_properties(
    ctx: SchemaDiff, old: Mapping[str, Any], new: Mapping[str, Any], label: str, emit: Emit
) -> None:
    before, after = as_dict(old.get("properties")), as_dict(new.get("properties"))
    old_required = {str(n) for n in as_list(old.get("required"))}
    new_required = {str(n) for n in as_list(new.get("required"))}
    for name in sorted(before.keys() | after.keys()):
        prop = child_label(label, name)
        if name not in after:
            # Gone from a request: callers' argument is rejected; from a response: their read.
            emit(f"{prop} removed", True)
        elif name not in before:
            required = name in new_required
            emit(f"{prop} added" + (" as required" if required else ""), required and ctx.request)
        else:
            if name in new_required and name not in old_required:
                emit(f"{prop} is now required", ctx.request)
            elif name in old_required and name not in new_required:
                emit(f"{prop} is no longer required", False)
            diff_schema(ctx, before[name], after[name], prop, emit)


def _diff_variants(
    ctx: SchemaDiff,
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    keyword: str,
    label: str,
    say: Emit,
    emit: Emit,
) -> None:
    before = [as_dict(v) for v in as_list(old.get(keyword))]
    after = [as_dict(v) for v in as_list(new.get(keyword))]
    if not before and not after:
        return
    if all(ref_name(v) is not None for v in before + after):
        old_names = {str(ref_name(v)) for v in before}
        new_names = {str(ref_name(v)) for v in after}
        for name in sorted(old_names - new_names):
            say(f"{keyword} variant {name} removed", True)
        for name in sorted(new_names - old_names):
            say(f"{keyword} variant {name} added", False)
        return
    if len(before) != len(after):
        say(f"{keyword} changed from {len(before)} to {len(after)} variants", True)
        return
    for index, (x, y) in enumerate(zip(before, after, strict=True)):
        diff_schema(ctx, x, y, child_label(label, f"<{keyword} #{index + 1}>"), emit)


# --- resolving --------------------------------------------------------------------------------


def flatten(
    doc: Mapping[str, Any], schema: Any, _seen: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """`schema` with its `$ref` followed and its `allOf` members merged into one schema.

    The node's own keywords win over its members' (NestJS puts `nullable` and `description`
    beside a lone `allOf: [$ref]`); properties are united and so are required names.
    """
    node = resolve(doc, as_dict(schema))
    parts = as_list(node.get("allOf"))
    if not parts:
        return node
    merged = {k: v for k, v in node.items() if k != "allOf"}
    for part in parts:
        ref = as_dict(part).get("$ref")
        if isinstance(ref, str) and ref in _seen:
            continue
        flat = flatten(doc, part, _seen | {ref} if isinstance(ref, str) else _seen)
        for key, value in flat.items():
            if key == "properties":
                merged[key] = {**as_dict(value), **as_dict(merged.get(key))}
            elif key == "required":
                names = {str(n) for n in as_list(merged.get(key)) + as_list(value)}
                merged[key] = sorted(names)
            else:
                merged.setdefault(key, value)
    return merged


def resolve(doc: Mapping[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local `$ref` (for schemas, parameters, bodies, responses, path items)."""
    seen: set[str] = set()
    while isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        ref: str = node["$ref"]
        if ref in seen:
            break
        seen.add(ref)
        target = _pointer(doc, ref)
        if not isinstance(target, dict):
            break
        node = target
    return node


def _pointer(doc: Mapping[str, Any], ref: str) -> Any:
    target: Any = doc
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        target = target.get(part) if isinstance(target, dict) else None
    return target


def schemas_reachable(doc: Mapping[str, Any], roots: Iterable[Any]) -> set[str]:
    """Names of the component schemas that `roots` use, directly or through other references."""
    names: set[str] = set()
    followed: set[str] = set()
    stack = list(roots)
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, dict):
            ref = value.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/") and ref not in followed:
                followed.add(ref)
                if ref.startswith(_SCHEMA_REF):
                    names.add(ref.rsplit("/", 1)[-1])
                stack.append(_pointer(doc, ref))
            stack.extend(value.values())
    return names


# --- helpers ----------------------------------------------------------------------------------


def ref_name(schema: Mapping[str, Any]) -> str | None:
    """The component a node stands for: a `$ref`, or NestJS's lone `allOf: [$ref]` wrapper."""
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return ref.rsplit("/", 1)[-1]
    all_of = as_list(schema.get("allOf"))
    if len(all_of) == 1 and "type" not in schema and "properties" not in schema:
        return ref_name(as_dict(all_of[0]))
    return None


def _kind_of(schema: Mapping[str, Any]) -> str:
    """What a resolved node is to the generator: a JSON type or a union."""
    kind = schema.get("type")
    if isinstance(kind, list):
        # OpenAPI 3.1 spells nullable as an extra "null" type; that is reported apart.
        base = "|".join(sorted(str(k) for k in kind if k != "null")) or "null"
    elif isinstance(kind, str):
        base = kind
    elif "properties" in schema:
        base = "object"
    else:
        base = next((k for k in _VARIANTS if k in schema), "any")
    return base


def _nullable(schema: Mapping[str, Any]) -> bool:
    kind = schema.get("type")
    return bool(schema.get("nullable")) or (isinstance(kind, list) and "null" in kind)


def child_label(label: str, name: str) -> str:
    """Name a nested node: `property 'meta.title'`, `property 'tags[]'`."""
    prefix, _, path = label.rpartition("property '")
    if path.endswith("'"):
        path = path[:-1]
        joined = path + name if name.startswith(("[]", "{}")) else f"{path}.{name}"
        return f"{prefix}property '{joined}'"
    head = f"{label} " if label else ""
    return f"{head}property '{name}'"


def as_dict(value: Any) -> dict[str, Any]:
    """`value` if it is a JSON object, else an empty one (specs in the wild are untidy)."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    """`value` if it is a JSON array, else an empty one."""
    return value if isinstance(value, list) else []
