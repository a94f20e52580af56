"""Read and append to Rasa conversations (trackers) outside a chatter's turn.

Worker messages and handoff notices are written into the same tracker as the
bot's turns, under the same per-conversation lock Rasa uses, so nothing
interleaves with a turn that is running.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from rasa.core.agent import Agent
from rasa.shared.core.events import Event


class AgentNotReady(RuntimeError):
    """The model is still loading; conversations cannot be read or written yet."""


class Conversations:
    """Tracker access through the loaded Rasa agent."""

    def __init__(self, agent: Callable[[], Agent | None]) -> None:
        self._agent = agent

    def ready(self) -> bool:
        """True once the model is loaded and conversations can be written."""
        agent = self._agent()
        return agent is not None and agent.processor is not None

    def _ready(self) -> Agent:
        agent = self._agent()
        if agent is None or agent.processor is None:
            raise AgentNotReady("the model is still loading")
        return agent

    async def append(
        self,
        conversation_id: str,
        events: Sequence[Event],
        only_if: Callable[[], bool] | None = None,
    ) -> bool:
        """Add events to a conversation and save it before returning.

        Args:
            conversation_id: the conversation (Rasa's sender id).
            events: appended in this order.
            only_if: checked under the conversation's lock; when it says False
                nothing is appended. A change that another step appends under
                the same lock (a worker joining) then cannot be followed by a
                notice that no longer holds ("nobody is free").

        Returns:
            True when the events were appended and saved.
        """
        agent = self._ready()
        assert agent.processor is not None
        async with agent.lock_store.lock(conversation_id):
            if only_if is not None and not only_if():
                return False
            tracker = await agent.processor.get_tracker(conversation_id)
            for event in events:
                tracker.update(event)
            await agent.processor.save_tracker(tracker)
        return True

    async def events(self, conversation_id: str) -> list[Any]:
        """Every event of the conversation, all sessions, oldest first."""
        agent = self._ready()
        tracker = await agent.tracker_store.retrieve_full_tracker(conversation_id)
        return list(tracker.events) if tracker is not None else []

    async def exists(self, conversation_id: str) -> bool:
        """True when the conversation has any stored event."""
        return bool(await self.events(conversation_id))
