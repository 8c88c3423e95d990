"""One clear ImportError when a dependency of the ``testing`` extra is not installed."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

__all__ = ["EXTRA_MODULES", "INSTALL_HINT", "needs_testing_extra"]

#: Top-level modules the ``testing`` extra installs (see pyproject.toml).
EXTRA_MODULES = frozenset({"starlette", "uvicorn", "jsonschema", "pytest", "pytest_asyncio"})
INSTALL_HINT = "pip install 'cortex-client[testing]'"


@contextlib.contextmanager
def needs_testing_extra(importer: str) -> Iterator[None]:
    """Re-raise a missing module of the extra, imported in the block, as an ImportError that
    says what to install. Its ``name`` is ``importer``, so ``python -m`` reports it in one line
    (runpy prints the message of an ImportError raised by the package it runs, no traceback).
    """
    try:
        yield
    except ModuleNotFoundError as exc:
        missing = (exc.name or "").partition(".")[0]
        if missing not in EXTRA_MODULES:
            raise
        raise ImportError(
            f"{importer} needs {missing}, part of the testing extra: {INSTALL_HINT}",
            name=importer,
        ) from exc
