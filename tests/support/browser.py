"""Real Chromium for the browser tests: launch, request guard, trace probe, page object.

Debian's Chromium is driven through Playwright with ``executable_path``; Playwright's
own browser download is never used (it needs the internet). Every request a test
page makes passes the guard: the chat server's origin (and origins a test allows,
such as a host page) go through, the neutral exit page is answered locally, and
anything else is refused and recorded, so a third-party request fails the test
instead of reaching the internet.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import BrowserContext, Locator, Page, Route, expect

from tests.support.server import ROOT
from tests.support.staff import PASSWORD

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_JS = ROOT / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
EXIT_URL = "https://www.weeronline.nl/"  # the default VT_EXIT_URL
EXIT_PAGE = (
    "<!DOCTYPE html><html lang='nl'><head><title>Weerbericht</title></head>"
    "<body><h1>Het weer van vandaag</h1><p>Zonnig, 14 graden.</p></body></html>"
)

# Wraps every API that could leave something behind in the browser, in every
# frame, and reports each use to the test: a write that is later undone is
# still a trace someone could have found in between.
TRACE_PROBE = """
(() => {
  const report = (what) => { try { window.__vtTrace(what); } catch (e) {} };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, "cookie");
  Object.defineProperty(Document.prototype, "cookie", {
    configurable: true,
    get() { return cookie.get.call(this); },
    set(value) { report("cookie"); cookie.set.call(this, value); },
  });
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (this === window.localStorage) { report("localStorage"); }
    return setItem.call(this, key, value);
  };
  const idbOpen = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) {
    report("indexedDB");
    return idbOpen.apply(this, args);
  };
  if (window.ServiceWorkerContainer) {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      report("serviceWorker");
      return register.apply(this, args);
    };
  }
  if (window.CacheStorage) {
    const cacheOpen = CacheStorage.prototype.open;
    CacheStorage.prototype.open = function (...args) {
      report("cacheStorage");
      return cacheOpen.apply(this, args);
    };
  }
})();
"""


def log_in(page: Page, base: str, name: str) -> None:
    """Open the console and log in as one of the test staff accounts."""
    page.goto(base + "/console/")
    page.get_by_label("Gebruikersnaam").fill(name)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()


def origin_of(url: str) -> str:
    """scheme://host:port of a URL."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@dataclass
class Guard:
    """What one browser context asked for: requests, sockets, storage writes."""

    allowed: set[str]
    exit_url: str = EXIT_URL
    requests: list[str] = field(default_factory=list)
    sockets: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    exits: list[str] = field(default_factory=list)
    traces: list[tuple[str, str]] = field(default_factory=list)

    def install(self, context: BrowserContext) -> None:
        context.route("**/*", self._route)
        context.expose_binding("__vtTrace", self._trace)
        context.add_init_script(TRACE_PROBE)
        context.on("page", self._watch_page)

    def _route(self, route: Route) -> None:
        url = route.request.url
        if url.startswith(self.exit_url):
            self.exits.append(url)
            route.fulfill(status=200, content_type="text/html", body=EXIT_PAGE)
            return
        self.requests.append(url)
        if origin_of(url) in self.allowed:
            route.continue_()
        else:
            self.refused.append(url)
            route.abort("blockedbyclient")

    def _trace(self, source: dict[str, Any], what: str) -> None:
        self.traces.append((source["frame"].url, what))

    def _watch_page(self, page: Page) -> None:
        page.on("websocket", lambda ws: self.sockets.append(ws.url))

    def foreign(self) -> list[str]:
        """Requests and sockets that went (or tried to go) to another origin."""
        ws_allowed = {o.replace("http", "ws", 1) for o in self.allowed}
        return self.refused + [
            u for u in self.sockets if origin_of(u) not in ws_allowed
        ]


class ChatPage:
    """The chatter's page, driven as a person would: type, press Enter, read."""

    def __init__(self, page: Page, base: str) -> None:
        self.page = page
        self.base = base
        self.log = page.locator("#log")
        # By id: its label follows the page's language ("Je bericht", "Mesajınız").
        self.input = page.locator("#input")
        self.status = page.locator("#status")
        self.quick_replies = page.get_by_role("group", name="Antwoordknoppen")

    def open(self, path: str = "/") -> ChatPage:
        self.page.goto(self.base + path)
        self.expect_connected()
        return self

    def expect_connected(self, timeout: float = 15_000) -> None:
        expect(self.status).to_have_attribute(
            "data-state", "connected", timeout=timeout
        )

    def messages(self, who: str) -> Locator:
        """Messages of ``user``, ``bot`` or ``worker``, oldest first."""
        return self.log.locator(f".msg-{who}")

    def transcript(self) -> list[tuple[str, str]]:
        """(who, text) of every message in the log, as shown."""
        rows = self.log.locator(".msg").evaluate_all(
            """nodes => nodes.map(n => [
                [...n.classList].find(c => c.startsWith("msg-")).slice(4),
                n.querySelector(".msg-text").textContent])"""
        )
        return [(who, text) for who, text in rows]

    def type_and_send(self, text: str) -> None:
        self.input.fill(text)
        self.input.press("Enter")

    def say(self, text: str, timeout: float = 30_000) -> list[str]:
        """Send ``text``; the bot's answers of this turn, once the turn is stored."""
        before = self.messages("bot").count()
        self.type_and_send(text)
        return self._answers(before, timeout)

    def choose(self, title: str, timeout: float = 30_000) -> list[str]:
        """Press a quick-reply button; the bot's answers of this turn."""
        before = self.messages("bot").count()
        self.quick_replies.get_by_role("button", name=title).click()
        return self._answers(before, timeout)

    def _answers(self, before: int, timeout: float) -> list[str]:
        self.expect_delivered(timeout)
        texts = self.messages("bot").locator(".msg-text").all_text_contents()
        return texts[before:]

    def expect_delivered(self, timeout: float = 30_000) -> None:
        """The last message of the chatter is stored and answered by the server."""
        expect(self.messages("user").last).to_have_attribute(
            "data-delivery", "stored", timeout=timeout
        )

    def session_storage(self) -> dict[str, str]:
        return json.loads(self.page.evaluate("JSON.stringify({...sessionStorage})"))


def launch_args() -> dict[str, Any]:
    """Keyword arguments for ``chromium.launch``: Debian's binary, no network noise."""
    return {"executable_path": str(CHROMIUM), "args": LAUNCH_ARGS}


def run_axe(page: Page) -> list[dict[str, Any]]:
    """axe-core's WCAG 2.1 A/AA violations of the page as it is now.

    The script goes in through the DevTools protocol, not a ``<script>`` tag, so
    the page's Content-Security-Policy stays exactly as in production.
    """
    page.evaluate(AXE_JS.read_text("utf-8") + "\n;0")
    result = page.evaluate(
        """tags => axe.run(document, {runOnly: {type: "tag", values: tags}})""",
        ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
    )
    return list(result["violations"])


def serious(violations: list[dict[str, Any]]) -> list[str]:
    """Readable lines for the violations with impact serious or critical."""
    return [
        f"{v['impact']}: {v['id']} ({v['help']}) at "
        + ", ".join(str(n["target"]) for n in v["nodes"][:5])
        for v in violations
        if v.get("impact") in ("serious", "critical")
    ]
