"""Fixtures of the browser tests: one Chromium per module, one context per test.

The chat server is the session's real ``vtchat serve`` (``chat_server``). A small
second web server on another port plays the other sites a chatter meets: the page
they came from, and a regional Veilig Thuis site that embeds the chat.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, sync_playwright

from tests.support.browser import CHROMIUM, ChatPage, Guard, launch_args, origin_of


class HostSite:
    """Static HTML pages on their own port (another origin than the chat)."""

    def __init__(self) -> None:
        self.pages: dict[str, str] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = site.pages.get(self.path.split("?")[0])
                if body is None:
                    self.send_error(404)
                    return
                data = body.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.origin + path


@pytest.fixture(scope="session")
def host_site() -> Iterator[HostSite]:
    site = HostSite()
    site.pages["/nieuws.html"] = (
        "<!DOCTYPE html><html lang='nl'><head><title>Nieuws</title></head>"
        "<body><h1>Het laatste nieuws</h1></body></html>"
    )
    site.thread.start()
    yield site
    site.httpd.shutdown()
    site.httpd.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Chromium for one test module.

    Not longer: while Playwright's sync API is alive, its event loop counts as
    running in this thread, and the asyncio tests that follow could not start.
    """
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make install` installs Debian's chromium")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(**launch_args())
        yield chromium
        chromium.close()


NewContext = Callable[..., tuple[BrowserContext, Guard]]


@pytest.fixture()
def new_context(browser: Browser, chat_server) -> Iterator[NewContext]:
    """Make guarded browser contexts; each must stay on the allowed origins."""
    made: list[tuple[BrowserContext, Guard]] = []

    def make(**options: Any) -> tuple[BrowserContext, Guard]:
        options.setdefault("viewport", {"width": 1280, "height": 800})
        options.setdefault("locale", "nl-NL")
        context = browser.new_context(**options)
        context.set_default_timeout(15_000)
        guard = Guard(allowed={origin_of(chat_server.base)})
        guard.install(context)
        made.append((context, guard))
        return context, guard

    yield make
    for context, guard in made:
        context.close()
        assert guard.foreign() == [], "requests to other origins"


@pytest.fixture()
def chat(new_context: NewContext, chat_server) -> ChatPage:
    """A chatter's page on a desktop screen, not yet opened."""
    context, _ = new_context()
    return ChatPage(context.new_page(), chat_server.base)
