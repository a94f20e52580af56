"""Fixed classifier probabilities, for tests of what the boost does with them."""

from __future__ import annotations

from typing import Any

from bot.danger.classifier import LevelClassifier


def fix_probabilities(monkeypatch: Any, **probs: float) -> None:
    """Every classifier gives these probabilities (unnamed levels 0) to any text."""
    full = {"acuut": 0.0, "hoog": 0.0, "verhoogd": 0.0, "geen": 0.0, **probs}
    monkeypatch.setattr(LevelClassifier, "probabilities", lambda self, text: full)
