"""A base class so each action states its registered name once."""

from __future__ import annotations

import abc
from typing import Any, ClassVar

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher


class NamedAction(Action, abc.ABC):
    """An action whose Rasa name is the class attribute ``action_name``.

    Abstract, so rasa-sdk's executor (which skips abstract classes) does not try
    to register the base class itself.
    """

    action_name: ClassVar[str]

    def name(self) -> str:
        """Registered name (``action_*`` in the domain)."""
        return self.action_name

    @abc.abstractmethod
    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[dict[str, Any]]:
        """Carry out the action and return its events."""
