"""Typed settings, read once from ``VT_*`` environment variables and passed in.

Nothing reads the environment anywhere else, so tests build a Settings object with
a temporary database and a free port and hand it to the app factory.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from ipaddress import IPv4Network, IPv6Network, ip_network
from pathlib import Path

from bot.worker_hours import (
    DEFAULT_WORKER_HOURS,
    WorkerHours,
    WorkerHoursError,
    parse_worker_hours,
)


class SettingsError(ValueError):
    """A VT_* variable has a value that cannot be used."""


@dataclass(frozen=True)
class Settings:
    """Everything the server, the action server and the CLI can be configured with."""

    host: str = "127.0.0.1"
    port: int = 8000
    var_dir: Path = Path("var")
    database_url: str = ""  # empty: SQLite under var_dir
    redis_url: str = ""  # empty: one process, in-memory lock store
    model_dir: Path = Path("models")
    advice_dir: Path = Path("data/advice")
    action_host: str = "127.0.0.1"
    action_port: int = 5055
    start_action_server: bool = True
    max_message_chars: int = 2000
    exit_url: str = "https://www.weeronline.nl/"
    log_level: str = "INFO"
    handoff_timeout: int = 120  # seconds before an unclaimed chatter is told to call
    queue_poll_ms: int = 250  # how often each process looks for queue changes
    staff_session_minutes: int = 720  # a night shift, then log in again
    cookie_secure: bool = True  # browsers accept Secure cookies on 127.0.0.1 too
    login_max_failures: int = 5  # per user name from one address, in 15 minutes
    retention_days: int = 30  # `vtchat retention` deletes transcripts older than this
    # ... after closing handoff requests whose chatter wrote nothing for this long
    request_expiry_hours: int = 24
    chat_messages_per_minute: int = 30  # per chat connection, after a burst of ...
    chat_burst: int = 10  # ... this many messages at once
    chat_address_messages_per_minute: int = 120  # all connections of one address
    chat_address_burst: int = 30  # ... after a burst of this many (a class at once)
    chat_address_turns: int = 1  # messages of one address processed at a time
    chat_connections_per_address: int = 50  # a school or shelter shares one address
    chat_idle_minutes: int = 1440  # a chat token unused this long starts a new chat
    request_max_bytes: int = 64 * 1024  # larger HTTP bodies get 413 unread
    proxies_count: int = 0  # reverse proxies in front (nginx: 1); 0 = direct
    real_ip_header: str = ""  # e.g. X-Real-IP, when the proxy sets that instead
    forwarded_secret: str = ""  # the secret= of an RFC 7239 Forwarded header
    trusted_proxies: str = "127.0.0.1,::1"  # peers whose forwarded headers count
    rest_channel: bool = False  # /webhooks/rest, for tests and integrations only
    # When workers staff the chat (bot/worker_hours.py); outside them the chatter
    # is told at once to call 0800-2000 instead of waiting for a worker.
    worker_hours: str = DEFAULT_WORKER_HOURS
    extra: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)

    @property
    def effective_database_url(self) -> str:
        """The SQLAlchemy URL in use: VT_DATABASE_URL or SQLite under var/."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.var_dir / 'vtchat.db').resolve()}"

    @property
    def worker_hours_parsed(self) -> WorkerHours:
        """VT_WORKER_HOURS read (validate() has checked that it reads)."""
        return parse_worker_hours(self.worker_hours)

    @property
    def action_url(self) -> str:
        """Webhook URL of the rasa-sdk action server."""
        return f"http://{self.action_host}:{self.action_port}/webhook"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read ``VT_<FIELD>`` variables; unknown VT_ variables are an error."""
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        known = {f.name for f in fields(cls)} - {"extra"}
        for f in fields(cls):
            if f.name == "extra":
                continue
            raw = env.get(f"VT_{f.name.upper()}")
            if raw is None:
                continue
            values[f.name] = _convert(f.name, f.type, raw)
        unknown = sorted(
            k for k in env if k.startswith("VT_") and k[3:].lower() not in known
        )
        if unknown:
            raise SettingsError(f"unknown settings {unknown}; known: {sorted(known)}")
        settings = cls(**values)  # type: ignore[arg-type]
        settings.validate()
        return settings

    def validate(self) -> None:
        """Check ranges that types alone do not catch."""
        for name in ("port", "action_port"):
            value = getattr(self, name)
            if not 0 < value < 65536:
                raise SettingsError(f"VT_{name.upper()}={value} is not a valid port")
        for name in (
            "handoff_timeout",
            "queue_poll_ms",
            "staff_session_minutes",
            "login_max_failures",
            "retention_days",
            "request_expiry_hours",
            "chat_messages_per_minute",
            "chat_burst",
            "chat_address_messages_per_minute",
            "chat_address_burst",
            "chat_address_turns",
            "chat_connections_per_address",
            "chat_idle_minutes",
        ):
            if getattr(self, name) < 1:
                raise SettingsError(f"VT_{name.upper()} must be at least 1")
        self._validate_proxy()
        try:
            parse_worker_hours(self.worker_hours)
        except WorkerHoursError as exc:
            raise SettingsError(str(exc)) from exc
        if not 1024 <= self.request_max_bytes <= 16 * 1024 * 1024:
            raise SettingsError("VT_REQUEST_MAX_BYTES must be between 1024 and 16 MiB")
        if self.max_message_chars < 1:
            raise SettingsError("VT_MAX_MESSAGE_CHARS must be at least 1")
        if self.log_level.upper() not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise SettingsError(
                f"VT_LOG_LEVEL={self.log_level!r} is not DEBUG, INFO, WARNING or ERROR"
            )

    def _validate_proxy(self) -> None:
        """The proxy settings must name a usable setup (see "Behind nginx")."""
        if self.proxies_count < 0:
            raise SettingsError("VT_PROXIES_COUNT must be 0 or more")
        try:
            networks = self.trusted_proxy_networks
        except ValueError as exc:
            raise SettingsError(f"VT_TRUSTED_PROXIES: {exc}") from None
        if self.behind_proxy and not networks:
            raise SettingsError(
                "VT_TRUSTED_PROXIES must name the proxy's address when a proxy is set"
            )

    @property
    def behind_proxy(self) -> bool:
        """True when a reverse proxy's headers say who the client is."""
        return bool(self.proxies_count or self.real_ip_header or self.forwarded_secret)

    @property
    def trusted_proxy_networks(self) -> tuple[IPv4Network | IPv6Network, ...]:
        """VT_TRUSTED_PROXIES as networks (a bare address is a /32 or /128)."""
        return tuple(
            ip_network(part.strip(), strict=False)
            for part in self.trusted_proxies.split(",")
            if part.strip()
        )


def _convert(name: str, kind: object, raw: str) -> object:
    text = raw.strip()
    if kind in ("int", int):
        try:
            return int(text)
        except ValueError:
            raise SettingsError(
                f"VT_{name.upper()}={raw!r} is not a whole number"
            ) from None
    if kind in ("bool", bool):
        if text.lower() in {"1", "true", "yes", "ja", "on"}:
            return True
        if text.lower() in {"0", "false", "no", "nee", "off"}:
            return False
        raise SettingsError(f"VT_{name.upper()}={raw!r} is not true or false")
    if kind in ("Path", Path):
        return Path(text)
    return text
