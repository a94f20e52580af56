"""Score the assistant's answers to advice questions (pure: no server, no Rasa).

A case is one question as a chatter would type it, with who asks (``audience``),
the facts the answer must contain (``expect``: every group, any alternative in a
group) and phrases it must not contain (``must_not``: the victim's comfort to a
pleger, "niet jouw schuld" to a professional). The answer is everything the
assistant replied to that first message, so an escalation that replaces the
advice counts against it unless it carries the facts too.

The topic the assistant chose is read back from the reply: every library text is
unique, so the entry whose text was sent names it. The case's own topic names
come from its author; ``topic_map`` says which library topics answer each one.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from bot.advice.library import AdviceLibrary


@dataclass(frozen=True)
class Case:
    """One labelled advice question."""

    text: str
    topic: str
    audience: str
    expect: tuple[tuple[str, ...], ...]
    must_not: tuple[str, ...]


@dataclass(frozen=True)
class Verdict:
    """How one answer did: fact groups it missed, phrases it should not have."""

    missing: tuple[tuple[str, ...], ...]
    forbidden: tuple[str, ...]
    topic: str | None

    @property
    def ok(self) -> bool:
        """Every fact there and nothing forbidden."""
        return not self.missing and not self.forbidden


@dataclass
class Report:
    """Accuracy overall, per case topic and per audience, and topic macro-F1."""

    total: int = 0
    correct: int = 0
    by_topic: dict[str, list[int]] = field(default_factory=dict)
    by_audience: dict[str, list[int]] = field(default_factory=dict)
    topic_f1: float | None = None
    failures: list[dict[str, object]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        """Share of answers with every fact and nothing forbidden."""
        return self.correct / self.total if self.total else 0.0


def read_cases(lines: Iterable[str]) -> list[Case]:
    """Parse JSON Lines cases; a bad line raises ValueError naming its number."""
    cases = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            expect = tuple(tuple(str(a) for a in group) for group in raw["expect"])
            cases.append(
                Case(
                    text=str(raw["text"]),
                    topic=str(raw["topic"]),
                    audience=str(raw["audience"]),
                    expect=expect,
                    must_not=tuple(str(p) for p in raw.get("must_not") or ()),
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"line {number}: not an advice case: {exc}") from exc
    return cases


# How much of a failed answer the report keeps.
REPLY_CHARS = 700
_DIGIT_GAP = re.compile(r"(?<=\d)[\s\-\u2010-\u2015.]+(?=\d)")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower case, one space, and phone numbers without their separators.

    "0800 - 2000", "0800-2000" and "08002000" are the same number to a reader.
    """
    text = _DIGIT_GAP.sub("", text.lower().replace("\u00a0", " "))
    return _SPACE.sub(" ", text)


def judge(case: Case, reply: str, library: AdviceLibrary | None = None) -> Verdict:
    """Check one reply against one case."""
    said = normalise(reply)
    missing = tuple(
        group
        for group in case.expect
        if not any(normalise(alternative) in said for alternative in group)
    )
    forbidden = tuple(p for p in case.must_not if normalise(p) in said)
    return Verdict(missing, forbidden, topic_in(reply, library) if library else None)


def topic_in(reply: str, library: AdviceLibrary) -> str | None:
    """The library topic whose text the reply contains (the first one sent)."""
    found = [(reply.find(a.text), a.topic) for a in library.entries if a.text in reply]
    return min(found)[1] if found else None


def score(
    cases: Sequence[Case],
    replies: Sequence[str],
    library: AdviceLibrary,
    topic_map: Mapping[str, Sequence[str]] | None = None,
) -> Report:
    """Score replies (one per case, same order)."""
    report = Report()
    predicted: list[str | None] = []
    for case, reply in zip(cases, replies, strict=True):
        verdict = judge(case, reply, library)
        report.total += 1
        report.correct += verdict.ok
        for table, key in (
            (report.by_topic, case.topic),
            (report.by_audience, case.audience),
        ):
            counts = table.setdefault(key, [0, 0])
            counts[0] += verdict.ok
            counts[1] += 1
        predicted.append(verdict.topic)
        if not verdict.ok:
            report.failures.append(
                {
                    "text": case.text,
                    "topic": case.topic,
                    "audience": case.audience,
                    "answered_with": verdict.topic,
                    "missing": [list(g) for g in verdict.missing],
                    "forbidden": list(verdict.forbidden),
                    # What the chatter read, to see the error class at a glance.
                    "reply": reply[:REPLY_CHARS],
                }
            )
    if topic_map is not None:
        report.topic_f1 = macro_f1([c.topic for c in cases], predicted, topic_map)
    return report


def macro_f1(
    gold: Sequence[str],
    predicted: Sequence[str | None],
    topic_map: Mapping[str, Sequence[str]],
) -> float:
    """Macro-F1 over the case topics.

    A library topic counts for the case topic the map puts it under.
    """
    label_of = {lib: case for case, libs in topic_map.items() for lib in libs}
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    for truth, guess in zip(gold, predicted, strict=True):
        label = label_of.get(guess or "")
        if label == truth:
            tp[truth] += 1
            continue
        fn[truth] += 1
        if label is not None:
            fp[label] += 1
    scores = []
    for label in sorted(set(gold)):
        denominator = 2 * tp[label] + fp[label] + fn[label]
        scores.append(2 * tp[label] / denominator if denominator else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def format_report(report: Report) -> str:
    """Markdown tables: overall, per audience, per topic (worst first)."""
    lines = [
        f"accuracy {report.accuracy:.3f} ({report.correct}/{report.total})",
        "",
    ]
    if report.topic_f1 is not None:
        lines += [f"topic macro-F1 {report.topic_f1:.3f}", ""]
    for title, table in (("audience", report.by_audience), ("topic", report.by_topic)):
        lines += [f"| {title} | correct | n | accuracy |", "|---|---|---|---|"]
        rows = sorted(table.items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[0]))
        for key, (ok, n) in rows:
            lines.append(f"| {key} | {ok} | {n} | {ok / n:.2f} |")
        lines.append("")
    return "\n".join(lines)
