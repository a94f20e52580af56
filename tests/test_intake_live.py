"""The intake on a real server: stored with each message, read for the worker.

A child chats over the website channel; the worker who claims the chat gets the
intake from ``GET /api/conversations/{id}``, the queue item its one-line summary,
and a reviewer the same intake with the chat's names redacted out of its quotes.
"""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import datetime, timedelta, timezone

import pytest

from tests.support.cli import vtchat
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


def button(frames: list[dict], title: str) -> str:
    """The payload of the button with this title on the turn's last message."""
    (payload,) = [b["payload"] for b in frames[-1]["buttons"] if b["title"] == title]
    return payload


async def test_the_assistant_asks_while_the_chatter_waits(chat_server):
    anna = staff(chat_server, "anna")
    async with Chat(chat_server.ws_url) as chat:
        token = await chat.hello()
        frames = await chat.say("mijn vriend heeft me gisteren bijna gewurgd")
        cid = conversation_of(chat_server, token)
        assert "0800-2000" in frames[0]["text"]
        assert frames[-1]["text"] == "Ben je nu veilig?"
        assert [b["title"] for b in frames[-1]["buttons"]] == [
            "Ja",
            "Nee",
            "Liever niet",
        ]
        frames = await chat.press(button(frames, "Nee"), "Nee")
        assert [f["text"] for f in frames] == ["Wonen er kinderen in huis?"]
        # Typed answers count too, and a skipped question is not asked again.
        frames = await chat.press(button(frames, "Liever niet"), "Liever niet")
        assert [f["text"] for f in frames] == ["Is die persoon nu bij je?"]
        frames = await chat.say("nee hij is naar zijn werk")
        assert "terugbellen" in frames[-1]["text"]
        frames = await chat.say("ja na drie uur")
        assert len(frames) == 1 and "Dank je" in frames[0]["text"]

        # A worker claims the chat: the assistant is paused and asks nothing.
        (item,) = [
            i for i in anna.get("/api/queue")[1]["items"] if i["conversation_id"] == cid
        ]
        assert anna.post(f"/api/queue/{item['id']}/claim")[0] == 200
        await chat.next_pushed()  # "joined"
        assert await chat.say("ben je er?") == []

        intake = anna.get(f"/api/conversations/{cid}")[1]["intake"]
        assert intake["safe_now"] is False
        assert intake["children_in_household"] is None
        assert intake["perpetrator"]["present"] is False
        assert intake["callback"]["consent"] is True
        anna.post(f"/api/conversations/{cid}/release", {"resume_bot": False})


async def test_after_112_only_whether_they_are_safe(chat_server):
    async with Chat(chat_server.ws_url) as chat:
        await chat.hello()
        frames = await chat.say("help hij slaat me nu, hij staat naast me")
        assert frames[0]["acute"] is True and "112" in frames[0]["text"]
        assert frames[-1]["text"] == "Ben je nu veilig?"
        assert not any("Terwijl je wacht" in f["text"] for f in frames)
        frames = await chat.press(button(frames, "Ja"), "Ja")
        assert len(frames) == 1 and "Dank je" in frames[0]["text"]
        # No more questions after the thanks.
        frames = await chat.say("oke")
        assert not any(f["text"].endswith("?") and f["buttons"] for f in frames)


async def test_reviewers_correct_the_intake_and_export_it(chat_server, tmp_path):
    async with Chat(chat_server.ws_url) as chat:
        token = await chat.hello()
        await chat.say("mijn oom Gerrit slaat mijn tante, ik ben haar nichtje")
    cid = conversation_of(chat_server, token)
    rita, anna = staff(chat_server, "rita"), staff(chat_server, "anna")
    path = f"/api/conversations/{cid}/intake"

    status, made = rita.post(
        path, {"field": "perpetrator.relation", "value": "partner"}
    )
    assert status == 201
    assert (made["field"], made["value"], made["by"]) == (
        "perpetrator.relation",
        "partner",
        "rita",
    )
    assert rita.post(path, {"field": "speaker", "value": "omstander"})[0] == 201
    # Only the contract's vocabulary, only correctable fields, only reviewers.
    status, refused = rita.post(path, {"field": "speaker", "value": "buurman"})
    assert status == 400 and refused["error"] == "bad_intake_correction"
    assert "omstander" in refused["message"]
    assert rita.post(path, {"field": "level", "value": "geen"})[0] == 400
    assert rita.post(path, {"field": "speaker_age", "value": "12"})[0] == 400
    assert rita.post(path, {"field": "speaker"})[0] == 400
    assert anna.post(path, {"field": "speaker", "value": "kind"})[0] == 403
    assert rita.post("/api/conversations/bestaat-niet/intake", made)[0] == 404

    seen = rita.get(f"/api/conversations/{cid}")[1]
    assert [(c["field"], c["value"]) for c in seen["intake_corrections"]] == [
        ("perpetrator.relation", "partner"),
        ("speaker", "omstander"),
    ]

    out = tmp_path / "intake.jsonl"
    env = {**os.environ, **chat_server.env}
    day = datetime.now(timezone.utc).date().isoformat()
    args = ("export-training", "--intake", "--since", day, "--out", str(out))
    done = vtchat(*args, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    cases = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    (case,) = [c for c in cases if c["expect"].get("speaker") == "omstander"]
    assert case["expect"] == {"perpetrator.relation": "partner", "speaker": "omstander"}
    assert len(case["turns"]) == 1 and "Gerrit" not in case["turns"][0]
    assert "tante" in case["turns"][0]
