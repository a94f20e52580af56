"""The newcomer's entry point: `make` finds Python 3.10 or says clearly it cannot."""

from __future__ import annotations

import shutil
import subprocess

from tests.conftest import ROOT


def test_missing_python_310_is_a_clear_error(tmp_path):
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    result = subprocess.run(
        ["make", "install", "PYTHON310=/usr/bin/false"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "Python 3.10 not found" in result.stderr
    assert not (tmp_path / ".venv").exists()


def test_help_lists_the_readme_commands():
    result = subprocess.run(
        ["make", "help"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    for target in ("run", "test", "train", "shell", "lint", "bench"):
        assert f"make {target} " in result.stdout
