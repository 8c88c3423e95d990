"""The client's own secrets and the one routine that masks them in any text it emits.

A :class:`Redactor` holds the secrets of one client: its API key or access token, each token
its token provider returns, the password of its ``base_url``. Every live redactor is known to
this module, so :func:`scrub` masks the secrets of every client in the process: error
constructors, the transport-error translation and the package loggers' filter call it on text
whatever produced it (httpx, h11, a server body echoing the key, a user callback).
"""

from __future__ import annotations

import json
import re
import threading
import weakref
from collections.abc import Iterable
from urllib.parse import quote

__all__ = ["MASK", "Redactor", "scrub", "scrub_exception", "scrub_value"]

MASK = "***"
# A token provider that rotates tokens keeps adding secrets; the oldest are forgotten past this.
_MAX_SECRETS = 64
# Exception chains are walked this deep at most (a cycle or a pathological chain ends there).
_MAX_CHAIN = 32

_live: weakref.WeakSet[Redactor] = weakref.WeakSet()
_lock = threading.Lock()
# Bumped whenever a redactor gains a secret or is collected; the shared pattern follows it.
_generation = 0
_pattern: re.Pattern[str] | None = None
_pattern_generation = -1


def _bump() -> None:
    global _generation
    with _lock:
        _generation += 1


def _forms(secret: str) -> set[str]:
    """The ways ``secret`` shows up in text: as is, percent-encoded, escaped by repr or JSON."""
    forms = {
        secret,
        quote(secret, safe=""),
        json.dumps(secret)[1:-1],
        repr(secret)[1:-1],
        repr(secret.encode("utf-8", "backslashreplace"))[2:-1],
    }
    return {form for form in forms if form}


# A secret this short is masked only where it stands alone: inside words, a test key like "k"
# would turn "key missing" into "***ey missing" in every message of the process.
_WHOLE_TOKEN_BELOW = 8


def _alternative(form: str) -> str:
    if len(form) >= _WHOLE_TOKEN_BELOW:
        return re.escape(form)
    return rf"(?<![A-Za-z0-9]){re.escape(form)}(?![A-Za-z0-9])"


def _compile(forms: Iterable[str]) -> re.Pattern[str] | None:
    # Longest first, so a secret that contains another is masked whole.
    ordered = sorted(forms, key=len, reverse=True)
    return re.compile("|".join(map(_alternative, ordered))) if ordered else None


class Redactor:
    """The secrets of one client; :meth:`scrub` replaces each occurrence with ``***``.

    Creating one registers it with this module, so the module-level :func:`scrub` (used by
    error constructors and the package loggers) masks its secrets too while it is alive.
    """

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        self._secrets: dict[str, None] = {}  # insertion-ordered, so the oldest go first
        self._forms: frozenset[str] = frozenset()
        self._pattern: re.Pattern[str] | None = None
        for secret in secrets:
            self.add(secret)
        with _lock:
            _live.add(self)
        weakref.finalize(self, _bump)

    def add(self, secret: str | None) -> None:
        """Register ``secret`` (``None`` and ``""`` are ignored)."""
        if not secret or secret in self._secrets:
            return
        self._secrets[secret] = None
        while len(self._secrets) > _MAX_SECRETS:
            del self._secrets[next(iter(self._secrets))]
        self._forms = frozenset(form for known in self._secrets for form in _forms(known))
        self._pattern = _compile(self._forms)
        _bump()

    @property
    def forms(self) -> frozenset[str]:
        """Every textual form of every secret held."""
        return self._forms

    def scrub(self, text: str) -> str:
        """``text`` with this redactor's secrets masked."""
        return self._pattern.sub(MASK, text) if self._pattern is not None else text

    def __repr__(self) -> str:
        return f"Redactor({len(self._secrets)} secrets)"


def _current_pattern() -> re.Pattern[str] | None:
    global _pattern, _pattern_generation
    if _pattern_generation != _generation:
        with _lock:
            generation = _generation
            redactors = list(_live)
        forms = {form for redactor in redactors for form in redactor.forms}
        _pattern, _pattern_generation = _compile(forms), generation
    return _pattern


def scrub(text: str) -> str:
    """``text`` with the secrets of every live client masked."""
    pattern = _current_pattern()
    return pattern.sub(MASK, text) if pattern is not None and text else text


def scrub_value(value: object) -> object:
    """A copy of decoded JSON ``value`` with every string (keys included) scrubbed."""
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, dict):
        return {scrub_value(k): scrub_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub_value(item) for item in value]
    return value


def scrub_exception(exc: BaseException) -> None:
    """Mask secrets in the text of ``exc`` and of the exceptions chained to it, in place.

    Exceptions keep their text in ``args``, which are rewritten. A chained exception whose
    text still holds a secret afterwards (a custom ``__str__``) is cut from the chain, so no
    traceback or log record of ``exc`` can show it.
    """
    if _current_pattern() is None:
        return
    _scrub_args(exc)
    current, seen = exc, {id(exc)}
    while len(seen) < _MAX_CHAIN:
        if isinstance(current, BaseExceptionGroup):
            for inner in current.exceptions:
                scrub_exception(inner)
        following = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
        if following is None or id(following) in seen:
            return
        seen.add(id(following))
        _scrub_args(following)
        if _leaks(following):
            current.__cause__ = current.__context__ = None
            current.__suppress_context__ = True
            return
        current = following


def _scrub_args(exc: BaseException) -> None:
    if any(isinstance(arg, str) for arg in exc.args):
        exc.args = tuple(scrub(arg) if isinstance(arg, str) else arg for arg in exc.args)


def _leaks(exc: BaseException) -> bool:
    try:
        text = str(exc)
    except Exception:
        return True  # Unprintable: it cannot be checked, so it is not shown.
    return scrub(text) != text
