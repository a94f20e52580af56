"""The website channel registered the Rasa way (`rasa.core.run.configure_app`).

The agent is loaded in this process with its action server deliberately down: the
112 reply is a plain response, so it must still reach the chatter, and a turn that
would otherwise stay silent gets the 0800-2000 line.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import rasa.core.run

from bot.agent import build_agent
from bot.channel import WebsiteInput
from bot.channel.limits import ChatLimits
from bot.settings import Settings
from bot.store import SessionStore, open_database
from tests.support.server import Chat, free_port

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def agent(trained_model: Path, tmp_path_factory):
    var = tmp_path_factory.mktemp("var")
    settings = Settings(var_dir=var, action_port=free_port())  # nobody listens there
    return build_agent(settings, trained_model), settings


STRICT = ChatLimits(
    messages_per_minute=6,
    burst=2,
    address_messages_per_minute=100,
    connections_per_address=2,
)


@pytest.fixture(params=[ChatLimits()], ids=["default limits"])
async def served(agent, request):
    loaded, settings = agent
    db = open_database(settings.effective_database_url)
    channel = WebsiteInput(SessionStore(db), max_chars=2000, limits=request.param)
    app = rasa.core.run.configure_app([channel], enable_api=False, port=0)
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
