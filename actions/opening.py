"""Tell the chatter once that this is a digital assistant, with 112 and 0800-2000."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import NamedAction


class ActionIntroduce(NamedAction):
    """Sent before the first answer when the chat did not start with a greeting.

    It does not ask who is chatting: it comes before the answer to the
    chatter's own question, and the advice reads who writes from the text.
    """

    action_name = "action_introduce"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[dict[str, Any]]:
        """Say that this is a computer program, and where a person is reached."""
        dispatcher.utter_message(response="utter_introduce")
        return []
