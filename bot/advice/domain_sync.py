"""Generate the ``utter_faq/<topic>`` domain responses from the advice library.

Rasa's ResponseSelector needs a response per retrieval key in the domain. The
library stays the one place where advice text lives: this file is generated from
it (``vtchat sync-domain``) and a test fails when the two drift apart.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from bot.advice.library import AdviceLibrary

HEADER = (
    "# GENERATED from data/advice by `vtchat sync-domain`; do not edit.\n"
    "# The assistant answers these with action_give_advice (per audience);\n"
    "# these default texts exist because Rasa's ResponseSelector needs them.\n"
)
_FAQ_INTENT = re.compile(r"^\s*-\s*intent:\s*faq/([a-z0-9_]+)\s*$", re.MULTILINE)


def faq_keys(nlu_dir: Path) -> list[str]:
    """Retrieval keys (``faq/<key>``) used in the NLU training files, sorted."""
    keys: set[str] = set()
    for path in sorted(nlu_dir.rglob("*.yml")):
        keys.update(_FAQ_INTENT.findall(path.read_text("utf-8")))
    return sorted(keys)


def faq_domain(library: AdviceLibrary, keys: list[str]) -> str:
    """The domain YAML text with one default response per retrieval key.

    Raises:
        KeyError: when a key has no topic in the advice library.
    """
    responses = {
        f"utter_faq/{key}": [{"text": library.for_topic(key).text}] for key in keys
    }
    return domain_file(HEADER, responses)


def domain_file(header: str, responses: dict[str, list[dict[str, str]]]) -> str:
    """A generated domain file: its header comment, then the responses as YAML."""
    body = yaml.safe_dump(
        {"version": "3.1", "responses": responses},
        allow_unicode=True,
        sort_keys=False,
        width=88,
    )
    return header + body


def sync(library: AdviceLibrary, nlu_dir: Path, target: Path) -> bool:
    """Write the generated domain file; return True when it changed."""
    text = faq_domain(library, faq_keys(nlu_dir))
    if target.exists() and target.read_text("utf-8") == text:
        return False
    target.write_text(text, "utf-8")
    return True
