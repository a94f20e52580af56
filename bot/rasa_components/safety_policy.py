"""Policy that makes the assistant act on danger whatever the intent was.

It runs before every other policy (priority 10, a no-user prediction so it wins
ties with rules) and predicts only what :func:`bot.safety.next_safety_action`
requires; otherwise it abstains with all-zero probabilities.
"""

from __future__ import annotations

from typing import Any

from rasa.core.policies.policy import Policy, PolicyPrediction, confidence_scores_for
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.domain import Domain
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from bot.conversation import turns_from_events
from bot.safety import next_safety_action


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True
)
class SafetyPolicy(Policy):
    """Predicts the danger response, the AI introduction and the end of the turn."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Highest priority of all policies."""
        return {"priority": 10}

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        featurizer: Any = None,
    ) -> None:
        super().__init__(config, model_storage, resource, execution_context, featurizer)

    def train(
        self,
        training_trackers: list[TrackerWithCachedStates],
        domain: Domain,
        **kwargs: Any,
    ) -> Resource:
        """Nothing to learn: the decision logic is fixed and tested directly."""
        with self._model_storage.write_to(self._resource):
            pass
        return self._resource

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        """Predict the required safety action, or abstain."""
        # Read field by field (bot.conversation.event_dicts): as_dict() of every
        # event on every prediction made long conversations slow.
        turns = turns_from_events(tracker.applied_events())
        action = next_safety_action(turns)
        if action is None or action not in domain.action_names_or_texts:
            return self._prediction(self._default_predictions(domain))
        return self._prediction(
            confidence_scores_for(action, 1.0, domain), is_no_user_prediction=True
        )
