"""What the pinned generator makes of a spec: the Python names it gives, and whether it parses.

The change report and `make spec` ask the generator itself (openapi-python-client, pinned, with
generator-config.yml as `scripts/generate.py` loads it) instead of re-implementing its rules, so
they cannot disagree with the generated client about a method, a tag group or a document.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Mapping
from functools import cache
from typing import Any, cast

from generate import CONFIG, _load_config
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import generate_operation_id
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonIdentifier

__all__ = ["argument_name", "generator_error", "group_names", "method_name"]

# The generator's own fallbacks: the tag of untagged operations and the prefix of tag modules.
_DEFAULT_TAG = "default"
_TAG_PREFIX = "tag"


@cache
def _config_file() -> ConfigFile:
    try:
        config_file, _ = _load_config()
    except Exception:  # an unreadable config fails `make generate` with its own message
        return ConfigFile()
    return cast(ConfigFile, config_file)


def method_name(path: str, method: str, op: Mapping[str, Any]) -> str:
    """The name of the operation's function and of its `client.<group>.<method>`."""
    prefix = _config_file().field_prefix
    op_id = op.get("operationId")
    if isinstance(op_id, str):
        return str(PythonIdentifier(op_id, prefix=prefix))
    return str(generate_operation_id(path=UntrustedString(path), method=method, prefix=prefix))


def group_names(op: Mapping[str, Any]) -> dict[str, str]:
    """The `client.<group>` attributes the operation is reachable under, each with its tag."""
    raw = op.get("tags")
    tags = [t for t in raw if isinstance(t, str)] if isinstance(raw, list) else []
    tags = tags or [_DEFAULT_TAG]
    if not _config_file().generate_all_tags:
        tags = tags[:1]
    renamed = _group_renames()
    names = {str(PythonIdentifier(tag, prefix=_TAG_PREFIX)): tag for tag in tags}
    return {renamed.get(module, module): tag for module, tag in names.items()}


@functools.cache
def _group_renames() -> dict[str, str]:
    """generator-config.yml's `cortex_groups` (tag module -> the attribute the client uses)."""
    import yaml

    raw = yaml.safe_load(CONFIG.read_text(encoding="utf-8")) or {}
    table = raw.get("cortex_groups") or {}
    if not isinstance(table, dict):
        return {}
    return {str(PythonIdentifier(str(k), prefix=_TAG_PREFIX)): str(v) for k, v in table.items()}


def argument_name(name: str) -> str:
    """The keyword argument a parameter becomes (before the generator's collision renames)."""
    return str(PythonIdentifier(name, prefix=_config_file().field_prefix))


def generator_error(doc: Mapping[str, Any]) -> str | None:
    """None when the generator can parse `doc` into a client; else its reason, one line."""
    # The document source is only recorded, never read: the parser is given `doc` itself.
    config = Config.from_sources(_config_file(), MetaType.NONE, CONFIG, "utf-8", False, None)
    try:
        # The parser works on models built from the dict; the copy guards the caller's document.
        result = GeneratorData.from_dict(copy.deepcopy(dict(doc)), config=config)
    except Exception as exc:  # the generator's own crash on a document it cannot handle
        return f"{type(exc).__name__}: {exc}"
    if isinstance(result, GeneratorError):
        return f"{result.header}: {result.detail or ''}".strip().rstrip(":")
    return None
