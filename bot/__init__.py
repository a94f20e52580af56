"""Veilig Thuis chat: the application (web, channel, danger, safety, store)."""
