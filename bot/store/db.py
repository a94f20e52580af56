"""Engine, schema and the start-up check that refuses an unreachable database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

metadata = sa.MetaData()

chat_sessions = sa.Table(
    "vt_chat_sessions",
    metadata,
    # Only a hash of the chatter's token is stored: a database dump does not let
    # anyone resume someone else's chat.
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("conversation_id", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
)

handoff_requests = sa.Table(
    "vt_handoff_requests",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("conversation_id", sa.String(64), nullable=False, index=True),
    sa.Column("level", sa.String(16), nullable=False),
    sa.Column("priority", sa.Integer, nullable=False),
    sa.Column("indicators", sa.JSON, nullable=False),
    sa.Column("reason", sa.String(32), nullable=False),
    sa.Column("audience", sa.String(32), nullable=True),
    # open -> claimed -> released (bot resumes) or closed (chat ended by the worker)
    sa.Column("status", sa.String(16), nullable=False, default="open"),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Column("claimed_by", sa.String(64), nullable=True),
    sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("released_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("timeout_notified_at", sa.DateTime(timezone=True), nullable=True),
)

staff_users = sa.Table(
    "vt_staff_users",
    metadata,
    sa.Column("username", sa.String(64), primary_key=True),
    sa.Column("password_hash", sa.String(255), nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    # Set by `vtchat users disable`: no login, and no session resolves.
    sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True),
)

staff_sessions = sa.Table(
    "vt_staff_sessions",
    metadata,
    # As with chat tokens, only a hash of the cookie value is stored.
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("username", sa.String(64), nullable=False, index=True),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("csrf_token", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
)

login_failures = sa.Table(
    "vt_login_failures",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    # One row per login attempt still counted: "name@addr:<sha256>" (a user name
    # from one address) or "addr:<sha256>"; rows past the 15-minute window go.
    sa.Column("key", sa.String(160), nullable=False, index=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
)

advice_records = sa.Table(
    "vt_advice_records",
    metadata,
    # What was advised, never what the chatter wrote: these rows outlive the
    # transcripts (retention) for the half-yearly advice report.
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("conversation_id", sa.String(64), nullable=False, index=True),
    sa.Column("advice_id", sa.String(64), nullable=True),  # None: free-text advice
    sa.Column("advice_version", sa.Integer, nullable=True),
    sa.Column("topic", sa.String(64), nullable=False),
    sa.Column("audience", sa.String(32), nullable=True),
    sa.Column("danger_level", sa.String(16), nullable=False),
    # "bot", "worker" or "formulier" (the guided safety plan on the chat page)
    sa.Column("given_by", sa.String(16), nullable=False),
    sa.Column("worker", sa.String(64), nullable=True),
    sa.Column("channel", sa.String(32), nullable=False),
    sa.Column("given_at", sa.DateTime(timezone=True), nullable=False, index=True),
    # From the intake at that moment, as codes only (no free text): who wrote
    # (kind, pleger, ...) and whether it showed signs of structural unsafety.
    sa.Column("speaker", sa.String(16), nullable=True),
    sa.Column("structural_unsafety", sa.Boolean, nullable=True),
)

annotation_table = sa.Table(
    "vt_annotations",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("conversation_id", sa.String(64), nullable=False, index=True),
    sa.Column("message_index", sa.Integer, nullable=True),  # None: whole conversation
    sa.Column("tag", sa.String(32), nullable=False),
    sa.Column("expected_level", sa.String(16), nullable=True),
    sa.Column("note", sa.Text, nullable=True),
    # A redacted copy of the tagged message, for `vtchat export-training`;
    # retention removes it with the transcript.
    sa.Column("text_copy", sa.Text, nullable=True),
    sa.Column("author", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, index=True),
)

intake_corrections = sa.Table(
    "vt_intake_corrections",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("conversation_id", sa.String(64), nullable=False, index=True),
    sa.Column("field", sa.String(48), nullable=False),
    sa.Column("value", sa.Text, nullable=False),  # JSON of the corrected value
    # A redacted copy of the chatter's messages, for `vtchat export-training
    # --intake`; retention removes it with the transcript.
    sa.Column("turns_copy", sa.Text, nullable=False),
    sa.Column("author", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, index=True),
)

reviews = sa.Table(
    "vt_reviews",
    metadata,
    sa.Column("conversation_id", sa.String(64), primary_key=True),
    sa.Column("reviewed_by", sa.String(64), nullable=False),
    sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
)

audit_log = sa.Table(
    "vt_audit_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Column("username", sa.String(64), nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("target", sa.String(128), nullable=False),
    sa.Column("detail", sa.String(255), nullable=True),
)


class StoreUnavailable(RuntimeError):
    """The database cannot be reached or used; the message says what to check."""


@dataclass(frozen=True)
class Database:
    """A connected engine whose schema exists."""

    engine: Engine
    url: str

    def dispose(self) -> None:
        """Close pooled connections (at shutdown and in tests)."""
        self.engine.dispose()


def create_engine(url: str, connect_timeout: int = 5, **options: Any) -> Engine:
    """An engine that never logs statement parameters, WAL mode on SQLite.

    Every engine of the process is made here (ours and Rasa's tracker store's):
    on a database error SQLAlchemy's message ends in ``[parameters: ...]``, which
    for Rasa's ``events`` table is the event JSON with the chatter's text, and
    ``logger.exception`` would write it to the log. WAL lets the review read
    while a turn writes, instead of waiting for the writer's lock.

    Args:
        url: the SQLAlchemy URL.
        connect_timeout: seconds to wait for a PostgreSQL connection.
        **options: further ``sa.create_engine`` arguments (pool sizes).
    """
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        options["connect_args"] = {"check_same_thread": False, "timeout": 15}
    elif backend == "postgresql":
        options["connect_args"] = {
            **options.get("connect_args", {}),
            "connect_timeout": connect_timeout,
        }
    engine = sa.create_engine(url, hide_parameters=True, **options)
    sa.event.listen(engine, "handle_error", _drop_row_values)
    if backend == "sqlite":
        sa.event.listen(engine, "connect", _use_wal)
    return engine


def _drop_row_values(context: Any) -> None:
    """Remove PostgreSQL's DETAIL line from a failed statement's error.

    For a constraint violation PostgreSQL itself quotes the row ("Failing row
    contains (...)"), which hide_parameters cannot hide: the line is dropped
    from the driver's error and from SQLAlchemy's, so a logged traceback holds
    the statement and the reason, never the values.
    """
    for exc in (context.original_exception, context.sqlalchemy_exception):
        if exc is not None and exc.args and isinstance(exc.args[0], str):
            lines = exc.args[0].splitlines(keepends=True)
            kept = [line for line in lines if not line.startswith("DETAIL:")]
            if len(kept) != len(lines):
                exc.args = ("".join(kept), *exc.args[1:])


def _use_wal(dbapi_connection: Any, _: Any) -> None:
    """Switch a new SQLite connection to WAL (a no-op for an in-memory one)."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
    finally:
        cursor.close()


def open_database(url: str, connect_timeout: int = 5) -> Database:
    """Connect, create the tables when missing, and fail loudly when unreachable.

    Rasa's own tracker store retries forever or falls back to memory (rasa issue
    3243); the chat must not silently lose conversations, so we check first.
    """
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreUnavailable(f"VT_DATABASE_URL is not a database URL: {exc}") from exc
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_timeout=connect_timeout, pool_pre_ping=True)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("SELECT 1"))
        metadata.create_all(engine)
        _add_missing_columns(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        where = parsed.render_as_string(hide_password=True)
        raise StoreUnavailable(
            f"database {where} is not reachable: {exc.__class__.__name__}: "
            f"{str(exc).splitlines()[0]}"
        ) from exc
    return Database(engine=engine, url=url)


def _add_missing_columns(engine: Engine) -> None:
    """Add columns that newer code declares to tables an older version created.

    Only nullable columns are ever added after a table's first release, so this
    small step replaces a migration tool.
    """
    inspector = sa.inspect(engine)
    for table in metadata.sorted_tables:
        present = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name in present:
                continue
            kind = column.type.compile(dialect=engine.dialect)
            with engine.begin() as conn:
                conn.execute(
                    sa.text(
                        f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {kind}'
                    )
                )
