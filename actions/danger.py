"""Advice that fits the danger found, and the offer of a worker (level verhoogd)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import context
from actions.advice import asked_topic, give_advice
from actions.base import NamedAction
from bot.advice.choose import specialised_topic
from bot.danger import Level

# Indicator codes of a child at risk: the advice for a child who is unsafe.
CHILD_CODES = ("kindermishandeling", "kind_getuige")


def advice_topic(
    codes: tuple[str, ...], victim: str, speaker: str, asked: str | None = None
) -> str:
    """The library topic that fits what was found, what was asked and who talks.

    A topic with help of its own (113, the Centrum Seksueel Geweld) comes
    first; then the question the message asks ("hoe doe ik aangifte, hij heeft
    me geslagen" wants the aangifte answer, not general safety advice); then
    general advice for who is talking.
    """
    specialised = specialised_topic(codes)
    if specialised is not None:
        return specialised
    if asked is not None:
        return asked
    if any(code in codes for code in CHILD_CODES):
        return "kind_onveilig"
    if victim == "kind" and "verwaarlozing" in codes:
        return "kind_onveilig"
    if speaker == "pleger":
        return "pleger_hulp"
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
        library = context.library()
        asked = asked_topic(tracker.latest_message or {}, library.topics)
        topic = advice_topic(found.codes, latest.victim, latest.speaker, asked)
        give_advice(dispatcher, tracker, library, topic)
        # Honest about who is there: outside the chat hours or with nobody
        # logged in, the offer says so and gives the number open now.
        offer = (
            "utter_offer_worker"
            if context.worker_can_join()
            else "utter_offer_worker_later"
        )
        dispatcher.utter_message(response=offer)
        return [
            SlotSet("worker_offered", True),
            SlotSet("danger_level", found.level.value),
        ]


class ActionSpecificHelp(NamedAction):
    """After a hoog or acuut reply: the help the message's own topic needs.

    113 for suicidal thoughts, the Centrum Seksueel Geweld for rape: the
    danger reply gives 112 and 0800-2000, not these. Otherwise the advice the
    message asked for, when the assistant is sure which. Says nothing when
    neither applies, and gives a specialised text once per conversation.
    """

    action_name = "action_specific_help"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[dict[str, Any]]:
        """Utter and record the fitting advice, if there is one."""
        before = context.danger_before(tracker)
        latest = context.latest_assessment(tracker)
        topic = specialised_topic(c for c in latest.codes if c not in before.codes)
        library = context.library()
        message = tracker.latest_message or {}
        # After 112 the reply stays short: only a help line of its own (113...),
        # so the 112 message stays in view.
        acute = context.danger(tracker).level is Level.ACUUT
        if topic is None and not acute:
            topic = asked_topic(message, library.topics)
        if topic is not None and topic in library.topics:
            give_advice(dispatcher, tracker, library, topic)
        return []
