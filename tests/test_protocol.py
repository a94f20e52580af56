"""The /chat/ws frame parser: every bad frame gets a clear, stable error."""

from __future__ import annotations

import json

import pytest

from bot.channel import ProtocolError, parse_frame


def frame(**data) -> str:
    return json.dumps(data)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("{", "invalid_json"),
        (b"binary", "binary_not_supported"),
        ("[]", "bad_frame"),
        (frame(type=5), "bad_frame"),
        (frame(type="shout"), "unknown_type"),
        (frame(type="hello", session=12), "bad_frame"),
        (frame(type="end", delete="ja"), "bad_frame"),
        (frame(type="message"), "bad_frame"),
        (frame(type="message", text=""), "empty_message"),
        (frame(type="message", text="\x00\x00 "), "empty_message"),
        (frame(type="message", text="///"), "empty_message"),
        (frame(type="message", text="a" * 2001), "message_too_long"),
        (frame(type="button", payload="/x" * 400), "message_too_long"),
        (frame(type="message", text="hoi", id="x" * 65), "bad_frame"),
    ],
)
def test_bad_frames(raw, code):
    with pytest.raises(ProtocolError) as err:
        parse_frame(raw, max_chars=2000)
    assert err.value.code == code
    reply = err.value.frame()
    assert reply["type"] == "error" and reply["code"] == code and reply["text"]


def test_too_long_error_names_length_and_limit_in_dutch():
    with pytest.raises(ProtocolError) as err:
        parse_frame(frame(type="message", text="a" * 2500), max_chars=2000)
    reply = err.value.frame()
    assert reply["length"] == 2500 and reply["limit"] == 2000
    assert (
        "2500" in reply["text"]
        and "2000" in reply["text"]
        and "tekens" in reply["text"]
    )


def test_message_at_the_limit_is_accepted_whole():
    text = "b" * 2000
    assert parse_frame(frame(type="message", text=text), max_chars=2000).text == text


def test_typed_slash_commands_are_plain_text():
    parsed = parse_frame(frame(type="message", text="/ask_human"), max_chars=2000)
    assert parsed.text == "ask_human"


def test_button_keeps_payload_and_title():
    parsed = parse_frame(
        frame(type="button", payload="/faq/meldcode", title="Meldcode"), max_chars=2000
    )
    assert (parsed.type, parsed.text, parsed.title) == (
        "button",
        "/faq/meldcode",
        "Meldcode",
    )


def test_hello_with_and_without_session():
    assert parse_frame(frame(type="hello", session=None), 2000).session is None
    assert parse_frame(frame(type="hello", session="abc"), 2000).session == "abc"


def test_end_may_ask_to_delete_the_conversation():
    assert parse_frame(frame(type="end"), 2000).delete is False
    assert parse_frame(frame(type="end", delete=True), 2000).delete is True


def test_a_safety_plan_frame_carries_nothing_of_the_plan():
    # Whatever a page puts in it, only the fact that a plan was made is read.
    parsed = parse_frame(
        frame(type="safety_plan", text="codewoord paraplu"), max_chars=2000
    )
    assert (parsed.type, parsed.text) == ("safety_plan", "")
