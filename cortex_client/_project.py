"""``client.project(pid)``: the generated project scope, under its public name.

Everything on it (tag groups, their ``watch()`` methods) is generated from the spec and
generator-config.yml's ``cortex_watch`` table; nothing here names a tag.
"""

from __future__ import annotations

from ._generated.api import ProjectApi as Project

__all__ = ["Project"]
