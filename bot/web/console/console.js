/* Worker console: queue, takeover and live chat, over /api/ and /api/staff/ws.
   All chatter text is put in the page as text nodes, never as HTML. */
(function () {
  "use strict";

  var LEVEL_NAMES = { acuut: "acuut", hoog: "hoog", verhoogd: "verhoogd", geen: "geen" };
  var SPEAKERS = { slachtoffer: "slachtoffer", omstander: "omstander",
    professional: "professional", zelf: "over zichzelf", ander: "over iemand anders",
    onbekend: "onbekend" };
  var REASONS = { gevaar: "gevaar herkend", gevraagd: "vroeg om een medewerker",
    niet_begrepen: "assistent begreep het niet" };
  var FROM = { user: "Chatter", bot: "Assistent", worker: "Medewerker", system: "Melding" };

  var state = { csrf: null, user: null, selected: null, items: [], mine: [],
    seenAcute: {}, socket: null, retry: 0 };

  function $(id) { return document.getElementById(id); }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function api(method, path, body) {
    var headers = { "Accept": "application/json" };
    if (body !== undefined) { headers["Content-Type"] = "application/json"; }
    if (method !== "GET" && state.csrf) { headers["X-CSRF-Token"] = state.csrf; }
    return fetch(path, { method: method, headers: headers, credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (resp) {
        return resp.json().catch(function () { return {}; }).then(function (data) {
          if (resp.status === 401 && path !== "/api/auth/login") { showLogin(); }
          return { status: resp.status, data: data };
        });
      });
  }

  var VIEWS = ["work-view", "review-view", "report-view", "audit-view"];

  function showLogin() {
    state.csrf = null;
    if (state.socket) { state.socket.onclose = null; state.socket.close(); }
    $("login-view").hidden = false;
    VIEWS.forEach(function (id) { $(id).hidden = true; });
    $("tabs").hidden = true;
    $("who").hidden = true;
    $("logout").hidden = true;
  }

  function allowedTabs(role) {
    return Array.prototype.filter.call(document.querySelectorAll("#tabs button"),
      function (b) { return b.dataset.roles.split(" ").indexOf(role) >= 0; });
  }

  function showView(id) {
    VIEWS.forEach(function (v) { $(v).hidden = v !== id; });
    document.querySelectorAll("#tabs button").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.dataset.view === id));
    });
    if (id !== "work-view" && window.VTReview) { window.VTReview.show(id); }
  }

  function showWork(user, csrf) {
    state.user = user;
    state.csrf = csrf;
    $("login-view").hidden = true;
    $("who").hidden = false;
    $("who").textContent = user.username + " (" + user.role + ")";
    $("logout").hidden = false;
    var tabs = allowedTabs(user.role);
    document.querySelectorAll("#tabs button").forEach(function (b) {
      b.hidden = tabs.indexOf(b) < 0;
    });
    $("tabs").hidden = tabs.length < 2;
    if (user.role === "medewerker" || user.role === "beheerder") {
      connect();
      loadAdviceLibrary();
    }
    if (tabs.length) { showView(tabs[0].dataset.view); }
  }

  function loadAdviceLibrary() {
    api("GET", "/api/advice-library").then(function (r) {
      if (r.status !== 200) { return; }
      var pick = $("advice-pick");
      var topic = $("reply-topic");
      pick.textContent = "";
      while (topic.options.length > 1) { topic.remove(1); }
      r.data.items.forEach(function (a) {
        var option = el("option", null, a.topic + " · " + a.audience);
        option.value = a.id;
        pick.appendChild(option);
      });
      r.data.topics.forEach(function (t) {
        var option = el("option", null, t);
        option.value = t;
        topic.appendChild(option);
      });
    });
  }

  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var socket = new WebSocket(scheme + location.host + "/api/staff/ws");
    state.socket = socket;
    $("link-state").textContent = "Verbinden…";
    socket.onopen = function () {
      state.retry = 0;
      $("link-state").textContent = "Verbonden: nieuwe chats verschijnen direct.";
    };
    socket.onmessage = function (event) {
      var frame;
      try { frame = JSON.parse(event.data); } catch (e) { return; }
      if (frame.type === "queue") { renderQueue(frame.items || [], frame.mine || []); }
      if (frame.type === "messages") { onMessages(frame); }
    };
    socket.onclose = function () {
      $("link-state").textContent = "Verbinding weg, opnieuw verbinden…";
      state.retry = Math.min(state.retry + 1, 5);
      setTimeout(function () {
        api("GET", "/api/auth/me").then(function (r) { if (r.status === 200) { connect(); } });
      }, 1000 * state.retry);
    };
  }

  function beep() {
    try {
      var Ctx = window.AudioContext || window.webkitAudioContext;
      var ctx = new Ctx();
      [0, 0.4].forEach(function (at) {
        var osc = ctx.createOscillator();
        var gain = ctx.createGain();
        osc.frequency.value = 880;
        gain.gain.value = 0.2;
        osc.connect(gain);
        gain.connect(ctx.destination);
        osc.start(ctx.currentTime + at);
        osc.stop(ctx.currentTime + at + 0.25);
      });
    } catch (e) { /* no audio device: the red badge still shows */ }
  }

  function renderQueue(items, mine) {
    var fresh = items.filter(function (i) {
      return i.level === "acuut" && !state.seenAcute[i.id];
    });
    items.forEach(function (i) { if (i.level === "acuut") { state.seenAcute[i.id] = true; } });
    if (fresh.length) { beep(); }
    state.items = items;
    state.mine = mine;
    $("queue-count").textContent = String(items.length);
    fill($("queue"), items, false);
    fill($("mine"), mine, true);
    refreshSelection();
  }

  function fill(list, items, mine) {
    list.textContent = "";
    if (!items.length) {
      list.appendChild(el("li", "empty", mine ? "Geen gesprekken." : "De wachtrij is leeg."));
      return;
    }
    items.forEach(function (item) {
      var li = el("li", "level-" + item.level);
      li.tabIndex = 0;
      li.dataset.conversation = item.conversation_id;
      if (item.conversation_id === state.selected) { li.classList.add("selected"); }
      var head = el("div");
      head.appendChild(el("span", "badge " + item.level, LEVEL_NAMES[item.level] || item.level));
      if (item.language_note) {
        // Prominent: the worker needs an interpreter before answering.
        head.appendChild(document.createTextNode(" "));
        var lang = el("span", "badge language", item.language_note);
        lang.lang = "nl";
        head.appendChild(lang);
      }
      head.appendChild(document.createTextNode(" " + (REASONS[item.reason] || item.reason) +
        " · wacht sinds " + time(item.waiting_since)));
      li.appendChild(head);
      if (item.intake_line) { li.appendChild(el("p", "intake-line", item.intake_line)); }
      var s = item.summary || {};
      li.appendChild(el("p", "summary", "Wie: " + (SPEAKERS[s.speaker] || s.speaker || "onbekend") +
        (s.found && s.found.length ? " · Gevonden: " + s.found.join(", ") : "")));
      (s.last_messages || []).forEach(function (text) {
        li.appendChild(el("p", "summary", "“" + text + "”"));
      });
      li.addEventListener("click", function () { select(item.conversation_id); });
      li.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(item.conversation_id); }
      });
      list.appendChild(li);
    });
  }

  function time(iso) {
    if (!iso) { return ""; }
    var d = new Date(iso);
    return d.toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit" });
  }

  function findItem(conversationId) {
    var all = state.items.concat(state.mine);
    for (var i = 0; i < all.length; i++) {
      if (all[i].conversation_id === conversationId) { return all[i]; }
    }
    return null;
  }

  function select(conversationId) {
    state.selected = conversationId;
    $("conv-error").textContent = "";
    api("GET", "/api/conversations/" + encodeURIComponent(conversationId)).then(function (r) {
      if (r.status !== 200) { $("conv-error").textContent = r.data.message || "Niet gelukt."; return; }
      var list = $("transcript");
      list.textContent = "";
      (r.data.events || []).forEach(function (item) { list.appendChild(renderItem(item)); });
      list.scrollTop = list.scrollHeight;
      showIntake($("intake-card"), list, r.data);
      refreshSelection();
    });
  }

  // The intake card above a transcript; a quote jumps to its message.
  function showIntake(card, list, conversation) {
    if (!window.VTIntake) { return; }
    var labels = {};
    (conversation.events || []).forEach(function (item) {
      ((item.danger && item.danger.indicators) || []).forEach(function (i) {
        labels[i.code] = i.label;
      });
    });
    window.VTIntake.render(card, conversation.intake, {
      corrections: conversation.intake_corrections || [],
      label: function (code) { return labels[code] || code.replace(/_/g, " "); },
      onQuote: function (index) { jumpTo(list, index); }
    });
  }

  function jumpTo(list, index) {
    var target = list.querySelector('li[data-message="' + index + '"]');
    if (!target) { return; }
    list.querySelectorAll("li.jump").forEach(function (li) { li.classList.remove("jump"); });
    target.classList.add("jump");
    target.tabIndex = -1;
    target.scrollIntoView({ block: "center" });
    target.focus();
  }

  // New chatter messages can change the intake: read it again, at most once a second.
  var intakeTimer = null;
  function refreshIntake() {
    if (intakeTimer) { return; }
    intakeTimer = setTimeout(function () {
      intakeTimer = null;
      var selected = state.selected;
      if (!selected) { return; }
      api("GET", "/api/conversations/" + encodeURIComponent(selected)).then(function (r) {
        if (r.status === 200 && state.selected === selected) {
          showIntake($("intake-card"), $("transcript"), r.data);
        }
      });
    }, 1000);
  }

  function refreshSelection() {
    var item = state.selected ? findItem(state.selected) : null;
    var isMine = state.mine.some(function (i) { return i.conversation_id === state.selected; });
    $("conv-title").textContent = state.selected ? "Gesprek" : "Geen gesprek gekozen";
    $("conv-meta").textContent = item ? ("Niveau: " + item.level + " · " +
      (REASONS[item.reason] || item.reason) + (item.summary && item.summary.found.length ?
      " · " + item.summary.found.join(", ") : "")) : "";
    $("claim").hidden = !(item && item.status === "open");
    $("reply-form").hidden = !isMine;
    $("advice-form").hidden = !isMine;
    document.querySelectorAll(".items li").forEach(function (li) {
      li.classList.toggle("selected", li.dataset.conversation === state.selected);
    });
  }

  function renderItem(item) {
    var li = el("li", "from-" + item.from);
    if (item.ref) { li.setAttribute("data-ref", item.ref); }
    if (typeof item.message === "number") { li.setAttribute("data-message", String(item.message)); }
    var label = FROM[item.from] || item.from;
    if (item.from === "worker" && item.worker) { label += " (" + item.worker + ")"; }
    if (item.time) { label += " · " + time(item.time); }
    if (item.pending) { label += " · gevaar wordt beoordeeld…"; }
    if (item.danger && item.danger.level && item.danger.level !== "geen") {
      label += " · " + item.danger.level.toUpperCase();
    }
    li.appendChild(el("span", "who", label));
    li.appendChild(highlighted(item.text, (item.danger && item.danger.indicators) || []));
    return li;
  }

  function highlighted(text, indicators) {
    var out = el("span", "text");
    var spans = indicators.slice().sort(function (a, b) { return a.start - b.start; });
    var pos = 0;
    spans.forEach(function (s) {
      if (s.start < pos || s.end > text.length || s.end <= s.start) { return; }
      out.appendChild(document.createTextNode(text.slice(pos, s.start)));
      var mark = el("mark", null, text.slice(s.start, s.end));
      mark.title = s.label;
      mark.appendChild(el("span", "label", "[" + s.label + "]"));
      out.appendChild(mark);
      pos = s.end;
    });
    out.appendChild(document.createTextNode(text.slice(pos)));
    return out;
  }

  function cssEscape(value) {
    return window.CSS && CSS.escape ? CSS.escape(value) : String(value).replace(/[^a-zA-Z0-9_-]/g, "");
  }

  function onMessages(frame) {
    var acute = (frame.items || []).some(function (i) {
      return i.danger && i.danger.level === "acuut";
    });
    var isMine = state.mine.some(function (i) { return i.conversation_id === frame.conversation_id; });
    if (acute && isMine) { beep(); }
    if (frame.conversation_id !== state.selected) { return; }
    var list = $("transcript");
    frame.items.forEach(function (item) {
      var li = renderItem(item);
      // A live preview (pending) is replaced by the stored, assessed message.
      var previous = item.ref ? list.querySelector('li[data-ref="' + cssEscape(item.ref) + '"]') : null;
      if (previous) { list.replaceChild(li, previous); } else { list.appendChild(li); }
    });
    list.scrollTop = list.scrollHeight;
    if (frame.items.some(function (i) { return i.from === "user" && !i.pending; })) {
      refreshIntake();
    }
  }

  function conversationAction(path, body) {
    return api("POST", "/api/conversations/" + encodeURIComponent(state.selected) + path, body)
      .then(function (r) {
        if (r.status !== 200) { $("conv-error").textContent = r.data.message || "Niet gelukt."; }
        return r;
      });
  }

  // Shared with review.js (the review, report and audit views).
  window.VTConsole = { api: api, el: el, $: $, renderItem: renderItem, time: time,
    showIntake: showIntake,
    user: function () { return state.user; } };

  document.addEventListener("DOMContentLoaded", function () {
    $("login-form").addEventListener("submit", function (e) {
      e.preventDefault();
      $("login-error").textContent = "";
      api("POST", "/api/auth/login", { username: $("username").value,
        password: $("password").value }).then(function (r) {
        $("password").value = "";
        if (r.status === 200) { showWork(r.data.user, r.data.csrf_token); }
        else { $("login-error").textContent = r.data.message || "Inloggen is niet gelukt."; }
      });
    });
    $("logout").addEventListener("click", function () {
      api("POST", "/api/auth/logout", {}).then(showLogin);
    });
    $("claim").addEventListener("click", function () {
      var item = findItem(state.selected);
      if (!item) { return; }
      api("POST", "/api/queue/" + encodeURIComponent(item.id) + "/claim", {}).then(function (r) {
        if (r.status !== 200) { $("conv-error").textContent = r.data.message || "Niet gelukt."; return; }
        $("claim").hidden = true;
        $("reply-form").hidden = false;
        $("reply").focus();
      });
    });
    $("reply-form").addEventListener("submit", function (e) {
      e.preventDefault();
      var text = $("reply").value.trim();
      if (!text) { return; }
      var topic = $("reply-topic").value;
      var sent = topic ? conversationAction("/advice", { topic: topic, text: text })
        : conversationAction("/messages", { text: text });
      sent.then(function (r) {
        if (r.status === 200) { $("reply").value = ""; $("reply-topic").value = ""; $("reply").focus(); }
      });
    });
    $("advice-form").addEventListener("submit", function (e) {
      e.preventDefault();
      var id = $("advice-pick").value;
      if (id) { conversationAction("/advice", { advice_id: id }); }
    });
    document.querySelectorAll("#tabs button").forEach(function (b) {
      b.addEventListener("click", function () { showView(b.dataset.view); });
    });
    $("release-bot").addEventListener("click", function () {
      conversationAction("/release", { resume_bot: true });
    });
    $("release-close").addEventListener("click", function () {
      conversationAction("/release", { resume_bot: false });
    });
    api("GET", "/api/auth/me").then(function (r) {
      if (r.status === 200) { showWork(r.data.user, r.data.csrf_token); } else { showLogin(); }
    });
  });
}());
