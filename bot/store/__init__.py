"""Storage of the chat's own records (sessions, handoff requests) next to Rasa's.

SQLAlchemy Core on SQLite by default and on PostgreSQL through VT_DATABASE_URL,
with the same code; the tracker store of Rasa uses the same database.
"""

from bot.store.db import Database, StoreUnavailable, open_database
from bot.store.handoff import (
    HandoffConflict,
    HandoffRequest,
    HandoffStore,
    NotYours,
)
from bot.store.sessions import SessionStore

__all__ = [
    "Database",
    "HandoffConflict",
    "HandoffRequest",
    "HandoffStore",
    "NotYours",
    "SessionStore",
    "StoreUnavailable",
    "open_database",
]
