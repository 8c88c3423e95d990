"""The generated endpoint modules under a stable path.

``from cortex_client.api.sessions import get_session`` then ``await get_session.asyncio(pid, sid,
client=client)``; ``Api`` and ``ProjectApi`` are the client-bound entry points. Submodules are the
generated ones themselves (aliased, not copied), so they follow each regeneration.

Type checkers see ``Api`` and ``ProjectApi`` here, but not the per-tag submodules: an import hook
makes them, and naming them in a file would name the spec's tags. Typed code calls the client's
methods (``await client.sessions.get_session(pid, sid)``) or imports the same module under
``cortex_client._generated.api.<tag>``; tests/test_facades_typecheck.py keeps this true.
"""

from ._alias import alias_package
from ._generated.api import Api, ProjectApi

__all__ = ["Api", "ProjectApi"]

# An empty __path__ makes this module a package for the import system, so `cortex_client.api.x`
# reaches the alias finder below.
__path__: list[str] = []

alias_package(__name__, Api.__module__)
