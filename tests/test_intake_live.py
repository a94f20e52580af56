"""The intake on a real server: stored with each message, read for the worker.

A child chats over the website channel; the worker who claims the chat gets the
intake from ``GET /api/conversations/{id}``, the queue item its one-line summary,
and a reviewer the same intake with the chat's names redacted out of its quotes.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta, timezone

import pytest

from tests.support.server import Chat, conversation_of
from tests.support.staff import item_of, queued, staff

pytestmark = pytest.mark.slow

CHILD = [
    "hoi ik ben 14",
    "mijn stiefvader Kees slaat mijn moeder al heel lang, vanavond weer",
    "hij is nu beneden en mijn broertje van 6 huilt",
]


async def test_worker_and_reviewer_get_the_childs_intake(chat_server):
    anna = staff(chat_server, "anna")
    async with anna.socket() as feed, Chat(chat_server.ws_url) as chat:
        token = await chat.hello()
        for text in CHILD:
            await chat.say(text)
        cid = conversation_of(chat_server, token)

        frame = await feed.until(
            lambda f: queued(cid)(f) and "14" in item_of(f, cid)["intake_line"],
            timeout=20,
        )
        line = item_of(frame, cid)["intake_line"]
        assert line.startswith("kind, 14")
        assert "stiefouder is er nu" in line

        request_id = item_of(frame, cid)["id"]
        assert anna.post(f"/api/queue/{request_id}/claim")[0] == 200
        status, body = anna.get(f"/api/conversations/{cid}")
        assert status == 200
        intake = body["intake"]
        assert intake["speaker"] == "kind" and intake["speaker_age"] == 14
        assert intake["speaker_minor"] is True
        assert intake["perpetrator"] == {"relation": "stiefouder", "present": True}
        assert intake["children_in_household"] is True
        assert intake["structural_unsafety"]["signal"] is True
        # Each incident points at the user message its quote came from.
        users = {e["message"]: e["text"] for e in body["events"] if e["from"] == "user"}
        assert intake["incidents"]
        for incident in intake["incidents"]:
            assert incident["quote"] in users[incident["message"]]
        assert any("Kees" in i["quote"] for i in intake["incidents"])

        # An advice given now is recorded with who wrote and the signal, as codes.
        _, library = anna.get("/api/advice-library")
        entry = next(a for a in library["items"] if a["topic"] == "kind_onveilig")
        path = f"/api/conversations/{cid}/advice"
        assert anna.post(path, {"advice_id": entry["id"]})[0] == 200

    rita = staff(chat_server, "rita")
    status, body = rita.get(f"/api/conversations/{cid}")
    assert status == 200 and body["redacted"] is True
    assert body["intake"]["speaker"] == "kind"
    assert body["intake"]["incidents"]
    assert "Kees" not in str(body["intake"]) and "Kees" not in str(body["events"])

    day = datetime.now(timezone.utc).date()
    period = f"from={day - timedelta(days=1)}&to={day + timedelta(days=1)}"
    _, records = rita.get(f"/api/advice-records?{period}")
    (record,) = [
        r
        for r in records["items"]
        if r["conversation_id"] == cid and r["given_by"] == "worker"
    ]
    assert record["speaker"] == "kind" and record["structural_unsafety"] is True
    status, raw = rita.request("GET", f"/api/advice-records.csv?{period}", raw=True)
    rows = [
        r
        for r in csv.DictReader(io.StringIO(raw.decode("utf-8")))
        if r["conversation_id"] == cid
    ]
    assert [(r["speaker"], r["structural_unsafety"]) for r in rows] == [
        ("kind", "True")
    ]
