"""The rasa-sdk action server, as a child that never outlives ``vtchat serve``.

Ctrl-C and SIGTERM stop both (see :mod:`bot.serve`). A parent killed with
SIGKILL (a crash, the OOM killer) cannot stop its child, and an orphaned action
server would keep the port, so the restarted chat server's own could not bind.
On Linux the kernel sends this process SIGTERM when its parent dies
(``PR_SET_PDEATHSIG``); a parent already gone before that was set is noticed by
comparing the parent pid.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

PARENT_ENV = "VTCHAT_PARENT_PID"  # not VT_: the settings refuse unknown VT_ names
PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """Ask the kernel for SIGTERM when the parent dies; exit if it already did."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
    expected = os.environ.get(PARENT_ENV)
    if expected and os.getppid() != int(expected):
        sys.exit(0)


def warm_up() -> None:
    """Load what the first danger action would otherwise load while a chatter waits.

    The advice library (YAML, validated) and the intake rules are read once per
    process on first use: measured with `make bench`, that put about half a
    second on the first acute message after a start. Loaded here, before the
    action server listens. A broken library is left to the actions, which
    already report it when they use it.
    """
    from actions.context import library
    from bot.advice.library import AdviceLibraryError
    from bot.intake import load_extractor

    load_extractor()
    try:
        library()
    except (AdviceLibraryError, OSError) as exc:
        print(f"advice library not loaded at start: {exc}", file=sys.stderr)


def main() -> None:
    """``python -m bot.action_runner --actions actions --port N``."""
    die_with_parent()
    from rasa_sdk.__main__ import main as run_action_server

    warm_up()
    run_action_server()


if __name__ == "__main__":
    main()
