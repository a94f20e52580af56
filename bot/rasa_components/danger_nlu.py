"""NLU component: puts the danger assessment into the parse data of every message."""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import SPACY_DOCS
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.conversation.parse_data import DANGER_KEY, TOKENS_KEY, pack_tokens
from bot.danger import Assessor, load_lexicon
from bot.danger.assess import tokens_of
from bot.danger.classifier import LevelClassifier, load_classifier


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False
)
class DangerAssessment(GraphComponent):
    """Assesses each message with the danger lexicon over SpacyNLP's Doc."""

    def __init__(self, assessor: Assessor, classifier: LevelClassifier) -> None:
        self.assessor = assessor
        self.classifier = classifier

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> DangerAssessment:
        """Load the lexicon (a broken one stops loading) and the classifier."""
        return cls(Assessor(load_lexicon()), load_classifier())

    @staticmethod
    def required_packages() -> list[str]:
        """Needs spaCy through SpacyNLP earlier in the pipeline."""
        return ["spacy"]

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Training examples need no assessment."""
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Add ``danger`` (the assessment) and ``tokens`` to each message's output.

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
            else:
                toks = tokens_of(doc)
                assessed = self.assessor.assess_tokens(doc.text, toks)
                result = self.classifier.boost(assessed, text).as_dict()
                packed = pack_tokens(toks)
            message.set(DANGER_KEY, result, add_to_output=True)
            message.set(TOKENS_KEY, packed, add_to_output=True)
        return messages
