"""Vendoring: the package folder copied under another parent imports and works on its own."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "cortex_client"


def test_a_copy_under_vendor_imports_without_the_installed_name(tmp_path: Path) -> None:
    shutil.copytree(
        PACKAGE, tmp_path / "vendor" / "cortex_client", ignore=shutil.ignore_patterns("__pycache__")
    )
    (tmp_path / "vendor" / "__init__.py").write_text("")
    script = textwrap.dedent(
        """
        import sys
        # Hide the installed copy: only the vendored folder may serve the import.
        sys.modules["cortex_client"] = None
        from vendor.cortex_client import CortexClient, NotFoundError
        from vendor.cortex_client.models import CreateSessionRequest
        from vendor.cortex_client.api.sessions import get_session

        client = CortexClient("http://127.0.0.1:9", api_key="k")
        group = client.project("p").sessions
        assert type(group).__module__.startswith("vendor.cortex_client."), type(group)
        assert get_session.__name__ == "vendor.cortex_client._generated.api.sessions.get_session"
        assert CreateSessionRequest.__module__.startswith("vendor.cortex_client._generated")
        assert not [m for m in sys.modules if m.startswith("cortex_client") and sys.modules[m]]
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
