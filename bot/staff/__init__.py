"""Staff accounts, roles, login sessions with CSRF tokens, and login throttling."""

from bot.staff.accounts import (
    ROLES,
    AccountError,
    StaffAccounts,
    StaffUser,
)
from bot.staff.login import LoginKeys, LoginResult, LoginThrottle
from bot.staff.sessions import StaffSession, StaffSessions

__all__ = [
    "ROLES",
    "AccountError",
    "LoginKeys",
    "LoginResult",
    "LoginThrottle",
    "StaffAccounts",
    "StaffSession",
    "StaffSessions",
    "StaffUser",
]
