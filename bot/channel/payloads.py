"""Button payloads from the chat, checked against the domain before Rasa sees them.

A button press sends its payload ("/faq/meldcode", '/inform_audience{"audience":
"zelf"}'), which Rasa obeys as an intent with entities, skipping its NLU. The
payload comes from the browser, so anyone can send any: "/restart", an intent the
domain does not know (Rasa prints the text in its warnings), or an entity value
that ends up in the advice records and their CSV (``=HYPERLINK(...)``). Only what
the domain's own buttons could send is let through.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rasa.shared.core.constants import DEFAULT_INTENTS
from rasa.shared.core.domain import Domain
from rasa.shared.core.slots import CategoricalSlot

from bot.channel.protocol import ProtocolError

RETRIEVAL_PREFIX = "utter_"
MAX_ENTITY_VALUE_CHARS = 64


@dataclass(frozen=True)
class PayloadRules:
    """What a button may say: intents, and per entity its allowed values.

    ``entities`` maps an entity to the values it may take, or to None when any
    short text is allowed (no categorical slot limits it).
    """

    intents: frozenset[str]
    entities: Mapping[str, frozenset[str] | None]


def rules_of(domain: Domain) -> PayloadRules:
    """The payload rules of a domain.

    Rasa's own intents (``restart``, ``back``, ``session_start``...) are commands,
    not answers a button offers, so they are left out. A retrieval intent's
    sub-intents (``faq/meldcode``) count when the domain has their response.
    """
    intents = {i for i in domain.intents if i not in DEFAULT_INTENTS}
    for response in domain.responses:
        name = response[len(RETRIEVAL_PREFIX) :]
        if response.startswith(RETRIEVAL_PREFIX) and name.split("/")[0] in intents:
            intents.add(name)
    entities: dict[str, frozenset[str] | None] = {e: None for e in domain.entities}
    for slot in domain.slots:
        if not isinstance(slot, CategoricalSlot):
            continue
        allowed = frozenset(str(v) for v in slot.values if v != "__other__")
        for mapping in slot.mappings:
            if mapping.get("entity") in entities:
                entities[mapping["entity"]] = allowed
    return PayloadRules(frozenset(intents), entities)


def check_payload(payload: str, rules: PayloadRules) -> str:
    """The payload when the domain knows it: "/intent" or "/intent{entities}".

    Raises:
        ProtocolError: ``unknown_button``; the payload is never handed to Rasa.
    """
    if not payload.startswith("/"):
        raise ProtocolError("unknown_button")
    intent, brace, rest = payload[1:].partition("{")
    if intent not in rules.intents:
        raise ProtocolError("unknown_button")
    if brace:
        _check_entities(brace + rest, rules)
    return payload


def _check_entities(raw: str, rules: PayloadRules) -> None:
    try:
        entities: Any = json.loads(raw)
    except ValueError:
        raise ProtocolError("unknown_button") from None
    if not isinstance(entities, dict) or not entities:
        raise ProtocolError("unknown_button")
    for name, value in entities.items():
        if name not in rules.entities or not isinstance(value, str):
            raise ProtocolError("unknown_button")
        allowed = rules.entities[name]
        if allowed is None:
            if not 0 < len(value) <= MAX_ENTITY_VALUE_CHARS:
                raise ProtocolError("unknown_button")
        elif value not in allowed:
            raise ProtocolError("unknown_button")


class PayloadChecker:
    """Checks payloads against the loaded agent's domain (rules built once)."""

    def __init__(self) -> None:
        self._domain: Domain | None = None
        self._rules: PayloadRules | None = None

    def check(self, payload: str, domain: Domain) -> str:
        """See :func:`check_payload`; the rules follow a newly loaded domain."""
        if self._rules is None or domain is not self._domain:
            self._domain, self._rules = domain, rules_of(domain)
        return check_payload(payload, self._rules)
