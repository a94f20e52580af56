"""The classifiers' weights on disk: read back exact, never stale, never trusted blind.

The server reads stored weights instead of fitting six classifiers at each
start. A file that gives other numbers than the fit, that belongs to other
training messages, or that is broken must never decide a level.
"""

from __future__ import annotations

import numpy as np
import pytest

from bot.danger.classifier import (
    LevelClassifier,
    load_training_examples,
    stored_classifier,
    unfitted_pipeline,
)
from bot.danger.fitted import Weights, read, stored_or_fitted, write
from bot.danger.foreign import FOREIGN_THRESHOLDS

TEXTS = (
    "hij heeft een mes en komt eraan",
    "mn vader slaat mn moeder nu help",
    "we hebben ze afgemaakt 5-0 😂",
    "ik snap het niet",
    "İlse zegt: hij wurgde me vorige week",
    "",
)


@pytest.fixture(scope="module")
def examples():
    """Every 25th packaged message: all four levels, fitted in about a second."""
    return load_training_examples()[::25]


@pytest.fixture(scope="module")
def pipeline(examples):
    fitted = unfitted_pipeline()
    fitted.fit([t for t, _ in examples], [level for _, level in examples])
    return fitted


def test_the_fast_path_gives_the_pipelines_probabilities(pipeline):
    classifier = LevelClassifier(Weights.of_pipeline(pipeline))
    for text in TEXTS:
        reference = pipeline.predict_proba([text])[0]
        direct = classifier.probabilities(text)
        for level, p in zip(classifier.classes, reference, strict=True):
            assert direct[level] == pytest.approx(p)


def test_weights_read_back_give_the_same_probabilities(pipeline, tmp_path):
    fitted = Weights.of_pipeline(pipeline)
    write(fitted, tmp_path / "nl.npz")
    stored = read(tmp_path / "nl.npz")
    assert stored.classes == fitted.classes
    for text in TEXTS:
        assert LevelClassifier(stored).probabilities(text) == pytest.approx(
            LevelClassifier(fitted).probabilities(text)
        )


def test_a_second_start_reads_the_stored_weights_instead_of_fitting(examples, tmp_path):
    first = stored_classifier("nl", examples, folder=tmp_path)
    (stored,) = tmp_path.glob("nl-*.npz")

    def refit() -> Weights:
        raise AssertionError("fitted again although the weights were stored")

    again = stored_or_fitted("nl", examples, unfitted_pipeline(), refit, tmp_path)
    assert LevelClassifier(again).probabilities(TEXTS[1]) == pytest.approx(
        first.probabilities(TEXTS[1])
    )
    assert list(tmp_path.glob("nl-*.npz")) == [stored]


def test_other_training_messages_are_fitted_and_replace_the_old_file(
    examples, tmp_path
):
    stored_classifier("nl", examples, folder=tmp_path)
    (old,) = tmp_path.glob("nl-*.npz")
    changed = [*examples, ("hij houdt een mes op mijn keel nu", "acuut")]
    fitted = []

    def fit() -> Weights:
        fitted.append(True)
        pipeline = unfitted_pipeline()
        pipeline.fit([t for t, _ in changed], [level for _, level in changed])
        return Weights.of_pipeline(pipeline)

    stored_or_fitted("nl", changed, unfitted_pipeline(), fit, tmp_path)
    assert fitted == [True]
    (new,) = tmp_path.glob("nl-*.npz")
    assert new != old


def test_the_thresholds_are_the_callers_not_the_files(examples, tmp_path):
    stored_classifier("pl", examples, folder=tmp_path)
    again = stored_classifier("pl", examples, FOREIGN_THRESHOLDS, folder=tmp_path)
    assert again.thresholds == FOREIGN_THRESHOLDS


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_bytes(b""),
        lambda path: path.write_bytes(path.read_bytes()[:-200]),
        lambda path: path.write_bytes(b"not an npz at all"),
        lambda path: np.savez(path.open("wb"), meta=np.zeros(3, dtype=np.uint8)),
        # A pickled object where an array belongs: never unpickled.
        lambda path: np.save(path.open("wb"), np.array([{"x": 1}], dtype=object)),
    ],
    ids=["empty", "truncated", "garbage", "no-blocks", "pickle"],
)
def test_a_broken_file_is_fitted_again_and_rewritten(examples, tmp_path, damage):
    good = stored_classifier("nl", examples, folder=tmp_path)
    (path,) = tmp_path.glob("nl-*.npz")
    damage(path)
    again = stored_classifier("nl", examples, folder=tmp_path)
    assert again.probabilities(TEXTS[0]) == pytest.approx(good.probabilities(TEXTS[0]))
    assert read(path).classes == good.classes


def test_a_folder_that_cannot_be_written_only_costs_the_fit(examples, tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    classifier = stored_classifier("nl", examples, folder=blocked)
    assert sum(classifier.probabilities(TEXTS[1]).values()) == pytest.approx(1.0)
