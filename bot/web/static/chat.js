/*
 * Chat client. Vanilla JS, no build step, no third-party code.
 *
 * Privacy rules:
 *  - Only sessionStorage is used (key "vt-chat-session"); never cookies,
 *    localStorage, IndexedDB or a service worker.
 *  - Message text is never logged to the console.
 *  - Server/user text is only ever rendered with textContent.
 *
 * Delivery: one chatter message is on the wire at a time and stays on screen as
 * "not sent yet" until the server's ack says it is stored. After a reconnect the
 * server's history decides whether a message that was on the wire arrived, so a
 * message is neither lost nor shown (or sent) twice. A server that is still
 * starting answers with an empty history or "not_ready"; the page then keeps
 * what it shows and asks again a little later.
 */
(function () {
  "use strict";

  var STORAGE_KEY = "vt-chat-session";
  var DEFAULT_EXIT_URL = "https://www.weeronline.nl/";
  var DEFAULT_WS_PATH = "/chat/ws";
  var DEFAULT_MAX_LENGTH = 2000;
  var BACKOFF_MS = [1000, 2000, 4000, 8000, 10000];
  var RESYNC_MS = 3000;         // ask a starting server again after this long
  var RESYNC_LIMIT = 40;        // then accept what it says (2 minutes)
  var ESCAPE_WINDOW_MS = 1500;
  var TYPING_TIMEOUT_MS = 60000;
  var END_CLOSE_DELAY_MS = 3000;
  var MAX_TOKEN_LENGTH = 512;

  var LABELS = { user: "Jij", bot: "Assistent", worker: "Medewerker" };
  var NOTICE_KINDS = { joined: "worker", released: "", closed: "", waiting: "warning" };

  var TEXT = {
    status: {
      connecting: "Verbinden…",
      connected: "Je chat met de digitale assistent (AI), geen mens",
      starting: "Even geduld: de chat start op. Je bericht wordt daarna verstuurd.",
      reconnecting: "Verbinding verbroken, opnieuw verbinden…",
      worker: "Je chat nu met een medewerker van Veilig Thuis",
      ended: "Gesprek beëindigd"
    },
    workerJoined: "Je chat nu met een medewerker van Veilig Thuis.",
    pending: "Nog niet verzonden. Wordt verstuurd zodra er weer verbinding is.",
    notSent: "Niet verzonden.",
    newConversation: "Het vorige gesprek is gesloten. Wat je nu typt, komt in een nieuw gesprek.",
    genericError: "Er ging iets mis. Probeer het opnieuw.",
    endedNotice: "Het gesprek is beëindigd. Wil je opnieuw chatten? Kies ‘Nieuw gesprek’.",
    deleted: "Het gesprek is gewist. Alleen wordt bijgehouden welk advies je kreeg, zonder wat je schreef.",
    notDeleted: "Wissen is niet gelukt. Het gesprek wordt na 30 dagen vanzelf gewist.",
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
    var node = document.querySelector('meta[name="' + name + '"]');
    var value = node ? node.getAttribute("content") : null;
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
    endDelete: $("end-delete"),
    endDeleteLabel: $("end-delete-label"),
    newChat: $("new-chat"),
    language: $("language")
  };

  for (var key in el) {
    if (Object.prototype.hasOwnProperty.call(el, key) && !el[key]) {
      return; // not our page; do nothing
    }
  }

  /* ----------------------------------------------------------------- state */

  var ws = null;
  var ready = false;          // session confirmed (and history merged): may send
  var helloToken = null;      // the token sent in the last hello
  var attempt = 0;            // reconnect attempt counter
  var ended = false;
  var exiting = false;
  var workerActive = false;   // a worker has the conversation
  var workerNoticeShown = false;
  var outbox = [];            // [{id, frame, text, el, state}] not yet stored by the server
  var nextId = 1;
  var resyncs = 0;            // hellos sent to a server that is still starting
  var quickRepliesFor = null; // text of the message the quick replies belong to
  var reconnectTimer = null;
  var resyncTimer = null;
  var typingTimer = null;
  var closeTimer = null;
  var lastEscape = 0;
  var endedNotice = null;     // "gesprek beëindigd" notice; late server replies go above it
  var stickToBottom = true;   // keep the newest message in view (e.g. on resize/zoom)
  var pinnedAcute = null;     // this turn's 112 message, kept in view
  var planPending = false;    // a safety plan was made; its record is not sent yet
  var planRecorded = false;   // this conversation's safety plan record was sent

  /* -------------------------------------------------------------- language */

  // The page's fixed texts (Snel weg, 112, 0800-2000, the AI notice, the input
  // label) in each served language, from the server; the page follows the
  // language the assistant answers in, or the menu. Nothing is stored.
  var PAGE_TEXTS = readPageTexts();
  var pageLanguage = "nl";

  function readPageTexts() {
    var node = document.getElementById("vt-texts");
    try {
      var data = JSON.parse((node && node.textContent) || "{}");
      return data && typeof data === "object" ? data : {};
    } catch (e) {
      return {};
    }
  }

  function fillLanguageMenu() {
    var codes = Object.keys(PAGE_TEXTS);
    if (!codes.length) { return; }
    el.language.textContent = "";
    codes.forEach(function (code) {
      var option = document.createElement("option");
      option.value = code;
      option.textContent = str(PAGE_TEXTS[code].name) || code;
      option.lang = code;
      el.language.appendChild(option);
    });
    el.language.value = pageLanguage;
  }

  function setPageLanguage(code) {
    var texts = PAGE_TEXTS[code];
    if (!texts || code === pageLanguage) { return; }
    pageLanguage = code;
    document.documentElement.lang = code;
    document.documentElement.dir = texts.dir === "rtl" ? "rtl" : "ltr";
    Array.prototype.forEach.call(document.querySelectorAll("[data-text]"), function (node) {
      var value = texts[node.getAttribute("data-text")];
      if (typeof value === "string" && value) { node.textContent = value; }
    });
    el.language.value = code;
  }

  /* ------------------------------------------------------------ quick exit */

  function quickExit() {
    exiting = true;
    clearStorage();
    outbox = [];
    clearTimeout(reconnectTimer);
    clearTimeout(resyncTimer);
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

  function connectedStatus() {
    return workerActive ? "worker" : "connected";
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

  // The server's order is: stored messages, then what is still in the outbox.
  // A stored message (a reply, a notice) goes above the first message that is
  // not on the wire yet, so the screen shows what a reload would show.
  function insertionPoint() {
    for (var i = 0; i < outbox.length; i++) {
      if (outbox[i].state !== "sending" && outbox[i].el.parentNode === el.log) {
        return outbox[i].el;
      }
    }
    if (endedNotice && endedNotice.parentNode === el.log) {
      return endedNotice; // e.g. a goodbye sent after "end"
    }
    return null;
  }

  function appendToLog(node, forceScroll) {
    var stick = forceScroll || isNearBottom();
    el.log.insertBefore(node, insertionPoint());
    if (stick) {
      scrollToBottom();
      keepAcuteInView();
    }
  }

  /* The replies after a 112 message (the escalation, the questions) must not
   * push it out of sight: the view stops where the 112 message is at the top,
   * until the chatter writes again. */
  function keepAcuteInView() {
    if (!pinnedAcute || pinnedAcute.parentNode !== el.log) {
      return;
    }
    var top = el.scroller.getBoundingClientRect().top;
    if (getComputedStyle(el.scroller).overflowY === "visible") {
      // The page scrolls as a whole: the sticky top bar covers its top.
      var bar = document.querySelector(".topbar");
      top = bar ? bar.getBoundingClientRect().bottom : 0;
    }
    if (pinnedAcute.getBoundingClientRect().top < top) {
      pinnedAcute.scrollIntoView({ block: "start" });
      stickToBottom = false;
    }
  }

  function onScroll() {
    stickToBottom = isNearBottom();
  }

  function onResize() {
    fitScrollPadding();
    if (stickToBottom) {
      scrollToBottom();
    }
  }

  // When the page scrolls as a whole (short screens, large text), the sticky
  // top bar must not cover what gets focus or is scrolled to.
  function fitScrollPadding() {
    var bar = document.querySelector(".topbar");
    if (bar) {
      document.documentElement.style.scrollPaddingTop = bar.offsetHeight + "px";
    }
  }

  // The room for the conversation changes without a window resize too: answer
  // buttons appear, the message box grows, the top bar wraps. Stay at the newest.
  function watchLayout() {
    if (!window.ResizeObserver) {
      return;
    }
    var observer = new window.ResizeObserver(onResize);
    observer.observe(el.scroller);
    var bar = document.querySelector(".topbar");
    if (bar) {
      observer.observe(bar);
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
    body.dir = "auto"; // a Dutch line stays left to right on an Arabic page
    body.textContent = text;

    wrap.appendChild(who);
    wrap.appendChild(body);
    return wrap;
  }

  // Marks a node as part of the server's transcript, for comparing with history.
  function stored(node, from, text) {
    node.setAttribute("data-from", from);
    node.vtText = text;
    return node;
  }

  function addMessage(from, text, options) {
    var opts = options || {};
    var node = stored(buildMessage(from, text), from, text);
    if (opts.acute) {
      node.classList.add("acute");
      node.setAttribute("role", "alert");
    }
    if (opts.acute) {
      pinnedAcute = node;
    }
    appendToLog(node, opts.acute);
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
    if (ended || exiting || workerActive) {
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
      if (stickToBottom) {
        scrollToBottom(); // the buttons took room from the conversation
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

  /* ---------------------------------------------------------------- outbox */

  function socketOpen() {
    return ws !== null && ws.readyState === WebSocket.OPEN;
  }

  function setDelivery(item, state) {
    item.state = state;
    item.el.setAttribute("data-delivery", state);
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

  function clearPending(item) {
    item.el.classList.remove("is-pending");
    if (item.statusEl && item.statusEl.parentNode) {
      item.statusEl.parentNode.removeChild(item.statusEl);
    }
    item.statusEl = null;
  }

  function markStored(item) {
    clearPending(item);
    setDelivery(item, "stored");
    stored(item.el, "user", item.text);
  }

  function markFailed(item) {
    clearPending(item);
    setDelivery(item, "failed");
    item.el.classList.add("is-pending");
    var s = document.createElement("span");
    s.className = "msg-status";
    s.textContent = TEXT.notSent;
    item.el.appendChild(s);
  }

  // Sends the oldest waiting message when nothing else is on the wire.
  function flushOutbox() {
    if (!ready || !socketOpen() || outbox.length === 0 || outbox[0].state === "sending") {
      return;
    }
    var item = outbox[0];
    var frame = {};
    for (var k in item.frame) {
      if (Object.prototype.hasOwnProperty.call(item.frame, k)) {
        frame[k] = item.frame[k];
      }
    }
    frame.id = item.id;
    try {
      ws.send(JSON.stringify(frame));
    } catch (e) {
      return; // stays waiting; sent after the next (re)connect
    }
    clearPending(item);
    setDelivery(item, "sending");
    showTyping();
  }

  function submitUser(frame, displayText) {
    pinnedAcute = null;
    var node = buildMessage("user", displayText);
    var item = { id: "c" + nextId++, frame: frame, el: node, text: displayText, state: "" };
    setDelivery(item, "queued");
    el.log.insertBefore(node, endedNotice && endedNotice.parentNode === el.log ? endedNotice : null);
    scrollToBottom();
    outbox.push(item);
    flushOutbox();
    if (item.state !== "sending") {
      markPending(item);
    }
  }

  function onAck(data) {
    var item = outbox[0];
    if (!item || item.state !== "sending" || item.id !== data.id) {
      return;
    }
    outbox.shift();
    markStored(item);
    hideTyping();
    flushOutbox();
  }

  /* ------------------------------------------------------------ websocket */

  function closeSocket() {
    var sock = ws;
    ws = null;
    ready = false;
    clearTimeout(closeTimer);
    clearTimeout(resyncTimer);
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

  function sendHello() {
    helloToken = loadToken() || null;
    try {
      ws.send(JSON.stringify({ type: "hello", session: helloToken }));
    } catch (e) { /* close follows */ }
  }

  // A server that is still starting cannot read the conversation yet: ask again.
  function scheduleResync() {
    clearTimeout(resyncTimer);
    resyncTimer = setTimeout(function () {
      if (socketOpen() && !ended && !exiting) {
        resyncs += 1;
        sendHello();
      }
    }, RESYNC_MS);
  }

  function markReady() {
    if (!socketOpen()) {
      return;
    }
    ready = true;
    attempt = 0;
    resyncs = 0;
    setStatus(connectedStatus());
    flushOutbox();
    sendPlanRecord();
  }

  /* The safety plan (plan.js) is recorded as advice once per conversation:
   * only that it was made; its content never leaves this page. */
  function onSafetyPlan() {
    if (!planRecorded) {
      planPending = true;
      sendPlanRecord();
    }
  }

  function sendPlanRecord() {
    if (!planPending || !ready || ended || !socketOpen()) {
      return;
    }
    try {
      ws.send(JSON.stringify({ type: "safety_plan" }));
      planPending = false;
      planRecorded = true;
    } catch (e) { /* sent on the next connection */ }
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
      scheduleReconnect();
      return;
    }
    ws = sock;

    sock.onopen = function () {
      if (sock === ws) {
        sendHello();
      }
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
      clearTimeout(closeTimer);
      clearTimeout(resyncTimer);
      hideTyping();
      if (ended || exiting) {
        return;
      }
      // A message on the wire may or may not have arrived: the history says.
      outbox.forEach(function (item) {
        if (item.state === "sending") {
          setDelivery(item, "unsure");
        }
        markPending(item);
      });
      setStatus("reconnecting");
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
    if (exiting) {
      return;
    }
    switch (data.type) {
      case "session":
        onSession(data);
        break;
      case "history":
        onHistory(data);
        break;
      case "message":
        onMessage(data);
        break;
      case "notice":
        onNotice(data);
        break;
      case "ack":
        onAck(data);
        break;
      case "error":
        onError(data);
        break;
      case "typing":
        showTyping();
        break;
      case "ended":
        hideTyping();
        finishEnded(false);
        if (data.deleted === true) {
          addNotice(TEXT.deleted, "ended");
        } else if (data.deleted === false) {
          addNotice(TEXT.notDeleted, "ended");
        }
        break;
      default:
        break; // unknown frame types are ignored
    }
  }

  function onSession(data) {
    if (ended) {
      return;
    }
    var token = data.session;
    if (typeof token !== "string" || token.length === 0 || token.length > MAX_TOKEN_LENGTH) {
      return;
    }
    if (helloToken && token !== helloToken) {
      // The server no longer knows the old conversation (it ended or expired).
      addNotice(TEXT.newConversation, "");
      workerActive = false;
      workerNoticeShown = false;
      outbox.forEach(function (item) {
        if (item.state === "unsure") {
          setDelivery(item, "queued");
        }
      });
    }
    saveToken(token);
    if (token !== helloToken) {
      markReady(); // a new conversation: no history follows
    }
  }

  function onMessage(data) {
    var from = data.from === "worker" ? "worker" : "bot";
    var text = str(data.text);
    hideTyping();
    if (from === "worker") {
      showWorkerNoticeOnce();
    }
    if (typeof data.language === "string") {
      setPageLanguage(data.language);
    }
    if (text) {
      addMessage(from, text, { acute: data.acute === true });
    }
    // Buttons always belong to the last message: a message without buttons clears them.
    if (!ended) {
      renderQuickReplies(data.buttons, text);
    }
  }

  // Handoff notices from the server: a worker joined or left, the chat was
  // closed by the worker, or nobody could come in time (call 0800-2000 / 112).
  function onNotice(data) {
    var text = str(data.text);
    hideTyping();
    if (data.state === "joined") {
      workerNoticeShown = true;
      workerActive = true;
    } else if (data.state === "released" || data.state === "closed") {
      workerNoticeShown = false;
      workerActive = false;
    }
    if (ready) {
      setStatus(connectedStatus());
    }
    if (text) {
      var node = stored(buildNotice(text, NOTICE_KINDS[data.state] || ""), "system", text);
      node.setAttribute("role", "status");
      appendToLog(node, true);
    }
    if (data.state === "closed") {
      finishEnded(false);
    }
  }

  function onError(data) {
    hideTyping();
    var item = outbox[0];
    var onWire = item && item.state === "sending";
    if (data.code === "not_ready") {
      if (onWire) {
        setDelivery(item, "queued");
        markPending(item);
      }
      ready = false;
      setStatus("starting");
      scheduleResync();
      return;
    }
    if (onWire) {
      outbox.shift();
      markFailed(item);
    }
    addNotice(str(data.text) || TEXT.genericError, "error");
    flushOutbox();
  }

  /* ---------------------------------------------------------------- history */

  function historyItems(messages) {
    var items = [];
    messages.forEach(function (m) {
      if (!m || typeof m !== "object") {
        return;
      }
      var text = str(m.text);
      if (!text || ["user", "bot", "worker", "system"].indexOf(m.from) === -1) {
        return;
      }
      items.push({
        from: m.from,
        text: text,
        state: str(m.state),
        acute: m.acute === true,
        buttons: Array.isArray(m.buttons) ? m.buttons : []
      });
    });
    return items;
  }

  function shownItems() {
    var nodes = el.log.querySelectorAll("[data-from]");
    return Array.prototype.map.call(nodes, function (node) {
      return { from: node.getAttribute("data-from"), text: node.vtText, el: node };
    });
  }

  function same(a, b) {
    return a.from === b.from && a.text === b.text;
  }

  function renderHistoryItem(item, acuteTexts) {
    if (item.from === "system") {
      return stored(buildNotice(item.text, NOTICE_KINDS[item.state] || ""), "system", item.text);
    }
    var node = stored(buildMessage(item.from, item.text), item.from, item.text);
    if (item.from === "user") {
      node.setAttribute("data-delivery", "stored");
    }
    // No role="alert" here: an old message must not interrupt again.
    if (item.acute || (item.from === "bot" && acuteTexts[item.text])) {
      node.classList.add("acute");
    }
    return node;
  }

  function onHistory(data) {
    if (ended || !Array.isArray(data.messages)) {
      return;
    }
    hideTyping();
    var items = historyItems(data.messages);
    var shown = shownItems();
    if (items.length < shown.length && resyncs < RESYNC_LIMIT) {
      // The server knows less than this page showed it: it is still starting.
      setStatus("starting");
      scheduleResync();
      return;
    }

    var head = outbox[0];
    var headIndex = -1;
    var prefix = shown.length <= items.length && shown.every(function (s, i) {
      return same(s, items[i]);
    });
    var start = prefix ? shown.length : 0;
    if (head && head.state === "unsure") {
      // Stored if it is the first chatter message the server has beyond those
      // this page knew were stored.
      var known = shown.filter(function (s) { return s.from === "user"; }).length;
      var users = 0;
      for (var i = 0; i < items.length; i++) {
        if (items[i].from === "user" && users++ === known) {
          headIndex = i >= start && items[i].text === head.text ? i : -1;
          break;
        }
      }
      if (headIndex === -1) {
        setDelivery(head, "queued");
      }
    }

    var acuteTexts = {};
    Array.prototype.forEach.call(el.log.querySelectorAll(".acute"), function (node) {
      acuteTexts[node.vtText] = true;
    });
    var frag = document.createDocumentFragment();
    workerActive = false;
    items.forEach(function (item, index) {
      if (item.from === "system") {
        workerActive = item.state === "joined";
      }
      if (index < start) {
        return;
      }
      if (index === headIndex) {
        outbox.shift();
        markStored(head);
        frag.appendChild(head.el);
        return;
      }
      frag.appendChild(renderHistoryItem(item, acuteTexts));
    });
    workerNoticeShown = workerActive;
    // A whole conversation at once (a reload) is not read out message by message.
    if (start === 0 && items.length > 0) {
      el.log.setAttribute("aria-busy", "true");
    }
    if (!prefix) {
      el.log.textContent = ""; // what is shown differs from the server's record
    }
    el.log.appendChild(frag);
    outbox.forEach(function (item) {
      el.log.appendChild(item.el); // still to be sent: after everything stored
    });
    el.log.removeAttribute("aria-busy");

    // Answer buttons belong to the last message only.
    var last = items[items.length - 1];
    var lastIsReply = last && last.from !== "user" && outbox.length === 0;
    if (!(lastIsReply && last.text === quickRepliesFor)) {
      if (lastIsReply && last.buttons.length > 0) {
        renderQuickReplies(last.buttons, last.text);
      } else {
        clearQuickReplies();
      }
    }
    scrollToBottom();
    markReady();
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
    clearTimeout(resyncTimer);
    hideTyping();

    outbox.forEach(function (item) {
      if (item.state !== "sending") {
        markFailed(item);
      }
    });
    outbox = [];

    var focusWasInside = el.composer.contains(document.activeElement) ||
      document.activeElement === el.endChat ||
      el.quickReplies.contains(document.activeElement);
    clearQuickReplies();
    clearInputNotice();
    workerActive = false;
    setStatus("ended");
    endedNotice = null;
    endedNotice = addNotice(TEXT.endedNotice, "ended");

    el.input.disabled = true;
    el.send.disabled = true;
    el.endChat.hidden = true;
    el.endDeleteLabel.hidden = true;
    el.endDelete.checked = false;
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
        ws.send(JSON.stringify({ type: "end", delete: el.endDelete.checked }));
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
    helloToken = null;
    attempt = 0;
    resyncs = 0;
    workerActive = false;
    workerNoticeShown = false;
    planPending = false;
    planRecorded = false;
    outbox = [];
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
    el.endDeleteLabel.hidden = false;
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
  fillLanguageMenu();
  el.language.addEventListener("change", function () {
    setPageLanguage(el.language.value);
  });
  document.addEventListener("keydown", onGlobalKeydown, true);
  el.composer.addEventListener("submit", onSubmit);
  el.input.addEventListener("keydown", onInputKeydown);
  el.input.addEventListener("input", onInput);
  el.input.addEventListener("paste", onPaste);
  el.endChat.addEventListener("click", userEndChat);
  el.newChat.addEventListener("click", newChat);
  document.addEventListener("vt-safety-plan", onSafetyPlan);
  window.addEventListener("online", onOnline);
  if (isFramed) {
    // Tells the embed script where "Snel weg" goes, so Escape twice on the
    // host page leaves as well. The address is public configuration.
    try {
      window.parent.postMessage({ type: "vt-ready", url: exitUrl }, "*");
    } catch (e) { /* ignore */ }
  }
  if (isEmbed) {
    // The embed script asks for the message box when the panel opens.
    window.addEventListener("message", function (event) {
      var data = event.data;
      if (event.source === window.parent && data && data.type === "vt-focus" && !el.input.disabled) {
        el.input.focus();
      }
    });
  }
  el.scroller.addEventListener("scroll", onScroll, { passive: true });
  window.addEventListener("scroll", onScroll, { passive: true });
  window.addEventListener("resize", onResize);
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && exiting) {
      window.location.replace(exitUrl);
    }
  });

  fitScrollPadding();
  watchLayout();
  setStatus("connecting");
  connect();
}());
