"""Fold measured multilingual sets into the other languages' classifier training.

A ``tests/heldout/multilingual_fresh*.jsonl`` set is measured once, on code that
has not seen it (``tests/heldout/README.md`` has the rows). Only after that may
it teach the classifier: this writes the non-Dutch lines of the sets named on
the command line, each marked with its round (one round, one independent
author), to ``bot/danger/foreign_training/measured_rounds.jsonl``. The round
lets ``bench.languages_cv`` leave one author out. Run:
``python -m bench.fold_languages tests/heldout/multilingual_fresh*.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from bot.danger.foreign import FOREIGN_LANGUAGES, TRAINING_DIR

OUT = Path("bot/danger") / TRAINING_DIR / "measured_rounds.jsonl"
# Russian lines were written for the Ukrainian reader, which lists Russian
# forms too: many Ukrainians in the Netherlands type Russian.
SAME_READER = {"ru": "uk"}


def round_of(path: Path) -> str:
    """``multilingual_fresh.jsonl`` is round 1; ``..._r12_arukn.jsonl`` round 12.

    The same for a set's results file, ``languages-multilingual_fresh_r12_arukn-
    20261205T172238Z.md`` (the time stamp holds no "_r").
    """
    found = re.search(r"_r(\d+)", path.stem)
    return f"r{found.group(1)}" if found else "r1"


def fold(paths: list[Path]) -> list[dict[str, str]]:
    """The foreign-language lines of ``paths``, one per text, in file order."""
    rows, seen = [], set()
    for path in paths:
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            raw = json.loads(line)
            lang = SAME_READER.get(raw["lang"], raw["lang"])
            key = " ".join(raw["text"].lower().split())
            if lang not in FOREIGN_LANGUAGES or key in seen:
                continue
            seen.add(key)
            rows.append(
                {
                    "lang": lang,
                    "level": raw["level"],
                    "text": raw["text"],
                    "round": round_of(path),
                }
            )
    return rows


def main() -> None:
    """Write the folded rounds, sorted by round number, then language."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    args = parser.parse_args()
    paths = sorted(args.sets, key=lambda p: (int(round_of(p)[1:]), p.name))
    rows = fold(paths)
    OUT.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8"
    )
    print(f"{len(rows)} lines from {len(paths)} sets -> {OUT}")


if __name__ == "__main__":
    main()
