"""Human handoff: the queue, claiming, the live relay between worker and chatter.

The relay runs over a bus (in-process, or Redis pub/sub for several processes);
the handoff state lives in the database and every message in the Rasa tracker.
"""

from bot.handoff.bus import LocalBus, RedisBus, Subscription, make_bus
from bot.handoff.conversations import AgentNotReady, Conversations
from bot.handoff.service import (
    QUEUE_TOPIC,
    STAFF_TOPIC,
    HandoffService,
    chat_topic,
)

__all__ = [
    "QUEUE_TOPIC",
    "STAFF_TOPIC",
    "AgentNotReady",
    "Conversations",
    "HandoffService",
    "LocalBus",
    "RedisBus",
    "Subscription",
    "chat_topic",
    "make_bus",
]
