"""`make load`: simulated chatters and workers against real servers, then a report.

Two setups: one process on SQLite (what `make run` starts) and two processes on
PostgreSQL + Redis. The servers run with the production flood limits; each
simulated chatter connects from its own loopback address. The table (Markdown
and JSON) and a PNG plot of latency against load are saved under bench/results/.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import secrets
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.load.report import (  # noqa: E402
    as_json,
    plot,
    problems,
    rows_of,
    table,
    verdict,
)
from bench.load.run import Level, LoadRun, Options, Recording, Target  # noqa: E402
from bot.settings import Settings  # noqa: E402

REDIS_URL = "redis://127.0.0.1:6379/5"


@dataclass
class ServersUp:
    """A setup's running server processes, their database and staff logins."""

    servers: list[Any]
    database_url: str
    logins: list[tuple[str, str]]
    reviewer: tuple[str, str]


def production_limits() -> dict[str, str]:
    """The VT_CHAT_* flood limits as a default installation has them."""
    s = Settings()
    return {
        "VT_CHAT_MESSAGES_PER_MINUTE": str(s.chat_messages_per_minute),
        "VT_CHAT_BURST": str(s.chat_burst),
        "VT_CHAT_ADDRESS_MESSAGES_PER_MINUTE": str(s.chat_address_messages_per_minute),
        "VT_CHAT_ADDRESS_BURST": str(s.chat_address_burst),
        "VT_CHAT_ADDRESS_TURNS": str(s.chat_address_turns),
        "VT_CHAT_CONNECTIONS_PER_ADDRESS": str(s.chat_connections_per_address),
    }


# What the reviewer finds stored when the run starts: a month of conversations.
SEEDED_CONVERSATIONS = 1500
SEEDED_TURNS = (
    "hoi, mijn vriend Jan de Vries uit Zwolle schreeuwt steeds tegen me",
    "wat is een huisverbod en hoe lang duurt een huisverbod",
    "mijn buurvrouw Fatma hoort geschreeuw bij de buren in Almere",
)
# In one seeded conversation of twenty: what the reviewer searches for.
SEEDED_RARE = "moet ik de politie bellen als het weer gebeurt?"


def seed_conversations(database_url: str, n: int = SEEDED_CONVERSATIONS) -> None:
    """Store ``n`` earlier conversations, spread over the last 30 days.

    The review reads every stored conversation of a period: with only the
    run's own few conversations it would have almost nothing to do.
    """
    import random
    import time

    from rasa.shared.core.events import BotUttered, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.agent import tracker_store

    rng = random.Random(11)
    store = tracker_store(Settings(database_url=database_url))
    try:
        for i in range(n):
            moment = time.time() - rng.uniform(3600, 30 * 86400)
            events = []
            turns = list(SEEDED_TURNS)
            if i % 20 == 0:
                turns.append(SEEDED_RARE)
            for k, text in enumerate(turns):
                events.append(UserUttered(text, timestamp=moment + 60 * k))
                events.append(
                    BotUttered("Dank je dat je het vertelt.", timestamp=moment + 61 * k)
                )
            tracker = DialogueStateTracker.from_events(f"seed{i:05d}", events)
            asyncio.run(store.save(tracker))
    finally:
        store.engine.dispose()


def add_workers(database_url: str, n: int) -> list[tuple[str, str]]:
    """Worker accounts for this run, with passwords nobody else knows."""
    return [
        _add_account(database_url, f"werker{i + 1}", "medewerker") for i in range(n)
    ]


def add_reviewer(database_url: str) -> tuple[str, str]:
    """The reviewer account for this run (used with ``--reviewer``)."""
    return _add_account(database_url, "reviewer1", "reviewer")


def _add_account(database_url: str, name: str, role: str) -> tuple[str, str]:
    from bot.staff import StaffAccounts
    from bot.store import open_database

    password = secrets.token_urlsafe(18)
    db = open_database(database_url)
    try:
        StaffAccounts(db).add(name, role, password)
    finally:
        db.dispose()
    return name, password


@contextlib.contextmanager
def servers(
    setup: str, var: Path, workers: int, seed: bool = False
) -> Iterator[ServersUp]:
    """Start the setup's server processes; yield them, the database, the workers."""
    from tests.support.postgres import temporary_database
    from tests.support.server import start_server

    with contextlib.ExitStack() as stack:
        if setup == "single":
            url = f"sqlite:///{var / 'vtchat.db'}"
            env: dict[str, str] = {}
            homes = [var]
        else:
            url = stack.enter_context(temporary_database("vtchat_load"))
            env = {"VT_DATABASE_URL": url, "VT_REDIS_URL": REDIS_URL}
            homes = [var / "a", var / "b"]
            for home in homes:
                home.mkdir()
        logins, reviewer = add_workers(url, workers), add_reviewer(url)
        if seed:
            seed_conversations(url)
        started = [
            start_server(ROOT / "models", home, **production_limits(), **env)
            for home in homes
        ]
        try:
            for server in started:
                server.wait_healthy()
            yield ServersUp(started, url, logins, reviewer)
        finally:
            for server in started:
                server.stop()


def run_setup(setup: str, options: Options) -> Recording:
    """Start the servers of one setup, run the load, stop them."""
    from bot.store import SessionStore, open_database

    with (
        tempfile.TemporaryDirectory() as tmp,
        servers(setup, Path(tmp), options.workers, options.reviewer) as up,
    ):
        db = open_database(up.database_url)
        try:
            targets = [Target(s.base, s.process.pid) for s in up.servers]
            run = LoadRun(
                targets, options, SessionStore(db).resolve, up.logins, up.reviewer
            )
            return asyncio.run(run.run())
        finally:
            db.dispose()


def parse_levels(text: str) -> tuple[Level, ...]:
    """``50:90,200:300`` -> Level(50, 90), Level(200, 300)."""
    levels = []
    for part in text.split(","):
        chatters, seconds = part.split(":")
        levels.append(Level(int(chatters), float(seconds)))
    return tuple(levels)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--setup", choices=["single", "scaled", "both"], default="both")
    parser.add_argument(
        "--levels",
        default="50:90,100:90,200:300,300:90,400:90",
        help="concurrent chatters:seconds, in order (default: %(default)s)",
    )
    parser.add_argument(
        "--think", default="15:45", help="seconds between a chatter's messages"
    )
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--no-flood", action="store_true")
    parser.add_argument(
        "--reviewer",
        action="store_true",
        help="a reviewer lists, searches, reads transcripts and the report all along",
    )
    args = parser.parse_args()
    low, high = (float(x) for x in args.think.split(":"))
    options = Options(
        levels=parse_levels(args.levels),
        think=(low, high),
        workers=args.workers,
        flood_level=None if args.no_flood else 200,
        reviewer=args.reviewer,
    )
    setups = ["single", "scaled"] if args.setup == "both" else [args.setup]
    names = {
        "single": "1 process, SQLite",
        "scaled": "2 processes, PostgreSQL + Redis",
    }
    rows, verdicts, details = [], [], {}
    for setup in setups:
        print(f"== {names[setup]}: {args.levels} (chatters:seconds)", flush=True)
        rec = run_setup(setup, options)
        setup_rows = rows_of(names[setup], rec)
        rows += setup_rows
        verdicts += verdict(names[setup], setup_rows, rec)
        details[names[setup]] = {
            "problems": problems(rec),
            "events": rec.events,
            "flood": rec.flood,
            "review": rec.review,
        }
        print(table(setup_rows), flush=True)
    report = "\n".join(
        [
            table(rows),
            "",
            f"Chatters think {args.think} s between messages; one conversation in "
            f"{options.acute_every} has an acute message; {options.workers} workers "
            "per setup"
            + (
                "; one reviewer lists, searches and reads without pause, over "
                f"{SEEDED_CONVERSATIONS} earlier conversations."
                if options.reviewer
                else "."
            ),
            "",
            *[f"- {v}" for v in verdicts],
            "",
            *[
                f"- {name}: problems {d['problems'] or 'none'}; flood "
                f"{d['flood'] or 'not run'}; reviewer {d['review'] or 'not run'}; "
                f"{d['events']}"
                for name, d in details.items()
            ],
        ]
    )
    print(report)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"load-{stamp}.md").write_text(f"# make load, {stamp}\n\n{report}\n")
    (out / f"load-{stamp}.json").write_text(
        json.dumps(as_json(rows, {"verdicts": verdicts, **details}), indent=2)
    )
    plot(rows, out / f"load-{stamp}.png")
    print(f"saved bench/results/load-{stamp}.md, .json and .png")
    if any(": FAIL" in v for v in verdicts):
        sys.exit(1)


if __name__ == "__main__":
    main()
