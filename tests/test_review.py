"""Advice records and transcript review end to end: a real server, real chatters.

The bot's and a worker's advice recorded (and nothing the chatter typed); the
reviewer's list and its filters; a transcript redacted for a reviewer and
original for a beheerder, each view in the audit log; annotations exported as
danger cases; a chatter deleting their chat; who may use which route.
"""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import timedelta

import pytest

from tests.support.cli import vtchat
from tests.support.server import Chat, conversation_of
from tests.support.staff import StaffClient, staff, utc_today

pytestmark = pytest.mark.slow


def period() -> str:
    """Today's period filter, read when a test runs (see ``utc_today``)."""
    day = utc_today().isoformat()
    return f"from={day}&to={day}"


PROFESSIONAL = '/inform_audience{"audience": "professional"}'
PERSONAL = (
    "ik ben bang, mail me op sanne.devries@example.nl of bel 06-12345678, "
    "mijn man zegt steeds dat hij me gaat vermoorden"
)


@pytest.fixture()
def server(chat_server):
    return chat_server


async def _professional_asks_about_the_meldcode(server) -> str:
    async with Chat(server.ws_url) as chat:
        token = await chat.hello()
        await chat.say("goedemiddag")
        await chat.say(PROFESSIONAL, "button")
        await chat.say("welke stappen heeft de meldcode")
    return conversation_of(server, token)


async def test_bot_advice_is_recorded_with_library_version_and_audience(server):
    cid = await _professional_asks_about_the_meldcode(server)
    rita = staff(server, "rita")
    status, body = rita.get(f"/api/advice-records?{period()}&topic=meldcode")
    assert status == 200
    mine = [r for r in body["items"] if r["conversation_id"] == cid]
    assert len(mine) == 1
    record = mine[0]
    assert record["advice_id"] == "meldcode_professional"
    assert record["advice_version"] >= 1 and record["audience"] == "professional"
    assert (record["given_by"], record["worker"]) == ("bot", None)
    assert record["danger_level"] == "geen" and record["channel"] == "website"
    # The filters narrow; a period without records is empty.
    assert rita.get(f"/api/advice-records?{period()}&audience=zelf")[1]["items"] == [
        r
        for r in rita.get(f"/api/advice-records?{period()}")[1]["items"]
        if r["audience"] == "zelf"
    ]
    tomorrow = (utc_today() + timedelta(days=1)).isoformat()
    assert rita.get(f"/api/advice-records?from={tomorrow}")[1]["items"] == []
    assert rita.get("/api/advice-records?from=gisteren")[0] == 400


async def test_worker_advice_is_recorded_and_reaches_the_chatter(server):
    anna, rita = staff(server, "anna"), staff(server, "rita")
    async with Chat(server.ws_url) as chat:
        token = await chat.hello()
        await chat.say("help hij slaat me nu, hij staat in de kamer")
        cid = conversation_of(server, token)
        (item,) = [
            i for i in anna.get("/api/queue")[1]["items"] if i["conversation_id"] == cid
        ]
        assert anna.post(f"/api/queue/{item['id']}/claim")[0] == 200
        await chat.next_pushed()  # "joined"

        status, library = anna.get("/api/advice-library")
        assert status == 200 and "overig" in library["topics"]
        entry = next(a for a in library["items"] if a["topic"] == "huisverbod")
        path = f"/api/conversations/{cid}/advice"
        assert anna.post(path, {"advice_id": entry["id"]}) == (200, {"ok": True})
        assert (await chat.next_pushed())["text"] == entry["text"]
        own = {"topic": "overig", "text": "Ga vannacht naar je zus als dat kan."}
        assert anna.post(path, own)[0] == 200
        assert (await chat.next_pushed())["text"] == own["text"]
        assert anna.post(path, {"advice_id": "bestaat-niet"})[0] == 400
        assert anna.post(path, {"topic": "onzin", "text": "x"})[0] == 400
        assert staff(server, "bert").post(path, own)[0] == 403
        anna.post(f"/api/conversations/{cid}/release", {"resume_bot": True})

    status, body = rita.get(f"/api/advice-records?{period()}")
    records = [r for r in body["items"] if r["conversation_id"] == cid]
    by_worker = [r for r in records if r["given_by"] == "worker"]
    assert [(r["topic"], r["advice_id"]) for r in by_worker] == [
        ("huisverbod", entry["id"]),
        ("overig", None),
    ]
    assert {r["worker"] for r in by_worker} == {"anna"}
    assert {r["danger_level"] for r in by_worker} == {"acuut"}

    # The CSV export: the same rows, and no text typed by the chatter.
    status, raw = rita.request("GET", f"/api/advice-records.csv?{period()}", raw=True)
    assert status == 200
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))
    assert [r["topic"] for r in rows if r["conversation_id"] == cid][-2:] == [
        "huisverbod",
        "overig",
    ]
    assert "slaat" not in raw.decode("utf-8")

    # The report counts them per topic, audience, week, and per day by level.
    status, report = rita.get(f"/api/advice-report?{period()}")
    assert status == 200
    assert report["by_topic"]["overig"] >= 1 and report["by_giver"]["worker"] >= 2
    (today,) = report["per_day"]
    assert today["day"] == utc_today().isoformat()
    assert today["advice"]["acuut"] >= 2 and today["conversations"]["acuut"] >= 1


async def test_reviewer_list_filters_and_redacted_transcript(server):
    rita, bea = staff(server, "rita"), staff(server, "bea")
    async with Chat(server.ws_url) as chat:
        token = await chat.hello()
        await chat.say(PERSONAL)
    cid = conversation_of(server, token)
    calm = await _professional_asks_about_the_meldcode(server)

    def listed(query: str) -> set[str]:
        status, body = rita.get(f"/api/conversations?{period()}&per_page=100&{query}")
        assert status == 200, body
        return {i["id"] for i in body["items"]}

    assert {cid, calm} <= listed("")
    assert cid in listed("escalated=true") and calm not in listed("escalated=true")
    assert calm in listed("escalated=false") and cid not in listed("escalated=false")
    assert cid in listed("level=hoog") and calm in listed("level=geen")
    assert cid in listed("indicator=doodsbedreiging")
    assert cid not in listed("indicator=wapen")
    assert calm in listed("audience=professional") and cid not in listed(
        "audience=professional"
    )
    assert cid in listed("q=GAAT%20VERMOORDEN") and calm not in listed("q=vermoorden")
    assert cid in listed("reviewed=false")
    tomorrow = (utc_today() + timedelta(days=1)).isoformat()
    assert rita.get(f"/api/conversations?from={tomorrow}")[1]["items"] == []
    assert rita.get("/api/conversations?escalated=misschien")[0] == 400
    row = next(
        i
        for i in rita.get(f"/api/conversations?{period()}&per_page=100")[1]["items"]
        if i["id"] == cid
    )
    assert row["level"] == "hoog" and row["escalated"] and row["messages"] == 1
    assert "doodsbedreiging" in [i["code"] for i in row["indicators"]]
    # Pages hold what they say.
    page = rita.get(f"/api/conversations?{period()}&per_page=1&page=2")[1]
    assert len(page["items"]) == 1 and page["page"] == 2 and page["total"] >= 2

    # The reviewer reads it redacted, with the evidence still highlighted.
    status, seen = rita.get(f"/api/conversations/{cid}")
    assert status == 200 and seen["redacted"] is True
    first = seen["events"][0]
    assert first["from"] == "user" and "[EMAIL]" in first["text"]
    assert "example.nl" not in json.dumps(seen) and "12345678" not in json.dumps(seen)
    spans = [i for i in first["danger"]["indicators"] if i["start"] is not None]
    assert spans and all(first["text"][s["start"] : s["end"]].strip() for s in spans), (
        first
    )
    assert seen["handoffs"][0]["status"] == "open" and seen["handoffs"][0]["level"]
    # Asking for the original does not work for a reviewer...
    assert rita.get(f"/api/conversations/{cid}?original=1")[1]["redacted"] is True
    # ...and does for a beheerder, which the audit log shows.
    status, original = bea.get(f"/api/conversations/{cid}?original=1")
    assert status == 200 and original["redacted"] is False
    assert original["events"][0]["text"] == PERSONAL
    status, audit = bea.get(f"/api/audit?target={cid}")
    assert status == 200
    actions = [(e["username"], e["action"]) for e in audit["items"]]
    assert ("rita", "view") in actions and ("bea", "view_original") in actions
    assert rita.get("/api/audit")[0] == 403


async def test_annotations_feed_the_danger_test_set(server, tmp_path):
    rita = staff(server, "rita")
    async with Chat(server.ws_url) as chat:
        token = await chat.hello()
        await chat.say("hij pakt steeds mijn telefoon af en ik mag niemand zien")
        await chat.say("vroeger sloeg mijn vader ons, nu woon ik gelukkig alleen")
    cid = conversation_of(server, token)
    items = rita.get(f"/api/conversations/{cid}")[1]["events"]
    users = [i["index"] for i in items if i["from"] == "user"]
    path = f"/api/conversations/{cid}/annotations"
    missed = {
        "tag": "gemist_gevaar",
        "message_index": users[0],
        "expected_level": "hoog",
    }
    assert rita.post(path, missed)[0] == 201
    false_alarm = {"tag": "vals_alarm", "message_index": users[1], "note": "voorbij"}
    assert rita.post(path, false_alarm)[0] == 201
    assert rita.post(path, {"tag": "goed"})[0] == 201
    assert rita.post(path, {"tag": "onzin"})[0] == 400
    assert rita.post(path, {"tag": "gemist_gevaar", "message_index": 999})[0] == 400
    bot_index = next(i["index"] for i in items if i["from"] == "bot")
    assert rita.post(path, {"tag": "vals_alarm", "message_index": bot_index})[0] == 400
    assert rita.post(f"/api/conversations/{cid}/reviewed", {})[0] == 200

    seen = rita.get(f"/api/conversations/{cid}")[1]
    assert [a["tag"] for a in seen["annotations"]] == [
        "gemist_gevaar",
        "vals_alarm",
        "goed",
    ]
    assert seen["reviewed_by"] == "rita"
    reviewed = rita.get(f"/api/conversations?{period()}&reviewed=true&per_page=100")
    assert cid in {i["id"] for i in reviewed[1]["items"]}

    out = tmp_path / "cases.jsonl"
    env = {**os.environ, **server.env}
    done = vtchat(
        "export-training",
        "--since",
        utc_today().isoformat(),
        "--out",
        str(out),
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    cases = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert {"text": items[users[0]]["text"], "level": "hoog", "indicators": []} in cases
    assert {"text": items[users[1]]["text"], "level": "geen", "indicators": []} in cases
    assert all(set(c) == {"text", "level", "indicators"} for c in cases)
    audit = staff(server, "bea").get("/api/audit?username=" + env.get("USER", "cli"))
    assert any(e["action"] == "export_training" for e in audit[1]["items"])


async def test_a_chatter_can_end_and_delete_the_chat(server):
    cid = await _professional_asks_about_the_meldcode(server)
    async with Chat(server.ws_url) as chat:
        token = await chat.hello()
        await chat.say(PERSONAL)
        cid = conversation_of(server, token)
        await chat.socket.send(json.dumps({"type": "end", "delete": True}))
        assert await chat.recv() == {"type": "ended", "deleted": True}
    bea = staff(server, "bea")
    assert bea.get(f"/api/conversations/{cid}?original=1")[0] in (200, 404)
    body = bea.get(f"/api/conversations/{cid}?original=1")[1]
    assert PERSONAL not in json.dumps(body)  # the text is gone
    listed = bea.get(f"/api/conversations?{period()}&per_page=100")[1]["items"]
    assert cid not in {i["id"] for i in listed}
    # Reconnecting with the old token starts a new, empty chat.
    async with Chat(server.ws_url) as chat:
        assert await chat.hello(token) != token


REVIEW_ROUTES = [
    ("GET", "/api/conversations"),
    ("GET", "/api/conversations/unknown-conv"),
    ("POST", "/api/conversations/unknown-conv/annotations"),
    ("POST", "/api/conversations/unknown-conv/reviewed"),
    ("GET", "/api/advice-records"),
    ("GET", "/api/advice-records.csv"),
    ("GET", "/api/advice-report"),
    ("GET", "/api/audit"),
]
# Who may use a route (others get 403); unknown-conv gives 404 to those allowed.
ALLOWED = {
    "/api/conversations/unknown-conv": {"anna", "rita", "bea"},
    "/api/audit": {"bea"},
}


@pytest.mark.parametrize(("method", "path"), REVIEW_ROUTES)
def test_review_routes_need_login_the_right_role_and_csrf(server, method, path):
    anonymous = StaffClient(server.base)
    assert anonymous.request(method, path, {} if method == "POST" else None)[0] == 401
    for name in ("anna", "rita", "bea"):
        client = staff(server, name)
        allowed = name in ALLOWED.get(path, {"rita", "bea"})
        if method == "GET":
            status = client.request("GET", path, raw=True)[0]
        else:
            assert client.post(path, {"tag": "goed"}, csrf=False)[0] == 403
            status = client.post(path, {"tag": "goed"})[0]
        if not allowed:
            assert status == 403, (name, path)
        else:
            assert status in (200, 404), (name, path, status)
            if "unknown-conv" in path:
                assert status == 404
