"""The stored events of queued conversations, for queue summaries and live relay.

Every queue change makes every connected worker's console ask for the queue,
and each item's summary needs its conversation's messages. Loading each of those
as a Rasa tracker (which replays every event) was the load harness's bottleneck:
with fifty conversations waiting, one flood of queue changes stalled all chats
for seconds. This reads the events table directly and reads a conversation
again only when its newest event id changed, so an unchanged queue costs one
small query.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rasa.shared.core.events import Event

from bot.store.transcripts import Transcripts


class RecentEvents:
    """User and bot events per conversation, cached until the conversation changes."""

    def __init__(self, transcripts: Transcripts, keep: int = 500) -> None:
        self.transcripts = transcripts
        self.keep = keep
        self._cache: dict[str, tuple[int, list[Any]]] = {}

    def of(self, conversation_ids: Sequence[str]) -> dict[str, list[Any]]:
        """Rasa events (user, bot, slot) of each conversation, oldest first."""
        wanted = list(dict.fromkeys(conversation_ids))
        latest = self.transcripts.latest_event_ids(wanted)
        stale = [
            cid
            for cid in wanted
            if cid not in self._cache or self._cache[cid][0] != latest.get(cid, -1)
        ]
        if stale:
            fresh = self.transcripts.events_of(stale)
            for cid in stale:
                parsed = [Event.from_parameters(d) for d in fresh.get(cid, [])]
                self._cache[cid] = (latest.get(cid, -1), [e for e in parsed if e])
        if len(self._cache) > self.keep:  # forget conversations no longer asked for
            for cid in [c for c in self._cache if c not in latest]:
                del self._cache[cid]
        return {cid: self._cache[cid][1] for cid in wanted}
