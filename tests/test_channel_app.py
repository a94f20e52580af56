"""The website channel registered the Rasa way (`rasa.core.run.configure_app`).

The agent is loaded in this process with its action server deliberately down: the
112 reply is a plain response, so it must still reach the chatter, and a turn that
would otherwise stay silent gets the 0800-2000 line.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
import rasa.core.run
import websockets

from bot.agent import build_agent
from bot.channel import WebsiteInput
from bot.channel.limits import ChatLimits
from bot.channel.rest import GuardedRestInput
from bot.settings import Settings
from bot.store import SessionStore, open_database
from tests.support.server import Chat, free_port, http_post_json

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def agent(trained_model: Path, tmp_path_factory):
    var = tmp_path_factory.mktemp("var")
    settings = Settings(var_dir=var, action_port=free_port())  # nobody listens there
    return build_agent(settings, trained_model), settings


STRICT = ChatLimits(
    messages_per_minute=6,
    burst=2,
    address_messages_per_minute=6,
    address_burst=4,  # a new conversation costs one too
    connections_per_address=2,
)


@pytest.fixture(params=[ChatLimits()], ids=["default limits"])
async def served(agent, request):
    loaded, settings = agent
    db = open_database(settings.effective_database_url)
    channel = WebsiteInput(SessionStore(db), max_chars=2000, limits=request.param)
    rest = GuardedRestInput(channel.flood, max_chars=2000)
    app = rasa.core.run.configure_app([channel, rest], enable_api=False, port=0)
    app.ctx.agent = loaded
    port = free_port()
    server = await app.create_server(
        host="127.0.0.1", port=port, return_asyncio_server=True
    )
    await server.startup()
    serving = asyncio.ensure_future(server.serve_forever())
    yield f"ws://127.0.0.1:{port}/webhooks/website/ws"
    serving.cancel()
    server.close()
    await server.wait_closed()
    db.dispose()


async def test_opening_through_configure_app(served):
    async with Chat(served) as chat:
        await chat.hello()
        frames = await chat.say("goedemorgen")
    assert "digitale assistent" in frames[0]["text"]
    assert len(frames[0]["buttons"]) == 3


async def test_acute_reply_does_not_depend_on_the_action_server(served):
    async with Chat(served) as chat:
        await chat.hello()
        frames = await chat.say("hij heeft een mes en staat nu in de keuken")
    assert frames[0]["acute"] is True and "112" in frames[0]["text"]


async def test_silent_turn_gets_the_phone_numbers(served):
    async with Chat(served) as chat:
        await chat.hello()
        await chat.say("hallo")
        frames = await chat.say("hoe lang duurt een huisverbod?")
    text = " ".join(f["text"] for f in frames)
    assert "0800-2000" in text and "112" in text


@pytest.mark.parametrize("served", [STRICT], ids=["strict limits"], indirect=True)
async def test_a_flood_is_refused_politely_and_nothing_of_it_is_stored(served):
    async with Chat(served) as chat:
        token = await chat.hello()
        assert (await chat.say("hallo"))[0]["type"] == "message"
        assert (await chat.say("ik heb een vraag"))[0]["type"] == "message"
        refused = await chat.say("nog een vraag")  # the burst of 2 is spent
        assert refused[0]["code"] == "rate_limited"
        assert "Wacht even" in refused[0]["text"] and "112" in refused[0]["text"]
        # A second chat from the same address is still allowed, a third is not.
        async with Chat(served) as second, Chat(served) as third:
            frame = await third.recv()
            assert frame["code"] == "too_many_connections" and "112" in frame["text"]
            await second.hello()
    async with Chat(served) as chat:
        await chat.hello(token)
    said = [m["text"] for m in chat.history or [] if m["from"] == "user"]
    assert said == ["hallo", "ik heb een vraag"]


@pytest.mark.parametrize(
    "served", [ChatLimits(address_turns=1)], ids=["one turn per address"], indirect=True
)
async def test_many_chats_from_one_address_do_not_hold_up_another(served):
    """Ten sockets of one address each send at once; another address is not behind."""
    from bench.load.client import ChatConnection

    crowd = [ChatConnection() for _ in range(10)]
    other = ChatConnection()
    for conn, address in [(c, "127.3.0.1") for c in crowd] + [(other, "127.3.0.2")]:
        await conn.open(served, address)
        await conn.hello(None, 30)
    loop = asyncio.get_running_loop()
    finished: dict[str, float] = {}

    async def ask(name: str, conn: ChatConnection) -> None:
        frame = {"type": "message", "text": "wat doet Veilig Thuis?", "id": "m1"}
        turn = await conn.turn(frame, 60)
        assert turn.error is None and turn.bot_frames
        finished[name] = loop.time()

    try:
        await asyncio.gather(
            *(ask(f"crowd{i}", c) for i, c in enumerate(crowd)), ask("other", other)
        )
    finally:
        for conn in [*crowd, other]:
            await conn.close()
    crowd_done = sorted(t for name, t in finished.items() if name != "other")
    # The crowd's messages are answered one after another; the other address's
    # message is answered alongside the first of them, not after half the crowd.
    assert finished["other"] < crowd_done[len(crowd_done) // 2]


@pytest.mark.parametrize("served", [STRICT], ids=["strict limits"], indirect=True)
async def test_the_rest_channel_shares_the_address_budget(served):
    url = served.replace("ws://", "http://").replace("/website/ws", "/rest/webhook")
    loop = asyncio.get_running_loop()

    def post(text: str) -> tuple[int, object]:
        return http_post_json(url, {"sender": "api-1", "message": text})

    answers = [await loop.run_in_executor(None, post, f"vraag {n}") for n in range(4)]
    assert all(status == 200 for status, _ in answers)
    status, body = await loop.run_in_executor(None, post, "nog een")
    assert status == 429 and body["error"] == "rate_limited"
    assert "Wacht even" in body["text"] and "112" in body["text"]
    # The websocket from the same address cannot even start a conversation.
    async with Chat(served) as chat:
        await chat.socket.send(json.dumps({"type": "hello", "session": None}))
        assert (await chat.recv())["code"] == "rate_limited"


@pytest.mark.parametrize(
    "served",
    [ChatLimits(burst=2, messages_per_minute=1, strikes=3, block_seconds=60)],
    ids=["three strikes"],
    indirect=True,
)
async def test_a_script_that_ignores_wait_is_cut_off_and_its_address_paused(served):
    async with Chat(served) as chat:
        await chat.hello()
        assert (await chat.say("hallo"))[0]["type"] == "message"
        assert (await chat.say("hallo?"))[0]["type"] == "message"
        codes = [(await chat.say(f"spam {n}"))[0]["code"] for n in range(3)]
        assert codes == ["rate_limited"] * 3
        with pytest.raises(websockets.exceptions.ConnectionClosed):
            await chat.recv(timeout=5)  # closed after the third refusal
    with pytest.raises(websockets.exceptions.InvalidStatusCode) as refused:
        async with Chat(served):
            pass
    assert refused.value.status_code == 429
