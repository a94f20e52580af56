"""Build the Rasa Agent: newest model, SQL tracker store, lock store, action server.

The tracker store is built explicitly from VT_DATABASE_URL (never Rasa's
endpoint factory, which falls back to an in-memory store when the database is
unreachable: rasa issue 3243).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from pathlib import Path

from rasa.core.agent import Agent
from rasa.core.lock_store import InMemoryLockStore, LockStore
from rasa.core.tracker_store import (
    FailSafeTrackerStore,
    SQLTrackerStore,
    TrackerStore,
    create_engine_kwargs,
)
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker

from bot.action_results import check_action_results_once
from bot.db_locks import DatabaseLocks
from bot.locks import FallbackLockStore, redis_lock_store
from bot.settings import Settings
from bot.store.db import create_engine


class ModelMissing(FileNotFoundError):
    """No trained model in the model directory."""


def newest_model(model_dir: Path) -> Path:
    """The most recently trained model archive (``*.tar.gz``)."""
    models = sorted(model_dir.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not models:
        raise ModelMissing(f"no trained model in {model_dir}/: run `make train` first")
    return models[-1]


def tracker_store(settings: Settings) -> SQLTrackerStore:
    """Rasa's SQL tracker store on the same database as our own tables.

    Rasa builds its engine itself, with SQLAlchemy's defaults: a failed save
    would put the event JSON (the chatter's text) into the error message that
    gets logged. After Rasa has created its table, its engine is replaced by
    one made like ours (:func:`bot.store.db.create_engine`), keeping Rasa's
    PostgreSQL pool sizes.
    """
    raw_url = settings.effective_database_url
    url = make_url(raw_url)
    store = SQLTrackerStore(
        dialect=url.drivername,
        host=url.host,
        port=url.port,
        db=url.database or "",
        username=url.username,
        password=url.password,
        query=dict(url.query) or None,
    )
    store.engine.dispose()
    store.engine = create_engine(raw_url, **create_engine_kwargs(raw_url))
    store.sessionmaker = sessionmaker(bind=store.engine)
    return store


def lock_store(settings: Settings) -> LockStore:
    """Redis locks for several processes; PostgreSQL's while Redis is away.

    One process needs no Redis: its locks live in memory. SQLite means one
    process, so there the fallback is the process's own locks.
    """
    if not settings.redis_url:
        return InMemoryLockStore()
    url = settings.effective_database_url
    database = (
        DatabaseLocks(url) if make_url(url).get_backend_name() == "postgresql" else None
    )
    return FallbackLockStore(redis_lock_store(settings.redis_url), database=database)


class StrictTrackerStore(FailSafeTrackerStore):
    """Rasa's tracker store wrapper without its silent fallbacks.

    Rasa wraps every tracker store in ``FailSafeTrackerStore``: a failed read
    returns None (so the bot starts the conversation over and the next save,
    which only appends the events it counts as new, stores nothing) and a failed
    save goes to memory. Both lose a message the chatter was told was stored.
    Here every error reaches the channel, which tells the chatter to call and
    does not acknowledge the message.
    """

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        """The tracker, or an error when the database cannot be read."""
        return await self._tracker_store.retrieve(sender_id)

    async def retrieve_full_tracker(
        self, sender_id: str
    ) -> DialogueStateTracker | None:
        """All sessions of the tracker, or an error."""
        return await self._tracker_store.retrieve_full_tracker(sender_id)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Save, or raise: never into memory."""
        await self._tracker_store.save(tracker)

    async def keys(self) -> Iterable[str]:
        """All conversation ids, or an error."""
        return await self._tracker_store.keys()


def strict(store: TrackerStore) -> StrictTrackerStore:
    """Unwrap Rasa's fail-safe wrapper (when present) and wrap strictly."""
    inner = getattr(store, "_tracker_store", store)
    return StrictTrackerStore(inner)


def build_agent(settings: Settings, model_path: Path) -> Agent:
    """Load the model with the project's stores and action endpoint, warmed up."""
    check_action_results_once()
    agent = Agent.load(
        str(model_path),
        tracker_store=tracker_store(settings),
        lock_store=lock_store(settings),
        action_endpoint=EndpointConfig(settings.action_url),
    )
    store = strict(agent.tracker_store)
    agent.tracker_store = store
    if agent.processor is not None:
        agent.processor.tracker_store = store
    warm_up(agent)
    return agent


WARM_UP_TEXT = "hallo, ik heb een vraag"

# Parsed once each before the server reports ready. The lexicons index their
# patterns on first use, list by list: a short message no language claims
# ("hoi") tries every foreign lexicon, and a message with a harm in it reads
# the negation, "now" and context lists of its language. Measured with `make
# bench`: without these the first chatter after a start waited about a second
# longer, and the first acute message half a second more (1,143 ms to the
# worker's queue against a median of 91 ms).
WARM_UP_PARSES = (
    "hoi",
    "help hij slaat me nu met een mes, ik zit in de badkamer",
    "help he is hitting me right now, he has a knife",
    "yardım edin kocam şu an beni dövüyor, elinde bıçak var",
    "pomocy on mnie teraz bije, ma nóż",
    "ساعدوني زوجي يضربني الآن ومعه سكين",
    "допоможіть він мене зараз б'є, у нього ніж",
)


def warm_up(agent: Agent) -> None:
    """Parse messages and predict one action, outside any conversation.

    The first prediction of each TensorFlow model traces its graph (seconds),
    and each danger lexicon builds its pattern index on first use; done here,
    before the server reports ready, no chatter waits for either. Nothing is
    stored: parsing is NLU alone and the tracker is a throw-away one.
    """
    for text in WARM_UP_PARSES:
        asyncio.run(agent.parse_message(text))
    parse_data = asyncio.run(agent.parse_message(WARM_UP_TEXT))
    tracker = DialogueStateTracker.from_events(
        "warm-up",
        [
            ActionExecuted(ACTION_LISTEN_NAME),
            UserUttered(
                WARM_UP_TEXT,
                parse_data["intent"],
                parse_data["entities"],
                parse_data,
            ),
        ],
        slots=agent.domain.slots if agent.domain else None,
    )
    agent.predict_next_with_tracker(tracker)
