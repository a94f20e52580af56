"""Escalation to a Veilig Thuis worker: queue a handoff request, tell the truth.

The request appears in the worker console within a second; the chatter is told a
worker is being sought (not promised), with the numbers that reach a person now,
and the bot keeps answering until a worker joins. Outside the chat hours
(VT_WORKER_HOURS) or with no worker logged in, the chatter is told at once that
nobody is in the chat now and to call 0800-2000 (112 when acute); the request
still waits in the queue.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import context
from actions.base import NamedAction
from bot.advice.choose import KINDERTELEFOON_LINE
from bot.danger import Level
from bot.language import DEFAULT_LANGUAGE
from bot.language.catalogue import response_name
from bot.safety import NOT_UNDERSTOOD_INTENTS
from bot.worker_hours import closed_notice


def _store(tracker: Tracker, level: str, codes: list[str], reason: str) -> bool:
    store = context.handoffs()
    if store is None:
        return False
    store.request(
        conversation_id=tracker.sender_id,
        level=level,
        indicators=codes,
        reason=reason,
        audience=context.audience(tracker),
    )
    return True


def _closed(tracker: Tracker, acute: bool) -> str:
    """The honest notice when no worker will join soon (the request waits).

    A child also hears of the Kindertelefoon, which is there when no worker is.
    """
    text = closed_notice(context.settings().worker_hours_parsed, acute)
    if context.intake(tracker).speaker == "kind":
        text = f"{text}\n\n{KINDERTELEFOON_LINE}"
    return text


class ActionEscalate(NamedAction):
    """Queues the conversation for a worker at the priority of its danger level."""

    action_name = "action_escalate"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[dict[str, Any]]:
        """Store the request and say what happens next."""
        found = context.danger(tracker)
        codes = [c for c in found.codes if c != "acuut_nu"] + (
            ["acuut_nu"] if "acuut_nu" in found.codes else []
        )
        stored = _store(tracker, found.level.value, codes, reason="gevaar")
        language = context.language(tracker)
        if language != DEFAULT_LANGUAGE:
            dispatcher.utter_message(
                response=_in_language(stored, found.level, language)
            )
        elif not stored:
            dispatcher.utter_message(response="utter_escalation_failed")
        elif not context.worker_can_join():
            acute = found.level is Level.ACUUT
            dispatcher.utter_message(text=_closed(tracker, acute))
        elif found.level is Level.ACUUT:
            dispatcher.utter_message(response="utter_escalated_acute")
        else:
            dispatcher.utter_message(response="utter_escalated")
        return [
            SlotSet("danger_level", found.level.value),
            SlotSet("escalated_level", found.level.value if stored else None),
            SlotSet("worker_offered", False),
        ]


def _in_language(stored: bool, level: Level, language: str) -> str:
    """The escalation notice of a conversation in another language (catalogue)."""
    acute = level is Level.ACUUT
    if not stored:
        key = "escalation_failed"
    elif not context.worker_can_join():
        key = "closed_acute" if acute else "closed"
    else:
        key = "escalated_acute" if acute else "escalated"
    return response_name(key, language)


class ActionRequestHuman(NamedAction):
    """A person is wanted: asked for, or the bot did not understand twice."""

    action_name = "action_request_human"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[dict[str, Any]]:
        """Store the request with the conversation's level and say what happens."""
        found = context.danger(tracker)
        intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
        unclear = intent in NOT_UNDERSTOOD_INTENTS
        stored = _store(
            tracker,
            found.level.value,
            list(found.codes),
            reason="niet_begrepen" if unclear else "gevraagd",
        )
        if not stored:
            dispatcher.utter_message(response="utter_escalation_failed")
        elif not context.worker_can_join():
            sorry = "Sorry, ik begrijp je niet goed. " if unclear else ""
            dispatcher.utter_message(text=sorry + _closed(tracker, acute=False))
        elif unclear:
            dispatcher.utter_message(response="utter_not_understood_handoff")
        else:
            dispatcher.utter_message(response="utter_human_requested")
        return [SlotSet("worker_offered", False)]


class ActionDeclineWorker(NamedAction):
    """The chatter said no to a worker: respect it, keep the door open."""

    action_name = "action_decline_worker"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[dict[str, Any]]:
        """Acknowledge and clear the offer."""
        dispatcher.utter_message(response="utter_no_worker_ok")
        return [SlotSet("worker_offered", False)]
