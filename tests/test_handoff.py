"""Human handoff end to end: a real server, real websocket chatters and workers.

The queue reaching a worker's console, claiming (exactly one wins), the live relay
both ways with the bot paused, release, the "nobody came" timeout, a restart in
the middle of a handoff, the authorisation matrix, and two processes on
PostgreSQL + Redis.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest
import websockets

from bot.store import SessionStore, open_database
from tests.support.server import Chat, conversation_of, http_get, start_server
from tests.support.staff import (
    StaffClient,
    add_staff,
    expire_session,
    item_of,
    queued,
    said,
    staff,
)

pytestmark = pytest.mark.slow

ACUTE = "help mijn vriend slaat me nu, hij is door het dolle heen"


@pytest.fixture()
def server(chat_server):
    return chat_server


async def test_full_handoff_from_both_sides(server):
    anna, bert = staff(server, "anna"), staff(server, "bert")
    async with anna.socket() as feed, Chat(server.ws_url) as chat:
        assert (await feed.recv())["type"] == "queue"
        token = await chat.hello()
        frames = await chat.say(ACUTE)
        assert frames[0]["acute"] is True and "112" in frames[0]["text"]
        cid = conversation_of(server, token)

        # The acute chat reaches the worker's console by itself, first in line;
        # once the turn is saved, its summary holds the message.
        frame = await feed.until(
            lambda f: queued(cid)(f) and item_of(f, cid)["summary"]["last_messages"],
            timeout=10,
        )
        item = item_of(frame, cid)
        assert frame["items"][0]["level"] == "acuut"
        assert item["level"] == "acuut" and "acuut_nu" in item["indicators"]
        assert item["reason"] == "gevaar" and item["waiting_since"]
        assert ACUTE in item["summary"]["last_messages"]
        assert "Fysiek geweld" in item["summary"]["found"]

        # Exactly one worker gets it.
        status, _ = anna.post(f"/api/queue/{item['id']}/claim")
        assert status == 200
        assert bert.post(f"/api/queue/{item['id']}/claim")[0] == 409
        joined = await chat.next_pushed()
        assert joined["type"] == "notice" and joined["state"] == "joined"
        assert "medewerker" in joined["text"]

        # Worker -> chatter, live.
        assert anna.post(
            f"/api/conversations/{cid}/messages", {"text": "Hoi, ik ben Anna."}
        ) == (200, {"ok": True})
        message = await chat.next_pushed()
        assert message == {
            "type": "message",
            "from": "worker",
            "text": "Hoi, ik ben Anna.",
            "buttons": [],
        }

        # Chatter -> worker, live; the bot stays quiet while the worker is there.
        # The worker sees the text at once, then the stored message with its
        # danger assessment, which replaces the preview (same ref).
        text = "hij staat nog in de gang met dat mes"
        assert await chat.say(text) == []
        preview = (await feed.until(said(cid, text), timeout=10))["items"]
        assert [(i["from"], i["pending"], i["danger"]) for i in preview] == [
            ("user", True, None)
        ]
        stored = await feed.until(said(cid, text), timeout=10)
        assessed = stored["items"][0]
        assert [i["from"] for i in stored["items"]] == ["user"]
        assert assessed["ref"] == preview[0]["ref"] and "pending" not in assessed
        assert assessed["danger"]["level"] == "acuut"

        # Only the worker who has the chat writes in it.
        assert bert.post(f"/api/conversations/{cid}/messages", {"text": "x"})[0] == 403
        release = f"/api/conversations/{cid}/release"
        assert bert.post(release, {"resume_bot": True})[0] == 403

        # The transcript: who said what, with the danger evidence.
        status, body = anna.get(f"/api/conversations/{cid}")
        assert status == 200 and body["id"] == cid
        senders = [e["from"] for e in body["events"]]
        assert senders[0] == "user" and "bot" in senders
        assert senders[-3:] == ["system", "worker", "user"]
        first = body["events"][0]
        assert first["text"] == ACUTE and first["time"]
        assert first["danger"]["level"] == "acuut"
        evidence = {
            ACUTE[i["start"] : i["end"]]: i["label"]
            for i in first["danger"]["indicators"]
        }
        assert any(label == "Fysiek geweld" for label in evidence.values()), evidence
        assert any("slaat" in span for span in evidence), evidence
        assert body["handoffs"][0]["claimed_by"] == "anna"

        # Back to the bot: it answers again.
        assert anna.post(f"/api/conversations/{cid}/release", {"resume_bot": True}) == (
            200,
            {"id": item["id"], "status": "released"},
        )
        released = await chat.next_pushed()
        assert released["type"] == "notice" and released["state"] == "released"
        answer = await chat.say("hoe lang duurt een huisverbod")
        assert any("10 dagen" in f["text"] for f in answer), answer
    status, body = anna.get("/api/queue")
    assert all(i["conversation_id"] != cid for i in body["items"] + body["mine"])


async def test_two_workers_claiming_at_once_exactly_one_wins(server):
    async with Chat(server.ws_url) as chat:
        token = await chat.hello()
        await chat.say("ik wil graag met een mens praten")
    cid = conversation_of(server, token)
    anna, bert = staff(server, "anna"), staff(server, "bert")
    _, body = anna.get("/api/queue")
    item = item_of(body, cid)
    assert item["reason"] == "gevraagd"
    path = f"/api/queue/{item['id']}/claim"
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda c: c.post(path)[0], [anna, bert]))
    assert sorted(results) == [200, 409]
    winner = anna if results[0] == 200 else bert
    _, mine = winner.get("/api/queue")
    assert [i["conversation_id"] for i in mine["mine"]].count(cid) == 1
    winner.post(f"/api/conversations/{cid}/release", {"resume_bot": False})


async def test_nobody_claims_in_time_chatter_is_told_to_call(server):
    async with Chat(server.ws_url) as chat:
        token = await chat.hello()
        await chat.say("kan ik een medewerker spreken")
        while not chat.notices:
            await chat.next_pushed(timeout=30)
    notice = chat.notices[0]
    assert notice["state"] == "waiting"
    assert "0800-2000" in notice["text"] and "112" in notice["text"]
    # The request stays in the queue.
    _, body = staff(server, "anna").get("/api/queue")
    assert any(
        i["conversation_id"] == conversation_of(server, token) for i in body["items"]
    )


async def test_not_understood_twice_asks_for_a_worker(server):
    async with Chat(server.ws_url) as chat:
        token = await chat.hello()
        await chat.say("hallo")
        await chat.say("qwrtp zxcvb lkjh")
        frames = await chat.say("mnbvc poiuy trewq")
    assert "medewerker" in frames[0]["text"], frames
    _, body = staff(server, "anna").get("/api/queue")
    item = item_of(body, conversation_of(server, token))
    assert item["reason"] == "niet_begrepen"


async def test_worker_closing_ends_the_chat_and_forgets_the_token(server):
    anna = staff(server, "anna")
    async with Chat(server.ws_url) as chat:
        token = await chat.hello()
        await chat.say("ik wil met iemand van veilig thuis praten")
        cid = conversation_of(server, token)
        _, body = anna.get("/api/queue")
        assert anna.post(f"/api/queue/{item_of(body, cid)['id']}/claim")[0] == 200
        await chat.next_pushed()
        anna.post(f"/api/conversations/{cid}/release", {"resume_bot": False})
        closed = await chat.next_pushed()
    assert closed["state"] == "closed" and "0800-2000" in closed["text"]
    async with Chat(server.ws_url) as chat:
        assert await chat.hello(token) != token


async def test_restart_during_handoff_loses_nothing(server):
    anna = staff(server, "anna")
    async with Chat(server.ws_url) as chat:
        token = await chat.hello()
        await chat.say(ACUTE)
        cid = conversation_of(server, token)
        _, body = anna.get("/api/queue")
        assert anna.post(f"/api/queue/{item_of(body, cid)['id']}/claim")[0] == 200
        await chat.next_pushed()

    server.restart()

    # The worker's session, the claim and the conversation survived.
    _, body = anna.get("/api/queue")
    assert [i["conversation_id"] for i in body["mine"]].count(cid) == 1
    # Sent while the chatter was away: delivered on reconnect.
    anna.post(f"/api/conversations/{cid}/messages", {"text": "Ben je er nog?"})
    async with anna.socket() as feed, Chat(server.ws_url) as chat:
        assert await chat.hello(token) == token
        history = chat.history or []
        assert history[0] == {"from": "user", "text": ACUTE}
        assert {"from": "worker", "text": "Ben je er nog?"} in history
        assert any(m.get("state") == "joined" for m in history)
        # Still with the worker: the bot stays quiet, the worker sees it live.
        assert await chat.say("ja ik ben er") == []
        await feed.until(said(cid, "ja ik ben er"), timeout=10)
    anna.post(f"/api/conversations/{cid}/release", {"resume_bot": True})


# -- authorisation -----------------------------------------------------------------

ROUTES = [
    ("GET", "/api/queue"),
    ("POST", "/api/queue/0123456789abcdef/claim"),
    ("POST", "/api/conversations/unknown-conv/messages"),
    ("POST", "/api/conversations/unknown-conv/release"),
    ("POST", "/api/conversations/unknown-conv/advice"),
    ("GET", "/api/advice-library"),
]
# GET /api/conversations/{id} is for reviewers too: see tests/test_review.py.
BODIES = {
    "messages": {"text": "hallo"},
    "release": {"resume_bot": True},
    "advice": {"topic": "overig", "text": "hallo"},
}


def _call(client: StaffClient, method: str, path: str, csrf: bool = True):
    body = next((b for k, b in BODIES.items() if path.endswith(k)), {})
    if method == "GET":
        return client.get(path)
    return client.post(path, body, csrf=csrf)


@pytest.mark.parametrize(("method", "path"), ROUTES)
def test_authorisation_matrix(server, method, path):
    anonymous = StaffClient(server.base)
    status, body = _call(anonymous, method, path)
    assert status == 401 and body["error"] == "not_logged_in"

    reviewer = staff(server, "rita")
    status, body = _call(reviewer, method, path)
    assert status == 403 and body["error"] == "forbidden"

    for name in ("anna", "bea"):  # medewerker, beheerder: let in
        status, _ = _call(staff(server, name), method, path)
        assert status not in (401, 403), (name, status)

    if method == "POST":
        status, body = _call(staff(server, "anna"), method, path, csrf=False)
        assert status == 403 and body["error"] == "csrf"


@pytest.mark.parametrize("path", ["/console/", "/console"])
def test_console_page_is_served_with_a_login_form(server, path):
    status, headers, body = http_get(server.base + path)
    page = body.decode()
    assert status == 200 and 'lang="nl"' in page and "Inloggen" in page
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    for name in ("console.js", "console.css", "review.js"):
        assert http_get(f"{server.base}/console/{name}")[0] == 200
    assert http_get(f"{server.base}/console/app.py")[0] == 404


def test_unknown_api_paths_need_a_login_too(server):
    assert StaffClient(server.base).get("/api/does-not-exist")[0] == 401


def test_login_cookie_and_same_answer_for_unknown_user_and_wrong_password(server):
    client = StaffClient(server.base)
    wrong = client.login("anna", "wrong-password-123")
    unknown = StaffClient(server.base)
    status, body = unknown.request(
        "POST", "/api/auth/login", {"username": "nobody", "password": "whatever-123"}
    )
    assert wrong == 401 and status == 401
    assert body["message"] == "Onbekende gebruikersnaam of verkeerd wachtwoord."
    assert client.login("anna") == 200
    cookie = client.headers_seen["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert "Path=/" in cookie
    # Logged out: the same cookie no longer works.
    assert client.post("/api/auth/logout")[0] == 200
    assert client.get("/api/auth/me")[0] == 401


def test_a_planted_session_cookie_is_never_adopted_by_a_login(server):
    """Session fixation: whatever cookie the browser sends, login issues a new one."""
    attacker = staff(server, "bert")
    planted = attacker.cookie
    victim = StaffClient(server.base)
    victim.cookie = planted  # e.g. set through a shared computer
    assert victim.login("anna") == 200
    assert victim.cookie and victim.cookie != planted
    assert victim.get("/api/auth/me")[1]["user"]["username"] == "anna"
    # The planted cookie did not become anna's session.
    assert attacker.get("/api/auth/me")[1]["user"]["username"] == "bert"
    made_up = StaffClient(server.base)
    made_up.cookie = "ik-kies-zelf-een-sessie"
    assert made_up.login("anna") == 200 and made_up.cookie != "ik-kies-zelf-een-sessie"
    stranger = StaffClient(server.base)
    stranger.cookie = "ik-kies-zelf-een-sessie"
    assert stranger.get("/api/queue")[0] == 401


def test_an_expired_staff_session_is_refused(server):
    client = staff(server, "anna")
    assert client.get("/api/queue")[0] == 200
    expire_session(server.database_url, client)  # the session's lifetime runs out
    assert client.get("/api/queue")[0] == 401
    status, _ = client.post("/api/auth/logout")  # harmless, still answered
    assert status in (200, 401)
    assert client.login("anna") == 200 and client.get("/api/queue")[0] == 200


def test_too_many_failed_logins_give_429(server):
    client = StaffClient(server.base)
    results = [client.login("tom", f"wrong-password-{i}") for i in range(6)]
    assert results[:5] == [401] * 5 and results[5] == 429
    assert client.login("tom") == 429  # even the right password, for a while


def test_medewerker_sees_only_transcripts_of_queued_or_own_conversations(server):
    # A conversation that never asked for a worker.
    async def calm() -> str:
        async with Chat(server.ws_url) as chat:
            token = await chat.hello()
            await chat.say("wat doet veilig thuis")
            return token

    cid = conversation_of(server, asyncio.run(calm()))
    assert staff(server, "anna").get(f"/api/conversations/{cid}")[0] == 404
    assert staff(server, "bea").get(f"/api/conversations/{cid}")[0] == 200


@pytest.mark.parametrize(
    ("name", "origin", "status"),
    [
        (None, None, 401),
        ("rita", None, 403),
        ("anna", "https://evil.example", 403),
    ],
)
async def test_staff_socket_refuses(server, name, origin, status):
    client = staff(server, name) if name else StaffClient(server.base)
    with pytest.raises(websockets.exceptions.InvalidStatusCode) as refused:
        async with client.socket(origin=origin):
            pass
    assert refused.value.status_code == status


# -- scale-out ---------------------------------------------------------------------


async def test_two_processes_on_postgresql_and_redis_relay_live(
    model_dir, postgres_url, tmp_path
):
    """A chatter on process A and a worker on process B talk live."""
    add_staff(postgres_url)
    env = {"VT_DATABASE_URL": postgres_url, "VT_REDIS_URL": "redis://127.0.0.1:6379/3"}
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a = start_server(model_dir, tmp_path / "a", **env)
    b = start_server(model_dir, tmp_path / "b", **env)
    try:
        a.wait_healthy(timeout=300)
        b.wait_healthy(timeout=300)
        anna = staff(b, "anna")
        async with anna.socket() as feed, Chat(a.ws_url) as chat:
            await feed.recv()
            token = await chat.hello()
            frames = await chat.say("he is hitting me right now")
            assert frames[0]["acute"] is True
            db = open_database(postgres_url)
            cid = SessionStore(db).resolve(token)
            frame = await feed.until(queued(cid), timeout=10)
            assert anna.post(f"/api/queue/{item_of(frame, cid)['id']}/claim")[0] == 200
            assert (await chat.next_pushed())["state"] == "joined"
            anna.post(f"/api/conversations/{cid}/messages", {"text": "Ik ben er."})
            assert (await chat.next_pushed())["text"] == "Ik ben er."
            assert await chat.say("dank je") == []
            await feed.until(said(cid, "dank je"), timeout=10)
        with db.engine.connect() as conn:
            stored = conn.exec_driver_sql(
                "SELECT count(*) FROM events WHERE sender_id = %(id)s "
                "AND type_name = 'user'",
                {"id": cid},
            ).scalar()
        db.dispose()
        assert stored == 2  # both chatter messages, in PostgreSQL
    finally:
        assert a.stop() == 0, a.log_text()[-2000:]
        assert b.stop() == 0, b.log_text()[-2000:]
