"""MkDocs hooks (mkdocs.yml `hooks:`): the per-tag-group operation pages, built in memory.

The pages come from scripts/docs_reference.py at every build, so they always match the spec and
the generated client; nothing generated is written into docs/. The nav entry pointing at
`reference/operations/index.md` becomes a section with one page per group.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docs_reference import PAGE_DIR, pages
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

_INDEX = f"{PAGE_DIR}/index.md"
_pages: dict[str, str] = {}


def _title(relative: str) -> str:
    return "client." + Path(relative).stem


def _expand(nav: Any) -> Any:
    if isinstance(nav, list):
        return [_expand(item) for item in nav]
    if isinstance(nav, dict):
        out = {}
        for title, value in nav.items():
            if value == _INDEX:
                value = [value] + [{_title(p): p} for p in _pages if p != _INDEX]
            out[title] = _expand(value)
        return out
    return nav


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Build the pages once and list them in the nav."""
    _pages.clear()
    _pages.update(pages())
    if config.nav is not None:
        config.nav = _expand(config.nav)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated pages to the site."""
    for relative, text in _pages.items():
        files.append(File.generated(config, relative, content=text))
    return files
