"""Expose a generated package under a stable public name without importing anything twice."""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
from types import ModuleType

__all__ = ["alias_package"]


class _AliasLoader(importlib.abc.Loader):
    def __init__(self, target: str) -> None:
        self._target = target

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        return importlib.import_module(self._target)

    def exec_module(self, module: ModuleType) -> None:
        # The target module already ran; the alias is the very same object.
        return None


class _AliasFinder(importlib.abc.MetaPathFinder):
    def __init__(self, public: str, real: str) -> None:
        self._public = public + "."
        self._real = real + "."

    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith(self._public):
            return None
        real = self._real + fullname[len(self._public) :]
        return importlib.machinery.ModuleSpec(fullname, _AliasLoader(real))


def alias_package(public: str, real: str) -> None:
    """Make ``import public.x.y`` return the module ``real.x.y`` (same object, same classes).

    Module aliasing keeps ``isinstance`` honest: a model imported through the public path is the
    class the generated code builds, never a second copy.
    """
    if not any(isinstance(f, _AliasFinder) and f._public == public + "." for f in sys.meta_path):
        # First in line: the path finder would otherwise load submodules a second time under
        # the public name (their parent, the real package, has a __path__).
        sys.meta_path.insert(0, _AliasFinder(public, real))
