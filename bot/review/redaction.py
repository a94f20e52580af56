"""The redactor the review uses: :mod:`bot.privacy` with the Dutch pipeline.

The spaCy pipeline is loaded on the first redaction, not at start-up: in the
server it is the one Rasa already loaded (see ``SharedSpacyNLP``), in the CLI a
fresh one.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

SPACY_MODEL = "nl_core_news_sm"


@functools.cache
def _nlp() -> Any:
    from bot.rasa_components.fast_load import load_spacy_model

    return load_spacy_model(SPACY_MODEL).model


def lazy_redactor() -> Callable[[str], str]:
    """A function that redacts personal data in one text."""

    def redact(text: str) -> str:
        from bot.privacy import redact

        return redact(_nlp(), text).text

    return redact
