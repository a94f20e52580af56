"""Decide the safety actions of a turn from the conversation so far.

The rules, in order: a message that raises danger (hoog or acuut, or a rise in the
conversation's level) is answered first with the fitting danger reply, whatever
the intent; hoog and acuut are then escalated; a second message in a row that the
assistant does not understand asks for a worker; the chatter is told once that
this is a digital assistant; then the turn ends.

The 112 and 0800-2000 replies are plain domain responses (``utter_*``): Rasa sends
them itself, so they reach the chatter even when the action server is down.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.danger import Assessment, ConversationDanger, Level, fold

ACTION_ESCALATE = "action_escalate"
ACTION_DANGER_ADVICE = "action_danger_advice"
ACTION_INTRODUCE = "action_introduce"
ACTION_LISTEN = "action_listen"
ACTION_REQUEST_HUMAN = "action_request_human"
ACTION_INTAKE = "action_intake_question"
# Intents that ask something of their own: sent instead of an answer to an
# intake question, they are answered as usual and the intake stops asking.
QUESTION_INTENTS = frozenset(
    {"faq", "ask_anonymity", "ask_identity", "ask_human", "professional_question"}
)
# Intents that mean the assistant could not help: no understood intent at all, or
# (often for gibberish and garbled text) "out of scope".
NOT_UNDERSTOOD_INTENTS = frozenset({"nlu_fallback", "out_of_scope"})
UTTER_ACUTE = "utter_danger_acute"
UTTER_HIGH = "utter_danger_high"
# Actions that already told the chatter they talk to a digital assistant.
OPENING_ACTIONS = frozenset({ACTION_INTRODUCE, "utter_opening"})
DANGER_SEQUENCES: dict[Level, tuple[str, ...]] = {
    Level.ACUUT: (UTTER_ACUTE, ACTION_ESCALATE),
    Level.HOOG: (UTTER_HIGH, ACTION_ESCALATE),
    Level.VERHOOGD: (ACTION_DANGER_ADVICE,),
}
SAFETY_ACTIONS = frozenset(a for seq in DANGER_SEQUENCES.values() for a in seq) | {
    ACTION_INTRODUCE,
    ACTION_INTAKE,
}
_NOT_AN_ANSWER = frozenset({ACTION_LISTEN, "action_session_start"})


@dataclass(frozen=True)
class Turn:
    """One event of the conversation: a user message, an action, a question asked."""

    action: str | None = None
    assessment: Assessment | None = None
    intent: str | None = None  # of a user message
    # The intake question the assistant asked ("" when it stopped asking).
    asked: str | None = None

    @property
    def is_user(self) -> bool:
        """True for a user message."""
        return self.assessment is not None


def conversation_danger(
    turns: Sequence[Turn],
) -> tuple[ConversationDanger, ConversationDanger]:
    """The conversation's danger before and after the latest user message."""
    messages = [t.assessment for t in turns if t.assessment is not None]
    before = fold(messages[:-1])
    after = before.add(messages[-1]) if messages else before
    return before, after


def danger_response_level(turns: Sequence[Turn]) -> Level | None:
    """The level the latest message must be answered at, or None for no danger reply.

    A rise in the conversation's level is answered at the new level ("ja, hij is er
    nu" after a threat is acute); a hoog or acuut message is always answered, even
    when the conversation was already that high, so 112 is repeated.
    """
    messages = [t.assessment for t in turns if t.assessment is not None]
    if not messages:
        return None
    before, after = conversation_danger(turns)
    if after.level.rank > before.level.rank:
        return after.level
    if messages[-1].level.rank >= Level.HOOG.rank:
        return messages[-1].level
    return None


def next_safety_action(turns: Sequence[Turn]) -> str | None:
    """The action safety requires next, or None to let the other policies decide."""
    last_user = max((i for i, t in enumerate(turns) if t.is_user), default=None)
    if last_user is None:
        return None
    done = [t.action for t in turns[last_user + 1 :] if t.action]
    level = danger_response_level(turns)
    if level is not None:
        for action in DANGER_SEQUENCES[level]:
            if action not in done:
                return action
    answering = answers_intake_question(turns)
    unclear = level is None and not answering and not_understood_twice(turns)
    if unclear and ACTION_REQUEST_HUMAN not in done:
        return ACTION_REQUEST_HUMAN
    answered = [a for a in done if a not in _NOT_AN_ANSWER]
    if answered and not any(t.action in OPENING_ACTIONS for t in turns):
        return ACTION_INTRODUCE
    # While the chatter waits for a worker: the intake's next question (the
    # action itself asks nothing when nobody is being sought or all is known).
    wants_intake = answering or {ACTION_ESCALATE, ACTION_REQUEST_HUMAN} & set(done)
    if wants_intake and ACTION_INTAKE not in done:
        return ACTION_INTAKE
    ends_turn = {ACTION_INTRODUCE, ACTION_INTAKE}
    if answered and (level is not None or unclear or done[-1] in ends_turn):
        return ACTION_LISTEN if done[-1] != ACTION_LISTEN else None
    return None


def answers_intake_question(turns: Sequence[Turn]) -> bool:
    """The latest user message answers the intake question asked just before it.

    Any reply counts ("nee", "liever niet", "hij is beneden", a button) except
    a question of the chatter's own, which is answered as usual instead.
    """
    users = [i for i, t in enumerate(turns) if t.is_user]
    if not users:
        return False
    previous = users[-2] if len(users) > 1 else -1
    asked = [t.asked for t in turns[previous + 1 : users[-1]] if t.asked is not None]
    return bool(asked and asked[-1]) and turns[users[-1]].intent not in QUESTION_INTENTS


def not_understood_twice(turns: Sequence[Turn]) -> bool:
    """The last two user messages were not understood, with no request between.

    Two misses in a row mean the chatter is stuck; a person should take over.
    After the request, the next miss starts a new count.
    """
    users = [i for i, t in enumerate(turns) if t.is_user]
    if len(users) < 2:
        return False
    previous, last = users[-2], users[-1]
    if turns[previous].intent not in NOT_UNDERSTOOD_INTENTS:
        return False
    if turns[last].intent not in NOT_UNDERSTOOD_INTENTS:
        return False
    between = {t.action for t in turns[previous + 1 : last]}
    return not between & {ACTION_REQUEST_HUMAN, ACTION_ESCALATE}
