"""Custom actions of the Veilig Thuis chat, run by the rasa-sdk action server.

One module per concern; each action reads the tracker, calls plain domain code
from ``bot`` and returns events.
"""
