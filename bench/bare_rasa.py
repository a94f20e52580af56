"""The bare Rasa 3.6 reference bot beside the product, in the same bench run.

Absolute times drift between machines and runs, so the reply latency is judged
as a ratio to ``../shared/reference/bare-rasa`` (a tiny Dutch Rasa 3.6 bot with
nothing of ours) measured on the same machine at the same moment: both servers
run at once and the messages alternate between them, so a slow moment of the
machine falls on both. Both are asked over REST, both keep their trackers in
SQLite, and the reference is copied to a temporary directory (never into the repo).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.stats import percentile
from tests.support.server import free_port, http_post_json, start_server

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "reference" / "bare-rasa"
RASA = Path(sys.executable).parent / "rasa"
# The reference's own message mix: greetings, questions, a disclosure, gibberish.
MESSAGES = [
    "hallo",
    "mijn man slaat me",
    "waar kan ik hulp krijgen in Utrecht",
    "is bellen gratis",
    "kan ik anoniem bellen",
    "tot ziens",
    "hulp in A'dam",
    "ik word thuis mishandeld",
    "qwerty asdf zxcv",
    "goedemorgen",
]


def _train(work: Path, config: str) -> Path:
    out = work / "models"
    subprocess.run(
        [str(RASA), "train", "--config", config, "--out", str(out), "--quiet"],
        cwd=work,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return out


def _wait(url: str, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f} s")


@contextmanager
def bare_rasa(config: str = "config.yml") -> Iterator[str]:
    """A trained, running copy of the reference bot; yields its base URL."""
    if not REFERENCE.is_dir():
        raise FileNotFoundError(f"reference bot not found at {REFERENCE}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "bare-rasa"
        shutil.copytree(REFERENCE, work)
        port, action_port = free_port(), free_port()
        (work / "endpoints.yml").write_text(
            f'action_endpoint:\n  url: "http://127.0.0.1:{action_port}/webhook"\n'
            "tracker_store:\n  type: SQL\n  dialect: sqlite\n"
            f"  db: {work / 'tracker.db'}\n"
        )
        models = _train(work, config)
        log = (work / "server.log").open("wb")
        actions = subprocess.Popen(
            [str(RASA), "run", "actions", "--port", str(action_port)],
            cwd=work,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        server = subprocess.Popen(
            [str(RASA), "run", "-m", str(models), "-p", str(port), "--enable-api"],
            cwd=work,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            _wait(f"{base}/status")
            yield base
        finally:
            for process in (server, actions):
                process.terminate()
            for process in (server, actions):
                process.wait(timeout=30)
            log.close()


def _say(base: str, sender: str, text: str) -> float:
    start = time.perf_counter()
    status, body = http_post_json(
        f"{base}/webhooks/rest/webhook", {"sender": sender, "message": text}
    )
    elapsed = (time.perf_counter() - start) * 1000
    if status != 200 or not isinstance(body, list):
        raise RuntimeError(f"{base} answered {status}: {body!r}")
    return elapsed


def bench_against_bare(model_dir: Path, n: int) -> dict[str, float]:
    """Reply latency of the product and the bare bot, alternating, and the ratios."""
    with tempfile.TemporaryDirectory() as var:
        product = start_server(model_dir, Path(var), VT_REST_CHANNEL="true")
        try:
            with bare_rasa() as bare:
                product.wait_healthy()
                ours: list[float] = []
                theirs: list[float] = []
                sender = "bench-" + uuid.uuid4().hex[:8]
                for target in (product.base, bare):  # warm-up, not counted
                    _say(target, sender, "hallo")
                for i in range(n):
                    text = MESSAGES[i % len(MESSAGES)]
                    ours.append(_say(product.base, sender, text))
                    theirs.append(_say(bare, sender, text))
        finally:
            product.stop()
    out: dict[str, float] = {}
    for name, q in (("median", 50), ("p95", 95)):
        a, b = percentile(ours, q), percentile(theirs, q)
        out[f"REST reply {name}, {n} msgs: product (ms)"] = round(a, 1)
        out[f"REST reply {name}, {n} msgs: bare Rasa 3.6 (ms)"] = round(b, 1)
        out[f"REST reply {name}: product / bare Rasa"] = round(a / b, 2)
    return out
