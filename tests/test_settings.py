"""Settings come from VT_* variables, once, with clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError


def test_defaults_are_sqlite_and_port_8000():
    settings = Settings.from_env({})
    assert settings.port == 8000
    assert settings.effective_database_url.startswith("sqlite:///")
    assert settings.effective_database_url.endswith("/var/vtchat.db")
    assert settings.redis_url == ""


def test_environment_overrides():
    settings = Settings.from_env(
        {
            "VT_PORT": "8123",
            "VT_DATABASE_URL": "postgresql://postgres@127.0.0.1/vt",
            "VT_REDIS_URL": "redis://127.0.0.1:6379/2",
            "VT_MODEL_DIR": "/tmp/models",
            "VT_START_ACTION_SERVER": "false",
        }
    )
    assert settings.port == 8123
    assert settings.effective_database_url == "postgresql://postgres@127.0.0.1/vt"
    assert settings.redis_url.endswith("/2")
    assert settings.model_dir == Path("/tmp/models")
    assert settings.start_action_server is False


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"VT_PORT": "eighty"}, "not a whole number"),
        ({"VT_PORT": "70000"}, "not a valid port"),
        ({"VT_START_ACTION_SERVER": "maybe"}, "not true or false"),
        ({"VT_PROT": "8000"}, "unknown settings"),
        ({"VT_MAX_MESSAGE_CHARS": "0"}, "at least 1"),
        ({"VT_LOG_LEVEL": "loud"}, "not DEBUG, INFO"),
    ],
)
def test_bad_values_are_refused(env, message):
    with pytest.raises(SettingsError, match=message):
        Settings.from_env(env)
