"""Tell the chatter once that this is a digital assistant, with 112 and 0800-2000."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import context
from actions.base import NamedAction
from bot.danger import Level


class ActionIntroduce(NamedAction):
    """Sent after the first answer when the chat did not start with a greeting."""

    action_name = "action_introduce"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[dict[str, Any]]:
        """Introduce; ask who is chatting only when that is unknown and calm."""
        calm = context.danger(tracker).level is Level.GEEN
        if calm and context.audience(tracker) is None:
            dispatcher.utter_message(response="utter_introduce_ask_audience")
        else:
            dispatcher.utter_message(response="utter_introduce")
        return []
