"""Score the chat on messages in several languages (issue 17's measure).

Each labelled message is read as the first message of a conversation, as the
chat reads it: the Dutch assessment, then the language and its own lexicon
(:class:`MessageReader`), then the policy's first reply. Per language: the share
detected as that language, acute recall, hoog-or-higher recall, false alarms,
and for acuut and hoog messages whether that first reply is in the writer's
language and holds what it must ("112" for acute, "0800-2000" for hoog). For
Dutch rows the false switch rate: Dutch messages taken for another language.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from bot.danger.model import Assessment, Level
from bot.language.catalogue import Catalogue
from bot.language.detect import DEFAULT_LANGUAGE
from bot.language.reader import MessageReader
from bot.safety import ACTION_LISTEN, Turn, next_safety_action


@dataclass(frozen=True)
class Row:
    """One labelled message."""

    language: str
    level: Level
    text: str
    must_contain: tuple[str, ...] = ()


@dataclass
class LanguageScores:
    """The figures of one language; a ratio is None when nothing was counted."""

    language: str
    total: int = 0
    detected: float | None = None  # share detected as this language (or kept Dutch)
    acute_recall: float | None = None
    high_recall: float | None = None
    false_alarms: float | None = None
    reply_in_language: float | None = None  # of acuut and hoog rows
    misses: list[dict[str, Any]] = field(default_factory=list)


def read_rows(lines: Iterable[str], split: str | None = None) -> list[Row]:
    """Parse labelled rows (optionally one ``split``); ValueError names the line."""
    rows = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            if split is not None and raw.get("split", split) != split:
                continue
            rows.append(
                Row(
                    language=str(raw["lang"]),
                    level=Level(raw["level"]),
                    text=str(raw["text"]),
                    must_contain=tuple(raw.get("reply_must_contain") or ()),
                )
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"line {n}: {exc}") from exc
    return rows


def first_reply(
    reader: MessageReader, dutch: Callable[[str], Assessment], text: str
) -> tuple[str | None, Assessment, str | None]:
    """Detected language, assessment and the first response the policy sends."""
    reading = reader.read(text, dutch(text))
    turns = [
        Turn(
            assessment=reading.assessment,
            intent="nlu_fallback",
            language=reading.language,
            basic_answer=reading.basic_answer,
        )
    ]
    # The policy's actions of this turn; the first response among them is what
    # the writer reads first (a Dutch chat may be introduced by an action first).
    for _ in range(6):
        action = next_safety_action(turns)
        if action is None or action == ACTION_LISTEN:
            break
        if action.startswith("utter_"):
            return reading.language, reading.assessment, action
        turns.append(Turn(action=action))
    return reading.language, reading.assessment, None


def score(
    rows: list[Row],
    reader: MessageReader,
    dutch: Callable[[str], Assessment],
    catalogues: dict[str, Catalogue],
) -> dict[str, LanguageScores]:
    """Score every row; the result is keyed by language, in order of appearance."""
    texts = {
        cat.response_name(key): (lang, text)
        for lang, cat in catalogues.items()
        for key, text in cat.responses.items()
    }
    counts: dict[str, dict[str, list[bool]]] = {}
    out: dict[str, LanguageScores] = {}
    for row in rows:
        lang = row.language
        s = out.setdefault(lang, LanguageScores(lang))
        c = counts.setdefault(lang, {})
        s.total += 1
        detected, found, reply = first_reply(reader, dutch, row.text)
        kept = detected == lang or (lang == DEFAULT_LANGUAGE and detected is None)
        c.setdefault("detected", []).append(kept)
        high = found.level.rank >= Level.HOOG.rank
        if row.level is Level.ACUUT:
            c.setdefault("acute", []).append(found.level is Level.ACUUT)
        if row.level.rank >= Level.HOOG.rank:
            c.setdefault("high", []).append(high)
        else:
            c.setdefault("false", []).append(high)
        ok_reply = None
        if row.level.rank >= Level.HOOG.rank:
            reply_lang, reply_text = texts.get(reply or "", (None, ""))
            ok_reply = reply_lang == lang and all(
                m in reply_text for m in row.must_contain
            )
            c.setdefault("reply", []).append(ok_reply)
        wrong_level = (row.level is Level.ACUUT) != (found.level is Level.ACUUT) or (
            row.level.rank >= Level.HOOG.rank
        ) != high
        if wrong_level or ok_reply is False or not kept:
            s.misses.append(
                {
                    "text": row.text,
                    "expected": row.level.value,
                    "got": found.level.value,
                    "detected": detected,
                    "reply": reply,
                }
            )
    for lang, s in out.items():
        c = counts[lang]
        s.detected = _ratio(c.get("detected"))
        s.acute_recall = _ratio(c.get("acute"))
        s.high_recall = _ratio(c.get("high"))
        s.false_alarms = _ratio(c.get("false"))
        s.reply_in_language = _ratio(c.get("reply"))
    return out


def _ratio(values: list[bool] | None) -> float | None:
    return sum(values) / len(values) if values else None


def format_report(scores: dict[str, LanguageScores]) -> str:
    """A Markdown table per language, then the misses."""

    def f(x: float | None) -> str:
        return "-" if x is None else f"{x:.3f}"

    lines = [
        "| language | n | detected | acute recall | hoog+ recall | false alarms "
        "| reply in language (acuut+hoog) |",
        "|---|---|---|---|---|---|---|",
    ]
    for s in scores.values():
        lines.append(
            f"| {s.language} | {s.total} | {f(s.detected)} | {f(s.acute_recall)} "
            f"| {f(s.high_recall)} | {f(s.false_alarms)} | {f(s.reply_in_language)} |"
        )
    lines.append("")
    lines.append("Misses (expected -> got, detected language, first reply):")
    for s in scores.values():
        for m in s.misses:
            lines.append(
                f"- [{s.language}] {m['expected']} -> {m['got']}, "
                f"{m['detected']}, {m['reply']}: {m['text']}"
            )
    return "\n".join(lines)
