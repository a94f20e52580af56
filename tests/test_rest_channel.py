"""The REST channel: off by default, and no hole when on (issue 15, item 6).

Off, ``/webhooks/rest/*`` does not exist. On (the shared server switches it on),
typed text follows the websocket's rules, so "/restart" or an intent with
entities is text, never a command, and never printed by Rasa; and a
conversation a worker has taken over answers 409 ``taken_over`` instead of a
silent empty list.
"""

from __future__ import annotations

import json
import uuid

import pytest
import sqlalchemy as sa

from bot.settings import Settings
from bot.store import open_database
from bot.web.app import create_app
from tests.support.server import http_post_json
from tests.support.staff import staff

ACUTE = "help mijn vriend slaat me nu, hij is door het dolle heen"


@pytest.mark.parametrize("rest_on", [False, True])
def test_rest_is_off_unless_switched_on(tmp_path, rest_on):
    settings = Settings.from_env(
        {
            "VT_VAR_DIR": str(tmp_path),
            **({"VT_REST_CHANNEL": "true"} if rest_on else {}),
        }
    )
    db = open_database(settings.effective_database_url)
    try:
        app = create_app(settings, db, agent_loader=None, name=f"rest_{rest_on}")
        _, posted = app.test_client.post(
            "/webhooks/rest/webhook", json={"sender": "a", "message": "hallo"}
        )
        _, health = app.test_client.get("/webhooks/rest/")
    finally:
        db.dispose()
    if rest_on:
        # There, but still loading the model (no agent in this app).
        assert posted.status == 503 and posted.json["error"] == "not_ready"
        assert health.status == 200
    else:
        assert (posted.status, health.status) == (404, 404)


def _events(server, conversation_id: str) -> list[tuple[str, dict]]:
    """Every stored event of a conversation: (type name, event dict)."""
    db = open_database(server.database_url)
    try:
        with db.engine.connect() as conn:
            rows = conn.execute(
                sa.text(
                    "SELECT type_name, data FROM events"
                    " WHERE sender_id = :s ORDER BY id"
                ),
                {"s": conversation_id},
            ).all()
    finally:
        db.dispose()
    return [(kind, json.loads(data)) for kind, data in rows]


@pytest.mark.slow
def test_a_slash_command_is_text_and_never_printed(chat_server):
    sender = f"slash-{uuid.uuid4().hex[:8]}"
    url = f"{chat_server.base}/webhooks/rest/webhook"
    assert http_post_json(url, {"sender": sender, "message": "hallo"})[0] == 200
    marker = "zeldzaamcommando"
    for text in (
        "/restart",
        '/inform_audience{"audience": "professional"}',
        f"/{marker}",
    ):
        status, answer = http_post_json(url, {"sender": sender, "message": text})
        assert status == 200 and answer, (text, answer)
    events = _events(chat_server, f"rest-{sender}")
    kinds = [kind for kind, _ in events]
    # Not restarted: the first message is still the start of this conversation.
    assert "restart" not in kinds and "restarted" not in kinds
    said = [e["text"] for kind, e in events if kind == "user"]
    assert said == [
        "hallo",
        "restart",
        'inform_audience{"audience": "professional"}',
        marker,
    ]
    # The typed command was read by the NLU model like any text, not taken as the
    # payload it looks like: a payload ranks only its own intent at confidence 1
    # and its entities name no extractor. (The model may still read "professional"
    # in the text, as it would in "ik ben een professional".)
    (typed,) = [
        e for kind, e in events if kind == "user" and e["text"].startswith("inform_")
    ]
    assert len(typed["parse_data"]["intent_ranking"]) > 1
    assert typed["parse_data"]["intent"]["confidence"] < 1.0
    assert all(entity.get("extractor") for entity in typed["parse_data"]["entities"])
    assert marker not in chat_server.log_text()


@pytest.mark.slow
def test_a_taken_over_rest_chat_answers_taken_over(chat_server):
    sender = f"paused-{uuid.uuid4().hex[:8]}"
    conversation_id = f"rest-{sender}"
    url = f"{chat_server.base}/webhooks/rest/webhook"
    status, answer = http_post_json(url, {"sender": sender, "message": ACUTE})
    assert status == 200 and "112" in answer[0]["text"]
    anna = staff(chat_server, "anna")
    status, queue = anna.get("/api/queue")
    request_id = next(
        i["id"] for i in queue["items"] if i["conversation_id"] == conversation_id
    )
    assert anna.post(f"/api/queue/{request_id}/claim")[0] == 200
    try:
        status, refused = http_post_json(
            url, {"sender": sender, "message": "ben je daar?"}
        )
        assert status == 409 and refused["error"] == "taken_over"
        assert "0800-2000" in refused["text"] and "112" in refused["text"]
        said = [e.get("text") for _, e in _events(chat_server, conversation_id)]
        assert "ben je daar?" not in said  # refused, so nobody waits for it
    finally:
        anna.post(f"/api/conversations/{conversation_id}/release", {"resume_bot": True})
    # Given back to the assistant: REST works again.
    status, answer = http_post_json(url, {"sender": sender, "message": "dank je"})
    assert status == 200 and answer
