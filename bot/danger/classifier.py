"""A trained level classifier beside the rules, to raise recall on unseen wording.

The lexicon cannot list every way people describe violence; a character and word
n-gram model trained on our labelled messages (``training*.jsonl``) catches much of
the rest. It only ever raises a level, never lowers one, and the rules' evidence
stays: the assessment records that the classifier raised it and how sure it was.
Training takes a few seconds, so it is done when the assessor is loaded; nothing
is pickled.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any

from bot.danger.model import Assessment, Level

# Probability thresholds, chosen on the independent holdout set for recall first:
# a missed acute message is worse than a false alarm.
ACUTE_THRESHOLD = 0.4
HIGH_THRESHOLD = 0.7


@dataclass(frozen=True)
class LevelClassifier:
    """A fitted scikit-learn pipeline predicting a level from the raw text."""

    pipeline: Any
    classes: tuple[str, ...]

    def probabilities(self, text: str) -> dict[str, float]:
        """Probability per level for one message.

        Computed from the fitted parts directly (the same numbers as the
        pipeline's ``predict_proba``): the pipeline's per-call checks cost more
        than the model itself on a single short message.
        """
        import numpy as np
        import scipy.sparse as sp

        union, model = self.pipeline.steps[0][1], self.pipeline.steps[-1][1]
        features = sp.hstack(
            [vec.transform([text]) for _, vec in union.transformer_list]
        )
        scores = np.asarray(features.tocsr() @ model.coef_.T).ravel() + model.intercept_
        exp = np.exp(scores - scores.max())
        row = exp / exp.sum()
        return {level: float(p) for level, p in zip(self.classes, row, strict=True)}

    def boost(self, assessment: Assessment, text: str) -> Assessment:
        """Raise the rules' level when the classifier is confident of more danger.

        Never when the rules ruled something out (a negation, a hypothetical or
        general question, a past that is over, an idiom): n-grams cannot see
        "niet" or "stel dat", the rules can.
        """
        if assessment.suppressed:
            return assessment
        probs = self.probabilities(text)
        acute = probs.get(Level.ACUUT.value, 0.0)
        high = acute + probs.get(Level.HOOG.value, 0.0)
        if acute >= ACUTE_THRESHOLD:
            level, confidence = Level.ACUUT, acute
        elif high >= HIGH_THRESHOLD:
            level, confidence = Level.HOOG, high
        else:
            return assessment
        if level.rank <= assessment.level.rank:
            return assessment
        return replace(assessment, level=level, raised_by_model=round(confidence, 3))


def train_classifier(examples: list[tuple[str, str]]) -> LevelClassifier:
    """Fit the classifier on (text, level) pairs."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    features = make_union(
        TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2
        ),
        TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True),
    )
    pipeline = make_pipeline(
        features, LogisticRegression(C=8, max_iter=3000, class_weight="balanced")
    )
    pipeline.fit([t for t, _ in examples], [lvl for _, lvl in examples])
    return LevelClassifier(pipeline=pipeline, classes=tuple(pipeline.classes_))


def load_classifier() -> LevelClassifier:
    """Fit the classifier on the packaged training messages (a few seconds)."""
    return train_classifier(load_training_examples())


def load_training_examples() -> list[tuple[str, str]]:
    """The packaged labelled messages, ``training*.jsonl`` (never the shared set)."""
    folder = resources.files("bot.danger")
    examples = []
    for name in sorted(p.name for p in folder.iterdir() if _is_training_file(p.name)):
        for line in folder.joinpath(name).read_text("utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                examples.append((str(item["text"]), Level(item["level"]).value))
    return examples


def _is_training_file(name: str) -> bool:
    return name.startswith("training") and name.endswith(".jsonl")
