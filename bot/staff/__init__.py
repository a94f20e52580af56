"""Staff accounts, roles, login sessions with CSRF tokens, and login throttling."""

from bot.staff.accounts import (
    ROLES,
    AccountError,
    StaffAccounts,
    StaffUser,
)
from bot.staff.sessions import LoginThrottle, StaffSession, StaffSessions

__all__ = [
    "ROLES",
    "AccountError",
    "LoginThrottle",
    "StaffAccounts",
    "StaffSession",
    "StaffSessions",
    "StaffUser",
]
