"""The advice library: every advice text the assistant gives, with its source.

Loaded from ``data/advice/*.yml`` and validated on load, so a broken edit stops the
build with a clear message instead of reaching a chatter.
"""

from bot.advice.library import (
    AUDIENCES,
    Advice,
    AdviceLibrary,
    AdviceLibraryError,
    load_library,
)

__all__ = ["AUDIENCES", "Advice", "AdviceLibrary", "AdviceLibraryError", "load_library"]
