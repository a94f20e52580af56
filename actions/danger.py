"""Advice that fits the danger found, and the offer of a worker (level verhoogd)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import context
from actions.base import NamedAction

# Indicator codes that point to a specialised advice topic, most specific first.
TOPIC_BY_CODE = (
    ("eergerelateerd", "eer"),
    ("ouderenmishandeling", "ouderen"),
    ("kindermishandeling", "kind_onveilig"),
    ("kind_getuige", "kind_onveilig"),
)


def advice_topic(codes: tuple[str, ...], victim: str, speaker: str) -> str:
    """The library topic that fits what was found and who is talking."""
    for code, topic in TOPIC_BY_CODE:
        if code in codes:
            return topic
    if victim == "kind" and "verwaarlozing" in codes:
        return "kind_onveilig"
    if speaker in {"omstander", "professional"} or victim == "ander":
        return "omstander_helpen"
    return "veiligheid_zelf"


class ActionDangerAdvice(NamedAction):
    """Gives fitting advice for signs of violence and offers a worker."""

    action_name = "action_danger_advice"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[dict[str, Any]]:
        """Utter the advice and the offer; remember that a worker was offered."""
        found = context.danger(tracker)
        latest = context.latest_assessment(tracker)
        topic = advice_topic(found.codes, latest.victim, latest.speaker)
        advice = context.library().for_topic(topic, context.audience(tracker))
        context.record_advice(tracker, advice)
        dispatcher.utter_message(text=advice.text, advice_id=advice.id)
        dispatcher.utter_message(response="utter_offer_worker")
        return [
            SlotSet("worker_offered", True),
            SlotSet("danger_level", found.level.value),
        ]
