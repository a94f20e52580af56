"""NLU component: puts the danger assessment into the parse data of every message."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import SPACY_DOCS
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.conversation.parse_data import (
    BASIC_ANSWER_KEY,
    DANGER_KEY,
    LANGUAGE_KEY,
    TOKENS_KEY,
    pack_tokens,
)
from bot.danger import Assessor, load_lexicon
from bot.danger.assess import tokens_of
from bot.danger.classifier import LevelClassifier, load_classifier
from bot.danger.patterns import Tok
from bot.language.reader import MessageReader, load_message_reader


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False
)
class DangerAssessment(GraphComponent):
    """Assesses each message with the danger lexicon over SpacyNLP's Doc.

    Also in the writer's own language when that is not Dutch (bot.language).
    """

    def __init__(
        self, assessor: Assessor, classifier: LevelClassifier, reader: MessageReader
    ) -> None:
        self.assessor = assessor
        self.classifier = classifier
        self.reader = reader

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> DangerAssessment:
        """Load the lexicons and catalogues (a broken one stops loading)."""
        return cls(Assessor(load_lexicon()), load_classifier(), load_message_reader())

    @staticmethod
    def required_packages() -> list[str]:
        """Needs spaCy through SpacyNLP earlier in the pipeline."""
        return ["spacy"]

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Training examples need no assessment."""
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Add ``danger``, ``tokens``, ``language`` and ``basic_answer`` to messages.

        The tokens are stored so the intake can be read from the tracker later
        without running spaCy again (see :mod:`bot.conversation.parse_data`).
        """
        for message in messages:
            doc = message.get(SPACY_DOCS[TEXT])
            text = message.get(TEXT) or ""
            if doc is None or text.startswith("/"):
                # Button payloads ("/intent{...}") are not chatter text.
                result = {"level": "geen", "indicators": [], "now": False}
                packed: list[list[Any]] = []
                language = basic = None
            else:
                written, toks = _as_written(text, doc, tokens_of(doc))
                assessed = self.assessor.assess_tokens(written, toks)
                reading = self.reader.read(text, self.classifier.boost(assessed, text))
                result = reading.assessment.as_dict()
                language, basic = reading.language, reading.basic_answer
                packed = pack_tokens(toks)
            message.set(DANGER_KEY, result, add_to_output=True)
            message.set(TOKENS_KEY, packed, add_to_output=True)
            message.set(LANGUAGE_KEY, language, add_to_output=True)
            message.set(BASIC_ANSWER_KEY, basic, add_to_output=True)
        return messages


def _as_written(text: str, doc: Any, toks: list[Tok]) -> tuple[str, list[Tok]]:
    """The chatter's own text, with the tokens' offsets moved onto it.

    SpacyNLP lowercases before spaCy reads, so ``doc.text`` has lost the capitals
    that make a message shouted ("MIJN VADER SLAAT MIJN MOEDER" is acute). The
    evidence offsets go to the console, which cuts them from the text as written;
    where lowercasing made a character longer ("İ" becomes two), the doc's offsets
    are moved back so the worker still sees the right words.
    """
    lowered = doc.text
    if len(text) == len(lowered):
        return text, toks
    if text.lower() != lowered:
        return lowered, toks  # not SpacyNLP's lowercasing: keep the doc's own text
    written_at = [i for i, c in enumerate(text) for _ in c.lower()]
    written_at.append(len(text))
    return text, [
        replace(
            t,
            start=written_at[t.start],
            end=written_at[t.end - 1] + 1 if t.end > t.start else written_at[t.end],
        )
        for t in toks
    ]
