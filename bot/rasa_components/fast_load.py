"""Rasa's own NLU components with one change each: how they load.

Same training, same predictions, much faster start (see bench/results):
``SharedSpacyNLP`` loads each spaCy pipeline once per process, and
``DIETClassifierEagerLoad`` / ``ResponseSelectorEagerLoad`` build their weights
with an eager throw-away fit instead of a traced one.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.diet_classifier import DIETClassifier
from rasa.nlu.selectors.response_selector import ResponseSelector
from rasa.nlu.utils.spacy_utils import SpacyModel, SpacyNLP


@DefaultV1Recipe.register(
    [
        DefaultV1Recipe.ComponentType.MODEL_LOADER,
        DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER,
    ],
    is_trainable=False,
    model_from="SharedSpacyNLP",
)
class SharedSpacyNLP(SpacyNLP):
    """Rasa's ``SpacyNLP``, loading each spaCy pipeline once per process.

    Rasa builds two graph nodes from ``SpacyNLP`` (the one that provides the model
    and the one that runs it) and each loads the pipeline: twice the load time
    and memory for one model. Here both get the same, read-only, pipeline.
    """

    @staticmethod
    def load_model(spacy_model_name: str) -> SpacyModel:
        """Load the named pipeline, or return the one this process already has."""
        return load_spacy_model(spacy_model_name)


@cache
def load_spacy_model(name: str) -> SpacyModel:
    """The named pipeline, loaded once per process (Rasa's and the review's)."""
    return SpacyNLP.load_model(name)


class _EagerWeightBuilding(GraphComponent):
    """Loads a Rasa TensorFlow component with its throw-away fit run eagerly.

    Rasa creates the weights of a loaded model by fitting it on one example and
    then reads the trained weights over them. Traced as a graph, that fit (with
    the gradients through DIET's CRF) took 70-100 s and ~600 MB on two cores;
    run eagerly, a few seconds. Predictions still run as traced graphs, and the
    weights are the trained ones either way (checked: identical outputs). Only
    for models whose eager fit creates every weight: TED's does not (its
    branches for absent features stay unbuilt), so TED is loaded as Rasa does.
    """

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> GraphComponent:
        """Load as Rasa does, with TensorFlow functions run eagerly meanwhile."""
        import tensorflow as tf

        previous = tf.config.functions_run_eagerly()
        tf.config.run_functions_eagerly(True)
        try:
            return super().load(
                config, model_storage, resource, execution_context, **kwargs
            )
        finally:
            tf.config.run_functions_eagerly(previous)


@DefaultV1Recipe.register(
    [
        DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER,
        DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR,
    ],
    is_trainable=True,
)
class DIETClassifierEagerLoad(_EagerWeightBuilding, DIETClassifier):
    """Rasa's ``DIETClassifier``, loaded in seconds instead of minutes."""


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True
)
class ResponseSelectorEagerLoad(_EagerWeightBuilding, ResponseSelector):
    """Rasa's ``ResponseSelector``, loaded in seconds instead of tens of seconds."""
