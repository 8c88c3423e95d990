"""The generated docstrings tell a caller what an IDE hover should: parameters, return type,
the errors a CortexClient really raises, and the HTTP route."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import cortex_client._generated.api as api_pkg
from cortex_client._generated.api import Api

_GROUPS = sorted(
    name
    for name, value in vars(Api).items()
    if not name.startswith("_") and hasattr(value, "func")  # cached_property: a tag group
)


def _bound_methods() -> list[tuple[str, str]]:
    found = []
    for group in _GROUPS:
        # the attribute may be renamed (cortex_groups): its class names the tag module
        module = importlib.import_module(type(getattr(Api(None), group)).__module__)  # type: ignore[arg-type]
        for cls_name, cls in vars(module).items():
            if not (inspect.isclass(cls) and cls.__module__ == module.__name__):
                continue
            for name, function in vars(cls).items():
                if inspect.iscoroutinefunction(function) and not name.startswith("_"):
                    found.append((f"{cls_name}.{name}", inspect.getdoc(function) or ""))
    return found


def test_every_facade_method_documents_its_arguments_return_errors_and_route() -> None:
    methods = _bound_methods()
    assert len(methods) > 100
    for qualname, doc in methods:
        assert "Returns:" in doc, qualname
        assert "Raises:" in doc, qualname
        assert "cortex_client.APIConnectionError" in doc, qualname
        assert "cortex_client.ResponseValidationError" in doc, qualname
        assert "asyncio_detailed` for the arguments" not in doc, qualname


def test_facade_args_section_names_every_parameter() -> None:
    from cortex_client._generated.api.sessions import ProjectSessionsApi, SessionsApi

    doc = inspect.getdoc(SessionsApi.create_session) or ""
    assert "`POST /api/projects/" in doc
    assert "project_id (str):" in doc
    assert "body (CreateSessionRequest): Payload for creating a session." in doc
    assert "cortex_client.NotFoundError: 404" in doc
    assert "cortex_client.UnprocessableEntityError: 422" in doc
    scoped = inspect.getdoc(ProjectSessionsApi.create_session) or ""
    assert "body (CreateSessionRequest)" in scoped
    assert "project_id (" not in scoped  # bound by the scope, not an argument


def test_endpoint_docstrings_name_the_errors_a_cortex_client_raises() -> None:
    for info in pkgutil.walk_packages(api_pkg.__path__, api_pkg.__name__ + "."):
        module = importlib.import_module(info.name)
        function = getattr(module, "asyncio_detailed", None)
        if function is None:
            continue
        doc = inspect.getdoc(function) or ""
        assert "httpx.TimeoutException" not in doc, info.name
        assert "errors.UnexpectedStatus" not in doc, info.name
        assert "cortex_client.APIConnectionError" in doc, info.name
        assert "cortex_client.APIStatusError" in doc, info.name
