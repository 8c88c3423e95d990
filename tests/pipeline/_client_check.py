"""Checks one generated client; run in a fresh interpreter with the copy first on PYTHONPATH.

    python _client_check.py <copy> <base_url> <project_id> <calls_per_scoped_group>

Prints one JSON object: the problems found, the tag groups, and which project-scoped methods
were called (the caller's loopback server records the paths they sent). A problem is one line,
so the test can show all of them at once.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import inspect
import json
import pkgutil
import sys
import traceback
from pathlib import Path
from typing import Any

# Values for the required arguments of a scoped call, by annotation; other arguments disqualify.
_FILLERS: dict[str, Any] = {"str": "x1", "int": 1, "float": 1.0, "bool": True}
# The copy's folder, shortened in messages so they read the same on every run.
_COPY = sys.argv[1] if len(sys.argv) > 1 else "<copy>"


def _problem(where: str, exc: BaseException) -> str:
    last = traceback.extract_tb(exc.__traceback__)[-1:] or None
    at = f" ({Path(last[0].filename).name}:{last[0].lineno})" if last else ""
    text = " ".join(str(exc).split()).replace(_COPY, "<copy>")
    return f"{where}: {type(exc).__name__}: {text}{at}"


def _import_all(problems: list[str]) -> list[str]:
    import cortex_client._generated as generated

    for info in pkgutil.walk_packages(generated.__path__, generated.__name__ + "."):
        try:
            importlib.import_module(info.name)
        except Exception as exc:
            problems.append(_problem(f"import {info.name}", exc))
    api = Path(generated.__file__).parent / "api"
    return sorted(p.name for p in api.iterdir() if (p / "__init__.py").is_file())


def _import_public(problems: list[str]) -> None:
    import cortex_client

    for name in getattr(cortex_client, "__all__", []):
        try:
            getattr(cortex_client, name)
        except Exception as exc:
            problems.append(_problem(f"cortex_client.{name}", exc))


def _fillable(method: Any) -> dict[str, Any] | None:
    """Keyword values for the method's required arguments, or None if one has no filler."""
    values: dict[str, Any] = {}
    for param in inspect.signature(method).parameters.values():
        if param.default is not inspect.Parameter.empty:
            continue
        annotation = (
            param.annotation
            if isinstance(param.annotation, str)
            else getattr(param.annotation, "__name__", "")
        )
        if annotation not in _FILLERS:
            return None
        values[param.name] = _FILLERS[annotation]
    return values


async def _scoped(
    client: Any, groups: list[str], project_id: str, max_calls: int, problems: list[str]
) -> list[str]:
    try:
        scope = client.project(project_id)
    except Exception as exc:
        problems.append(_problem("client.project()", exc))
        return []
    called: list[str] = []
    for group_name in groups:
        try:
            group = getattr(scope, group_name, None)
        except Exception as exc:
            problems.append(_problem(f"client.project().{group_name}", exc))
            continue
        if group is None:
            continue
        calls_here = 0
        for name, method in inspect.getmembers(group, inspect.iscoroutinefunction):
            if name.startswith("_"):
                continue
            where = f"client.project().{group_name}.{name}"
            if "project_id" in inspect.signature(method).parameters:
                problems.append(f"{where}: still takes project_id")
            values = _fillable(method)
            if values is None or calls_here >= max_calls:
                continue
            calls_here += 1
            called.append(where)
            try:
                async with asyncio.timeout(10):
                    await method(**values)
            except TimeoutError:
                problems.append(f"{where}: no answer within 10 s")
            except Exception:
                pass
    return called


def main(copy: str, base_url: str, project_id: str, max_calls: int) -> dict[str, Any]:
    problems: list[str] = []
    groups = _import_all(problems)
    import cortex_client

    if not Path(cortex_client.__file__).resolve().is_relative_to(Path(copy).resolve()):
        problems.append(f"cortex_client came from {cortex_client.__file__}, not the copy")
    _import_public(problems)
    called = asyncio.run(_use_client(base_url, groups, project_id, max_calls, problems))
    return {"groups": groups, "called": called, "problems": problems}


async def _use_client(
    base_url: str, groups: list[str], project_id: str, max_calls: int, problems: list[str]
) -> list[str]:
    try:
        from cortex_client import CortexClient

        client = CortexClient(base_url, api_key="k", max_retries=0)
    except Exception as exc:
        problems.append(_problem("CortexClient()", exc))
        return []
    try:
        # A group attribute may carry another name than its tag package (cortex_groups): the
        # package is the module of the group's class.
        by_package: dict[str, str] = {}
        for klass in type(client).__mro__:
            for name, value in vars(klass).items():
                if isinstance(value, functools.cached_property) and name not in by_package.values():
                    try:
                        module = type(getattr(client, name)).__module__
                    except Exception as exc:
                        problems.append(_problem(f"client.{name}", exc))
                        continue
                    by_package.setdefault(module.rsplit(".", 1)[-1], name)
        attrs = []
        for package in groups:
            if package in by_package:
                attrs.append(by_package[package])
            else:
                problems.append(f"client.{package}: missing (no attribute serves api/{package})")
        if not max_calls:
            return []
        return await _scoped(client, attrs, project_id, max_calls, problems)
    finally:
        await client.aclose()


if __name__ == "__main__":
    copy_arg, url_arg, pid_arg, calls_arg = sys.argv[1:5]
    print(json.dumps(main(copy_arg, url_arg, pid_arg, int(calls_arg))))
