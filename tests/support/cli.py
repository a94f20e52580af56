"""Run the ``vtchat`` console script as a user would, in a subprocess."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VTCHAT = str(Path(sys.executable).parent / "vtchat")


def vtchat(
    *args: str, stdin: str = "", env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``vtchat ARGS`` from the project folder; output captured as text."""
    return subprocess.run(
        [VTCHAT, *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(env) if env is not None else None,
        timeout=300,
    )
