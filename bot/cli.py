"""The ``vtchat`` command: serve, assess, sync-domain, users, retention, export.

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
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from bot.review.service import ReviewService
    from bot.settings import Settings

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
    assess.add_argument(
        "--language",
        metavar="LANG",
        default="nl",
        help=(
            "assess with the lexicon of this language (nl, en, tr, pl, ar, uk), "
            "or 'auto': as the chat reads a message (language detected, the "
            "Dutch reading and that language's)"
        ),
    )
    intake = sub.add_parser(
        "intake", help="intake of chats: JSON Lines of {'turns': [...]} on stdin"
    )
    intake.add_argument(
        "--eval", metavar="FILE", type=Path, help="per-field accuracy, labelled file"
    )
    languages = sub.add_parser(
        "languages", help="score danger and replies per language on a labelled file"
    )
    languages.add_argument("eval", metavar="FILE", type=Path)
    languages.add_argument(
        "--split", help="only the rows of this split (dev or heldout)", default=None
    )
    sync = sub.add_parser(
        "sync-domain", help="regenerate data/domain/faq.yml and languages.yml"
    )
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
    for switch, what in (
        ("disable", "block an account and end all its sessions at once"),
        ("enable", "let a disabled account log in again"),
    ):
        users_sub.add_parser(switch, help=what).add_argument("name")
    retention = sub.add_parser(
        "retention", help="delete transcripts older than VT_RETENTION_DAYS"
    )
    retention.add_argument("--days", type=int, help="override VT_RETENTION_DAYS")
    export = sub.add_parser(
        "export-training",
        help="reviewed missed dangers and false alarms as redacted danger cases",
    )
    export.add_argument("--since", required=True, help="day, e.g. 2026-11-01")
    export.add_argument(
        "--intake",
        action="store_true",
        help="reviewers' intake corrections instead, as redacted intake cases",
    )
    export.add_argument("--out", type=Path, help="JSON Lines file (default stdout)")
    args = parser.parse_args(argv)
    _configure_logging()
    if args.command == "retention":
        return run_retention(args.days)
    if args.command == "export-training":
        return run_export_training(args.since, args.out, sys.stdout, args.intake)
    if args.command == "serve":
        from bot.serve import serve

        return serve()
    if args.command == "languages":
        return run_languages(args.eval, args.split, sys.stdout)
    if args.command == "assess":
        return run_assess(args.eval, sys.stdin, sys.stdout, args.language)
    if args.command == "intake":
        return run_intake(args.eval, sys.stdin, sys.stdout)
    if args.command == "users" and args.users_command != "add":
        return run_users_switch(args.name, enable=args.users_command == "enable")
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


def run_assess(
    eval_file: Path | None, stdin: TextIO, stdout: TextIO, language: str = "nl"
) -> int:
    """Assess JSON Lines from stdin, or score a labelled file with --eval."""
    from bot.danger import LexiconError, load_text_assessor
    from bot.danger.evaluate import format_report, read_cases, score
    from bot.danger.foreign import load_foreign_assessor

    assessor: Any
    try:
        if language == "auto":
            from bot.language.reader import ChatReading, load_message_reader

            assessor = ChatReading(load_message_reader(), load_text_assessor())
        elif language == "nl":
            assessor = load_text_assessor()
        else:
            assessor = load_foreign_assessor(language)
    except (OSError, ValueError, LexiconError) as exc:
        print(f"vtchat assess: {exc}", file=sys.stderr)
        return 2
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


def run_languages(eval_file: Path, split: str | None, stdout: TextIO) -> int:
    """Score language detection, danger and first replies per language."""
    from bot.danger import LexiconError, load_text_assessor
    from bot.language.catalogue import CatalogueError, load_catalogues
    from bot.language.evaluate import format_report, read_rows, score
    from bot.language.reader import load_message_reader

    try:
        rows = read_rows(eval_file.read_text("utf-8").splitlines(), split)
        reader = load_message_reader()
        catalogues = load_catalogues()
    except (OSError, ValueError, LexiconError, CatalogueError) as exc:
        print(f"vtchat languages: {exc}", file=sys.stderr)
        return 2
    dutch = load_text_assessor()
    print(format_report(score(rows, reader, dutch.assess, catalogues)), file=stdout)
    return 0


def run_intake(eval_file: Path | None, stdin: TextIO, stdout: TextIO) -> int:
    """Print each chat's intake, or score a labelled file with --eval."""
    from bot.danger import load_text_assessor
    from bot.intake.evaluate import read_cases, score
    from bot.intake.service import load_intake_reader

    reader = load_intake_reader(load_text_assessor())
    try:
        if eval_file is not None:
            lines = eval_file.read_text(encoding="utf-8").splitlines()
        else:
            lines = stdin.read().splitlines()
        cases = read_cases(
            lines if eval_file else (_with_expect(line) for line in lines)
        )
    except (OSError, ValueError) as exc:
        print(f"vtchat intake: {exc}", file=sys.stderr)
        return 2
    if eval_file is None:
        for case in cases:
            intake = reader.read([str(t) for t in case["turns"]])
            print(json.dumps(intake.as_dict(), ensure_ascii=False), file=stdout)
        return 0
    print(score(cases, reader.read).table(), file=stdout)
    return 0


def _with_expect(line: str) -> str:
    """A stdin line needs no expectations: give it an empty set to score."""
    try:
        case = json.loads(line)
    except json.JSONDecodeError:
        return line  # read_cases names the bad line
    if isinstance(case, dict) and "expect" not in case:
        case["expect"] = {}
    return json.dumps(case)


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


def run_users_switch(name: str, enable: bool) -> int:
    """Disable an account (ending its sessions) or enable it again; audited.

    The open staff websockets of the account close within a queue poll on
    every server process: each checks its sessions against the database.
    """
    from bot.settings import Settings, SettingsError
    from bot.staff import AccountError, StaffAccounts
    from bot.store import StoreUnavailable, open_database
    from bot.store.review import AuditLog

    verb = "enable" if enable else "disable"
    target = name.strip().lower()
    try:
        db = open_database(Settings.from_env().effective_database_url)
    except (SettingsError, StoreUnavailable) as exc:
        print(f"vtchat users {verb}: {exc}", file=sys.stderr)
        return 2
    try:
        accounts = StaffAccounts(db)
        if enable:
            accounts.enable(target)
            done = "enabled"
        else:
            done = f"disabled; {accounts.disable(target)} sessions ended"
        AuditLog(db).write("cli", "cli", f"{verb}_user", target)
    except AccountError as exc:
        print(f"vtchat users {verb}: {exc}", file=sys.stderr)
        return 2
    finally:
        db.dispose()
    print(f"{target} {done}")
    return 0


def _review() -> tuple[Settings, ReviewService] | str:
    """The review service on the configured database, or an error message."""
    from bot.conversation import indicator_labels
    from bot.review.redaction import lazy_redactor
    from bot.review.service import review_service
    from bot.settings import Settings, SettingsError
    from bot.store import StoreUnavailable, open_database

    try:
        settings = Settings.from_env()
        db = open_database(settings.effective_database_url)
    except (SettingsError, StoreUnavailable) as exc:
        return str(exc)
    return settings, review_service(db, indicator_labels(), lazy_redactor())


def run_retention(days: int | None) -> int:
    """Delete old transcripts (never a live one) and report what went."""
    built = _review()
    if isinstance(built, str):
        print(f"vtchat retention: {built}", file=sys.stderr)
        return 2
    settings, review = built
    days = days if days is not None else settings.retention_days
    if days < 1:
        print("vtchat retention: --days must be at least 1", file=sys.stderr)
        return 2
    report = review.retention(days, request_expiry_hours=settings.request_expiry_hours)
    _purge_login_attempts(review)
    print(
        f"deleted {report['conversations']} conversations older than {days} days "
        f"({report['events']} events, with their handoffs, notes and sessions; "
        f"{report['expired_requests']} abandoned handoff requests closed); "
        "advice records kept"
    )
    return 0


def _purge_login_attempts(review: ReviewService) -> None:
    """Drop login counts past the throttle window (hashes, but still traces).

    The server drops them too on every login; this covers a quiet night.
    """
    from bot.staff import LoginThrottle

    purged = LoginThrottle(review.audit.db, max_failures=1).purge()
    print(f"deleted {purged} login attempts older than the throttle window")


def run_export_training(
    since: str, out: Path | None, stdout: TextIO, intake: bool = False
) -> int:
    """Write the reviewed danger (or intake) cases since a day as JSON Lines."""
    from datetime import date, datetime, time, timezone

    from bot.review.service import Viewer

    try:
        start = datetime.combine(date.fromisoformat(since), time.min, timezone.utc)
    except ValueError:
        print(
            "vtchat export-training: --since must be a day like 2026-11-01",
            file=sys.stderr,
        )
        return 2
    built = _review()
    if isinstance(built, str):
        print(f"vtchat export-training: {built}", file=sys.stderr)
        return 2
    _, review = built
    who = Viewer(os.environ.get("USER") or "cli", "cli")
    export = review.export_intake_training if intake else review.export_training
    cases = export(start, who)
    lines = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    if out is None:
        stdout.write(lines)
    else:
        out.write_text(lines, "utf-8")
    print(f"exported {len(cases)} cases", file=sys.stderr)
    return 0


def run_sync(check: bool) -> int:
    """Regenerate the domain files made from the advice library and catalogues."""
    from bot.advice import AdviceLibraryError, load_library
    from bot.advice.domain_sync import faq_domain, faq_keys
    from bot.language.catalogue import CatalogueError, load_catalogues
    from bot.language.domain_sync import languages_domain
    from bot.settings import Settings

    settings = Settings.from_env()
    try:
        wanted = {
            Path("data/domain/faq.yml"): faq_domain(
                load_library(settings.advice_dir), faq_keys(Path("data/nlu"))
            ),
            Path("data/domain/languages.yml"): languages_domain(
                load_catalogues().values()
            ),
        }
    except (AdviceLibraryError, CatalogueError, KeyError) as exc:
        print(f"vtchat sync-domain: {exc}", file=sys.stderr)
        return 2
    status = 0
    for target, text in wanted.items():
        current = target.read_text("utf-8") if target.exists() else ""
        if current == text:
            continue
        if check:
            print(f"{target} is out of date: run `vtchat sync-domain`", file=sys.stderr)
            status = 1
            continue
        target.write_text(text, "utf-8")
        print(f"wrote {target}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
