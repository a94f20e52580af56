"""The action server's answers are checked as Rasa checks them, only faster."""

from __future__ import annotations

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

from bot.action_results import RASA_CHECK, validate_action_result

GOOD = [
    {"events": [], "responses": []},
    {
        "events": [{"event": "slot", "name": "audience", "value": "zelf"}],
        "responses": [{"text": "Bel 0800-2000.", "buttons": []}],
    },
]
BAD = [
    {"events": "niet een lijst", "responses": []},
    {"events": [{"name": "audience"}], "responses": []},
    {"events": [], "responses": "geen lijst"},
]


@pytest.fixture()
def remote() -> RemoteAction:
    return RemoteAction("action_test", None)


@pytest.mark.parametrize("result", GOOD)
def test_good_answers_pass_both_checks(remote, result):
    assert RASA_CHECK(remote, result) is True
    assert validate_action_result(remote, result) is True


@pytest.mark.parametrize("result", BAD)
def test_bad_answers_fail_with_rasas_own_error(remote, result):
    with pytest.raises(ValidationError) as rasa_error:
        RASA_CHECK(remote, result)
    with pytest.raises(ValidationError) as ours:
        validate_action_result(remote, result)
    assert ours.value.message == rasa_error.value.message
    assert "Failed to validate Action server response" in ours.value.message
