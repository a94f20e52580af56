"""``vtchat serve``: the chat server with its action server, stopped together."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from bot.settings import Settings, SettingsError

logger = logging.getLogger(__name__)


def start_action_server(settings: Settings) -> subprocess.Popen[bytes]:
    """Start the rasa-sdk action server as a child process on localhost."""
    import os

    from bot.action_runner import PARENT_ENV
    from bot.cli import private_environment

    env = private_environment()
    env["SANIC_HOST"] = settings.action_host  # rasa-sdk binds 0.0.0.0 otherwise
    env[PARENT_ENV] = str(os.getpid())
    return subprocess.Popen(  # noqa: S603 - fixed argument list, no shell
        [
            sys.executable,
            "-m",
            "bot.action_runner",
            "--actions",
            "actions",
            "--port",
            str(settings.action_port),
        ],
        env=env,
        cwd=Path.cwd(),
    )


def block_unused_jax() -> None:
    """Keep TensorFlow from importing jax, which this server never uses.

    TensorFlow 2.12 requires jax and imports it for its TFLite converter only,
    inside a ``try``/``except ImportError``: about 90 MB and a second or two at
    start. A ``None`` entry in ``sys.modules`` makes that import fail, so
    TensorFlow carries on without it. No effect once jax is imported.
    """
    if "jax" not in sys.modules:
        sys.modules["jax"] = None  # type: ignore[assignment]


def stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate a child process, killing it when it does not stop in 10 s."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def serve() -> int:
    """Check settings, database and model, then run until Ctrl-C or SIGTERM."""
    block_unused_jax()
    from bot.agent import ModelMissing, build_agent, newest_model
    from bot.store import StoreUnavailable, open_database
    from bot.web import create_app

    try:
        settings = Settings.from_env()
        model = newest_model(settings.model_dir)
        db = open_database(settings.effective_database_url)
    except (SettingsError, ModelMissing, StoreUnavailable) as exc:
        print(f"vtchat serve: {exc}", file=sys.stderr)
        return 2
    app = create_app(settings, db, agent_loader=lambda: build_agent(settings, model))
    actions = start_action_server(settings) if settings.start_action_server else None
    logger.info(
        "chat on http://%s:%s/ (model %s)", settings.host, settings.port, model.name
    )
    try:
        app.run(
            host=settings.host,
            port=settings.port,
            access_log=False,
            motd=False,
        )
    finally:
        if actions is not None:
            stop(actions)
        db.dispose()
    return 0
