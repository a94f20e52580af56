"""What the actions share: settings, the advice library and the store, made lazily.

The action server imports this package at start-up; nothing is opened until the
first action needs it, so importing stays free of side effects.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

from rasa_sdk import Tracker

from bot.advice import Advice, AdviceLibrary, load_library
from bot.conversation import assessment_of, read_intake, turns_from_events
from bot.danger import Assessment, ConversationDanger
from bot.intake import Intake
from bot.safety import conversation_danger, language_of_conversation
from bot.settings import Settings
from bot.staff.sessions import workers_logged_in
from bot.store import HandoffStore, StoreUnavailable, open_database
from bot.store.review import AdviceRecord, AdviceRecords

logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def settings() -> Settings:
    """Settings of this action server process (read once)."""
    return Settings.from_env()


@lru_cache(maxsize=1)
def library() -> AdviceLibrary:
    """The validated advice library."""
    return load_library(settings().advice_dir)


@lru_cache(maxsize=1)
def _database() -> Any:
    return open_database(settings().effective_database_url)


@lru_cache(maxsize=1)
def _handoffs() -> HandoffStore:
    return HandoffStore(_database())


def handoffs() -> HandoffStore | None:
    """The handoff store, or None when the database cannot be reached (logged)."""
    try:
        return _handoffs()
    except StoreUnavailable:
        logger.exception("handoff store unavailable")
        return None


def worker_can_join() -> bool:
    """Within the chat hours and a worker logged in: a worker may join soon.

    When the count cannot be read, the answer is no: telling a chatter to call
    0800-2000 is never wrong, promising a worker who is not there can be.
    """
    if not settings().worker_hours_parsed.open_at(datetime.now(timezone.utc)):
        return False
    try:
        return workers_logged_in(_database()) > 0
    except Exception:
        logger.exception("counting the logged-in workers failed")
        return False


def danger(tracker: Tracker) -> ConversationDanger:
    """The conversation's danger after the latest message."""
    return conversation_danger(turns_from_events(tracker.applied_events()))[1]


def danger_before(tracker: Tracker) -> ConversationDanger:
    """The conversation's danger before the latest message."""
    return conversation_danger(turns_from_events(tracker.applied_events()))[0]


def language(tracker: Tracker) -> str:
    """The language the chatter writes in and is answered in (ISO 639-1)."""
    return language_of_conversation(turns_from_events(tracker.applied_events()))


def latest_assessment(tracker: Tracker) -> Assessment:
    """The danger assessment of the latest user message."""
    return assessment_of(tracker.latest_message)


def audience(tracker: Tracker) -> str | None:
    """Who the chatter is (zelf, ander, professional), when known."""
    value = tracker.get_slot("audience")
    return str(value) if value else None


def intake(tracker: Tracker) -> Intake:
    """The intake read from the chat so far (who writes, about whom)."""
    return read_intake(tracker.applied_events())


def record_advice(tracker: Tracker, advice: Advice, audience_given: str | None) -> None:
    """Record that the bot gives this advice now (no chatter text is kept).

    ``audience_given`` is the audience the text was chosen for, which may come
    from the chat text rather than the buttons. A failed record is logged, never
    allowed to stop the advice itself: the chatter's help comes before the
    half-yearly count.
    """
    channel = (tracker.get_latest_input_channel() or "onbekend")[:32]
    try:
        intake = read_intake(tracker.events)
        AdviceRecords(_database()).add(
            AdviceRecord(
                conversation_id=tracker.sender_id,
                advice_id=advice.id,
                advice_version=advice.version,
                topic=advice.topic,
                audience=audience_given,
                danger_level=danger(tracker).level.value,
                given_by="bot",
                channel=channel,
                given_at=datetime.now(timezone.utc),
                speaker=intake.speaker,
                structural_unsafety=intake.structural_signal,
            )
        )
    except Exception:
        logger.exception("recording an advice failed")
