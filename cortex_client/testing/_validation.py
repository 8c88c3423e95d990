"""How the emulator judges values: the ``format`` checker and class-validator style messages."""

from __future__ import annotations

import base64
import binascii

import jsonschema
from jsonschema.exceptions import ValidationError, best_match

__all__ = ["FORMAT_CHECKER", "describe_error"]

# Every format jsonschema knows (date-time needs rfc3339-validator, uri rfc3986-validator: the
# `testing` extra installs them through jsonschema[format-nongpl]), plus OpenAPI's own.
FORMAT_CHECKER = jsonschema.FormatChecker()

_INT_RANGES = {"int32": 2**31, "int64": 2**63}
_MESSAGE_LIMIT = 200

# class-validator's wording for its format decorators, so errors read like the real server's.
_FORMAT_WORDS = {
    "date-time": "must be a valid ISO 8601 date string",
    "date": "must be a valid ISO 8601 date string",
    "time": "must be a valid ISO 8601 time string",
    "uuid": "must be a UUID",
    "email": "must be an email",
    "idn-email": "must be an email",
    "uri": "must be a URL address",
    "url": "must be a URL address",
    "uri-reference": "must be a URI reference",
    "hostname": "must be a valid domain name",
    "ipv4": "must be an ip address",
    "ipv6": "must be an ip address",
    "byte": "must be base64 encoded",
    "int32": "must be a 32-bit integer",
    "int64": "must be a 64-bit integer",
}


def _int_in_range(fmt: str) -> None:
    bound = _INT_RANGES[fmt]

    def check(instance: object) -> bool:
        if not isinstance(instance, int) or isinstance(instance, bool):
            return True
        return -bound <= instance < bound

    FORMAT_CHECKER.checks(fmt)(check)


for _fmt in _INT_RANGES:
    _int_in_range(_fmt)


@FORMAT_CHECKER.checks("byte")
def _is_base64(instance: object) -> bool:
    if not isinstance(instance, str):
        return True
    try:
        base64.b64decode(instance, validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


def describe_error(error: ValidationError, at: str = "") -> str:
    """One readable line for a validation error: the field path, then the problem, worded like
    class-validator (``title must be a string``, ``expiresAt must be a valid ISO 8601 date
    string``). ``at`` names the validated value when it is not a body (a parameter)."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        # A nullable reference fails as "not valid under any": say what the real branch wants.
        return describe_error(best_match(error.context), at)
    where = ".".join(str(part) for part in error.absolute_path)
    where = ".".join(part for part in (at, where) if part)
    subject = where or "body"
    value = error.validator_value
    if error.validator == "required":
        prefix = f"{where}." if where else ""
        return f"{prefix}{_missing_name(error)} should not be empty"
    if error.validator == "type":
        kinds = value if isinstance(value, list) else [value]
        return f"{subject} must be " + " or ".join(_with_article(str(kind)) for kind in kinds)
    if error.validator == "enum":
        values = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
        return f"{subject} must be one of the following values: {values}"
    if error.validator == "format":
        return f"{subject} {_FORMAT_WORDS.get(str(value), f'must match the {value!r} format')}"
    wording = _bound_wording(str(error.validator), value)
    if wording is not None:
        return f"{subject} {wording}"
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        schema = error.schema if isinstance(error.schema, dict) else {}
        declared = schema.get("properties") or {}
        names = ", ".join(str(name) for name in error.instance if name not in declared)
        prefix = f"{where}." if where else ""
        return f"{prefix}property {names} should not exist"[:_MESSAGE_LIMIT]
    # jsonschema's own message quotes the value: keep a hostile value from flooding the answer.
    return f"{subject} {error.message}"[:_MESSAGE_LIMIT]


def _bound_wording(validator: str, value: object) -> str | None:
    wordings = {
        "minLength": f"must be longer than or equal to {value} characters",
        "maxLength": f"must be shorter than or equal to {value} characters",
        "minimum": f"must not be less than {value}",
        "maximum": f"must not be greater than {value}",
        "minItems": f"must contain at least {value} elements",
        "maxItems": f"must contain no more than {value} elements",
        "uniqueItems": "must contain unique elements",
        "pattern": f"must match {value} regular expression",
        "multipleOf": f"must be a multiple of {value}",
    }
    return wordings.get(validator)


def _missing_name(error: ValidationError) -> str:
    # One error per missing name; jsonschema's message quotes it with repr().
    instance = error.instance if isinstance(error.instance, dict) else {}
    wanted = error.validator_value if isinstance(error.validator_value, list) else []
    for name in wanted:
        if name not in instance and error.message.startswith(repr(name)):
            return str(name)
    return "property"


def _with_article(kind: str) -> str:
    if kind == "null":
        return kind
    return f"an {kind}" if kind[:1] in "aeiou" else f"a {kind}"
