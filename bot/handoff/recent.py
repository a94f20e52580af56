"""The stored events of queued conversations, for queue summaries and live relay.

Every queue change makes every connected worker's console ask for the queue,
and each item's summary needs its conversation's messages. Loading each of those
as a Rasa tracker (which replays every event) was the load harness's bottleneck:
with fifty conversations waiting, one flood of queue changes stalled all chats
for seconds. This reads the events table directly and reads a conversation
again only when its newest event id changed, so an unchanged queue costs one
small query. Whatever is derived from a conversation's events (its intake)
is kept beside them and built again only when they change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from bot.store.transcripts import Transcripts

T = TypeVar("T")


class RecentEvents:
    """User and bot events per conversation, cached until the conversation changes."""

    def __init__(self, transcripts: Transcripts, keep: int = 500) -> None:
        self.transcripts = transcripts
        self.keep = keep
        self._cache: dict[str, tuple[int, list[dict[str, Any]]]] = {}
        self._derived: dict[tuple[str, str], tuple[int, Any]] = {}

    def of(self, conversation_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """Stored event dicts (user, bot, slot) of each conversation, oldest first."""
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
                self._cache[cid] = (latest.get(cid, -1), list(fresh.get(cid, [])))
        if len(self._cache) > self.keep:  # forget conversations no longer asked for
            for cid in [c for c in self._cache if c not in latest]:
                del self._cache[cid]
            for key in [k for k in self._derived if k[0] not in self._cache]:
                del self._derived[key]
        return {cid: self._cache[cid][1] for cid in wanted}

    def derived(
        self,
        conversation_id: str,
        name: str,
        build: Callable[[list[dict[str, Any]]], T],
    ) -> T:
        """``build(events)`` of a conversation read by :meth:`of`, kept till changed."""
        version, events = self._cache.get(conversation_id, (-1, []))
        kept = self._derived.get((conversation_id, name))
        if kept is None or kept[0] != version:
            kept = (version, build(events))
            self._derived[(conversation_id, name)] = kept
        return kept[1]
