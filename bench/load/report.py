"""Numbers from a load run: a table per setup, the verdict, a latency plot."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench.load.run import Gauge, Recording, Window
from bench.stats import percentile

# Counters that describe the run rather than something going wrong.
INFORMATIVE = {
    "conversations completed",
    "reconnects",
    "chats taken over by a worker",
    "claims lost to another worker",
}
TARGET_CHATTERS = 200
TARGET_P95_MS = 500.0
TARGET_ACUTE_P99_MS = 1000.0


@dataclass
class Row:
    """One measured window."""

    setup: str
    window: str
    chatters: int
    held_min: int
    seconds: float
    messages: int
    per_second: float
    median_ms: float
    p95_ms: float
    p99_ms: float
    errors: int
    acute: int
    acute_p99_ms: float
    rss_max_mb: float
    harness_cpu_pct: float


def rows_of(setup: str, rec: Recording) -> list[Row]:
    """One row per window of the run."""
    return [_row(setup, rec, w) for w in rec.windows]


def _row(setup: str, rec: Recording, w: Window) -> Row:
    samples = [s for s in rec.samples if w.start <= s.sent < w.end]
    ok = [s.ms for s in samples if s.error is None]
    acute = [
        (rec.acute_queued.get(a.conversation_id, float("inf")) - a.sent) * 1000
        for a in rec.acute
        if w.start <= a.sent < w.end
    ]
    gauges = [g for g in rec.gauges if w.start <= g.at < w.end]
    seconds = w.end - w.start
    return Row(
        setup=setup,
        window=w.label,
        chatters=w.chatters,
        held_min=min((g.connected for g in gauges), default=0),
        seconds=round(seconds),
        messages=len(samples),
        per_second=round(len(samples) / seconds, 2) if seconds > 0 else 0.0,
        median_ms=_pct(ok, 50),
        p95_ms=_pct(ok, 95),
        p99_ms=_pct(ok, 99),
        errors=sum(1 for s in samples if s.error is not None),
        acute=len(acute),
        acute_p99_ms=_pct(acute, 99),
        rss_max_mb=round(max((g.rss_mb for g in gauges), default=0.0)),
        harness_cpu_pct=_cpu_pct(gauges),
    )


def _cpu_pct(gauges: list[Gauge]) -> float:
    """The load generator's CPU use over the window, in % of one core."""
    if len(gauges) < 2 or gauges[-1].at <= gauges[0].at:
        return 0.0
    used = gauges[-1].harness_cpu_s - gauges[0].harness_cpu_s
    return round(100 * used / (gauges[-1].at - gauges[0].at))


def _pct(values: list[float], p: float) -> float:
    return round(percentile(values, p), 1) if values else 0.0


def problems(rec: Recording) -> dict[str, int]:
    """Everything that went wrong over the whole run, by kind."""
    found: dict[str, int] = {}
    for s in rec.samples:
        if s.error is not None:
            found[s.error] = found.get(s.error, 0) + 1
    for name, n in rec.events.items():
        if name not in INFORMATIVE:
            found[name] = found.get(name, 0) + n
    missing = sum(1 for a in rec.acute if a.conversation_id not in rec.acute_queued)
    if missing:
        found["acute conversation never reached the queue"] = missing
    return found


def verdict(setup: str, rows: list[Row], rec: Recording) -> list[str]:
    """The issue's targets for the 200-chatter window, each PASS or FAIL."""
    main = next((r for r in rows if r.window == f"{TARGET_CHATTERS} chatters"), None)
    if main is None:
        return [f"{setup}: no {TARGET_CHATTERS}-chatter window in this run"]
    window = next(w for w in rec.windows if w.label == main.window)
    acute_all = [
        (rec.acute_queued.get(a.conversation_id, float("inf")) - a.sent) * 1000
        for a in rec.acute
        if window.start <= a.sent < window.end
    ]
    acute_p99 = percentile(acute_all, 99) if acute_all else 0.0
    wrong = problems(rec)
    checks = [
        (
            f"{main.held_min} of {TARGET_CHATTERS} conversations held open "
            f"for {main.seconds:.0f} s",
            main.held_min >= TARGET_CHATTERS * 0.9,
        ),
        (
            f"no errors or lost replies in the whole run ({sum(wrong.values())})",
            not wrong,
        ),
        (
            f"reply p95 at {TARGET_CHATTERS} chatters {main.p95_ms:.0f} ms "
            f"< {TARGET_P95_MS:.0f} ms",
            main.p95_ms < TARGET_P95_MS,
        ),
        (
            f"acute message to the workers' queue p99 {acute_p99:.0f} ms "
            f"< {TARGET_ACUTE_P99_MS:.0f} ms ({len(acute_all)} acute)",
            acute_p99 < TARGET_ACUTE_P99_MS,
        ),
    ]
    before = next((r for r in rows if r.window == "before flood"), None)
    during = next((r for r in rows if r.window == "during flood"), None)
    if before is not None and during is not None:
        checks.append(
            (
                f"a flood from one address: the others' reply p95 "
                f"{during.p95_ms:.0f} ms during it (before: {before.p95_ms:.0f} "
                f"ms, x{during.p95_ms / max(before.p95_ms, 1):.2f}) "
                f"< {TARGET_P95_MS:.0f} ms",
                during.p95_ms < TARGET_P95_MS,
            )
        )
    return [f"{setup}: {'PASS' if ok else 'FAIL'}  {text}" for text, ok in checks]


COLUMNS = [
    ("setup", "setup"),
    ("window", "window"),
    ("held_min", "open (min)"),
    ("seconds", "s"),
    ("messages", "msgs"),
    ("per_second", "msg/s"),
    ("median_ms", "median ms"),
    ("p95_ms", "p95 ms"),
    ("p99_ms", "p99 ms"),
    ("errors", "errors"),
    ("acute", "acute"),
    ("acute_p99_ms", "acute→queue p99 ms"),
    ("rss_max_mb", "RSS max MB"),
    ("harness_cpu_pct", "harness CPU %"),
]


def table(rows: list[Row]) -> str:
    """A Markdown table of the rows."""
    cells = [[str(getattr(r, key)) for key, _ in COLUMNS] for r in rows]
    heads = [head for _, head in COLUMNS]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(heads)]
    lines = [
        "| "
        + " | ".join(h.ljust(w) for h, w in zip(heads, widths, strict=True))
        + " |",
        "|" + "|".join("-" * (w + 2) for w in widths) + "|",
    ]
    lines += [
        "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
        for row in cells
    ]
    return "\n".join(lines)


def plot(rows: list[Row], path: Path) -> None:
    """Reply latency (median, p95, p99) against concurrent conversations."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 5))
    for n, setup in enumerate(dict.fromkeys(r.setup for r in rows)):
        levels = [
            r for r in rows if r.setup == setup and r.window.endswith(" chatters")
        ]
        xs = [r.chatters for r in levels]
        for key, style in (("median_ms", ":"), ("p95_ms", "-"), ("p99_ms", "--")):
            ax.plot(
                xs,
                [getattr(r, key) for r in levels],
                style,
                color=f"C{n}",
                marker="o",
                label=f"{setup}: {key.removesuffix('_ms')}",
            )
    ax.axhline(TARGET_P95_MS, color="red", linewidth=1, label="target p95")
    ax.set_xlabel("concurrent conversations")
    ax.set_ylabel("reply latency (ms, log scale)")
    ax.set_yscale("log")
    ax.set_title("Veilig Thuis chat: reply latency against load")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def as_json(rows: list[Row], extra: dict[str, Any]) -> dict[str, Any]:
    """Rows and run details for the JSON file beside the table."""
    return {"rows": [asdict(r) for r in rows], **extra}
