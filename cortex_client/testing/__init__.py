"""An in-memory Cortex server for tests: every operation of the OpenAPI spec, real behaviour
where the API has it, live SSE events and fault injection.

    async with serve(api_keys=["test-key"]) as server:
        ...  # point a client at server.base_url; inspect or steer server.emulator

Needs the ``testing`` extra (``pip install 'cortex-client[testing]'``); without it, importing
this package raises an ImportError that says so.
"""

from ._extra import needs_testing_extra

with needs_testing_extra(__name__):
    from ._app import create_app
    from ._emulator import Emulator, LoggedRequest
    from ._server import EmulatorServer, serve
    from ._spec import Operation, Spec

__all__ = [
    "Emulator",
    "EmulatorServer",
    "LoggedRequest",
    "Operation",
    "Spec",
    "create_app",
    "serve",
]

for _name in __all__:
    _obj = globals()[_name]
    if getattr(_obj, "__module__", "").startswith(__name__ + "."):
        _obj.__module__ = __name__
