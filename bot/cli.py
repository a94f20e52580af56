"""The ``vtchat`` command: serve, assess, sync-domain, users.

Telemetry of Rasa is switched off before Rasa is imported, in this process and in
every process it starts: the conversations are special-category personal data.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

PRIVACY_ENV = {
    "RASA_TELEMETRY_ENABLED": "false",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "SANIC_NO_UVLOOP": "",
}


def private_environment() -> dict[str, str]:
    """The environment for this process and its children: telemetry off."""
    env = dict(os.environ)
    for key, value in PRIVACY_ENV.items():
        if value:
            env[key] = value
    return env


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    os.environ.update({k: v for k, v in PRIVACY_ENV.items() if v})
    from bot.staff.accounts import ROLES

    parser = argparse.ArgumentParser(prog="vtchat", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("serve", help="start the chat server and the action server")
    assess = sub.add_parser("assess", help="danger assessment of JSON Lines on stdin")
    assess.add_argument(
        "--eval", metavar="FILE", type=Path, help="score a labelled file"
    )
    sync = sub.add_parser("sync-domain", help="regenerate data/domain/faq.yml")
    sync.add_argument("--check", action="store_true", help="fail when out of date")
    users = sub.add_parser("users", help="staff accounts")
    users_sub = users.add_subparsers(dest="users_command", required=True)
    add = users_sub.add_parser("add", help="create a staff account")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of stdin (for scripts)",
    )
    args = parser.parse_args(argv)
    _configure_logging()
    if args.command == "serve":
        from bot.serve import serve

        return serve()
    if args.command == "assess":
        return run_assess(args.eval, sys.stdin, sys.stdout)
    if args.command == "users":
        return run_users_add(args.name, args.role, args.password_stdin, sys.stdin)
    return run_sync(check=args.check)


def _configure_logging() -> None:
    from bot.settings import Settings, SettingsError

    try:
        level = Settings.from_env().log_level.upper()
    except SettingsError:  # the command itself reports bad settings
        level = Settings.log_level
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    # Rasa's debug logs print message text (its structlog events even when the
    # stdlib level says otherwise): keep both at INFO or above, always.
    floor = max(logging.INFO, logging.getLevelName(level))
    for name in ("rasa", "rasa_sdk", "sanic", "tensorflow", "absl"):
        logging.getLogger(name).setLevel(floor)
    import structlog

    structlog.configure(
        processors=[
            structlog.stdlib.filter_by_level,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso"),
            structlog.dev.ConsoleRenderer(colors=False),
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.make_filtering_bound_logger(floor),
        cache_logger_on_first_use=True,
    )


def run_assess(eval_file: Path | None, stdin: TextIO, stdout: TextIO) -> int:
    """Assess JSON Lines from stdin, or score a labelled file with --eval."""
    from bot.danger import load_text_assessor
    from bot.danger.evaluate import format_report, read_cases, score

    assessor = load_text_assessor()
    if eval_file is not None:
        try:
            cases = read_cases(eval_file.read_text("utf-8").splitlines())
        except (OSError, ValueError) as exc:
            print(f"vtchat assess: {eval_file}: {exc}", file=sys.stderr)
            return 2
        print(format_report(score(cases, assessor.assess)), file=stdout)
        return 0
    for n, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            text = item["text"] if isinstance(item, dict) else None
            if not isinstance(text, str):
                raise ValueError('expected an object with a string "text" field')
            out = assessor.assess(text).as_dict()
            result = {"level": out["level"], "indicators": out["indicators"]}
        except (ValueError, KeyError) as exc:
            result = {"error": f"line {n}: {exc}"}
        stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        stdout.flush()
    return 0


def run_users_add(name: str, role: str, from_stdin: bool, stdin: TextIO) -> int:
    """Create a staff account in the configured database."""
    import getpass

    from bot.settings import Settings, SettingsError
    from bot.staff import AccountError, StaffAccounts
    from bot.store import StoreUnavailable, open_database

    if from_stdin:
        password = stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("Wachtwoord: ")
        if getpass.getpass("Nog een keer: ") != password:
            print("vtchat users add: the passwords differ", file=sys.stderr)
            return 2
    try:
        db = open_database(Settings.from_env().effective_database_url)
    except (SettingsError, StoreUnavailable) as exc:
        print(f"vtchat users add: {exc}", file=sys.stderr)
        return 2
    try:
        user = StaffAccounts(db).add(name, role, password)
    except AccountError as exc:
        print(f"vtchat users add: {exc}", file=sys.stderr)
        return 2
    finally:
        db.dispose()
    print(f"added {user.username} ({user.role})")
    return 0


def run_sync(check: bool) -> int:
    """Regenerate the FAQ domain file from the advice library."""
    from bot.advice import AdviceLibraryError, load_library
    from bot.advice.domain_sync import faq_domain, faq_keys
    from bot.settings import Settings

    settings = Settings.from_env()
    target = Path("data/domain/faq.yml")
    try:
        text = faq_domain(load_library(settings.advice_dir), faq_keys(Path("data/nlu")))
    except (AdviceLibraryError, KeyError) as exc:
        print(f"vtchat sync-domain: {exc}", file=sys.stderr)
        return 2
    current = target.read_text("utf-8") if target.exists() else ""
    if current == text:
        return 0
    if check:
        print(f"{target} is out of date: run `vtchat sync-domain`", file=sys.stderr)
        return 1
    target.write_text(text, "utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
