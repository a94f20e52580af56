"""Answers from the advice library, chosen by topic and audience."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import context
from actions.base import NamedAction

# Intents whose answer is a library topic; FAQ keys map to the topic of that name.
INTENT_TOPICS = {"unsafe_self": "veiligheid_zelf", "worried_other": "omstander_helpen"}
# The audience an intent implies when the chatter has not chosen one.
INTENT_AUDIENCE = {"unsafe_self": "zelf", "worried_other": "ander"}
# Below this confidence of the response selector the assistant asks which topic
# is meant instead of guessing: a wrong procedural answer misleads.
MIN_FAQ_CONFIDENCE = 0.35
# Button titles for the "which topic do you mean" question.
TOPIC_TITLES = {
    "huisverbod": "Het tijdelijk huisverbod",
    "meldcode": "De stappen van de meldcode",
    "afwegingskader": "Het afwegingskader",
    "meldrecht": "Meldrecht en beroepsgeheim",
    "meldcode_beroepen": "Voor wie de meldcode geldt",
    "na_melding": "Wat er gebeurt na een melding",
    "anoniem_melden": "Anoniem melden",
    "bereikbaarheid": "Veilig Thuis bereiken",
    "omstander_helpen": "Iemand anders helpen",
    "pleger_hulp": "Hulp als je zelf geweld gebruikt",
    "signalen": "Signalen herkennen",
    "wat_is_veilig_thuis": "Wat Veilig Thuis doet",
}


def unsure_topics(latest_message: dict[str, Any]) -> list[str]:
    """Candidate topics when the response selector is unsure, else an empty list."""
    selector = (latest_message.get("response_selector") or {}).get("faq") or {}
    confidence = (selector.get("response") or {}).get("confidence", 1.0)
    if confidence >= MIN_FAQ_CONFIDENCE:
        return []
    keys = [r.get("intent_response_key", "") for r in selector.get("ranking") or []]
    topics = [k.split("/", 1)[1] for k in keys if k.startswith("faq/")]
    return [t for t in topics if t in TOPIC_TITLES][:3]


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


class ActionGiveAdvice(NamedAction):
    """Sends the library's advice for the asked topic, tailored to the audience."""

    action_name = "action_give_advice"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[dict[str, Any]]:
        """Utter the advice text, or the not-understood reply for unknown topics."""
        message = tracker.latest_message or {}
        candidates = unsure_topics(message)
        if candidates:
            dispatcher.utter_message(
                response="utter_which_topic",
                buttons=[
                    {"title": TOPIC_TITLES[t], "payload": f"/faq/{t}"}
                    for t in candidates
                ],
            )
            return []
        topic = topic_of(message)
        intent = (message.get("intent") or {}).get("name") or ""
        audience = context.audience(tracker) or INTENT_AUDIENCE.get(intent)
        try:
            advice = context.library().for_topic(topic or "", audience)
        except KeyError:
            dispatcher.utter_message(response="utter_default")
            return []
        context.record_advice(tracker, advice)
        dispatcher.utter_message(text=advice.text, advice_id=advice.id)
        return []
