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


def main() -> None:
    """``python -m bot.action_runner --actions actions --port N``."""
    die_with_parent()
    from rasa_sdk.__main__ import main as run_action_server

    run_action_server()


if __name__ == "__main__":
    main()
