"""Who sees which chat, and for how long: issue 15, items 1 to 3.

A live chat reaches only the worker who claimed it (or everyone while it waits
in the queue); a worker reads a conversation only while the claim lasts; the
staff websocket closes at logout, at expiry and when the account is disabled,
also on another process; a disabled account cannot log in; reviewers search the
redacted text, and every search is audited. A real server, real websockets, the
real `vtchat` command, real SQLite and PostgreSQL.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import time
import urllib.parse
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
import sqlalchemy as sa
import websockets
from argon2 import PasswordHasher

from bot.staff import AccountError, StaffAccounts, StaffSessions
from bot.store import open_database
from bot.web.staff_api import SESSION_ENDED
from tests.support.cli import vtchat
from tests.support.server import Chat, conversation_of, http_get, start_server
from tests.support.staff import (
    PASSWORD,
    StaffClient,
    StaffSocket,
    expire_session,
    item_of,
    queued,
    said,
    staff,
    utc_today,
)

pytestmark = pytest.mark.slow

ACUTE = "help mijn vriend slaat me nu, hij is door het dolle heen"
ASK_FOR_A_PERSON = "ik wil graag met een mens praten"
FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
_names = itertools.count()


@pytest.fixture()
def server(chat_server):
    return chat_server


def new_staff(server: Any, role: str = "medewerker") -> tuple[str, StaffClient]:
    """A fresh account of this test alone, logged in (the shared ones stay usable)."""
    name = f"acc{os.getpid()}-{next(_names)}"
    db = open_database(server.database_url)
    try:
        StaffAccounts(db).add(name, role, PASSWORD)
    finally:
        db.dispose()
    client = StaffClient(server.base)
    assert client.login(name) == 200
    return name, client


async def frames_until(
    feed: StaffSocket, check: Callable[[dict], bool], timeout: float = 30
) -> list[dict]:
    """Every frame the socket got, up to and including the first that matches."""
    frames: list[dict] = []
    deadline = asyncio.get_running_loop().time() + timeout
    while not frames or not check(frames[-1]):
        left = deadline - asyncio.get_running_loop().time()
        if left <= 0:
            raise TimeoutError("no matching staff frame")
        frames.append(await feed.recv(left))
    return frames


async def closes(feed: StaffSocket, timeout: float = 20) -> bool:
    """True once the server closed the socket for the session; TimeoutError else."""

    async def drain() -> None:
        while True:
            await feed.socket.recv()

    try:
        await asyncio.wait_for(drain(), timeout)
    except websockets.exceptions.ConnectionClosed as closed:
        return closed.code == SESSION_ENDED
    return False


def messages_of(frames: list[dict], conversation_id: str) -> list[dict]:
    return [
        f
        for f in frames
        if f["type"] == "messages" and f["conversation_id"] == conversation_id
    ]


# -- 1. a claimed chat reaches only its worker -------------------------------------


async def test_a_claimed_chat_reaches_only_the_worker_who_claimed_it(server):
    _, one = new_staff(server)
    _, two = new_staff(server)
    async with one.socket() as feed1, two.socket() as feed2:
        async with Chat(server.ws_url) as chat:
            token = await chat.hello()
            await chat.say(ACUTE)
            cid = conversation_of(server, token)
            # While it waits in the queue, every worker sees it live.
            for feed in (feed1, feed2):
                await feed.until(said(cid, ACUTE), timeout=15)
            frame = await feed1.until(queued(cid), timeout=15)
            assert one.post(f"/api/queue/{item_of(frame, cid)['id']}/claim")[0] == 200
            assert (await chat.next_pushed())["state"] == "joined"

            live = "hij heeft de deur op slot gedaan en ik zit in de badkamer"
            assert await chat.say(live) == []
            await feed1.until(
                lambda f: said(cid, live)(f) and "pending" not in f["items"][0]
            )

        # Another chat, queued after: once worker two sees it, everything
        # published before it has reached worker two as well.
        async with Chat(server.ws_url) as later:
            later_cid = conversation_of(server, await later.hello())
            await later.say(ASK_FOR_A_PERSON)
            got = await frames_until(feed2, said(later_cid, ASK_FOR_A_PERSON))
    # What was published after the claim: the "joined" notice, the live message.
    after_claim = [
        item
        for f in messages_of(got, cid)
        for item in f["items"]
        if item.get("state") == "joined" or item.get("text") == live
    ]
    assert after_claim == [], after_claim
    one.post(f"/api/conversations/{cid}/release", {"resume_bot": False})


# -- 2. access ends with the claim -------------------------------------------------


@pytest.mark.parametrize("resume_bot", [True, False])
async def test_a_worker_reads_a_conversation_only_while_the_claim_lasts(
    server, resume_bot
):
    name, one = new_staff(server)
    _, two = new_staff(server)
    rita = staff(server, "rita")
    async with Chat(server.ws_url) as chat:
        token = await chat.hello()
        await chat.say(ASK_FOR_A_PERSON)
    cid = conversation_of(server, token)
    path = f"/api/conversations/{cid}"
    # Queued: any worker may read it, as written.
    assert one.get(path)[0] == 200 and two.get(path)[0] == 200
    item = item_of(one.get("/api/queue")[1], cid)
    assert one.post(f"/api/queue/{item['id']}/claim")[0] == 200
    status, body = one.get(path)
    assert status == 200 and body["redacted"] is False
    assert two.get(path)[0] == 404  # claimed by someone else

    release = one.post(f"{path}/release", {"resume_bot": resume_bot})
    assert release[0] == 200
    # The reason is gone, and so is the access: a past claim gives none.
    assert one.get(path)[0] == 404
    assert two.get(path)[0] == 404
    # A reviewer still reads it (redacted), and that is audited.
    status, body = rita.get(path)
    assert status == 200 and body["redacted"] is True
    _, audit = staff(server, "bea").get(f"/api/audit?target={cid}")
    assert ("rita", "view") in [(e["username"], e["action"]) for e in audit["items"]]
    assert body["handoffs"][-1]["claimed_by"] == name


async def test_the_staff_socket_closes_at_logout(server):
    name, worker = new_staff(server)
    other = StaffClient(server.base)  # a second login of the same worker stays
    assert other.login(name) == 200
    async with worker.socket() as feed, other.socket() as stays:
        assert (await feed.recv())["type"] == "queue"
        assert (await stays.recv())["type"] == "queue"
        assert worker.post("/api/auth/logout")[0] == 200
        assert await closes(feed)
        assert not stays.socket.closed
    assert other.get("/api/auth/me")[0] == 200


async def test_the_staff_socket_closes_when_the_session_expires(server):
    _, worker = new_staff(server)
    async with worker.socket() as feed:
        assert (await feed.recv())["type"] == "queue"
        expire_session(server.database_url, worker)
        assert await closes(feed)
    assert worker.get("/api/auth/me")[0] == 401


async def test_logout_on_one_process_closes_the_socket_on_another(server, tmp_path):
    """Two processes on one database, no Redis: the database is the truth."""
    # The staff API needs no model: a broken one keeps this process light.
    models = tmp_path / "models"
    models.mkdir()
    (models / "broken.tar.gz").write_bytes(b"not a model")
    other = start_server(
        models,
        tmp_path,
        VT_DATABASE_URL=server.database_url,
        VT_START_ACTION_SERVER="false",
    )
    try:
        await asyncio.to_thread(listening, other)
        _, worker = new_staff(server)
        there = StaffClient(other.base)
        there.cookie, there.csrf = worker.cookie, worker.csrf
        async with there.socket() as feed:
            assert (await feed.recv())["type"] == "queue"
            assert worker.post("/api/auth/logout")[0] == 200  # on the first process
            assert await closes(feed)
    finally:
        assert other.stop() == 0, other.log_text()[-2000:]


def listening(srv: Any, timeout: float = 120) -> None:
    """Wait until a server answers HTTP at all (its model may never load)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert srv.process.poll() is None, srv.log_text()[-2000:]
        try:
            http_get(f"{srv.base}/health", timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError("server did not start")


# -- 2. disabling an account -------------------------------------------------------


async def test_vtchat_users_disable_ends_every_session_at_once(server):
    name, worker = new_staff(server)
    second = StaffClient(server.base)
    assert second.login(name) == 200
    env = {**os.environ, **server.env}
    async with worker.socket() as feed:
        assert (await feed.recv())["type"] == "queue"
        done = await asyncio.to_thread(vtchat, "users", "disable", name, env=env)
        assert done.returncode == 0, done.stderr[-2000:]
        assert name in done.stdout
        assert await closes(feed)
    assert worker.get("/api/auth/me")[0] == 401
    assert second.get("/api/queue")[0] == 401
    # The same answer as a wrong password: nobody learns the account exists.
    refused = StaffClient(server.base)
    status, body = refused.request(
        "POST", "/api/auth/login", {"username": name, "password": PASSWORD}
    )
    assert status == 401 and body["error"] == "login_failed"

    _, audit = staff(server, "bea").get(f"/api/audit?target={name}")
    assert ("cli", "disable_user") in [
        (e["username"], e["action"]) for e in audit["items"]
    ]
    enabled = await asyncio.to_thread(vtchat, "users", "enable", name, env=env)
    assert enabled.returncode == 0, enabled.stderr[-2000:]
    assert StaffClient(server.base).login(name) == 200
    unknown = await asyncio.to_thread(vtchat, "users", "disable", "niemand", env=env)
    assert unknown.returncode == 2 and "niemand" in unknown.stderr


def test_a_disabled_account_has_no_sessions_and_cannot_log_in(db):
    accounts = StaffAccounts(db, FAST)
    anna = accounts.add("anna", "medewerker", "een-lang-wachtwoord")
    bert = accounts.add("bert", "medewerker", "een-lang-wachtwoord")
    sessions = StaffSessions(db, timedelta(minutes=5))
    tokens = [sessions.start(anna)[0] for _ in range(2)]
    kept, _ = sessions.start(bert)
    assert accounts.disable("Anna") == 2
    assert [sessions.resolve(t) for t in tokens] == [None, None]
    assert sessions.resolve(kept) is not None
    assert accounts.verify("anna", "een-lang-wachtwoord") is None
    # A session started in a race with the disable is refused all the same.
    late, _ = sessions.start(anna)
    assert sessions.resolve(late) is None
    accounts.enable("anna")
    assert accounts.verify("anna", "een-lang-wachtwoord") == anna
    with pytest.raises(AccountError, match="no user"):
        accounts.disable("niemand")


def test_an_old_database_gets_the_disabled_column(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = sa.create_engine(url)
    with engine.begin() as conn:  # the table as the first release created it
        conn.exec_driver_sql(
            "CREATE TABLE vt_staff_users (username VARCHAR(64) PRIMARY KEY, "
            "password_hash VARCHAR(255) NOT NULL, role VARCHAR(16) NOT NULL, "
            "created_at DATETIME NOT NULL)"
        )
    engine.dispose()
    db = open_database(url)
    try:
        accounts = StaffAccounts(db, FAST)
        accounts.add("anna", "medewerker", "een-lang-wachtwoord")
        accounts.disable("anna")
        assert accounts.verify("anna", "een-lang-wachtwoord") is None
    finally:
        db.dispose()


# -- 3. reviewers search what they are shown ---------------------------------------

SURNAME, POSTCODE, WORD = "Verhoeven", "3512 KX", "schuurdeur"
PERSONAL = (
    f"Ik ben Sanne {SURNAME}, postcode {POSTCODE}, mijn buurman verstopt zijn "
    f"fiets achter de {WORD}, wat moet ik doen"
)


async def test_reviewers_search_the_redacted_text_and_every_search_is_audited(server):
    async with Chat(server.ws_url) as chat:
        token = await chat.hello()
        await chat.say(PERSONAL)
    cid = conversation_of(server, token)
    reviewer, rita = new_staff(server, "reviewer")
    bea = staff(server, "bea")

    def found(client: StaffClient, q: str, extra: str = "") -> bool:
        query = urllib.parse.urlencode(
            {"q": q, "from": utc_today().isoformat(), "to": utc_today().isoformat()}
        )
        status, body = client.get(f"/api/conversations?{query}&per_page=100{extra}")
        assert status == 200, body
        return cid in {i["id"] for i in body["items"]}

    assert not found(rita, SURNAME)
    assert not found(rita, POSTCODE)
    assert not found(rita, "sanne")
    assert found(rita, WORD)
    assert found(rita, "[NAAM]")  # what the reviewer reads is what they search
    # A beheerder searches the redacted text too, unless asking for the original.
    assert not found(bea, SURNAME)
    assert found(bea, SURNAME, "&original=1")
    assert not found(rita, SURNAME, "&original=1")

    _, audit = bea.get(f"/api/audit?username={reviewer}")
    searches = [e for e in audit["items"] if e["action"] == "search"]
    assert len(searches) == 6, audit["items"]
    assert all(e["role"] == "reviewer" for e in searches)
    logged = json.dumps(audit["items"])
    for secret in (SURNAME, POSTCODE, "sanne", WORD):
        assert secret.lower() not in logged.lower()
    assert all(utc_today().isoformat() in e["detail"] for e in searches)
    _, mine = bea.get("/api/audit?username=bea")
    assert "search_original" in [e["action"] for e in mine["items"]]
