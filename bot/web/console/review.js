/* Review, advice report and audit views of the staff console.
   As in console.js, every text from the server goes in as a text node. */
(function () {
  "use strict";

  var C = null; // window.VTConsole, set once console.js has run
  var TAGS = { gemist_gevaar: "gemist gevaar", vals_alarm: "vals alarm",
    fout_advies: "fout advies", goed: "goed", notitie: "notitie" };
  var LEVELS = ["geen", "verhoogd", "hoog", "acuut"];
  var review = { page: 1, pages: 1, selected: null, original: false };

  function $(id) { return document.getElementById(id); }

  function query(fields) {
    var parts = [];
    Object.keys(fields).forEach(function (key) {
      var value = $(fields[key]).value.trim();
      if (value) { parts.push(encodeURIComponent(key) + "=" + encodeURIComponent(value)); }
    });
    return parts.join("&");
  }

  function day(iso) {
    return iso ? new Date(iso).toLocaleString("nl-NL", { dateStyle: "short", timeStyle: "short" }) : "";
  }

  function show(view) {
    C = window.VTConsole;
    if (view === "review-view") { loadList(); }
    if (view === "report-view") { loadReport(); }
    if (view === "audit-view") { loadAudit(); }
  }

  // -- conversations ---------------------------------------------------------------

  var FILTERS = { from: "f-from", to: "f-to", level: "f-level", indicator: "f-indicator",
    escalated: "f-escalated", audience: "f-audience", reviewed: "f-reviewed", q: "f-q" };

  function loadList() {
    var q = query(FILTERS);
    C.api("GET", "/api/conversations?page=" + review.page + (q ? "&" + q : "")).then(function (r) {
      var list = $("review-list");
      list.textContent = "";
      if (r.status !== 200) { $("review-count").textContent = r.data.message || "Niet gelukt."; return; }
      review.pages = r.data.pages;
      $("review-count").textContent = r.data.total + " gesprekken · pagina " + r.data.page +
        " van " + r.data.pages;
      r.data.items.forEach(function (item) {
        var li = C.el("li", "level-" + item.level);
        li.tabIndex = 0;
        li.dataset.conversation = item.id;
        var head = C.el("div");
        head.appendChild(C.el("span", "badge " + item.level, item.level));
        head.appendChild(document.createTextNode(" " + day(item.started) + " · " +
          item.messages + " berichten" + (item.escalated ? " · doorgezet" : "") +
          " · " + item.advice_count + " adviezen" + (item.reviewed ? " · beoordeeld" : "")));
        li.appendChild(head);
        if (item.indicators.length) {
          li.appendChild(C.el("p", "summary", item.indicators.map(function (i) {
            return i.label; }).join(", ")));
        }
        if (item.tags.length) {
          li.appendChild(C.el("p", "summary", "Labels: " + item.tags.map(function (t) {
            return TAGS[t] || t; }).join(", ")));
        }
        li.addEventListener("click", function () { open(item.id, false); });
        li.addEventListener("keydown", function (e) {
          if (e.key === "Enter" || e.key === " ") { e.preventDefault(); open(item.id, false); }
        });
        list.appendChild(li);
      });
    });
  }

  function open(id, original) {
    review.selected = id;
    review.original = original;
    $("rv-error").textContent = "";
    var path = "/api/conversations/" + encodeURIComponent(id) + (original ? "?original=1" : "");
    C.api("GET", path).then(function (r) {
      if (r.status !== 200) { $("rv-error").textContent = r.data.message || "Niet gelukt."; return; }
      var data = r.data;
      $("rv-title").textContent = "Gesprek van " + day(data.events.length ? data.events[0].time : null);
      $("rv-meta").textContent = "Niveau: " + data.level + " · doelgroep: " + (data.audience || "onbekend") +
        (data.redacted ? " · persoonsgegevens afgeschermd" : " · origineel") +
        (data.reviewed_by ? " · beoordeeld door " + data.reviewed_by : "");
      $("rv-original").hidden = !(data.redacted && C.user().role === "beheerder");
      var transcript = $("rv-transcript");
      transcript.textContent = "";
      var pick = $("rv-message");
      pick.textContent = "";
      var whole = C.el("option", null, "Het hele gesprek");
      whole.value = "";
      pick.appendChild(whole);
      data.events.forEach(function (item) {
        transcript.appendChild(C.renderItem(item));
        var option = C.el("option", null, "#" + (item.index + 1) + " " + item.from + ": " +
          item.text.slice(0, 60));
        option.value = String(item.index);
        pick.appendChild(option);
      });
      C.showIntake($("rv-intake"), transcript, data);
      $("rv-correct").hidden = C.user().role === "medewerker";
      fillPlain($("rv-handoffs"), data.handoffs.map(function (h) {
        return day(h.waiting_since) + " gevraagd (" + h.level + ", " + h.reason + ")" +
          (h.claimed_by ? " · overgenomen door " + h.claimed_by + " om " + day(h.claimed_at) : "") +
          (h.released_at ? " · losgelaten " + day(h.released_at) : "") + " · " + h.status;
      }), "Niet doorgezet.");
      fillPlain($("rv-advice"), data.advice.map(function (a) {
        return day(a.given_at) + " · " + a.topic + (a.advice_id ? " (" + a.advice_id + " v" +
          a.advice_version + ")" : " (eigen tekst)") + " · door " +
          (a.given_by === "worker" ? a.worker : "assistent");
      }), "Geen adviezen.");
      fillPlain($("rv-notes"), data.annotations.map(function (n) {
        return (TAGS[n.tag] || n.tag) + (n.message_index !== null ? " bij #" + (n.message_index + 1) : "") +
          (n.expected_level ? " · juist: " + n.expected_level : "") +
          (n.note ? " · " + n.note : "") + " · " + n.author;
      }), "Nog geen labels.");
      $("rv-annotate").hidden = C.user().role === "medewerker";
    });
  }

  // -- intake corrections -----------------------------------------------------------

  var YES_NO = [["true", "ja"], ["false", "nee"], ["null", "onbekend"]];
  var CHOICES = {
    "speaker": ["slachtoffer", "kind", "omstander", "professional", "pleger", "onbekend"],
    "perpetrator.relation": ["partner", "ex-partner", "ouder", "stiefouder", "kind",
      "familie", "huisgenoot", "anders", "onbekend"],
    "structural_unsafety.signal": [["true", "ja"], ["false", "nee"]]
  };
  var TYPED = { "speaker_age": "number", "children_ages": "numbers", "victims": "words" };

  function setUpCorrections() {
    C = window.VTConsole; // console.js ran first (scripts are deferred in order)
    var fields = (window.VTIntake && window.VTIntake.fields) || {};
    var pick = $("rv-field");
    Object.keys(fields).forEach(function (name) {
      var option = C.el("option", null, fields[name]);
      option.value = name;
      pick.appendChild(option);
    });
    pick.addEventListener("change", fillValues);
    fillValues();
    $("rv-correct").addEventListener("submit", correct);
  }

  function fillValues() {
    var field = $("rv-field").value;
    var typed = TYPED[field];
    $("rv-value").hidden = Boolean(typed);
    $("rv-value-text").hidden = !typed;
    $("rv-value-text").value = "";
    var values = $("rv-value");
    values.textContent = "";
    (CHOICES[field] || YES_NO).forEach(function (choice) {
      var pair = Array.isArray(choice) ? choice : [JSON.stringify(choice), choice];
      var option = C.el("option", null, pair[1]);
      option.value = pair[0];
      values.appendChild(option);
    });
  }

  function correctionValue(field) {
    var typed = TYPED[field];
    if (!typed) { return JSON.parse($("rv-value").value); }
    var raw = $("rv-value-text").value.trim();
    if (typed === "number") { return raw === "" ? null : Number(raw); }
    var parts = raw === "" ? [] : raw.split(",").map(function (p) { return p.trim(); });
    return typed === "numbers" ? parts.map(Number) : parts;
  }

  function correct(e) {
    e.preventDefault();
    var field = $("rv-field").value;
    var body = { field: field, value: correctionValue(field) };
    C.api("POST", "/api/conversations/" + encodeURIComponent(review.selected) + "/intake", body)
      .then(function (r) {
        if (r.status !== 201) { $("rv-error").textContent = r.data.message || "Niet gelukt."; return; }
        $("rv-error").textContent = "";
        open(review.selected, review.original);
      });
  }

  function fillPlain(list, lines, empty) {
    list.textContent = "";
    (lines.length ? lines : [empty]).forEach(function (line) { list.appendChild(C.el("li", null, line)); });
  }

  function annotate(e) {
    e.preventDefault();
    var body = { tag: $("rv-tag").value };
    if ($("rv-message").value !== "") { body.message_index = parseInt($("rv-message").value, 10); }
    if ($("rv-level").value) { body.expected_level = $("rv-level").value; }
    if ($("rv-note").value.trim()) { body.note = $("rv-note").value.trim(); }
    C.api("POST", "/api/conversations/" + encodeURIComponent(review.selected) + "/annotations", body)
      .then(function (r) {
        if (r.status !== 201) { $("rv-error").textContent = r.data.message || "Niet gelukt."; return; }
        $("rv-note").value = "";
        open(review.selected, review.original);
      });
  }

  // -- advice report ---------------------------------------------------------------

  function loadReport() {
    var q = query({ from: "r-from", to: "r-to" });
    $("report-csv").href = "/api/advice-records.csv" + (q ? "?" + q : "");
    C.api("GET", "/api/advice-report" + (q ? "?" + q : "")).then(function (r) {
      if (r.status !== 200) { $("report-total").textContent = r.data.message || "Niet gelukt."; return; }
      var data = r.data;
      $("report-total").textContent = data.total + " adviezen in deze periode.";
      var tables = $("report-tables");
      tables.textContent = "";
      [["Per onderwerp", data.by_topic], ["Per doelgroep", data.by_audience],
        ["Per week", data.by_week], ["Gegeven door", data.by_giver]].forEach(function (t) {
        tables.appendChild(countTable(t[0], t[1]));
      });
      chart($("report-chart"), data.per_day);
    });
  }

  function countTable(title, counts) {
    var table = C.el("table", "counts");
    table.appendChild(C.el("caption", null, title));
    Object.keys(counts).forEach(function (key) {
      var row = C.el("tr");
      row.appendChild(C.el("th", null, key));
      row.appendChild(C.el("td", null, String(counts[key])));
      table.appendChild(row);
    });
    return table;
  }

  function chart(box, days) {
    // Stacked bars per day (advice, conversations), one colour per level, plus a
    // table with the same numbers for screen readers and exact reading.
    box.textContent = "";
    var max = 1;
    days.forEach(function (d) {
      ["advice", "conversations"].forEach(function (kind) {
        var sum = LEVELS.reduce(function (n, l) { return n + d[kind][l]; }, 0);
        max = Math.max(max, sum);
      });
    });
    var bars = C.el("div", "bars");
    bars.setAttribute("aria-hidden", "true");
    days.forEach(function (d) {
      var group = C.el("div", "day");
      ["advice", "conversations"].forEach(function (kind) {
        var bar = C.el("div", "bar " + kind);
        LEVELS.forEach(function (level) {
          var part = C.el("span", "part " + level);
          part.style.height = (100 * d[kind][level] / max) + "%";
          bar.appendChild(part);
        });
        group.appendChild(bar);
      });
      group.appendChild(C.el("span", "label", d.day.slice(5)));
      bars.appendChild(group);
    });
    box.appendChild(bars);
    var table = C.el("table", "counts");
    table.appendChild(C.el("caption", null, "Per dag: adviezen / gesprekken (geen, verhoogd, hoog, acuut)"));
    days.forEach(function (d) {
      var row = C.el("tr");
      row.appendChild(C.el("th", null, d.day));
      row.appendChild(C.el("td", null, LEVELS.map(function (l) { return d.advice[l]; }).join(" / ")));
      row.appendChild(C.el("td", null, LEVELS.map(function (l) { return d.conversations[l]; }).join(" / ")));
      table.appendChild(row);
    });
    box.appendChild(table);
  }

  // -- audit -----------------------------------------------------------------------

  function loadAudit() {
    C.api("GET", "/api/audit?limit=200").then(function (r) {
      var rows = $("audit-rows");
      rows.textContent = "";
      if (r.status !== 200) { return; }
      r.data.items.forEach(function (e) {
        var row = C.el("tr");
        [day(e.at), e.username, e.role, e.action, e.target, e.detail || ""].forEach(function (v) {
          row.appendChild(C.el("td", null, v));
        });
        rows.appendChild(row);
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    $("review-filter").addEventListener("submit", function (e) {
      e.preventDefault();
      review.page = 1;
      loadList();
    });
    $("review-prev").addEventListener("click", function () {
      if (review.page > 1) { review.page -= 1; loadList(); }
    });
    $("review-next").addEventListener("click", function () {
      if (review.page < review.pages) { review.page += 1; loadList(); }
    });
    $("rv-original").addEventListener("click", function () { open(review.selected, true); });
    $("rv-annotate").addEventListener("submit", annotate);
    setUpCorrections();
    $("rv-reviewed").addEventListener("click", function () {
      C.api("POST", "/api/conversations/" + encodeURIComponent(review.selected) + "/reviewed", {})
        .then(function () { open(review.selected, review.original); loadList(); });
    });
    $("report-filter").addEventListener("submit", function (e) { e.preventDefault(); loadReport(); });
  });

  window.VTReview = { show: show };
}());
