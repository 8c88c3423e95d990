"""The package version (a constant, so a vendored copy without metadata still knows it)."""

__all__ = ["VERSION"]

VERSION = "0.1.0"
