"""Fetch the Cortex OpenAPI document, validate it and vendor it as openapi/cortex.json.

Usage:
    python scripts/fetch_spec.py [--base-url URL] [--output PATH] [--fail-on-breaking]
                                 [--report-file PATH] [--timeout S]

GETs ``{base}/api/docs-json`` (base: ``--base-url``, else env ``CORTEX_BASE_URL``, else
https://ots.odin.4players.io), checks it is an OpenAPI 3.x document, writes it with
stable formatting (``json.dumps(doc, indent=2, ensure_ascii=False)`` plus a newline, key order
kept) via a temporary file and an atomic rename, and prints a change report against the file
it replaces. ``--report-file`` also writes that report as Markdown (for a pull-request body).

Validation takes what the generator takes: a document openapi-spec-validator rejects is still
accepted when the pinned generator parses it (NestJS, for one, writes a bearer scheme with the
`name`/`in` of an API key); the validator's complaint is then a warning in the report. A body
that is not JSON, not an object, not ``openapi: 3.x``, or that neither accepts, is an error.

Exit codes:
    0  the spec was fetched and written (or was already identical)
    1  the fetch or validation failed; one ``fetch_spec: error: ...`` line on stderr, and the
       output file is left byte-for-byte untouched
    2  bad command-line usage
    3  ``--fail-on-breaking`` was given and the new spec has breaking changes. The new spec
       *is* written anyway, so a CI job can show or commit it; only the exit code signals.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, NoReturn

import httpx
from openapi_spec_validator import validate
from spec_generator import generator_error
from spec_report import Report, compare, warnings_markdown

__all__ = ["FetchError", "fetch_document", "main", "render_spec", "write_atomically"]

DEFAULT_BASE_URL = "https://ots.odin.4players.io"
DOCS_PATH = "/api/docs-json"
DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "openapi" / "cortex.json"
DEFAULT_TIMEOUT = 30.0
# A spec is a few hundred kilobytes; anything far larger is not the document we want.
MAX_BYTES = 64 * 1024 * 1024
PROG = "fetch_spec"

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_BREAKING = 0, 1, 2, 3


class FetchError(Exception):
    """A failure to obtain a valid spec; its message is the one line shown to the user."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """Report a usage error as a single line (argparse prints the usage block)."""
        self.exit(EXIT_USAGE, f"{PROG}: error: {message} (see --help)\n")


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds: {text!r}")
    return value


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = _Parser(
        prog=PROG,
        description="Fetch {base}/api/docs-json, validate it and write openapi/cortex.json.",
        epilog="Exit codes: 0 ok, 1 fetch/validation error (output untouched), 2 usage, "
        "3 breaking changes with --fail-on-breaking (output still written).",
    )
    parser.add_argument(
        "--base-url", help=f"server base URL (env CORTEX_BASE_URL, {DEFAULT_BASE_URL})"
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="spec file to write")
    parser.add_argument(
        "--fail-on-breaking",
        action="store_true",
        help="exit 3 when the new spec has breaking changes (the file is still written)",
    )
    parser.add_argument("--report-file", type=Path, help="also write the change report here")
    parser.add_argument(
        "--timeout", type=_positive_float, default=DEFAULT_TIMEOUT, help="seconds (default 30)"
    )
    args = parser.parse_args(argv)
    given = args.base_url or os.environ.get("CORTEX_BASE_URL") or ""
    base = (given.strip() or DEFAULT_BASE_URL).rstrip("/")
    url = httpx.URL(base) if "://" in base else None
    if url is None or url.scheme not in ("http", "https") or not url.host:
        parser.error(f"base URL must be an absolute http(s) URL, got {base!r}")
    args.base_url = base
    return args


def fetch_document(base_url: str, timeout: float) -> tuple[dict[str, Any], list[str]]:
    """GET the OpenAPI document from ``{base_url}/api/docs-json``; return it and its warnings.

    The warnings are validation errors the pinned generator tolerates. Raises `FetchError`
    with a one-line message for every way this can fail.
    """
    url = base_url + DOCS_PATH
    body, content_type = _download(url, timeout)
    doc = _parse_json(url, body, content_type)
    return doc, _check_openapi(url, doc)


def _download(url: str, timeout: float) -> tuple[bytes, str]:
    headers = {"Accept": "application/json"}
    try:
        with (
            httpx.Client(timeout=timeout, follow_redirects=True) as client,
            client.stream("GET", url, headers=headers) as response,
        ):
            if response.status_code != 200:
                reason = response.reason_phrase or "error"
                raise FetchError(f"GET {url} returned HTTP {response.status_code} {reason}")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_BYTES:
                    raise FetchError(f"GET {url} returned more than {MAX_BYTES} bytes")
                chunks.append(chunk)
            return b"".join(chunks), response.headers.get("content-type", "")
    except httpx.TimeoutException:
        raise FetchError(f"GET {url} timed out after {timeout:g} s") from None
    except httpx.ConnectError as exc:
        raise FetchError(f"cannot connect to {url}: {_one_line(exc)}") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"GET {url} failed: {_one_line(exc)}") from None


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not valid JSON")


def _parse_json(url: str, body: bytes, content_type: str) -> dict[str, Any]:
    if "html" in content_type.lower() or body.lstrip()[:1] == b"<":
        raise FetchError(
            f"GET {url} returned an HTML page, not the JSON spec (content-type: "
            f"{content_type or 'none'})"
        )
    try:
        doc = json.loads(body.decode("utf-8-sig"), parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise FetchError(f"GET {url} returned a body that is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise FetchError(
            f"GET {url} returned invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except (ValueError, RecursionError) as exc:
        raise FetchError(f"GET {url} returned invalid JSON: {_one_line(exc)}") from None
    if not isinstance(doc, dict):
        raise FetchError(
            f"GET {url} returned JSON that is not an OpenAPI document "
            f"(top level is {type(doc).__name__}, expected an object)"
        )
    return doc


def _check_openapi(url: str, doc: dict[str, Any]) -> list[str]:
    version = doc.get("openapi")
    if version is None:
        if "swagger" in doc:
            raise FetchError(
                f"GET {url} returned a Swagger {doc['swagger']} document; OpenAPI 3.x expected"
            )
        raise FetchError(f"GET {url} returned JSON that is not an OpenAPI document (no 'openapi')")
    if not isinstance(version, str) or not version.startswith("3."):
        raise FetchError(f"GET {url} returned OpenAPI version {version!r}; 3.x expected")
    warnings: list[str] = []
    try:
        validate(doc)
    except Exception as exc:
        # The validator raises several unrelated types (validation, reference resolution,
        # unsupported version). What counts is whether `make generate` can use the document:
        # the generator itself is the judge, so the two can never disagree.
        if generator_error(doc) is not None:
            raise FetchError(
                f"the document from {url} is not a valid OpenAPI spec: {_describe(exc)}"
            ) from None
        warnings.append(
            "openapi-spec-validator rejects the document, but the pinned generator accepts "
            f"it: {_describe(exc)}"
        )
    if not isinstance(doc.get("paths"), dict):
        raise FetchError(f"the document from {url} has no paths")
    return warnings


def _describe(exc: Exception) -> str:
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    path = getattr(exc, "json_path", None) or "/".join(
        str(p) for p in getattr(exc, "absolute_path", ()) or ()
    )
    return _one_line(f"{message} (at {path})" if path else str(message))


def _one_line(value: object, limit: int = 300) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_spec(doc: dict[str, Any]) -> str:
    """The vendored formatting: stable for diffs, key order as the server sent it."""
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def write_atomically(path: Path, text: str) -> None:
    """Replace `path` with `text` so readers see either the old or the new file, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates 0600; keep the mode the file had, or the usual umask-derived one.
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _load_previous(path: Path) -> tuple[bytes | None, dict[str, Any] | None]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, None
    except OSError as exc:
        raise FetchError(f"cannot read {path}: {_one_line(exc)}") from None
    try:
        previous = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return raw, None
    return raw, previous if isinstance(previous, dict) else None


def _first_report(path: Path, doc: dict[str, Any], had_file: bool) -> str:
    ops = sum(
        1
        for item in doc.get("paths", {}).values()
        if isinstance(item, dict)
        for method in ("get", "put", "post", "delete", "options", "head", "patch", "trace")
        if method in item
    )
    schemas = len(doc.get("components", {}).get("schemas", {}) or {})
    why = "was not readable JSON" if had_file else "did not exist"
    return (
        "## Cortex API spec changes\n\n"
        f"No comparison: the previous {path.name} {why}. "
        f"The new spec has {ops} operations and {schemas} schemas.\n"
    )


def run(args: argparse.Namespace) -> int:
    """Fetch, validate, write and report; return the exit code."""
    output: Path = args.output
    doc, warnings = fetch_document(args.base_url, args.timeout)
    old_raw, old_doc = _load_previous(output)
    text = render_spec(doc)

    report: Report | None = None
    if old_doc is not None:
        report = dataclasses.replace(compare(old_doc, doc), warnings=warnings)
        markdown = report.to_markdown()
    else:
        markdown = _first_report(output, doc, old_raw is not None)
        if warnings:
            markdown += "\n" + warnings_markdown(warnings)

    if old_raw == text.encode("utf-8"):
        status = f"{output} is already up to date"
    else:
        try:
            write_atomically(output, text)
        except OSError as exc:
            raise FetchError(f"cannot write {output}: {_one_line(exc)}") from None
        status = f"wrote {output}"

    if args.report_file is not None:
        try:
            write_atomically(args.report_file, markdown)
        except OSError as exc:
            raise FetchError(f"cannot write {args.report_file}: {_one_line(exc)}") from None

    print(f"{PROG}: {status} (from {args.base_url}{DOCS_PATH})")
    for warning in warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    print(markdown, end="")
    if report is not None and report.breaking and args.fail_on_breaking:
        print(
            f"{PROG}: {len(report.breaking)} breaking change(s); failing as requested",
            file=sys.stderr,
        )
        return EXIT_BREAKING
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    args = _parse_args(argv)
    try:
        return run(args)
    except FetchError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"{PROG}: error: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
