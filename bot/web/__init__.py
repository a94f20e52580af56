"""The web front: one Sanic app serving the chat page, the channels and /health."""

from bot.web.app import create_app

__all__ = ["create_app"]
