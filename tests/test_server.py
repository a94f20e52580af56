"""The real server (`vtchat serve`) on free ports: page, channels, bad input, 112.

One server process for the test session (see ``chat_server`` in conftest); every
test talks to it over a real websocket or HTTP, as a browser would.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.store import HandoffStore, SessionStore, open_database
from tests.conftest import SHARED_EVAL
from tests.support.server import (
    ROOT,
    Chat,
    conversation_of,
    http_get,
    http_post_json,
)

pytestmark = pytest.mark.slow


@pytest.fixture()
def server(chat_server):
    return chat_server


@pytest.fixture()
def db(server):
    database = open_database(
        f"sqlite:///{Path(server.env['VT_VAR_DIR']) / 'vtchat.db'}"
    )
    yield database
    database.dispose()


def texts(frames: list[dict]) -> str:
    return "\n".join(f.get("text", "") for f in frames)


def test_health_was_503_while_loading_then_200(server):
    assert server.health_codes[-1] == 200
    assert 503 in server.health_codes
    status, _, body = http_get(f"{server.base}/health")
    assert status == 200 and json.loads(body)["model_loaded"] is True


def test_chat_page_is_dutch_with_quick_exit_and_112(server):
    status, headers, body = http_get(f"{server.base}/")
    page = body.decode()
    assert status == 200
    assert 'lang="nl"' in page and "Snel weg" in page and "112" in page
    assert "0800-2000" in page
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in headers
    for name in ("chat.js", "chat.css", "embed.js"):
        assert http_get(f"{server.base}/static/{name}")[0] == 200
    assert http_get(f"{server.base}/static/..%2Fapp.py")[0] == 404


async def test_greeting_gets_the_opening_with_audience_buttons(server):
    async with Chat(server.ws_url) as chat:
        await chat.hello()
        frames = await chat.say("hallo")
    opening = frames[0]
    assert "digitale assistent" in opening["text"] and "112" in opening["text"]
    assert "0800-2000" in opening["text"]
    assert [b["title"] for b in opening["buttons"]] == [
        "Over mezelf",
        "Over iemand anders",
        "Als professional",
    ]
    assert opening["acute"] is False


async def test_professional_button_then_question(server):
    async with Chat(server.ws_url) as chat:
        await chat.hello()
        await chat.say("goedemiddag")
        ack = await chat.say('/inform_audience{"audience": "professional"}', "button")
        assert ack and ack[0]["buttons"], ack
        frames = await chat.say("welke stappen heeft de meldcode")
    answer = texts(frames).lower()
    for alternatives in (
        ["signalen"],
        ["collega", "collegiale consultatie"],
        ["gesprek"],
        ["wegen", "afwegingskader"],
        ["melden", "beslissen"],
    ):
        assert any(word in answer for word in alternatives), (alternatives, answer)


def _qa_cases() -> list[dict]:
    path = SHARED_EVAL / "qa_dev.jsonl"
    own = [
        {"text": "hoelang mag een huisverbod maximaal duren", "expect": [["28 dagen"]]},
        {
            "text": "wie beslist over een tijdelijk huisverbod",
            "expect": [["burgemeester"]],
        },
        {
            "text": "moet ik als docent alles melden?",
            "expect": [["meldrecht", "afwegingskader"]],
        },
        {
            "text": "wat is het telefoonnummer van veilig thuis",
            "expect": [["0800-2000"]],
        },
    ]
    if not path.exists():
        return own
    return own + [json.loads(line) for line in path.read_text().splitlines() if line]


def _meets(expect: list[list[str]], frames: list[dict]) -> bool:
    answer = texts(frames).lower()
    return all(any(a.lower() in answer for a in alts) for alts in expect)


@pytest.mark.parametrize("case", _qa_cases(), ids=lambda c: c["text"][:40])
async def test_procedural_questions_get_correct_answers(server, case):
    """The answer is right, or (when unsure) one of at most 3 topic buttons is."""
    async with Chat(server.ws_url) as chat:
        await chat.hello()
        frames = await chat.say(case["text"])
        if _meets(case["expect"], frames):
            return
        choices = [
            b["payload"]
            for f in frames
            for b in f.get("buttons", [])
            if b["payload"].startswith("/faq/")
        ]
        assert 0 < len(choices) <= 3, texts(frames)
        for payload in choices:
            if _meets(case["expect"], await chat.say(payload, "button")):
                return
    pytest.fail(f"no answer or topic choice fits {case['expect']}: {texts(frames)}")


async def test_acute_message_gets_112_first_and_is_escalated(server, db):
    async with Chat(server.ws_url) as chat:
        await chat.hello()
        frames = await chat.say("mijn vriend slaat me nu, help")
        conversation_id = SessionStore(db).resolve(chat.token)
    first = frames[0]
    assert first["acute"] is True and "112" in first["text"]
    assert "digitale assistent" in texts(frames)
    requests = [
        r
        for r in HandoffStore(db).open_requests()
        if r.conversation_id == conversation_id
    ]
    assert [r.level for r in requests] == ["acuut"]
    assert {"fysiek_geweld", "acuut_nu"} <= set(requests[0].indicators)


async def test_follow_up_after_threat_becomes_acute(server, db):
    async with Chat(server.ws_url) as chat:
        await chat.hello()
        high = await chat.say("hij heeft gezegd dat hij me gaat vermoorden")
        assert "0800-2000" in texts(high) and not high[0]["acute"]
        acute = await chat.say("ja, hij is er nu")
        conversation_id = SessionStore(db).resolve(chat.token)
    assert acute[0]["acute"] is True and "112" in acute[0]["text"]
    levels = [
        r.level
        for r in HandoffStore(db).open_requests()
        if r.conversation_id == conversation_id
    ]
    assert levels == ["acuut"]


async def test_reconnect_with_token_continues_the_conversation(server):
    async with Chat(server.ws_url) as chat:
        token = await chat.hello()
        await chat.say("hoe lang duurt een huisverbod")
    async with Chat(server.ws_url) as chat:
        assert await chat.hello(token) == token
        history = chat.history
        frames = await chat.say("en wie legt het huisverbod op?")
    assert history is not None
    assert history[0] == {"from": "user", "text": "hoe lang duurt een huisverbod"}
    assert any("10 dagen" in m["text"] for m in history if m["from"] == "bot")
    assert "burgemeester" in texts(frames)


async def test_unknown_token_gets_a_new_session(server):
    async with Chat(server.ws_url) as chat:
        token = await chat.hello("not-a-real-token")
    assert token != "not-a-real-token" and len(token) >= 40


@pytest.mark.parametrize(
    ("frame", "code"),
    [
        ("{not json", "invalid_json"),
        (b"\x00\xff\x10", "binary_not_supported"),
        ('"just a string"', "bad_frame"),
        ('{"type": "dance"}', "unknown_type"),
        ('{"type": "message", "text": "   "}', "empty_message"),
        ('{"type": "message", "text": 42}', "bad_frame"),
        (json.dumps({"type": "message", "text": "x" * 20_000}), "message_too_long"),
    ],
)
async def test_bad_frames_get_a_clear_error_and_the_socket_stays_open(
    server, frame, code
):
    async with Chat(server.ws_url) as chat:
        await chat.hello()
        await chat.socket.send(frame)
        error = await chat.recv()
        assert error["type"] == "error" and error["code"] == code
        assert error["text"]
        frames = await chat.say("dank je wel")
    assert frames and frames[0]["type"] == "message"


async def test_too_long_message_says_the_limit_and_stores_nothing(server):
    async with Chat(server.ws_url) as chat:
        await chat.hello()
        await chat.socket.send(json.dumps({"type": "message", "text": "a" * 2001}))
        error = await chat.recv()
    assert (error["length"], error["limit"]) == (2001, 2000)
    assert "2000" in error["text"]


async def test_message_before_hello_is_refused(server):
    async with Chat(server.ws_url) as chat:
        await chat.socket.send(json.dumps({"type": "message", "text": "hoi"}))
        error = await chat.recv()
    assert error["code"] == "hello_required"


async def test_end_forgets_the_token(server):
    async with Chat(server.ws_url) as chat:
        token = await chat.hello()
        await chat.socket.send(json.dumps({"type": "end"}))
        assert (await chat.recv())["type"] == "ended"
    async with Chat(server.ws_url) as chat:
        assert await chat.hello(token) != token


def test_rest_channel_answers_and_refuses_too_long(server):
    url = f"{server.base}/webhooks/rest/webhook"
    status, body = http_post_json(url, {"sender": "rest-test-1", "message": "hallo"})
    assert status == 200 and any("112" in m.get("text", "") for m in body)
    status, body = http_post_json(url, {"sender": "rest-test-1", "message": "x" * 5000})
    assert status == 413 and body["error"] == "message_too_long"


def test_rest_channel_needs_a_sender_and_reports_bad_bodies(server):
    url = f"{server.base}/webhooks/rest/webhook"
    status, body = http_post_json(url, {"message": "hallo"})
    assert status == 400 and body["error"] == "bad_frame" and body["text"]
    status, body = http_post_json(url, {"sender": "rest-test-2", "message": "  "})
    assert status == 400 and body["error"] == "empty_message"
    status, body = http_post_json(url, ["niet", "goed"])
    assert status == 400 and body["error"] == "invalid_json"


async def test_rest_sender_cannot_write_into_a_website_conversation(server):
    async with Chat(server.ws_url) as chat:
        token = await chat.hello()
        await chat.say("hallo")
    conversation = conversation_of(server, token)
    url = f"{server.base}/webhooks/rest/webhook"
    status, _ = http_post_json(url, {"sender": conversation, "message": "ingebroken"})
    assert status == 200  # answered, in a conversation of its own
    async with Chat(server.ws_url) as chat:
        await chat.hello(token)
    said = [m["text"] for m in chat.history or [] if m["from"] == "user"]
    assert said == ["hallo"]


async def test_logs_hold_no_chat_text_and_no_token(server):
    marker = "zeldzaamwoord"
    async with Chat(server.ws_url) as chat:
        token = await chat.hello()
        await chat.say(f"hoi, ik heet {marker} en hij slaat me")
    log = server.log_text()
    assert "model loaded" in log  # the log is really captured
    assert marker not in log and token not in log


def test_unreachable_database_refuses_to_start(model_dir, tmp_path):
    result = subprocess.run(
        [str(Path(sys.executable).parent / "vtchat"), "serve"],
        cwd=ROOT,
        env={
            "PATH": str(Path(sys.executable).parent),
            "VT_MODEL_DIR": str(model_dir),
            "VT_DATABASE_URL": "postgresql://postgres@127.0.0.1:1/vtchat",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "not reachable" in result.stderr


def test_missing_model_refuses_to_start_with_a_hint(tmp_path):
    result = subprocess.run(
        [str(Path(sys.executable).parent / "vtchat"), "serve"],
        cwd=ROOT,
        env={"PATH": str(Path(sys.executable).parent), "VT_MODEL_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "make train" in result.stderr
