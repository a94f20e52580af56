"""The conversational intake: short questions while the chatter waits for a worker.

The safety policy decides *when* (after an escalation, after asking for a
person, and after each answer); :func:`bot.intake.questions.next_question`
decides *what*. The question asked is kept in the slot ``intake_question`` so the
intake knows which field the next "ja", "nee" or button answers.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import context
from actions.base import NamedAction
from bot.conversation import INTAKE_QUESTION_SLOT, read_intake, user_messages
from bot.intake.questions import next_question


def asked_questions(events: list[dict[str, Any]]) -> list[str]:
    """The intake questions already asked in this conversation, oldest first."""
    return [
        str(e["value"])
        for e in events
        if e.get("event") == "slot"
        and e.get("name") == INTAKE_QUESTION_SLOT
        and e.get("value")
    ]


class ActionIntakeQuestion(NamedAction):
    """Asks the next intake question, thanks after the last answer, or stays quiet."""

    action_name = "action_intake_question"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[dict[str, Any]]:
        """Ask one question while a request waits in the queue; else nothing."""
        messages = user_messages(tracker.events)
        answering = bool(messages and messages[-1].answer_to)
        store = context.handoffs()
        request = store.active(tracker.sender_id) if store is not None else None
        if request is None or request.status != "open":
            # Nobody is being sought, or a worker has the chat: they ask now.
            return [SlotSet(INTAKE_QUESTION_SLOT, None)] if answering else []
        asked = asked_questions(tracker.events)
        intake = read_intake(tracker.events).as_dict()
        level = context.danger(tracker).level.value
        question = next_question(intake, asked, level)
        if question is None:
            if answering:
                dispatcher.utter_message(response="utter_intake_thanks")
                return [SlotSet(INTAKE_QUESTION_SLOT, None)]
            return []
        if not asked and level != "acuut":
            dispatcher.utter_message(response="utter_intake_intro")
        dispatcher.utter_message(response=f"utter_intake_{question}")
        return [SlotSet(INTAKE_QUESTION_SLOT, question)]
