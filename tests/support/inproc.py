"""The real app (``create_app``) served in the test's own process, on a free port.

For tests that need no model but want to count or hold what happens inside the
server (argon2 checks, for one), or many of them with different settings.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from bot.settings import Settings
from bot.staff import AccountError, StaffAccounts
from bot.store import Database, open_database
from tests.support.server import free_port
from tests.support.staff import PASSWORD, STAFF

_names = itertools.count()


def app_settings(tmp_path: Path, **overrides: Any) -> Settings:
    """Settings for an in-process app on SQLite under ``tmp_path``."""
    base = Settings(
        var_dir=tmp_path,
        cookie_secure=False,
        advice_dir=Path(__file__).resolve().parents[2] / "data" / "advice",
    )
    settings = replace(base, **overrides)
    settings.validate()
    return settings


def add_test_staff(db: Database) -> None:
    """The test accounts of tests/support/staff.py, in this database."""
    accounts = StaffAccounts(db)
    for name, role in STAFF.items():
        with contextlib.suppress(AccountError):  # a shared database has them
            accounts.add(name, role, PASSWORD)


@contextlib.asynccontextmanager
async def served(
    settings: Settings, host: str = "127.0.0.1", agent: Any = None
) -> AsyncIterator[str]:
    """Serve ``create_app(settings)`` and yield its base URL.

    Args:
        settings: see :func:`app_settings`.
        host: the address to listen on.
        agent: stands in for the Rasa agent where a test needs the app to be
            "ready" but never lets a message reach the agent; None: not ready.
    """
    from bot.web import create_app

    db = open_database(settings.effective_database_url)
    add_test_staff(db)
    app = create_app(settings, db, name=f"inproc{next(_names)}")
    app.ctx.agent = agent
    port = free_port()
    server = await app.create_server(host=host, port=port, return_asyncio_server=True)
    assert server is not None
    await server.startup()
    serving = asyncio.ensure_future(server.serve_forever())
    try:
        yield f"http://{host}:{port}"
    finally:
        serving.cancel()
        server.close()
        await server.wait_closed()
        db.dispose()
