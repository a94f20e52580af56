"""Shared fixtures: the Dutch pipeline, the assessor, databases, Redis, a model."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.model import train
from tests.support.postgres import PG_ADMIN_URL, temporary_database
from tests.support.redis import RedisServer

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")


@pytest.fixture(scope="session")
def nlp():
    import spacy

    return spacy.load("nl_core_news_sm")


@pytest.fixture(scope="session")
def text_assessor(nlp):
    from bot.danger import load_text_assessor

    return load_text_assessor(nlp)


@pytest.fixture(scope="session")
def rules_assessor(nlp):
    """The lexicon rules alone, without the trained classifier."""
    from bot.danger import load_text_assessor

    return load_text_assessor(nlp, with_classifier=False)


@pytest.fixture()
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'vtchat.db'}"


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, dropped afterwards."""
    import sqlalchemy as sa

    try:
        with temporary_database() as url:
            yield url
    except sa.exc.OperationalError as exc:
        pytest.fail(f"PostgreSQL at {PG_ADMIN_URL} is required for these tests: {exc}")


@pytest.fixture()
def private_redis(tmp_path: Path) -> Iterator[RedisServer]:
    """A redis-server of this test alone, which it may kill and start again."""
    server = RedisServer(tmp_path)
    server.start()
    try:
        yield server
    finally:
        server.kill()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, sqlite_url: str) -> str:
    """Run a storage test on both real backends."""
    if request.param == "sqlite":
        return sqlite_url
    return request.getfixturevalue("postgres_url")


@pytest.fixture()
def db(database_url):
    """An opened database of either backend with every table of ours emptied.

    The PostgreSQL database is shared by the test session, so each test starts
    from empty tables rather than a new database, and leaves them empty for the
    server tests that use the same database later (their staff accounts).
    """
    from bot.store import open_database
    from bot.store.db import metadata

    database = open_database(database_url)

    def empty() -> None:
        with database.engine.begin() as conn:
            for table in reversed(metadata.sorted_tables):
                conn.execute(table.delete())

    empty()
    yield database
    empty()
    database.dispose()


def _model_is_fresh(model: Path) -> bool:
    if not model.exists():
        return False
    built = model.stat().st_mtime
    # The danger lexicon is read at run time, not baked into the model.
    sources = [ROOT / "config.yml", *(ROOT / "data").rglob("*.yml")]
    return all(p.stat().st_mtime <= built for p in sources)


@pytest.fixture(scope="session")
def trained_model(tmp_path_factory) -> Path:
    """models/vtchat.tar.gz when it is newer than the data; else train a fresh one."""
    model = ROOT / "models" / "vtchat.tar.gz"
    if _model_is_fresh(model):
        return model
    return train(tmp_path_factory.mktemp("model"))


@pytest.fixture(scope="session")
def model_dir(trained_model: Path, tmp_path_factory) -> Path:
    """A directory holding just the trained model (what VT_MODEL_DIR points at)."""
    target = tmp_path_factory.mktemp("models")
    shutil.copy(trained_model, target / "vtchat.tar.gz")
    return target


@pytest.fixture(scope="session")
def chat_server(model_dir: Path, tmp_path_factory):
    """One real `vtchat serve` (SQLite) for the session, with staff accounts.

    Loading the model takes long, so the server tests and the handoff tests share
    it; the handoff timeout is short so the "nobody came" path is testable.
    """
    import socket as sockets

    from tests.support.server import start_server
    from tests.support.staff import add_staff

    var_dir = tmp_path_factory.mktemp("var")
    add_staff(f"sqlite:///{var_dir / 'vtchat.db'}")
    # The REST channel is off by default; the server and fuzz tests use it.
    srv = start_server(
        model_dir, var_dir, VT_HANDOFF_TIMEOUT="8", VT_REST_CHANNEL="true"
    )
    try:
        srv.wait_healthy()
        yield srv
    finally:
        code = srv.stop()
        assert code == 0, srv.log_text()[-2000:]
        # Ctrl-C (SIGINT) stops the action server too.
        with sockets.socket() as probe:
            assert probe.connect_ex(("127.0.0.1", srv.action_port)) != 0
