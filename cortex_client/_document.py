"""Documents as an event carried them, decoded into their model when first read.

A watch applies far more events than anyone reads documents: most versions of a document are
replaced before a consumer looks at them. Holding the received JSON and decoding on first read
makes applying an event cost no model building at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._errors import DocumentDecodeError

__all__ = ["LazyDocument", "resolve"]

_UNDECODED: Any = object()


class LazyDocument:
    """A document as received (``id`` when known); :meth:`get` decodes it into ``model`` once
    and keeps the result.

    Two lazy documents are equal when their JSON is; a lazy document and a model are
    equal when the decoded document equals the model (one that cannot be decoded equals
    nothing, so comparing never raises).
    """

    __slots__ = ("_value", "id", "model", "raw")

    def __init__(self, raw: Mapping[str, Any], model: Any, id: str = "") -> None:
        self.raw = raw
        self.model = model
        self.id = id
        self._value = _UNDECODED

    def get(self) -> Any:
        """The decoded model (built on the first call); raises :class:`DocumentDecodeError`."""
        value = self._value
        if value is _UNDECODED:
            try:
                value = self.model.from_dict(self.raw)
            except (KeyError, ValueError, TypeError, AttributeError) as exc:
                raise DocumentDecodeError(self.model.__name__, self.raw, exc) from exc
            self._value = value
        return value

    def __eq__(self, other: object) -> bool:
        if type(other) is LazyDocument:
            return self.raw == other.raw
        try:
            return bool(self.get() == other)
        except DocumentDecodeError:
            return False

    __hash__ = None  # type: ignore[assignment]  # equal to a model, which is unhashable

    def __repr__(self) -> str:
        state = "undecoded" if self._value is _UNDECODED else "decoded"
        return f"<LazyDocument {self.model.__name__} ({state})>"


def resolve(value: Any) -> Any:
    """``value`` itself, or its model when it is a :class:`LazyDocument`."""
    return value.get() if type(value) is LazyDocument else value
