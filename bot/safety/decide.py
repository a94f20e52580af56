"""Decide the safety actions of a turn from the conversation so far.

The rules, in order: a message that raises danger (hoog or acuut, or a rise in the
conversation's level) is answered first with the fitting danger reply, whatever
the intent; hoog and acuut are then escalated and get the help of their own
topic; a second message in a row that the
assistant does not understand asks for a worker; the chatter is told once that
this is a digital assistant, before its first answer (after it when that answer
is 112, or when the answer is not an advice this policy can give itself); then
the turn ends.

The 112 and 0800-2000 replies are plain domain responses (``utter_*``): Rasa sends
them itself, so they reach the chatter even when the action server is down.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.danger import Assessment, ConversationDanger, Level, fold
from bot.language.catalogue import response_name
from bot.language.detect import DEFAULT_LANGUAGE, conversation_language

ACTION_ESCALATE = "action_escalate"
ACTION_DANGER_ADVICE = "action_danger_advice"
ACTION_INTRODUCE = "action_introduce"
ACTION_LISTEN = "action_listen"
ACTION_REQUEST_HUMAN = "action_request_human"
ACTION_INTAKE = "action_intake_question"
ACTION_GIVE_ADVICE = "action_give_advice"
# After a hoog or acuut reply and the escalation: the help of the message's own
# topic (113 for suicidal thoughts, the Centrum Seksueel Geweld...), or the
# advice it asked for; the action says nothing when there is none.
ACTION_SPECIFIC_HELP = "action_specific_help"
# Intents that ask something of their own: sent instead of an answer to an
# intake question, they are answered as usual and the intake stops asking.
QUESTION_INTENTS = frozenset(
    {"faq", "ask_anonymity", "ask_identity", "ask_human", "professional_question"}
)
# Of those, the topic questions: a short answer such as "ja na drie uur" can be
# read as a topic by the model, so these only interrupt the intake when the
# message is also worded as a question.
TOPIC_QUESTION_INTENTS = frozenset({"faq", "professional_question"})
# Intents that mean the assistant could not help: no understood intent at all, or
# (often for gibberish and garbled text) "out of scope".
NOT_UNDERSTOOD_INTENTS = frozenset({"nlu_fallback", "out_of_scope"})
# Intents answered by the opening, which introduces the assistant itself.
GREETING_INTENTS = frozenset({"greet"})
# Intents the rules (data/rules/advice.yml) answer with the advice action. After
# an introduction the rules no longer match (their last action is not
# action_listen), so this policy gives that answer itself.
ADVICE_INTENTS = frozenset({"faq"})
UTTER_ACUTE = "utter_danger_acute"
UTTER_HIGH = "utter_danger_high"
# The same without "het is niet jouw schuld", for someone who writes about
# another person: to a teacher or a neighbour that comfort reads as a dismissal.
UTTER_HIGH_OTHER = "utter_danger_high_other"
# For someone who writes about the harm they do themself: help to stop, without
# the victim's comfort and without blame.
UTTER_HIGH_PLEGER = "utter_danger_high_pleger"
# Actions that already told the chatter they talk to a digital assistant.
OPENING_ACTIONS = frozenset({ACTION_INTRODUCE, "utter_opening"})
DANGER_SEQUENCES: dict[Level, tuple[str, ...]] = {
    Level.ACUUT: (UTTER_ACUTE, ACTION_ESCALATE, ACTION_SPECIFIC_HELP),
    Level.HOOG: (UTTER_HIGH, ACTION_ESCALATE, ACTION_SPECIFIC_HELP),
    Level.VERHOOGD: (ACTION_DANGER_ADVICE,),
}
SAFETY_ACTIONS = frozenset(a for seq in DANGER_SEQUENCES.values() for a in seq) | {
    UTTER_HIGH_OTHER,
    UTTER_HIGH_PLEGER,
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
    # The user message is worded as a question ("?" or a question word first).
    question: bool = False
    # The language detected for the user message (None: it did not say) and the
    # basic answer its keywords ask for (see bot.language).
    language: str | None = None
    basic_answer: str | None = None

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
    language = language_of_conversation(turns)
    if language != DEFAULT_LANGUAGE:
        return _next_in_language(language, level, turns[last_user], done)
    if _introduce_first(turns, last_user, done, level):
        return ACTION_INTRODUCE
    if level is not None:
        for action in danger_sequence(level, turns[last_user].assessment):
            if action not in done:
                return action
    elif done[:1] == [ACTION_INTRODUCE] and _asks_advice(turns[last_user]):
        return ACTION_GIVE_ADVICE if ACTION_GIVE_ADVICE not in done else ACTION_LISTEN
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


def language_of_conversation(turns: Sequence[Turn]) -> str:
    """The language to answer in: that of the recent user messages."""
    return conversation_language(t.language for t in turns if t.is_user)


def _next_in_language(
    language: str, level: Level | None, latest: Turn, done: list[str]
) -> str | None:
    """The turn of a conversation in another language than Dutch.

    The Dutch NLU cannot read it, so this policy answers every message itself,
    from the language's catalogue: the danger reply (112 first when acute) and
    the escalation, the verhoogd advice, or a basic answer; no Dutch intake
    questions. The worker is told the language and that an interpreter is needed.
    """
    sequence: tuple[str, ...]
    if level in (Level.ACUUT, Level.HOOG):
        dutch = danger_sequence(level, latest.assessment)
        keys = {
            UTTER_ACUTE: "danger_acute",
            UTTER_HIGH: "danger_high",
            UTTER_HIGH_OTHER: "danger_high_other",
            UTTER_HIGH_PLEGER: "danger_high_pleger",
        }
        sequence = (response_name(keys[dutch[0]], language), ACTION_ESCALATE)
    elif level is Level.VERHOOGD:
        sequence = (response_name("danger_raised", language),)
    else:
        sequence = (response_name(latest.basic_answer or "welcome", language),)
    for action in sequence:
        if action not in done:
            return action
    return ACTION_LISTEN if done[-1] != ACTION_LISTEN else None


def danger_sequence(level: Level, latest: Assessment | None) -> tuple[str, ...]:
    """The danger reply and escalation for a level, worded for who writes."""
    about_other = latest is not None and (
        latest.speaker in {"omstander", "professional"}
        or latest.victim in {"ander", "oudere"}
    )
    if level is Level.HOOG and latest is not None and latest.speaker == "pleger":
        return (UTTER_HIGH_PLEGER, ACTION_ESCALATE, ACTION_SPECIFIC_HELP)
    if level is Level.HOOG and about_other:
        return (UTTER_HIGH_OTHER, ACTION_ESCALATE, ACTION_SPECIFIC_HELP)
    return DANGER_SEQUENCES[level]


def _introduce_first(
    turns: Sequence[Turn], last_user: int, done: list[str], level: Level | None
) -> bool:
    """Tell the chatter it is a digital assistant before the first answer.

    Nobody should take advice from a program believing it is a person. The
    exceptions: an acute message gets 112 first, and answers this policy cannot
    give itself (a greeting's opening says it anyway) come first; the
    introduction then follows the answer.
    """
    if done or level is Level.ACUUT or any(t.action in OPENING_ACTIONS for t in turns):
        return False
    return level is not None or _asks_advice(turns[last_user])


def _asks_advice(turn: Turn) -> bool:
    """The message is answered by the advice action (a question or a button)."""
    intent = turn.intent or ""
    return intent in ADVICE_INTENTS or intent.startswith("faq/")


def answers_intake_question(turns: Sequence[Turn]) -> bool:
    """The latest user message answers the intake question asked just before it.

    Any reply counts ("nee", "liever niet", "hij is beneden", a button) except
    a question of the chatter's own, which is answered as usual instead. A
    reply the model reads as a topic question counts as the answer unless it
    is worded as a question: "ja na drie uur" answers "Mag Veilig Thuis je
    terugbellen?", "wat is een huisverbod?" does not.
    """
    users = [i for i, t in enumerate(turns) if t.is_user]
    if not users:
        return False
    previous = users[-2] if len(users) > 1 else -1
    asked = [t.asked for t in turns[previous + 1 : users[-1]] if t.asked is not None]
    if not (asked and asked[-1]):
        return False
    latest = turns[users[-1]]
    if latest.intent in TOPIC_QUESTION_INTENTS:
        return not latest.question
    return latest.intent not in QUESTION_INTENTS


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
