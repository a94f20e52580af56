/*
 * Embeddable launcher for the chat.
 *
 * Usage on another site:
 *   <script src="https://<chat host>/static/embed.js" defer></script>
 *
 * Adds a fixed "Chat met Veilig Thuis" button (bottom-right) that opens the
 * chat in an iframe panel. All chat state lives inside the iframe (our own
 * origin); this script stores nothing and sets no cookies. Styling is done
 * through element.style (CSSOM), so it works under a strict host CSP, and the
 * widget lives in a shadow root so host page CSS does not leak in. The root is
 * open: a closed one protects nothing from the host's scripts (they share the
 * page) and hides the widget from testing and assistive tools.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script) {
    var candidates = document.querySelectorAll('script[src*="/static/embed.js"]');
    script = candidates.length ? candidates[candidates.length - 1] : null;
  }
  if (!script || !script.src) {
    return;
  }

  var origin;
  try {
    origin = new URL(script.src, window.location.href).origin;
  } catch (e) {
    return;
  }
  if (!/^https?:\/\//.test(origin)) {
    return;
  }
  if (window.__vtChatEmbedLoaded) {
    return; // included twice
  }
  window.__vtChatEmbedLoaded = true;

  var CHAT_URL = origin + "/?embed=1";
  var LABEL = "Chat met Veilig Thuis";
  var Z = "2147483000";
  var ESCAPE_WINDOW_MS = 1500; // as in the chat itself
  var FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

  // !important keeps host page CSS out, except for text spacing: readers who
  // need more line, letter or word spacing override it with their own styles
  // (WCAG 1.4.12). Inside the shadow root the host cannot reach them anyway.
  var USER_ADJUSTABLE = { "line-height": true, "letter-spacing": true, "word-spacing": true };

  function css(node, props) {
    Object.keys(props).forEach(function (name) {
      node.style.setProperty(name, props[name], USER_ADJUSTABLE[name] ? "" : "important");
    });
  }

  function focusRing(node, colour) {
    node.addEventListener("focus", function () {
      css(node, { "outline": "3px solid " + colour, "outline-offset": "3px" });
    });
    node.addEventListener("blur", function () {
      node.style.removeProperty("outline");
      node.style.removeProperty("outline-offset");
    });
  }

  function build() {
    if (document.getElementById("vt-chat-embed")) {
      return;
    }

    var host = document.createElement("div");
    host.id = "vt-chat-embed";
    css(host, {
      "all": "initial",
      "position": "static",
      "display": "block",
      "width": "0",
      "height": "0"
    });
    document.body.appendChild(host);

    var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;

    var launcher = document.createElement("button");
    launcher.type = "button";
    launcher.textContent = LABEL;
    launcher.setAttribute("aria-expanded", "false");
    launcher.setAttribute("aria-controls", "vt-chat-panel");
    css(launcher, {
      "position": "fixed",
      "right": "16px",
      "bottom": "16px",
      "z-index": Z,
      "min-height": "48px",
      "margin": "0",
      "padding": "12px 20px",
      "border": "2px solid #ffffff",
      "border-radius": "999px",
      "background": "#1d2b4f",
      "color": "#ffffff",
      "font-family": FONT,
      "font-size": "16px",
      "font-weight": "700",
      "line-height": "1.2",
      "letter-spacing": "normal",
      "text-transform": "none",
      "box-shadow": "0 4px 14px rgba(0, 0, 0, 0.3)",
      "cursor": "pointer"
    });
    focusRing(launcher, "#0b57d0");

    var panel = document.createElement("div");
    panel.id = "vt-chat-panel";
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-modal", "false");
    panel.setAttribute("aria-label", LABEL);
    panel.hidden = true;
    css(panel, {
      "position": "fixed",
      "z-index": Z,
      "display": "none",
      "flex-direction": "column",
      "box-sizing": "border-box",
      "margin": "0",
      "padding": "0",
      "background": "#ffffff",
      "border": "2px solid #1d2b4f",
      "box-shadow": "0 8px 30px rgba(0, 0, 0, 0.35)",
      "overflow": "hidden",
      "font-family": FONT,
      "color": "#1b1f24"
    });

    var bar = document.createElement("div");
    css(bar, {
      "display": "flex",
      "align-items": "center",
      "justify-content": "space-between",
      "gap": "8px",
      "flex": "none",
      "padding": "4px 4px 4px 12px",
      "background": "#131d36",
      "color": "#ffffff",
      "font-family": FONT,
      "font-size": "15px",
      "font-weight": "600",
      "line-height": "1.3"
    });

    var title = document.createElement("span");
    title.textContent = "Chat";

    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Sluiten";
    close.setAttribute("aria-label", "Sluiten: chatvenster verbergen");
    css(close, {
      "min-height": "40px",
      "margin": "0",
      "padding": "6px 14px",
      "border": "2px solid #ffffff",
      "border-radius": "8px",
      "background": "transparent",
      "color": "#ffffff",
      "font-family": FONT,
      "font-size": "15px",
      "font-weight": "600",
      "cursor": "pointer"
    });
    focusRing(close, "#ffd400");

    bar.appendChild(title);
    bar.appendChild(close);
    panel.appendChild(bar);
    root.appendChild(panel);
    root.appendChild(launcher);

    var iframe = null;
    var isOpen = false;
    var small = window.matchMedia ? window.matchMedia("(max-width: 480px), (max-height: 560px)") : null;

    function layout() {
      if (small && small.matches) {
        css(panel, {
          "top": "0", "right": "0", "bottom": "0", "left": "0",
          "width": "100%", "height": "100%",
          "border-radius": "0"
        });
        css(launcher, { "display": isOpen ? "none" : "inline-block" });
      } else {
        panel.style.removeProperty("top");
        panel.style.removeProperty("left");
        css(panel, {
          "right": "16px", "bottom": "80px",
          "width": "min(400px, calc(100vw - 32px))",
          "height": "min(640px, calc(100vh - 100px))",
          "border-radius": "12px"
        });
        css(launcher, { "display": "inline-block" });
      }
    }

    function ensureIframe() {
      if (iframe) {
        return;
      }
      iframe = document.createElement("iframe");
      iframe.src = CHAT_URL;
      iframe.title = LABEL;
      iframe.referrerPolicy = "no-referrer";
      iframe.setAttribute("referrerpolicy", "no-referrer");
      css(iframe, {
        "display": "block",
        "flex": "1 1 auto",
        "width": "100%",
        "min-height": "0",
        "border": "0",
        "margin": "0",
        "padding": "0",
        "background": "#ffffff"
      });
      iframe.addEventListener("load", function () {
        if (isOpen) {
          focusChat(); // the first open came before the chat had loaded
        }
      });
      panel.appendChild(iframe);
    }

    function open() {
      ensureIframe();
      isOpen = true;
      panel.hidden = false;
      css(panel, { "display": "flex" });
      launcher.setAttribute("aria-expanded", "true");
      layout();
      focusChat();
    }

    // Put the cursor in the message box, so the chatter can type at once. The
    // host cannot reach into the chat's page (another origin): it asks it to.
    function focusChat() {
      try {
        iframe.focus();
        iframe.contentWindow.postMessage({ type: "vt-focus" }, origin);
      } catch (e) { /* ignore */ }
    }

    function hide() {
      isOpen = false;
      panel.hidden = true;
      css(panel, { "display": "none" });
      launcher.setAttribute("aria-expanded", "false");
      layout();
      launcher.focus();
    }

    launcher.addEventListener("click", function () {
      if (isOpen) {
        hide();
      } else {
        open();
      }
    });
    close.addEventListener("click", hide);
    close.addEventListener("keydown", function (event) {
      if (event.key === "Escape" || event.key === "Esc") {
        hide();
      }
    });

    if (small) {
      if (small.addEventListener) {
        small.addEventListener("change", layout);
      } else if (small.addListener) {
        small.addListener(layout);
      }
    }
    layout();

    // Quick exit: the chat tells where to go ("vt-ready"), and asks to leave
    // ("vt-quick-exit") when "Snel weg" is used inside it. Escape twice on this
    // (host) page leaves too once the chat was opened: the same as in the chat.
    var exitUrl = null;
    var lastEscape = 0;

    function httpUrl(value) {
      try {
        var url = new URL(value);
        return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
      } catch (e) {
        return null;
      }
    }

    function leave(url) {
      if (host.parentNode) {
        host.parentNode.removeChild(host); // drops the iframe and its socket
      }
      window.location.replace(url);
    }

    window.addEventListener("message", function (event) {
      if (event.origin !== origin || !iframe || event.source !== iframe.contentWindow) {
        return;
      }
      var data = event.data;
      var url = data && typeof data.url === "string" ? httpUrl(data.url) : null;
      if (!url) {
        return;
      }
      if (data.type === "vt-ready") {
        exitUrl = url;
      } else if (data.type === "vt-quick-exit") {
        leave(url);
      }
    });

    document.addEventListener("keydown", function (event) {
      if ((event.key !== "Escape" && event.key !== "Esc") || !iframe || !exitUrl) {
        return;
      }
      var now = Date.now();
      if (now - lastEscape <= ESCAPE_WINDOW_MS) {
        event.preventDefault();
        leave(exitUrl);
      } else {
        lastEscape = now;
      }
    }, true);
  }

  if (document.body) {
    build();
  } else {
    document.addEventListener("DOMContentLoaded", build);
  }
}());
