"""Check advice topic files one by one: ``python -m bot.advice.check FILE...``.

Writers of the library run it on the file they just edited; the full library is
checked (unique ids across files) whenever it loads.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bot.advice.library import AdviceLibraryError, read_file, validate


def main(argv: list[str]) -> int:
    """Print one line per file: OK with its audiences, or the first problem."""
    failed = 0
    for name in argv:
        path = Path(name)
        try:
            topic, entries = read_file(path)
            validate(entries)
        except (AdviceLibraryError, OSError) as exc:
            print(f"FAIL {exc}")
            failed += 1
            continue
        audiences = ", ".join(a.audience for a in entries)
        print(
            f"OK   {path}: {topic.title!r}, {len(topic.sources)} sources; {audiences}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
