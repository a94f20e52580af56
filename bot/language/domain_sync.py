"""Generate the Rasa responses of the other languages from their catalogues.

Rasa sends a domain response itself, without the action server, so the 112 text
reaches a Turkish writer even when the actions are down. The catalogues stay the
one place the texts live: ``data/domain/languages.yml`` is generated from them
(``vtchat sync-domain``) and a check fails when the two drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.advice.domain_sync import domain_file
from bot.language.catalogue import DUTCH_RESPONSES, Catalogue
from bot.language.detect import DEFAULT_LANGUAGE

HEADER = (
    "# GENERATED from bot/i18n/<language>.yml by `vtchat sync-domain`; do not edit.\n"
    "# The danger and escalation replies, in Dutch and in every other language.\n"
)


def languages_domain(catalogues: Iterable[Catalogue]) -> str:
    """The domain YAML text of the catalogues' replies.

    The Dutch danger and escalation replies keep their own names; every other
    language's text becomes ``utter_<key>_<language>``.
    """
    responses = {
        cat.response_name(key): [{"text": text}]
        for cat in catalogues
        for key, text in cat.responses.items()
        if cat.language != DEFAULT_LANGUAGE or key in DUTCH_RESPONSES
    }
    return domain_file(HEADER, responses)
