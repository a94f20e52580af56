"""The website chat channel: a Rasa InputChannel with a websocket at /chat/ws."""

from bot.channel.protocol import ClientFrame, ProtocolError, parse_frame
from bot.channel.website import WebsiteInput, WebsiteOutput

__all__ = [
    "ClientFrame",
    "ProtocolError",
    "WebsiteInput",
    "WebsiteOutput",
    "parse_frame",
]
