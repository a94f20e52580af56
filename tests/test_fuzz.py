"""Fuzzing the chat protocol on the real server: random and malformed frames.

Whatever a client sends, the server answers with a valid frame (a reply, an ack
or an error the page understands), keeps the socket usable, never crashes, and
its memory stays bounded. Invalid frames are cheap, so thousands go through one
connection; valid-looking ones reach Rasa, so fewer of those.
"""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.server import Chat, http_get

pytestmark = pytest.mark.slow

KNOWN_TYPES = {"session", "history", "message", "typing", "ack", "error", "ended"}
KNOWN_ERRORS = {
    "invalid_json",
    "binary_not_supported",
    "bad_frame",
    "unknown_type",
    "empty_message",
    "message_too_long",
    "hello_required",
    "not_ready",
    "server_error",
    "rate_limited",
    "too_many_connections",
    "unknown_button",
}

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63),
    st.floats(allow_nan=False),
    st.text(max_size=50),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)
frame_types = st.sampled_from(["message", "button", "end", "hello", "x", "", "MESSAGE"])
# Frames shaped like the protocol, with any value in any field.
shaped = st.fixed_dictionaries(
    {"type": st.one_of(frame_types, values)},
    optional={
        "text": st.one_of(values, st.text(max_size=2100)),
        "payload": values,
        "title": values,
        "id": values,
        "session": values,
        "delete": values,
    },
).map(json.dumps)
garbage = st.one_of(
    st.binary(max_size=200),
    st.text(max_size=200),
    st.sampled_from(["{", "[]", "null", '"x"', "{}", '{"type":', "\x00" * 10]),
)


def fuzz(examples: int):
    """Hypothesis settings for frames sent to the shared, real server."""
    return settings(
        max_examples=examples,
        deadline=None,  # a frame that reaches Rasa takes a while
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
        ],
    )


def rss_kb(server) -> int:
    status = Path(f"/proc/{server.process.pid}/status").read_text()
    line = next(ln for ln in status.splitlines() if ln.startswith("VmRSS:"))
    return int(line.split()[1])


def check(frame: dict) -> None:
    assert frame.get("type") in KNOWN_TYPES, frame
    if frame["type"] == "error":
        assert frame["code"] in KNOWN_ERRORS and frame["text"], frame


async def answer_to(chat: Chat, raw: str | bytes) -> list[dict]:
    """Send one frame; collect what comes until the turn or the error is over."""
    await chat.socket.send(raw)
    frames = []
    while True:
        frame = await chat.recv(timeout=60)
        check(frame)
        frames.append(frame)
        # A hello gets a session (a random token is never a known one, so no
        # history follows); the rest ends with an error, an ack or "ended".
        if frame["type"] in ("error", "ack", "ended", "session"):
            return frames


@fuzz(examples=2000)
@given(raw=garbage)
def test_thousands_of_broken_frames_on_one_socket(chat_server, raw):
    async def run() -> None:
        async with Chat(chat_server.ws_url) as chat:
            await chat.hello()
            frames = await answer_to(chat, raw)
            assert frames[-1]["type"] in ("error", "ack", "ended", "session")

    asyncio.run(run())


@fuzz(examples=250)
@given(raw=shaped)
def test_protocol_shaped_frames_get_a_valid_answer(chat_server, raw):
    async def run() -> None:
        async with Chat(chat_server.ws_url) as chat:
            await chat.hello()
            frames = await answer_to(chat, raw)
            if frames[-1]["type"] != "ended":  # "end" closes the chat, by design
                # The socket is still usable after whatever came before.
                frames = await answer_to(
                    chat, json.dumps({"type": "message", "text": "hoi"})
                )
                assert frames[-1]["type"] in ("ack", "error", "ended")

    asyncio.run(run())


rest_bodies = st.one_of(
    st.binary(max_size=200),
    values.map(json.dumps),
    st.fixed_dictionaries(
        {},
        optional={
            "sender": st.one_of(values, st.text(max_size=80)),
            "message": st.one_of(values, st.text(max_size=2100)),
            "metadata": values,
        },
    ).map(json.dumps),
).map(lambda b: b if isinstance(b, bytes) else b.encode("utf-8", "surrogatepass"))
REST_STATUSES = {200, 400, 413, 429}


@fuzz(examples=400)
@given(body=rest_bodies)
def test_rest_channel_answers_any_body_with_json_and_a_known_status(chat_server, body):
    request = urllib.request.Request(
        f"{chat_server.base}/webhooks/rest/webhook",
        data=body,
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as resp:
            status, content = resp.status, resp.read()
    except urllib.error.HTTPError as err:
        status, content = err.code, err.read()
    assert status in REST_STATUSES, (status, content[:200])
    answer = json.loads(content)
    if status == 200:
        assert isinstance(answer, list)
        assert all(isinstance(m.get("text", ""), str) for m in answer)
    else:
        assert answer["error"] in KNOWN_ERRORS and answer["text"], answer


def test_the_server_survived_and_its_memory_is_bounded(chat_server):
    """Runs after the fuzz tests above (file order): still healthy, memory sane."""
    assert http_get(f"{chat_server.base}/health")[0] == 200
    before = rss_kb(chat_server)

    async def flood() -> None:
        async with Chat(chat_server.ws_url) as chat:
            await chat.hello()
            for i in range(3000):
                await answer_to(chat, "{" * (i % 50 + 1))

    asyncio.run(flood())
    grown_mb = (rss_kb(chat_server) - before) / 1024
    assert grown_mb < 50, f"3000 broken frames grew the server by {grown_mb:.0f} MB"
