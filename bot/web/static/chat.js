/*
 * Chat client. Vanilla JS, no build step, no third-party code.
 *
 * Privacy rules:
 *  - Only sessionStorage is used (key "vt-chat-session"); never cookies,
 *    localStorage, IndexedDB or a service worker.
 *  - Message text is never logged to the console.
 *  - Server/user text is only ever rendered with textContent.
 */
(function () {
  "use strict";

  var STORAGE_KEY = "vt-chat-session";
  var DEFAULT_EXIT_URL = "https://www.weeronline.nl/";
  var DEFAULT_WS_PATH = "/chat/ws";
  var DEFAULT_MAX_LENGTH = 2000;
  var BACKOFF_MS = [1000, 2000, 4000, 8000, 10000];
  var ESCAPE_WINDOW_MS = 1500;
  var READY_FALLBACK_MS = 4000;
  var TYPING_TIMEOUT_MS = 60000;
  var END_CLOSE_DELAY_MS = 3000;
  var MAX_TOKEN_LENGTH = 512;

  var LABELS = { user: "Jij", bot: "Assistent", worker: "Medewerker" };
  var NOTICE_KINDS = { joined: "worker", released: "", closed: "", waiting: "warning" };

  var TEXT = {
    status: {
      connecting: "Verbinden…",
      connected: "Verbonden",
      reconnecting: "Verbinding verbroken, opnieuw verbinden…",
      worker: "Je chat met een medewerker",
      ended: "Gesprek beëindigd"
    },
    workerJoined: "Je chat nu met een medewerker van Veilig Thuis.",
    pending: "Nog niet verzonden. Wordt verstuurd zodra er weer verbinding is.",
    notSent: "Niet verzonden.",
    genericError: "Er ging iets mis. Probeer het opnieuw.",
    endedNotice: "Het gesprek is beëindigd. Wil je opnieuw chatten? Kies ‘Nieuw gesprek’.",
    atLimit: function (max) {
      return "Je hebt het maximum van " + max + " tekens bereikt. Verstuur dit bericht en schrijf verder in een nieuw bericht.";
    },
    truncated: function (max) {
      return "De geplakte tekst was te lang en is ingekort tot " + max + " tekens. Verstuur het in delen.";
    },
    tooLong: function (length, max) {
      return "Je bericht is te lang (" + length + " tekens). Het maximum is " + max +
        " tekens. Maak het korter of verstuur het in delen.";
    },
    counter: function (length, max) {
      return length + " van " + max + " tekens";
    }
  };

  /* ---------------------------------------------------------------- config */

  function readMeta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    var value = el ? el.getAttribute("content") : null;
    return value ? value.trim() : "";
  }

  function resolveExitUrl(value) {
    try {
      var url = new URL(value || DEFAULT_EXIT_URL, window.location.href);
      if (url.protocol === "https:" || url.protocol === "http:") {
        return url.href;
      }
    } catch (e) { /* fall through */ }
    return DEFAULT_EXIT_URL;
  }

  function resolveWsUrl(value) {
    var path = value || DEFAULT_WS_PATH;
    if (/^wss?:\/\//i.test(path)) {
      return path;
    }
    if (path.charAt(0) !== "/") {
      path = "/" + path;
    }
    var scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
    return scheme + "//" + window.location.host + path;
  }

  function resolveMaxLength(value) {
    var n = parseInt(value, 10);
    return n > 0 ? n : DEFAULT_MAX_LENGTH;
  }

  var exitUrl = resolveExitUrl(readMeta("vt-exit-url"));
  var wsUrl = resolveWsUrl(readMeta("vt-ws-path"));
  var maxLength = resolveMaxLength(readMeta("vt-max-length"));
  var isFramed = false;
  try {
    isFramed = window.top !== window.self;
  } catch (e) {
    isFramed = true;
  }
  var isEmbed = false;
  try {
    isEmbed = new URLSearchParams(window.location.search).get("embed") === "1";
  } catch (e) { /* ignore */ }

  /* --------------------------------------------------------------- storage */

  var memoryToken = null; // fallback when sessionStorage is unavailable

  function loadToken() {
    try {
      var t = window.sessionStorage.getItem(STORAGE_KEY);
      if (t) {
        return t;
      }
    } catch (e) { /* storage blocked */ }
    return memoryToken;
  }

  function saveToken(token) {
    memoryToken = token;
    try {
      window.sessionStorage.setItem(STORAGE_KEY, token);
    } catch (e) { /* storage blocked: keep in memory only */ }
  }

  function clearStorage() {
    memoryToken = null;
    try {
      window.sessionStorage.clear();
    } catch (e) { /* ignore */ }
  }

  /* ------------------------------------------------------------------- DOM */

  function $(id) {
    return document.getElementById(id);
  }

  var el = {
    quickExit: $("quick-exit"),
    status: $("status"),
    statusText: $("status-text"),
    scroller: $("scroller"),
    log: $("log"),
    typing: $("typing"),
    quickReplies: $("quick-replies"),
    composer: $("composer"),
    input: $("input"),
    send: $("send"),
    inputNotice: $("input-notice"),
    counter: $("counter"),
    endChat: $("end-chat"),
    newChat: $("new-chat")
  };

  for (var key in el) {
    if (Object.prototype.hasOwnProperty.call(el, key) && !el[key]) {
      return; // not our page; do nothing
    }
  }

  /* ----------------------------------------------------------------- state */

  var ws = null;
  var ready = false;          // hello acknowledged (session received)
  var attempt = 0;            // reconnect attempt counter
  var everConnected = false;
  var ended = false;
  var exiting = false;
  var workerNoticeShown = false;
  var queue = [];             // [{frame, el, text, statusEl}] not yet handed to the socket
  var sentSinceHello = [];    // user items sent on the current socket
  var quickRepliesFor = null; // text of the message the quick replies belong to
  var reconnectTimer = null;
  var readyTimer = null;
  var typingTimer = null;
  var closeTimer = null;
  var lastEscape = 0;
  var endedNotice = null;     // "gesprek beëindigd" notice; late server replies go above it
  var stickToBottom = true;   // keep the newest message in view (e.g. on resize/zoom)

  /* ------------------------------------------------------------ quick exit */

  function quickExit() {
    exiting = true;
    clearStorage();
    queue = [];
    sentSinceHello = [];
    clearTimeout(reconnectTimer);
    clearTimeout(readyTimer);
    clearTimeout(closeTimer);
    clearTimeout(typingTimer);
    var sock = ws;
    ws = null;
    if (sock) {
      sock.onopen = sock.onmessage = sock.onclose = sock.onerror = null;
      try {
        sock.close(1000);
      } catch (e) { /* ignore */ }
    }

    var navigated = false;
    if (isFramed) {
      // Embedded: leave the whole page, not just the iframe.
      try {
        window.parent.postMessage({ type: "vt-quick-exit", url: exitUrl }, "*");
      } catch (e) { /* ignore */ }
      try {
        window.top.location.replace(exitUrl);
        navigated = true;
      } catch (e) { /* blocked: fall back to this frame */ }
    }
    if (!navigated) {
      window.location.replace(exitUrl);
    }

    // Wipe what is on screen while the browser navigates away.
    document.documentElement.classList.add("exiting");
    try {
      el.input.value = "";
      el.log.textContent = "";
      el.quickReplies.textContent = "";
    } catch (e) { /* ignore */ }
  }

  function onGlobalKeydown(event) {
    if ((event.key !== "Escape" && event.key !== "Esc") || event.isComposing) {
      return;
    }
    var now = Date.now();
    if (now - lastEscape <= ESCAPE_WINDOW_MS) {
      event.preventDefault();
      lastEscape = 0;
      quickExit();
    } else {
      lastEscape = now;
    }
  }

  /* ---------------------------------------------------------------- status */

  function setStatus(state) {
    if (el.status.getAttribute("data-state") === state) {
      return; // avoid repeated screen reader announcements
    }
    el.status.setAttribute("data-state", state);
    el.statusText.textContent = TEXT.status[state] || "";
  }

  /* ------------------------------------------------------------- rendering */

  function isNearBottom() {
    var s = el.scroller;
    if (s.scrollHeight > s.clientHeight + 1 && getComputedStyle(s).overflowY !== "visible") {
      return s.scrollHeight - s.scrollTop - s.clientHeight < 96;
    }
    var doc = document.scrollingElement || document.documentElement;
    return doc.scrollHeight - window.scrollY - window.innerHeight < 96;
  }

  function scrollToBottom() {
    var s = el.scroller;
    s.scrollTop = s.scrollHeight;
    if (getComputedStyle(s).overflowY === "visible") {
      // Short viewport: the whole page scrolls.
      var doc = document.scrollingElement || document.documentElement;
      window.scrollTo(0, doc.scrollHeight);
    }
  }

  function appendToLog(node, forceScroll) {
    var stick = forceScroll || isNearBottom();
    if (endedNotice && endedNotice.parentNode === el.log) {
      el.log.insertBefore(node, endedNotice); // e.g. a goodbye sent after "end"
    } else {
      el.log.appendChild(node);
    }
    if (stick) {
      scrollToBottom();
    }
  }

  function onScroll() {
    stickToBottom = isNearBottom();
  }

  function onResize() {
    if (stickToBottom) {
      scrollToBottom();
    }
  }

  function buildMessage(from, text) {
    var wrap = document.createElement("div");
    wrap.className = "msg msg-" + from;

    var who = document.createElement("span");
    who.className = "msg-from";
    who.textContent = LABELS[from];
    var colon = document.createElement("span");
    colon.className = "sr-only";
    colon.textContent = ": ";
    who.appendChild(colon);

    var body = document.createElement("span");
    body.className = "msg-text";
    body.textContent = text;

    wrap.appendChild(who);
    wrap.appendChild(body);
    return wrap;
  }

  function addMessage(from, text, options) {
    var opts = options || {};
    var node = buildMessage(from, text);
    if (opts.acute) {
      node.classList.add("acute");
      if (opts.alert) {
        node.setAttribute("role", "alert");
      }
    }
    appendToLog(node, from === "user" || opts.acute);
    return node;
  }

  function buildNotice(text, kind) {
    var node = document.createElement("p");
    node.className = "notice" + (kind ? " notice-" + kind : "");
    node.textContent = text;
    return node;
  }

  function addNotice(text, kind) {
    var node = buildNotice(text, kind);
    appendToLog(node, true);
    return node;
  }

  function showWorkerNoticeOnce() {
    if (!workerNoticeShown) {
      workerNoticeShown = true;
      addNotice(TEXT.workerJoined, "worker");
    }
  }

  /* ---------------------------------------------------------------- typing */

  function showTyping() {
    if (ended || exiting) {
      return;
    }
    var stick = isNearBottom();
    el.typing.hidden = false;
    if (stick) {
      scrollToBottom();
    }
    clearTimeout(typingTimer);
    typingTimer = setTimeout(hideTyping, TYPING_TIMEOUT_MS);
  }

  function hideTyping() {
    clearTimeout(typingTimer);
    el.typing.hidden = true;
  }

  /* --------------------------------------------------------- quick replies */

  function clearQuickReplies() {
    var hadFocus = el.quickReplies.contains(document.activeElement);
    el.quickReplies.textContent = "";
    el.quickReplies.hidden = true;
    quickRepliesFor = null;
    if (hadFocus && !ended) {
      el.input.focus();
    }
  }

  function renderQuickReplies(buttons, forText) {
    clearQuickReplies();
    if (ended || !Array.isArray(buttons)) {
      return;
    }
    var count = 0;
    buttons.forEach(function (b) {
      if (!b || typeof b.title !== "string" || !b.title.trim()) {
        return;
      }
      var title = b.title;
      var payload = (typeof b.payload === "string" || typeof b.payload === "number") ?
        String(b.payload) : title;
      var btn = document.createElement("button");
      btn.type = "button";
      btn.className = "quick-reply";
      btn.textContent = title;
      btn.addEventListener("click", function () {
        onQuickReply(title, payload);
      });
      el.quickReplies.appendChild(btn);
      count += 1;
    });
    if (count > 0) {
      el.quickReplies.hidden = false;
      quickRepliesFor = forText;
      if (isNearBottom()) {
        scrollToBottom();
      }
    }
  }

  function onQuickReply(title, payload) {
    if (ended || exiting) {
      return;
    }
    clearQuickReplies();
    submitUser({ type: "button", payload: payload, title: title }, title);
    el.input.focus();
  }

  /* ------------------------------------------------------- outgoing queue */

  function socketOpen() {
    return ws !== null && ws.readyState === WebSocket.OPEN;
  }

  function markPending(item) {
    if (item.statusEl) {
      return;
    }
    item.el.classList.add("is-pending");
    var s = document.createElement("span");
    s.className = "msg-status";
    s.textContent = TEXT.pending;
    item.el.appendChild(s);
    item.statusEl = s;
  }

  function markSent(item) {
    item.el.classList.remove("is-pending");
    if (item.statusEl && item.statusEl.parentNode) {
      item.statusEl.parentNode.removeChild(item.statusEl);
    }
    item.statusEl = null;
  }

  function flushQueue() {
    var sentSomething = false;
    while (queue.length > 0 && ready && socketOpen()) {
      var item = queue[0];
      try {
        ws.send(JSON.stringify(item.frame));
      } catch (e) {
        break; // stays queued; sent after the next (re)connect
      }
      queue.shift();
      markSent(item);
      sentSinceHello.push(item);
      sentSomething = true;
    }
    if (sentSomething) {
      showTyping();
    }
  }

  function submitUser(frame, displayText) {
    var node = addMessage("user", displayText);
    var item = { frame: frame, el: node, text: displayText, statusEl: null };
    queue.push(item);
    flushQueue();
    if (queue.indexOf(item) !== -1) {
      markPending(item);
    }
  }

  /* ------------------------------------------------------------ websocket */

  function closeSocket() {
    var sock = ws;
    ws = null;
    ready = false;
    clearTimeout(readyTimer);
    clearTimeout(closeTimer);
    if (sock) {
      sock.onopen = sock.onmessage = sock.onclose = sock.onerror = null;
      try {
        sock.close(1000);
      } catch (e) { /* ignore */ }
    }
  }

  function scheduleReconnect() {
    if (ended || exiting) {
      return;
    }
    clearTimeout(reconnectTimer);
    var delay = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)];
    attempt += 1;
    reconnectTimer = setTimeout(connect, delay);
  }

  function markReady() {
    if (ready || !socketOpen()) {
      return;
    }
    ready = true;
    everConnected = true;
    attempt = 0;
    clearTimeout(readyTimer);
    setStatus("connected");
    flushQueue();
  }

  function connect() {
    if (ended || exiting) {
      return;
    }
    clearTimeout(reconnectTimer);
    reconnectTimer = null;
    if (ws) {
      return;
    }
    ready = false;

    var sock;
    try {
      sock = new WebSocket(wsUrl);
    } catch (e) {
      setStatus(everConnected ? "reconnecting" : "connecting");
      scheduleReconnect();
      return;
    }
    ws = sock;

    sock.onopen = function () {
      if (sock !== ws) {
        return;
      }
      sentSinceHello = [];
      try {
        sock.send(JSON.stringify({ type: "hello", session: loadToken() || null }));
      } catch (e) {
        return;
      }
      clearTimeout(readyTimer);
      // If the server never confirms the session, still start sending after a while.
      readyTimer = setTimeout(markReady, READY_FALLBACK_MS);
    };

    sock.onmessage = function (event) {
      if (sock !== ws || typeof event.data !== "string") {
        return;
      }
      var data;
      try {
        data = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      if (data && typeof data === "object") {
        handleFrame(data);
      }
    };

    sock.onclose = function () {
      if (sock !== ws) {
        return;
      }
      ws = null;
      ready = false;
      clearTimeout(readyTimer);
      clearTimeout(closeTimer);
      hideTyping();
      if (ended || exiting) {
        return;
      }
      // Items sent on this socket are considered delivered (no ack in the protocol).
      sentSinceHello = [];
      setStatus("reconnecting");
      queue.forEach(markPending);
      scheduleReconnect();
    };

    sock.onerror = function () {
      /* "close" follows; nothing to do (and nothing to log). */
    };
  }

  function onOnline() {
    if (!ws && !ended && !exiting) {
      attempt = 0;
      connect();
    }
  }

  /* ------------------------------------------------------ incoming frames */

  function str(value) {
    return typeof value === "string" ? value : "";
  }

  function handleFrame(data) {
    switch (data.type) {
      case "session":
        onSession(data);
        break;
      case "message":
        onMessage(data);
        break;
      case "history":
        onHistory(data);
        break;
      case "notice":
        onNotice(data);
        break;
      case "error":
        hideTyping();
        if (!exiting) {
          addNotice(str(data.text) || TEXT.genericError, "error");
        }
        break;
      case "typing":
        showTyping();
        break;
      case "ended":
        hideTyping();
        finishEnded(false);
        break;
      default:
        break; // unknown frame types are ignored
    }
  }

  function onSession(data) {
    if (ended || exiting) {
      return;
    }
    var token = data.session;
    if (typeof token === "string" && token.length > 0 && token.length <= MAX_TOKEN_LENGTH) {
      saveToken(token);
    }
    markReady();
  }

  function onMessage(data) {
    if (exiting) {
      return;
    }
    var from = data.from === "worker" ? "worker" : "bot";
    var text = str(data.text);
    hideTyping();
    if (from === "worker") {
      showWorkerNoticeOnce();
    }
    if (text) {
      addMessage(from, text, { acute: data.acute === true, alert: true });
    }
    // Buttons always belong to the last message: a message without buttons clears them.
    if (!ended) {
      renderQuickReplies(data.buttons, text);
    }
  }

  // Handoff notices from the server: a worker joined or left, the chat was
  // closed by the worker, or nobody could come in time (call 0800-2000 / 112).
  function onNotice(data) {
    if (exiting) {
      return;
    }
    var text = str(data.text);
    hideTyping();
    if (data.state === "joined") {
      workerNoticeShown = true;
      setStatus("worker");
    } else if (data.state === "released") {
      workerNoticeShown = false;
      setStatus("connected");
    }
    if (text) {
      var node = addNotice(text, NOTICE_KINDS[data.state] || "");
      node.setAttribute("role", "status");
    }
    if (data.state === "closed") {
      finishEnded(false);
    }
  }

  function onHistory(data) {
    if (ended || exiting || !Array.isArray(data.messages)) {
      return;
    }
    hideTyping();
    var stillPending = queue.map(function (item) { return item.el; });
    var sentHere = sentSinceHello.slice();

    var frag = document.createDocumentFragment();
    var historyUserTexts = [];
    var lastText = null;
    var lastFrom = null;
    workerNoticeShown = false;

    data.messages.forEach(function (m) {
      if (!m || typeof m !== "object") {
        return;
      }
      var from = m.from;
      var text = str(m.text);
      if (from === "system" && text) {
        workerNoticeShown = m.state === "joined";
        frag.appendChild(buildNotice(text, NOTICE_KINDS[m.state] || ""));
        return;
      }
      if (from !== "user" && from !== "bot" && from !== "worker") {
        return;
      }
      if (!text) {
        return;
      }
      if (from === "worker" && !workerNoticeShown) {
        workerNoticeShown = true;
        frag.appendChild(buildNotice(TEXT.workerJoined, "worker"));
      }
      var node = buildMessage(from, text);
      if (m.acute === true) {
        node.classList.add("acute"); // no role="alert": do not re-alert old messages
      }
      frag.appendChild(node);
      if (from === "user") {
        historyUserTexts.push(text);
      }
      lastText = text;
      lastFrom = from;
    });

    // Messages this client already sent on the current connection may or may
    // not be in the history; add back the ones that are missing from its tail.
    var tail = historyUserTexts.slice(-sentHere.length);
    sentHere.forEach(function (item) {
      var idx = tail.indexOf(item.text);
      if (idx !== -1) {
        tail.splice(idx, 1);
      } else {
        frag.appendChild(item.el);
      }
    });
    // Messages still waiting to be sent stay visible at the end.
    stillPending.forEach(function (node) {
      frag.appendChild(node);
    });

    el.log.setAttribute("aria-busy", "true");
    el.log.textContent = "";
    el.log.appendChild(frag);
    el.log.removeAttribute("aria-busy");

    if (!(lastFrom !== "user" && lastText !== null && lastText === quickRepliesFor)) {
      clearQuickReplies();
    }
    scrollToBottom();
  }

  /* ---------------------------------------------------------- composer */

  function updateCounter() {
    var length = el.input.value.length;
    el.counter.textContent = TEXT.counter(length, maxLength);
    el.counter.classList.toggle("is-near-limit", length >= maxLength * 0.9);
  }

  function showInputNotice(text) {
    el.inputNotice.textContent = text;
  }

  function clearInputNotice() {
    if (el.inputNotice.textContent) {
      el.inputNotice.textContent = "";
    }
  }

  function sendFromInput() {
    if (ended || exiting) {
      return;
    }
    var text = el.input.value.replace(/^\s+|\s+$/g, "");
    if (!text) {
      el.input.focus();
      return; // empty messages are not sent
    }
    if (text.length > maxLength) {
      showInputNotice(TEXT.tooLong(text.length, maxLength));
      el.input.focus();
      return;
    }
    clearInputNotice();
    el.input.value = "";
    updateCounter();
    clearQuickReplies();
    submitUser({ type: "message", text: text }, text);
    el.input.focus();
  }

  function onSubmit(event) {
    event.preventDefault();
    sendFromInput();
  }

  function onInputKeydown(event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      sendFromInput();
    }
  }

  var pasteTruncated = false;

  function onPaste(event) {
    var pasted = "";
    try {
      pasted = event.clipboardData ? event.clipboardData.getData("text") : "";
    } catch (e) { /* ignore */ }
    var input = el.input;
    var selected = Math.abs((input.selectionEnd || 0) - (input.selectionStart || 0));
    pasteTruncated = input.value.length - selected + pasted.length > maxLength;
  }

  function onInput() {
    updateCounter();
    var length = el.input.value.length;
    if (length > maxLength) {
      showInputNotice(TEXT.tooLong(length, maxLength));
    } else if (pasteTruncated) {
      showInputNotice(TEXT.truncated(maxLength));
    } else if (length >= maxLength) {
      showInputNotice(TEXT.atLimit(maxLength));
    } else {
      clearInputNotice();
    }
    pasteTruncated = false;
  }

  /* ------------------------------------------------------------ ending */

  function finishEnded(byUser) {
    if (ended) {
      return;
    }
    ended = true;
    clearStorage();
    clearTimeout(reconnectTimer);
    clearTimeout(readyTimer);
    hideTyping();

    queue.forEach(function (item) {
      markSent(item);
      item.el.classList.add("is-pending");
      var s = document.createElement("span");
      s.className = "msg-status";
      s.textContent = TEXT.notSent;
      item.el.appendChild(s);
    });
    queue = [];

    var focusWasInside = el.composer.contains(document.activeElement) ||
      document.activeElement === el.endChat ||
      el.quickReplies.contains(document.activeElement);
    clearQuickReplies();
    clearInputNotice();
    setStatus("ended");
    endedNotice = null;
    endedNotice = addNotice(TEXT.endedNotice, "ended");

    el.input.disabled = true;
    el.send.disabled = true;
    el.endChat.hidden = true;
    el.newChat.hidden = false;
    if (focusWasInside || byUser) {
      el.newChat.focus();
    }

    if (!byUser) {
      // Server ended the chat; it will close the socket. Make sure it goes.
      clearTimeout(closeTimer);
      closeTimer = setTimeout(closeSocket, END_CLOSE_DELAY_MS);
    }
  }

  function userEndChat() {
    if (ended || exiting) {
      return;
    }
    if (socketOpen()) {
      try {
        ws.send(JSON.stringify({ type: "end" }));
      } catch (e) { /* ignore */ }
      // Give the server a moment to reply and close; then close ourselves.
      finishEnded(true);
      clearTimeout(closeTimer);
      closeTimer = setTimeout(closeSocket, END_CLOSE_DELAY_MS);
    } else {
      finishEnded(true);
      closeSocket();
    }
  }

  function newChat() {
    if (exiting) {
      return;
    }
    closeSocket();
    clearTimeout(reconnectTimer);
    clearStorage();
    ended = false;
    ready = false;
    attempt = 0;
    everConnected = false;
    workerNoticeShown = false;
    queue = [];
    sentSinceHello = [];
    endedNotice = null;
    el.log.textContent = "";
    clearQuickReplies();
    clearInputNotice();
    hideTyping();
    el.input.disabled = false;
    el.send.disabled = false;
    el.input.value = "";
    updateCounter();
    el.newChat.hidden = true;
    el.endChat.hidden = false;
    setStatus("connecting");
    connect();
    el.input.focus();
  }

  /* -------------------------------------------------------------- init */

  if (isEmbed) {
    document.documentElement.classList.add("embed");
  }
  el.input.maxLength = maxLength;
  updateCounter();

  el.quickExit.addEventListener("click", quickExit);
  document.addEventListener("keydown", onGlobalKeydown, true);
  el.composer.addEventListener("submit", onSubmit);
  el.input.addEventListener("keydown", onInputKeydown);
  el.input.addEventListener("input", onInput);
  el.input.addEventListener("paste", onPaste);
  el.endChat.addEventListener("click", userEndChat);
  el.newChat.addEventListener("click", newChat);
  window.addEventListener("online", onOnline);
  el.scroller.addEventListener("scroll", onScroll, { passive: true });
  window.addEventListener("scroll", onScroll, { passive: true });
  window.addEventListener("resize", onResize);
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && exiting) {
      window.location.replace(exitUrl);
    }
  });

  setStatus("connecting");
  connect();
}());
