"""Train the Rasa model into a folder (used by the tests and the benchmarks)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def train(out: Path, cache_dir: Path | None = None) -> Path:
    """Run `rasa train` exactly as `make train` does, into ``out``.

    ``cache_dir`` replaces Rasa's training cache (``.rasa/cache``): an empty one
    measures a training from scratch.
    """
    env = dict(os.environ)
    if cache_dir is not None:
        env["RASA_CACHE_DIRECTORY"] = str(cache_dir)
    command = [
        str(Path(sys.executable).parent / "rasa"),
        "train",
        "--domain",
        "data/domain",
        "--data",
        "data",
        "--config",
        "config.yml",
        "--out",
        str(out),
        "--fixed-model-name",
        "vtchat",
    ]
    subprocess.run(
        command,
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return out / "vtchat.tar.gz"
