"""Checking the action server's answers without rebuilding the check every time.

Rasa validates every action server response with ``jsonschema.validate``, which
first validates the response schema itself against the JSON Schema metaschema:
about 24 ms of the event loop per custom action on this machine, a quarter of a
whole turn in the load harness's profile. The schema never changes, so the
validator is built (and the schema checked) once; responses are checked exactly
as before and a bad one raises the same ``ValidationError`` with Rasa's hint.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import jsonschema
from jsonschema.exceptions import best_match
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL

# Rasa's own hint, word for word.
_HINT = (
    ". Failed to validate Action server response from API, make sure your "
    "response from the Action endpoint is valid. For more information about the "
    f"format visit {DOCS_BASE_URL}/custom-actions"
)


# Rasa's own check, kept for comparison in the tests.
RASA_CHECK = RemoteAction._validate_action_result


@cache
def _validator() -> Any:
    schema = RemoteAction.action_response_format_spec()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def validate_action_result(_: RemoteAction, result: dict[str, Any]) -> bool:
    """Rasa's ``RemoteAction._validate_action_result`` with a validator built once."""
    error = best_match(_validator().iter_errors(result))
    if error is not None:
        error.message += _HINT
        raise error
    return True


def check_action_results_once() -> None:
    """Install the faster check for every remote action of this process.

    The validator is built here, at start, not by the first action result: that
    cost the first acute message after a start about 140 ms (`make bench`).
    """
    RemoteAction._validate_action_result = validate_action_result
    _validator()
