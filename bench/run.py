"""`make bench`: startup, memory, reply latency, train time, danger, handoff.

The reply latency is also measured beside the bare Rasa 3.6 reference bot in the
same run (see :mod:`bench.bare_rasa`); the ratio is the figure that travels.

Prints a table and saves it (Markdown and JSON) under bench/results/. Targets on a
2-core machine: reply p95 < 150 ms, RSS < 1.5 GB, startup < 45 s, train < 3 min,
danger assessment beyond spaCy < 5 ms p95; an acute message in the worker's queue
< 1 s p99 and relay < 100 ms p95 both ways, embedded and on PostgreSQL + Redis.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bare_rasa import bench_against_bare  # noqa: E402
from bench.handoff import (  # noqa: E402
    bench_handoff_embedded,
    bench_handoff_scaled,
)
from bench.stats import percentile, rss_mb, tree_rss_mb  # noqa: E402
from tests.support.model import train  # noqa: E402
from tests.support.server import Chat, start_server  # noqa: E402

MESSAGES = [
    "hoi",
    "hoe lang duurt een huisverbod",
    "wat zijn de stappen van de meldcode",
    "is deze chat anoniem",
    "mijn buurvrouw wordt geslagen, wat kan ik doen",
    "dank je wel",
]


async def chat_latency(ws_url: str, n: int) -> list[float]:
    latencies = []
    async with Chat(ws_url) as chat:
        await chat.hello()
        await chat.say("warm-up: hallo")
        for i in range(n):
            start = time.perf_counter()
            frames = await chat.say(MESSAGES[i % len(MESSAGES)])
            latencies.append((time.perf_counter() - start) * 1000)
            assert frames, "no reply"
    return latencies


def bench_server(model_dir: Path, n: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as var:
        start = time.perf_counter()
        server = start_server(model_dir, Path(var))
        try:
            server.wait_healthy()
            startup = time.perf_counter() - start
            latencies = asyncio.run(chat_latency(server.ws_url, n))
            rss = rss_mb(server.process.pid)
            total = tree_rss_mb(server.process.pid)
        finally:
            server.stop()
    return {
        "startup to /health 200 (s)": round(startup, 1),
        "server RSS (MB)": round(rss),
        "server + action server RSS (MB)": round(total),
        f"reply latency median, {n} msgs (ms)": round(statistics.median(latencies), 1),
        f"reply latency p95, {n} msgs (ms)": round(percentile(latencies, 95), 1),
    }


def bench_train() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as cache:
        start = time.perf_counter()
        train(Path(out), cache_dir=Path(cache))
        return {"train, no cache (s)": round(time.perf_counter() - start, 1)}


def bench_danger() -> dict[str, float]:
    """Rules, classifier and the language reader on pre-parsed messages.

    The cost beyond spaCy, as the NLU component pays it: the Dutch assessment,
    then the language and, for a message that is not Dutch, its own lexicon.
    Measured on Dutch messages and on the development messages in the other
    languages (tests/heldout/multilingual_fresh.jsonl, split "dev" only).
    """
    import spacy

    from bot.danger import Assessor, load_lexicon
    from bot.danger.classifier import load_classifier
    from bot.language.reader import load_message_reader

    nlp = spacy.load("nl_core_news_sm")
    assessor = Assessor(load_lexicon())
    classifier = load_classifier()
    reader = load_message_reader()
    texts = [
        json.loads(line)["text"]
        for line in (ROOT / "tests/data/danger_blind.jsonl").read_text().splitlines()
    ]
    rows = [
        json.loads(line)
        for line in (ROOT / "tests/heldout/multilingual_fresh.jsonl")
        .read_text("utf-8")
        .splitlines()
        if line.strip()
    ]
    foreign = [r["text"] for r in rows if r.get("split") == "dev"]
    spacy_ms = []
    for t in texts:
        start = time.perf_counter()
        nlp(t)
        spacy_ms.append((time.perf_counter() - start) * 1000)

    def own(docs: list[Any]) -> list[float]:
        for doc in docs[:50]:  # warm the regex caches like a running server
            reader.read(doc.text, classifier.boost(assessor.assess_doc(doc), doc.text))
        out = []
        for doc in docs:
            start = time.perf_counter()
            reader.read(doc.text, classifier.boost(assessor.assess_doc(doc), doc.text))
            out.append((time.perf_counter() - start) * 1000)
        return out

    own_ms = own([nlp(t) for t in texts])
    foreign_ms = own([nlp(t) for t in foreign])
    return {
        "spaCy pipeline p95 per message (ms)": round(percentile(spacy_ms, 95), 2),
        "danger assessment median beyond spaCy (ms)": round(
            statistics.median(own_ms), 2
        ),
        "danger assessment p95 beyond spaCy (ms)": round(percentile(own_ms, 95), 2),
        "danger assessment p95 beyond spaCy, other languages (ms)": round(
            percentile(foreign_ms, 95), 2
        ),
    }


def bench_intake() -> dict[str, float]:
    """The intake of a whole conversation from stored tokens: the cost per read."""
    import spacy

    from bot.danger import Assessor, load_lexicon
    from bot.danger.assess import tokens_of
    from bot.intake import UserTurn, load_extractor

    nlp = spacy.load("nl_core_news_sm")
    assessor = Assessor(load_lexicon())
    extractor = load_extractor()
    chats = []
    for line in (ROOT / "tests/data/intake_cases.jsonl").read_text().splitlines():
        turns = []
        for text in json.loads(line)["turns"]:
            toks = tokens_of(nlp(text))
            turns.append(UserTurn(text, toks, assessor.assess_tokens(text, toks)))
        chats.append(turns)
    for turns in chats[:20]:  # warm up
        extractor.build(turns)
    own_ms = []
    for turns in chats:
        start = time.perf_counter()
        extractor.build(turns)
        own_ms.append((time.perf_counter() - start) * 1000)
    return {
        "intake of a conversation p95, from stored tokens (ms)": round(
            percentile(own_ms, 95), 2
        ),
    }


TARGETS = {
    "startup to /health 200 (s)": "< 45",
    "server RSS (MB)": "< 1536",
    "reply latency p95": "< 150",
    "train, no cache (s)": "< 180",
    "REST reply p95: product / bare Rasa": "< 1.3",
    "danger assessment p95 beyond spaCy (ms)": "< 5",
    "danger assessment p95 beyond spaCy, other languages (ms)": "< 5",
    "embedded: acute message to worker's queue p99": "< 1000",
    "embedded: relay": "< 100",
    "PostgreSQL + Redis, 2 processes: acute message to worker's queue p99": "< 1000",
    "PostgreSQL + Redis, 2 processes: relay": "< 100",
}


def target_for(name: str) -> str:
    return next((t for key, t in TARGETS.items() if name.startswith(key)), "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=100)
    parser.add_argument("--skip-train", action="store_true")
    parser.add_argument("--skip-handoff", action="store_true")
    parser.add_argument("--skip-bare", action="store_true")
    parser.add_argument("--handoffs", type=int, default=20)
    args = parser.parse_args()
    results: dict[str, float] = {}
    results.update(bench_danger())
    results.update(bench_intake())
    results.update(bench_server(ROOT / "models", args.messages))
    if not args.skip_bare:
        results.update(bench_against_bare(ROOT / "models", args.messages))
    if not args.skip_handoff:
        results.update(bench_handoff_embedded(ROOT / "models", args.handoffs))
        results.update(bench_handoff_scaled(ROOT / "models", args.handoffs))
    if not args.skip_train:
        results.update(bench_train())
    width = max(len(k) for k in results)
    lines = [
        f"| {'measure':{width}} | value  | target |",
        f"|{'-' * (width + 2)}|--------|--------|",
    ]
    lines += [
        f"| {k:{width}} | {v:>6} | {target_for(k):6} |" for k, v in results.items()
    ]
    table = "\n".join(lines)
    print(table)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"bench-{stamp}.md").write_text(f"# make bench, {stamp}\n\n{table}\n")
    (out / f"bench-{stamp}.json").write_text(json.dumps(results, indent=2))
    print(f"saved bench/results/bench-{stamp}.md")


if __name__ == "__main__":
    main()
