"""Answers from the advice library, chosen by topic and audience."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import context

# Intents whose answer is a library topic; FAQ keys map to the topic of that name.
INTENT_TOPICS = {"unsafe_self": "veiligheid_zelf", "worried_other": "omstander_helpen"}
# The audience an intent implies when the chatter has not chosen one.
INTENT_AUDIENCE = {"unsafe_self": "zelf", "worried_other": "ander"}


def topic_of(latest_message: dict[str, Any]) -> str | None:
    """The advice topic a parsed message asks for, if any."""
    intent = (latest_message.get("intent") or {}).get("name") or ""
    if intent in INTENT_TOPICS:
        return INTENT_TOPICS[intent]
    if intent.startswith("faq/"):  # a button payload such as "/faq/meldcode"
        return intent.split("/", 1)[1]
    selector = (latest_message.get("response_selector") or {}).get("faq") or {}
    key = (selector.get("response") or {}).get("intent_response_key") or ""
    return key.split("/", 1)[1] if key.startswith("faq/") else None


class ActionGiveAdvice(Action):
    """Sends the library's advice for the asked topic, tailored to the audience."""

    def name(self) -> str:
        """Registered name."""
        return "action_give_advice"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[dict[str, Any]]:
        """Utter the advice text, or the not-understood reply for unknown topics."""
        message = tracker.latest_message or {}
        topic = topic_of(message)
        intent = (message.get("intent") or {}).get("name") or ""
        audience = context.audience(tracker) or INTENT_AUDIENCE.get(intent)
        try:
            advice = context.library().for_topic(topic or "", audience)
        except KeyError:
            dispatcher.utter_message(response="utter_default")
            return []
        dispatcher.utter_message(text=advice.text, advice_id=advice.id)
        return []
