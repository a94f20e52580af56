"""Which advice text a chatter gets: the topic they ask, for who they are.

Pure: the action passes in what it knows (the intake's speaker read from the
chat text, the audience slot from the opening buttons, the topic) and sends
what comes back. Why the text wins over the buttons: people skip the buttons or
press one at random, and the issue's worst answers came from the wrong audience
(a teacher told "het is niet jouw schuld", a pleger given the victim's plan).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.advice.library import Advice, AdviceLibrary
from bot.advice.rules import KINDERTELEFOON

# The intake's speaker (bot.intake.model.SPEAKERS) as an advice audience.
SPEAKER_AUDIENCE = {
    "kind": "kind",
    "slachtoffer": "zelf",
    "omstander": "ander",
    "professional": "professional",
    "pleger": "pleger",
}
# The audience a topic implies when neither text nor buttons said who writes.
TOPIC_DEFAULT_AUDIENCE = {"veiligheid_zelf": "zelf", "omstander_helpen": "ander"}
# Asking for help to stop says who writes, whatever the rest of the chat said.
TOPIC_AUDIENCE = {"pleger_hulp": "pleger"}
# Topics written for the person the violence happens to. A pleger who lands on
# one (often by describing the violence) gets the help to stop instead.
VICTIM_TOPICS = frozenset(
    {
        "veiligheid_zelf",
        "veiligheidsplan",
        "anoniem_zoeken",
        "kind_onveilig",
        "mannelijke_slachtoffers",
        "lhbti_slachtoffers",
        "slachtofferhulp",
        "sextortion",
        "loverboys_mensenhandel",
    }
)
PLEGER_TOPIC = "pleger_hulp"
# Danger indicators whose own help a chatter needs besides Veilig Thuis (113,
# Centrum Seksueel Geweld, the LKHA...), most specific first. Given with the
# danger reply, not instead of it.
SPECIALISED_TOPICS = (
    ("suicidaliteit", "suicidaliteit"),
    ("seksueel_geweld", "seksueel_geweld"),
    ("eergerelateerd", "eer"),
    ("huisverbod_overtreding", "huisverbod_overtreden"),
    ("ouderenmishandeling", "ouderen"),
    ("stalking", "stalking_ex"),
)
# Added for a child when the topic has no text written for children.
KINDERTELEFOON_LINE = (
    f"Je kunt ook de Kindertelefoon bellen: {KINDERTELEFOON}. "
    "Gratis en anoniem, elke dag van 11.00 tot 21.00 uur."
)


@dataclass(frozen=True)
class Choice:
    """The advice entry to record and the text to send (entry text plus extra)."""

    advice: Advice
    text: str


def specialised_topic(codes: Iterable[str]) -> str | None:
    """The topic with the specific help these danger indicators call for."""
    found = set(codes)
    for code, topic in SPECIALISED_TOPICS:
        if code in found:
            return topic
    return None


def family_topic(candidates: Sequence[str], topics: Iterable[str]) -> str | None:
    """The general topic when the unsure choice is only between its parts.

    "Hoe lang duurt een huisverbod" may look like the extension as much as the
    huisverbod itself; the general text answers both, so asking "which one?"
    helps nobody. Needs the two best candidates to share the general topic's
    name as prefix (huisverbod, huisverbod_verlenging).
    """
    if len(candidates) < 2:
        return None
    root = candidates[0].split("_", 1)[0]
    if root not in set(topics):
        return None
    if all(c == root or c.startswith(root + "_") for c in candidates[:2]):
        return root
    return None


def speaker_topic(candidates: Sequence[str], speaker: str | None) -> str | None:
    """The unsure candidate that was written for who is writing, if any.

    A pleger asking for help to stop ("ik word zo snel kwaad op mijn vriendin,
    ik wil daarmee stoppen") can leave the response selector unsure between
    pleger_hulp and victims' topics; the intake already knows who writes, and
    a row of topic buttons is the wrong answer to a pleger who asks to stop.
    Only among the unsure candidates: a pleger's question about something
    else keeps its choice of buttons.
    """
    audience = SPEAKER_AUDIENCE.get(speaker or "")
    if audience is None:
        return None
    for topic in candidates:
        if TOPIC_AUDIENCE.get(topic) == audience:
            return topic
    return None


def choose_audience(
    speaker: str | None,
    slot: str | None,
    topic: str | None,
    minor: bool | None = None,
) -> str | None:
    """Who the advice is for: topic, then the chat text, then buttons, then topic."""
    if topic in TOPIC_AUDIENCE:
        return TOPIC_AUDIENCE[topic]
    if speaker in SPEAKER_AUDIENCE:
        return SPEAKER_AUDIENCE[speaker]
    if minor:  # "ik ben 12": a child, whatever else is still unclear
        return "kind"
    if slot:
        return slot
    return TOPIC_DEFAULT_AUDIENCE.get(topic or "")


def choose_advice(library: AdviceLibrary, topic: str, audience: str | None) -> Choice:
    """The entry for this topic and audience, with the fallbacks that keep it safe.

    Raises:
        KeyError: when the topic is unknown.
    """
    if (
        audience == "pleger"
        and topic in VICTIM_TOPICS
        and not library.has_audience(topic, "pleger")
    ):
        topic = PLEGER_TOPIC
    advice = library.for_topic(topic, audience)
    text = advice.text
    if audience == "kind" and advice.audience != "kind" and KINDERTELEFOON not in text:
        text = f"{text}\n\n{KINDERTELEFOON_LINE}"
    return Choice(advice, text)
