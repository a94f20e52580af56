"""The handoff between the bot and a Veilig Thuis worker, from both sides.

Every step is stored first (handoff table, tracker) and published second, so a
lost publish (a chatter offline, Redis away) never loses a message: the chatter
gets it with the history on reconnect, the worker with the transcript.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from rasa.shared.core.events import BotUttered, ConversationPaused, ConversationResumed

from bot.conversation import (
    Labeler,
    event_dicts,
    read_intake,
    summarise,
    transcript,
)
from bot.conversation.summary import language_of_events
from bot.handoff import texts
from bot.handoff.bus import LocalBus, Message, Subscription
from bot.handoff.conversations import Conversations
from bot.handoff.recent import RecentEvents
from bot.intake import Intake, intake_line
from bot.language.catalogue import interpreter_note
from bot.store import HandoffRequest, HandoffStore, SessionStore
from bot.store.review import AdviceRecord, AdviceRecords

logger = logging.getLogger(__name__)

STAFF_TOPIC = "staff"  # chatter and worker messages of active handoffs, all processes
QUEUE_TOPIC = "queue"  # queue snapshots, computed and delivered in each process
LAST_MESSAGES = 3
LIVE_CHECKS = 64  # recent frames whose handoff state this process remembers
LiveCheck = tuple[Message, HandoffRequest | None]
SUMMARY_CHARS = 200


def chat_topic(conversation_id: str) -> str:
    """Topic of the frames for one chatter's connection."""
    return f"chat:{conversation_id}"


class HandoffService:
    """Queue, claim, live relay, release and the wait timeout."""

    def __init__(
        self,
        store: HandoffStore,
        sessions: SessionStore,
        conversations: Conversations,
        bus: LocalBus,
        label: Labeler,
        timeout_s: int,
        max_chars: int,
        recent: RecentEvents,
        records: AdviceRecords | None = None,
    ) -> None:
        self.records = records
        self.recent = recent
        self.store = store
        self.sessions = sessions
        self.conversations = conversations
        self.bus = bus
        self.label = label
        self.timeout_s = timeout_s
        self.max_chars = max_chars
        # frame id -> (the frame, its request when first checked): see may_see_live
        self._live_checks: OrderedDict[int, LiveCheck] = OrderedDict()

    # -- chatter side -------------------------------------------------------------

    def subscribe_chat(self, conversation_id: str) -> Subscription:
        """Frames for a chatter's connection (worker messages, notices)."""
        return self.bus.subscribe(chat_topic(conversation_id))

    def is_taken_over(self, conversation_id: str) -> bool:
        """True while a worker has the conversation (the bot is paused)."""
        current = self.store.active(conversation_id)
        return current is not None and current.status == "claimed"

    async def chatter_said(self, conversation_id: str, text: str, ref: str) -> None:
        """Show a taken-over chatter's message to the worker before it is handled.

        Rasa's parse (spaCy, the classifiers, the danger assessment) and the save
        take longer than a live chat should wait, so the worker gets the text at
        once, marked ``pending``; :meth:`after_chatter_turn` then sends the stored
        message with its danger assessment under the same ``ref``, which replaces
        the preview. The chatter's ack still waits for the save.
        """
        item = {
            "from": "user",
            "text": text,
            "time": datetime.now(timezone.utc).isoformat(),
            "ref": ref,
            "pending": True,
            "danger": None,
        }
        await self._publish_staff(conversation_id, [item])

    async def after_chatter_turn(self, conversation_id: str) -> None:
        """Show the turn's messages live to staff when the conversation is queued.

        The messages go first: they are what a worker in the chat waits for. For
        a request still open, the queue is pushed again too: the request was made
        during the turn and reached the workers before the turn was saved, so its
        summary lacked the message.
        """
        request = self.store.active(conversation_id)
        if request is None:
            return
        events = self._recent_events([conversation_id]).get(conversation_id, [])
        items = self._staff_transcript(events)
        last_user = max(
            (i for i, item in enumerate(items) if item["from"] == "user"), default=None
        )
        if last_user is not None:
            await self._publish_staff(conversation_id, items[last_user:])
        if request.status == "open":
            await self.bus.publish(QUEUE_TOPIC, {"type": "queue_changed"})

    # -- staff side ---------------------------------------------------------------

    async def queue(self, worker: str) -> dict[str, list[dict[str, Any]]]:
        """Open requests (most urgent first) and the worker's own conversations."""
        open_requests = self.store.open_requests()
        mine = self.store.claimed_by(worker)
        events = self._recent_events(
            [r.conversation_id for r in [*open_requests, *mine]]
        )
        return {
            "items": [self._item(r, events) for r in open_requests],
            "mine": [self._item(r, events) for r in mine],
        }

    async def claim(self, request_id: str, worker: str) -> HandoffRequest:
        """Take a request over: pause the bot, tell the chatter a person is here.

        The claim and the pause are one step: when the pause cannot be stored
        (the model is still loading, the database failed) the claim is undone,
        so the request is back in the queue for whoever can take it, and the
        error goes to the worker.
        """
        request = self.store.claim(request_id, worker)
        try:
            notice = await self._append_notice(
                request.conversation_id,
                "joined",
                texts.WORKER_JOINED,
                before=[ConversationPaused()],
            )
        except BaseException:
            self.store.unclaim(request_id, worker)
            raise
        assert notice is not None
        await self._publish_notice(request.conversation_id, notice)
        return request

    async def send(self, conversation_id: str, worker: str, text: str) -> None:
        """A worker's message: stored in the tracker, then delivered live."""
        text = text.strip()
        if not text:
            raise ValueError("empty")
        if len(text) > self.max_chars:
            raise ValueError("too_long")
        self.store.taken_over_by(conversation_id, worker)
        event = BotUttered(text, metadata={"from": "worker", "worker": worker})
        await self.conversations.append(conversation_id, [event])
        await self.bus.publish(
            chat_topic(conversation_id),
            {"type": "message", "from": "worker", "text": text, "buttons": []},
        )
        await self._publish_staff(conversation_id, self._staff_transcript([event]))

    async def give_advice(
        self,
        conversation_id: str,
        worker: str,
        text: str,
        topic: str,
        advice_id: str | None = None,
        advice_version: int | None = None,
    ) -> None:
        """A worker's advice: sent like any message, then recorded.

        The record names the library entry (or only the topic for free text),
        never the text, and takes the conversation's audience and danger level.
        """
        await self.send(conversation_id, worker, text)
        if self.records is None:
            return
        events = event_dicts(await self.conversations.events(conversation_id))
        summary = summarise(events)
        intake = read_intake(events)
        self.records.add(
            AdviceRecord(
                conversation_id=conversation_id,
                advice_id=advice_id,
                advice_version=advice_version,
                topic=topic,
                audience=summary.audience,
                danger_level=summary.level,
                given_by="worker",
                worker=worker,
                channel=summary.channel or "website",
                given_at=datetime.now(timezone.utc),
                speaker=intake.speaker,
                structural_unsafety=intake.structural_signal,
            )
        )

    async def release(
        self, conversation_id: str, worker: str, resume_bot: bool
    ) -> HandoffRequest:
        """Give the conversation back to the bot, or close it.

        As with :meth:`claim`, the release and the resume are one step: when
        ``ConversationResumed`` cannot be stored the worker keeps the chat
        (rather than a chatter nobody answers, bot or person) and gets the error.
        """
        request = self.store.release(conversation_id, worker, resume_bot)
        state, text = (
            ("released", texts.WORKER_LEFT_BOT_RESUMES)
            if resume_bot
            else ("closed", texts.CONVERSATION_CLOSED)
        )
        try:
            # Resumed when closed as well: should the chatter type again, the
            # bot answers rather than nobody.
            notice = await self._append_notice(
                conversation_id, state, text, before=[ConversationResumed()]
            )
        except BaseException:
            self.store.reclaim(request.id, worker)
            raise
        assert notice is not None
        if not resume_bot:
            # Closed: the token is forgotten, so a reload starts a new chat.
            self.sessions.forget_conversation(conversation_id)
        await self._publish_notice(conversation_id, notice)
        return request

    def may_help(self, conversation_id: str, username: str) -> bool:
        """True while the conversation is in the queue or this worker has it now.

        Such a worker reads the transcript as it is, unredacted: they are
        helping that person now. A claim in the past gives nothing: once it is
        released or closed, staff read through the (audited, redacted) review.
        """
        return _may_see(self.store.active(conversation_id), username)

    def may_see_live(self, frame: Message, worker: str) -> bool:
        """True when a live "messages" frame may go to this worker's console.

        The rule of :meth:`may_help`, asked of the store (the truth across
        processes) after the frame was published: a frame published after a
        claim was committed never reaches another worker. The bus hands every
        socket of this process the same frame object, so the store is asked
        once per frame and process, not once per connected worker.
        """
        key = id(frame)
        known = self._live_checks.get(key)
        if known is None or known[0] is not frame:  # an id can be reused
            known = (frame, self.store.active(frame["conversation_id"]))
            self._live_checks[key] = known
            while len(self._live_checks) > LIVE_CHECKS:
                self._live_checks.popitem(last=False)
        return _may_see(known[1], worker)

    # -- watcher ------------------------------------------------------------------

    async def watch(self, poll_s: float, stop: asyncio.Event) -> None:
        """Push queue changes to this process's staff; tell chatters who waited.

        Each process polls the shared database, so a request stored by the action
        server (or another process) reaches connected workers within ``poll_s``.
        """
        version: tuple[int, str] | None = None
        while not stop.is_set():
            try:
                current = self.store.queue_version()
                if current != version:
                    version = current
                    self.bus.deliver(QUEUE_TOPIC, {"type": "queue_changed"})
                await self.tell_waiting_chatters()
            except Exception:
                logger.exception("handoff watcher failed; retrying")
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=poll_s)

    async def tell_waiting_chatters(self) -> int:
        """Tell each chatter nobody claimed in time to call; once, by one process.

        The request is marked first (only while open, so one process sends it),
        the notice is appended only if nobody claimed the request meanwhile, and
        a notice that could not be stored is unmarked, so the next poll sends
        it. While the model loads nothing is marked at all.
        """
        if not self.conversations.ready():
            return 0
        told = 0
        for request in self.store.due_for_timeout(self.timeout_s):
            if not self.store.mark_timeout_notified(request.id):
                continue  # claimed, or another process tells this chatter
            try:
                sent = await self._notify(
                    request.conversation_id,
                    "waiting",
                    texts.NO_WORKER_YET,
                    only_if=functools.partial(self.store.is_open, request.id),
                )
            except BaseException:
                self.store.unmark_timeout(request.id)
                raise
            if not sent:
                # Claimed in between: should the claim be undone, tell them then.
                self.store.unmark_timeout(request.id)
                continue
            told += 1
        return told

    # -- helpers ------------------------------------------------------------------

    async def _notify(
        self,
        conversation_id: str,
        state: str,
        text: str,
        before: list[Any] | None = None,
        only_if: Callable[[], bool] | None = None,
    ) -> bool:
        """Store a notice (after ``before``), then show it; False if ``only_if`` is."""
        notice = await self._append_notice(
            conversation_id, state, text, before, only_if
        )
        if notice is None:
            return False
        await self._publish_notice(conversation_id, notice)
        return True

    async def _append_notice(
        self,
        conversation_id: str,
        state: str,
        text: str,
        before: list[Any] | None = None,
        only_if: Callable[[], bool] | None = None,
    ) -> BotUttered | None:
        notice = BotUttered(text, metadata={"from": "system", "state": state})
        events = [*(before or []), notice]
        if not await self.conversations.append(conversation_id, events, only_if):
            return None
        return notice

    async def _publish_notice(self, conversation_id: str, notice: BotUttered) -> None:
        state, text = notice.metadata["state"], notice.text
        await self.bus.publish(
            chat_topic(conversation_id),
            {"type": "notice", "state": state, "text": text},
        )
        await self._publish_staff(conversation_id, self._staff_transcript([notice]))

    async def _publish_staff(
        self, conversation_id: str, items: list[dict[str, Any]]
    ) -> None:
        message: Message = {
            "type": "messages",
            "conversation_id": conversation_id,
            "items": items,
        }
        await self.bus.publish(STAFF_TOPIC, message)

    def _staff_transcript(self, events: list[Any]) -> list[dict[str, Any]]:
        return transcript(events, label=self.label)

    def _recent_events(self, conversation_ids: list[str]) -> dict[str, list[Any]]:
        try:
            return self.recent.of(conversation_ids)
        except Exception:
            logger.exception("reading queued conversations failed")
            return {}

    def _item(
        self, request: HandoffRequest, events: dict[str, list[Any]]
    ) -> dict[str, Any]:
        # Read again only when the conversation changed (see RecentEvents).
        intake = self.recent.derived(request.conversation_id, "intake", read_intake)
        item = request.as_dict()
        item["summary"] = self._summary(
            request, events.get(request.conversation_id, []), intake
        )
        item["intake_line"] = intake_line(intake.as_dict())
        language = self.recent.derived(
            request.conversation_id, "language", language_of_events
        )
        item["language"] = language
        item["language_note"] = interpreter_note(language)
        return item

    def _summary(
        self, request: HandoffRequest, events: list[Any], intake: Intake
    ) -> dict[str, Any]:
        """Who is talking, what was found and the last messages, for the queue."""
        speaker = intake.speaker
        if speaker == "onbekend":
            speaker = request.audience or "onbekend"
        users = [i for i in self._staff_transcript(events) if i["from"] == "user"]
        return {
            "speaker": speaker,
            "found": [self.label(code) for code in request.indicators],
            "last_messages": [
                i["text"][:SUMMARY_CHARS] for i in users[-LAST_MESSAGES:]
            ],
        }


def _may_see(request: HandoffRequest | None, worker: str) -> bool:
    """Open in the queue (any handoff worker), or claimed by this worker."""
    return request is not None and (
        request.status == "open"
        or (request.status == "claimed" and request.claimed_by == worker)
    )
