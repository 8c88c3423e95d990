"""scripts/generate.py: deterministic output, warnings fail the run, --check catches drift."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import generate  # noqa: E402


def test_two_generations_are_identical_and_leave_no_caches(tmp_path: Path) -> None:
    generate.generate_into(tmp_path / "a")
    generate.generate_into(tmp_path / "b")
    assert generate.differences(tmp_path / "a", tmp_path / "b") == []
    leftovers = [p for p in tmp_path.rglob("*") if p.name in {"__pycache__", ".ruff_cache"}]
    assert leftovers == []


def test_the_committed_package_matches_a_fresh_generation(tmp_path: Path) -> None:
    generate.generate_into(tmp_path / "fresh")
    assert generate.differences(generate.TARGET, tmp_path / "fresh") == []


def test_check_fails_when_the_committed_tree_drifts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    drifted = tmp_path / "_generated"
    shutil.copytree(generate.TARGET, drifted, ignore=shutil.ignore_patterns("__pycache__"))
    (drifted / "types.py").write_text("# hand edit\n", encoding="utf-8")
    monkeypatch.setattr(generate, "TARGET", drifted)
    assert generate.main(["--check"]) == 1
    assert "differs: types.py" in capsys.readouterr().out


def test_a_generator_warning_fails_the_run_unless_allowed_with_a_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "generator-config.yml"
    text = generate.CONFIG.read_text(encoding="utf-8")
    # Without the content-type override the generator warns about the audio/wav response.
    config.write_text(text.replace("  audio/wav: application/octet-stream\n", ""), encoding="utf-8")
    monkeypatch.setattr(generate, "CONFIG", config)
    with pytest.raises(generate.GenerationError, match="audio/wav") as raised:
        generate.generate_into(tmp_path / "out")
    # The printed line, pasted as it is, with the placeholder replaced by a reason.
    (line,) = [line for line in str(raised.value).splitlines() if "audio/wav" in line]
    allowed = config.read_text(encoding="utf-8").replace(
        "cortex_allowed_warnings: {}",
        "cortex_allowed_warnings:\n"
        + line.replace('"<reason>"', '"debug audio is not parsed (test)"'),
    )
    config.write_text(allowed, encoding="utf-8")
    generate.generate_into(tmp_path / "out2")
    assert (tmp_path / "out2" / "api" / "messages" / "get_message_debug_audio.py").exists()


def test_the_wav_response_comes_through_as_a_file() -> None:
    source = (generate.TARGET / "api" / "messages" / "get_message_debug_audio.py").read_text()
    assert "File(payload=BytesIO(response.content))" in source
