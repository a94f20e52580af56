"""The fitted weights of a level classifier, kept on disk between starts.

Fitting the Dutch classifier and the five others' on about 34,000 labelled
messages took most of the server's start (66 s to /health, 2026-12-07) and left
scikit-learn's fitting garbage in the heap. What the product reads per message is
small: for each tf-idf block its analyzer settings, vocabulary, idf and slice of
the weights, and the intercept. Those are written once per set of training
messages to an ``.npz`` of plain arrays (read with ``allow_pickle=False``, so a
planted file cannot run code) under a name that carries a hash of everything the
fit depends on: the messages, the estimator's settings and scikit-learn's
version. Other messages, other name: a stale file is never read. A file that
cannot be read is fitted again and rewritten; a folder that cannot be written
only costs the next start the fit.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

# Relative to the working directory, like the Rasa model (Settings.model_dir).
DEFAULT_DIR = Path("models") / "danger"
FORMAT = 1
# The vectorizer settings that decide how a text becomes terms; the rest
# (min_df, max_features) only decided the vocabulary, which is stored.
ANALYZER_SETTINGS = (
    "analyzer",
    "ngram_range",
    "lowercase",
    "strip_accents",
    "token_pattern",
    "sublinear_tf",
)


@dataclass(frozen=True)
class Block:
    """One tf-idf vectorizer of the classifier and its slice of the weights."""

    settings: Mapping[str, Any]
    vocabulary: Mapping[str, int]
    idf: Any  # numpy array, one value per term
    weights: Any  # numpy array, (terms, classes)

    @cached_property
    def analyze(self) -> Callable[[str], list[str]]:
        """The vectorizer's own analyzer: the same terms as at fit time."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        settings = dict(self.settings)
        settings["ngram_range"] = tuple(settings["ngram_range"])
        return TfidfVectorizer(**settings).build_analyzer()

    @property
    def sublinear_tf(self) -> bool:
        """Term counts are damped (1 + log n) before idf, as at fit time."""
        return bool(self.settings["sublinear_tf"])


@dataclass(frozen=True)
class Weights:
    """Everything :class:`~bot.danger.classifier.LevelClassifier` computes with."""

    classes: tuple[str, ...]
    intercept: Any  # numpy array, one value per class
    blocks: tuple[Block, ...]

    @classmethod
    def of_pipeline(cls, pipeline: Any) -> Weights:
        """Take the weights out of a fitted tf-idf union + linear model pipeline.

        Raises:
            ValueError: for vectorizers the fast path cannot reproduce.
        """
        union, model = pipeline.steps[0][1], pipeline.steps[-1][1]
        weights = model.coef_.T
        blocks, offset = [], 0
        for _, vec in union.transformer_list:
            if not (vec.use_idf and vec.norm == "l2" and not vec.binary):
                raise ValueError("the fast path needs tf-idf with l2 norm")
            size = len(vec.vocabulary_)
            params = vec.get_params()
            blocks.append(
                Block(
                    settings={k: params[k] for k in ANALYZER_SETTINGS},
                    vocabulary=dict(vec.vocabulary_),
                    idf=vec.idf_,
                    weights=weights[offset : offset + size].copy(),
                )
            )
            offset += size
        return cls(
            tuple(str(c) for c in model.classes_), model.intercept_, tuple(blocks)
        )


def fit_key(examples: list[tuple[str, str]], estimator: Any) -> str:
    """A hash of what a fit depends on: messages, settings, scikit-learn version."""
    from sklearn import __version__ as sklearn_version

    digest = hashlib.sha256()
    digest.update(f"{FORMAT}\n{sklearn_version}\n{estimator!r}\n".encode())
    digest.update(json.dumps(examples, ensure_ascii=False).encode())
    return digest.hexdigest()[:16]


def stored_or_fitted(
    name: str,
    examples: list[tuple[str, str]],
    estimator: Any,
    fit: Callable[[], Weights],
    folder: Path = DEFAULT_DIR,
) -> Weights:
    """The weights stored for exactly these examples, or ``fit()``'s, then stored."""
    path = folder / f"{name}-{fit_key(examples, estimator)}.npz"
    if path.exists():
        try:
            return read(path)
        except (OSError, ValueError, KeyError) as exc:
            log.warning("fitting again: %s could not be read (%s)", path, exc)
    weights = fit()
    try:
        write(weights, path)
        for old in folder.glob(f"{name}-*.npz"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.info("fitted weights not stored in %s: %s", folder, exc)
    return weights


def write(weights: Weights, path: Path) -> None:
    """Write the weights to ``path`` at once (a reader never sees half a file)."""
    arrays: dict[str, Any] = {
        "meta": _text(json.dumps({"format": FORMAT, "classes": weights.classes})),
        "intercept": weights.intercept,
    }
    for i, block in enumerate(weights.blocks):
        terms = sorted(block.vocabulary, key=block.vocabulary.__getitem__)
        arrays[f"settings{i}"] = _text(json.dumps(dict(block.settings)))
        # Terms never hold a newline: both analyzers split on whitespace.
        arrays[f"terms{i}"] = _text("\n".join(terms))
        arrays[f"idf{i}"] = block.idf
        arrays[f"weights{i}"] = block.weights
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            import numpy as np

            np.savez(out, **arrays)
        os.chmod(temporary, 0o644)  # mkstemp's 0600 would hide it from the server
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read(path: Path) -> Weights:
    """Read weights written by :func:`write`.

    Raises:
        ValueError: for a file that is not such weights (or a newer format).
        KeyError: for an array missing from it.
    """
    import numpy as np

    try:
        with np.load(path, allow_pickle=False) as stored:
            if not isinstance(stored, np.lib.npyio.NpzFile):
                raise ValueError("not an .npz archive")
            meta = json.loads(_str(stored["meta"]))
            if meta.get("format") != FORMAT:
                raise ValueError(f"format {meta.get('format')!r}, not {FORMAT}")
            blocks = []
            i = 0
            while f"terms{i}" in stored:
                terms = _str(stored[f"terms{i}"]).split("\n")
                idf, weights = stored[f"idf{i}"], stored[f"weights{i}"]
                if not len(terms) == len(idf) == len(weights):
                    raise ValueError(f"block {i}: terms, idf and weights differ")
                blocks.append(
                    Block(
                        settings=json.loads(_str(stored[f"settings{i}"])),
                        vocabulary={term: n for n, term in enumerate(terms)},
                        idf=idf,
                        weights=weights,
                    )
                )
                i += 1
            intercept = stored["intercept"]
    except (
        EOFError,
        OSError,
        UnicodeDecodeError,
        json.JSONDecodeError,
        zipfile.BadZipFile,
    ) as exc:
        raise ValueError(str(exc)) from exc
    classes = tuple(str(c) for c in meta["classes"])
    if not blocks or len(intercept) != len(classes):
        raise ValueError("no blocks, or an intercept that does not fit the classes")
    if any(b.weights.shape[1:] != (len(classes),) for b in blocks):
        raise ValueError("weights that do not fit the classes")
    return Weights(classes, intercept, tuple(blocks))


def _text(value: str) -> Any:
    import numpy as np

    return np.frombuffer(value.encode("utf-8"), dtype=np.uint8)


def _str(array: Any) -> str:
    return bytes(array.tobytes()).decode("utf-8")
