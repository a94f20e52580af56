"""The writer's language: identification and the per-language message catalogues."""

from bot.language.detect import (
    DEFAULT_LANGUAGE,
    LanguageDetector,
    conversation_language,
)

__all__ = ["DEFAULT_LANGUAGE", "LanguageDetector", "conversation_language"]
