"""Answers from the advice library, chosen by topic and audience."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import context
from actions.base import NamedAction
from bot.advice import AdviceLibrary
from bot.advice.choose import (
    choose_advice,
    choose_audience,
    family_topic,
    speaker_topic,
)

# Below this confidence of the response selector the assistant asks which topic
# is meant instead of guessing: a wrong procedural answer misleads.
MIN_FAQ_CONFIDENCE = 0.35
# At most this many topics are offered as buttons when the selector is unsure.
MAX_CANDIDATES = 3


# A topic button's payload: "/faq/meldcode".
TOPIC_PAYLOAD = "/faq/"


def _pressed_topic(latest_message: dict[str, Any]) -> str | None:
    """The topic of a pressed topic button, read from its payload.

    Rasa parses "/faq/meldcode" as the intent "faq" and lets the response
    selector pick the sub-topic from the payload's text, which can be a
    neighbour ("meldcode_beroepen"): the button's own topic is in the text.
    """
    text = str(latest_message.get("text") or "")
    if not text.startswith(TOPIC_PAYLOAD):
        return None
    return text[len(TOPIC_PAYLOAD) :].split("{", 1)[0].strip() or None


def unsure_topics(latest_message: dict[str, Any], known: Iterable[str]) -> list[str]:
    """Candidate topics when the response selector is unsure, else an empty list."""
    if _pressed_topic(latest_message) is not None:
        return []
    selector = (latest_message.get("response_selector") or {}).get("faq") or {}
    confidence = (selector.get("response") or {}).get("confidence", 1.0)
    if confidence >= MIN_FAQ_CONFIDENCE:
        return []
    keys = [r.get("intent_response_key", "") for r in selector.get("ranking") or []]
    topics = [k.split("/", 1)[1] for k in keys if k.startswith("faq/")]
    known = set(known)
    return [t for t in topics if t in known][:MAX_CANDIDATES]


def topic_of(latest_message: dict[str, Any]) -> str | None:
    """The advice topic a parsed message asks for, if any."""
    pressed = _pressed_topic(latest_message)
    if pressed is not None:
        return pressed
    intent = (latest_message.get("intent") or {}).get("name") or ""
    if intent.startswith("faq/"):  # a button payload such as "/faq/meldcode"
        return intent.split("/", 1)[1]
    selector = (latest_message.get("response_selector") or {}).get("faq") or {}
    key = (selector.get("response") or {}).get("intent_response_key") or ""
    return key.split("/", 1)[1] if key.startswith("faq/") else None


def asked_topic(latest_message: dict[str, Any], known: Iterable[str]) -> str | None:
    """The advice topic the message asks about, when the assistant is sure of it.

    Only for a question (intent faq): the response selector ranks a topic for
    every message, also for "ja" or "hij slaat me".
    """
    intent = (latest_message.get("intent") or {}).get("name") or ""
    if not intent.startswith("faq"):
        return None
    known = set(known)
    if unsure_topics(latest_message, known):
        return None
    topic = topic_of(latest_message)
    return topic if topic in known else None


def give_advice(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    library: AdviceLibrary,
    topic: str,
) -> None:
    """Send and record the topic's text for who is writing.

    One path for every action that gives advice, so the audience is chosen and
    the advice recorded the same way whichever action answers.

    Raises:
        KeyError: when the library has no such topic.
    """
    read = context.intake(tracker)
    audience = choose_audience(
        read.speaker, context.audience(tracker), topic, read.speaker_minor
    )
    choice = choose_advice(library, topic, audience)
    context.record_advice(tracker, choice.advice, audience)
    dispatcher.utter_message(text=choice.text, advice_id=choice.advice.id)


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
        library = context.library()
        candidates = unsure_topics(message, library.topics)
        chosen = family_topic(candidates, library.topics)
        if candidates and chosen is None:
            # Read who writes only when unsure: the intake reads the whole chat.
            chosen = speaker_topic(candidates, context.intake(tracker).speaker)
        if candidates and chosen is None:
            dispatcher.utter_message(
                response="utter_which_topic",
                buttons=[
                    {"title": library.title(t), "payload": f"/faq/{t}"}
                    for t in candidates
                ],
            )
            return []
        topic = chosen or topic_of(message) or ""
        try:
            give_advice(dispatcher, tracker, library, topic)
        except KeyError:
            dispatcher.utter_message(response="utter_default")
        return []
