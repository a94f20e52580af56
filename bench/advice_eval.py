"""Ask the running assistant every question of an advice set and score the answers.

``python -m bench.advice_eval FILE [--map MAP] [--out DIR]``: starts the real
server (REST channel, its own SQLite under a temporary directory), sends each
question as the first message of a new conversation, and scores everything the
assistant replied (bot/advice/evaluate.py). The result is printed and saved under
``bench/results/`` as ``advice-<name>-<time>.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import uuid
from datetime import datetime, timezone
from pathlib import Path

import yaml

from bot.advice import load_library
from bot.advice.evaluate import format_report, read_cases, score
from tests.support.server import http_post_json, start_server

ROOT = Path(__file__).resolve().parents[1]


def ask_all(base: str, texts: list[str]) -> list[str]:
    """The assistant's whole reply to each text, each in a new conversation."""
    replies = []
    for text in texts:
        status, body = http_post_json(
            f"{base}/webhooks/rest/webhook",
            {"sender": "eval-" + uuid.uuid4().hex[:12], "message": text},
        )
        if status != 200 or not isinstance(body, list):
            raise RuntimeError(f"the server answered {status}: {body!r}")
        replies.append("\n".join(str(m.get("text") or "") for m in body))
    return replies


def main(argv: list[str] | None = None) -> int:
    """Run the set against a fresh server and save the report."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("cases", type=Path)
    parser.add_argument("--map", type=Path, help="case topic -> library topics (YAML)")
    parser.add_argument("--model-dir", type=Path, default=ROOT / "models")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = parser.parse_args(argv)
    cases = read_cases(args.cases.read_text("utf-8").splitlines())
    topic_map = yaml.safe_load(args.map.read_text("utf-8")) if args.map else None
    library = load_library(ROOT / "data" / "advice")
    with tempfile.TemporaryDirectory() as var:
        server = start_server(args.model_dir, Path(var), VT_REST_CHANNEL="true")
        try:
            server.wait_healthy()
            replies = ask_all(server.base, [c.text for c in cases])
        finally:
            server.stop()
    report = score(cases, replies, library, topic_map)
    text = format_report(report)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / f"advice-{args.cases.stem}-{stamp}.md"
    failures = "\n".join(json.dumps(f, ensure_ascii=False) for f in report.failures)
    target.write_text(
        f"# Advice answers on {args.cases.name} ({stamp})\n\n{text}\n"
        f"## Failures\n\n```\n{failures}\n```\n",
        "utf-8",
    )
    print(text)
    print(f"saved {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
