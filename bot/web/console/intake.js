/* The intake card: what the assistant gathered, for the worker and the reviewer.
   Built with DOM calls and text nodes only: every value may come from a chatter.
   Unknown fields say "onbekend" (a blank would read as "no"). */
(function () {
  "use strict";

  var SPEAKERS = { slachtoffer: "slachtoffer (over zichzelf)", kind: "kind",
    omstander: "omstander", professional: "professional",
    pleger: "pleger die hulp zoekt", onbekend: "onbekend" };
  var VICTIMS = { zelf: "de chatter zelf", partner: "partner", kind: "kind",
    ouder: "ouder", oudere: "oudere", broer_zus: "broer of zus", anders: "iemand anders" };
  var RELATIONS = { partner: "partner", "ex-partner": "ex-partner", ouder: "ouder",
    stiefouder: "stiefouder", kind: "(volwassen) kind", familie: "familielid",
    huisgenoot: "huisgenoot", anders: "iemand anders", onbekend: "onbekend" };
  var WHEN = { nu: "nu", vandaag: "vandaag", recent: "kort geleden", eerder: "eerder",
    onbekend: "wanneer onbekend" };
  // Dotted contract fields a reviewer can correct, by the card row that shows them.
  var FIELD_NAMES = {
    "speaker": "wie chat", "speaker_age": "leeftijd", "speaker_minor": "minderjarig",
    "victims": "wie wordt geschaad", "perpetrator.relation": "wie doet het",
    "perpetrator.present": "nu aanwezig", "children_in_household": "kinderen in huis",
    "children_ages": "leeftijden kinderen", "pattern.repeated": "herhaald",
    "pattern.escalating": "neemt toe", "structural_unsafety.signal": "structurele onveiligheid",
    "safe_now": "nu veilig", "callback.consent": "terugbellen" };

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function yesNo(value, yes, no) {
    if (value === true) { return yes || "ja"; }
    if (value === false) { return no || "nee"; }
    return "onbekend";
  }

  function list(values, names) {
    if (!values || !values.length) { return "onbekend"; }
    return values.map(function (v) { return (names && names[v]) || String(v); }).join(", ");
  }

  function shown(value) {
    if (value === null || value === undefined) { return "onbekend"; }
    if (value === true) { return "ja"; }
    if (value === false) { return "nee"; }
    if (Array.isArray(value)) { return value.length ? value.join(", ") : "geen"; }
    return String(value);
  }

  /* Render the card into container.
     options.label(code): Dutch label of an indicator code;
     options.onQuote(messageIndex): called when a quote is clicked (jump to it);
     options.corrections: [{field, value, by, at}], newest last. */
  function renderIntakeCard(container, intake, options) {
    options = options || {};
    container.textContent = "";
    if (!intake) { container.hidden = true; return; }
    container.hidden = false;
    var corrected = {};
    (options.corrections || []).forEach(function (c) { corrected[c.field] = c; });

    var head = el("div", "intake-head");
    head.appendChild(el("h3", null, "Intake"));
    head.appendChild(el("p", "intake-note", "samengesteld door de assistent, niet gecontroleerd"));
    container.appendChild(head);

    var signal = intake.structural_unsafety || { signal: false, reasons: [] };
    var banner = el("p", "intake-signal " + (signal.signal ? "on" : "off"));
    banner.appendChild(el("strong", null, "Signalen van structurele onveiligheid: "));
    banner.appendChild(document.createTextNode(signal.signal
      ? "ja — " + (signal.reasons.length ? signal.reasons.join("; ") : "zie patroon")
      : "niet gevonden"));
    note(banner, corrected["structural_unsafety.signal"]);
    container.appendChild(banner);

    var rows = el("dl", "intake-rows");
    function row(name, text, fields) {
      rows.appendChild(el("dt", null, name));
      var dd = el("dd", null, text);
      (fields || []).forEach(function (f) { note(dd, corrected[f]); });
      rows.appendChild(dd);
      return dd;
    }

    var who = SPEAKERS[intake.speaker] || intake.speaker;
    if (intake.speaker_age !== null && intake.speaker_age !== undefined) {
      who += ", " + intake.speaker_age + " jaar";
    }
    if (intake.speaker_minor === true) { who += " (minderjarig)"; }
    row("Wie chat", who, ["speaker", "speaker_age", "speaker_minor"]);
    row("Wie wordt geschaad", list(intake.victims, VICTIMS), ["victims"]);
    var perpetrator = intake.perpetrator || {};
    row("Wie doet het", (RELATIONS[perpetrator.relation] || perpetrator.relation) +
      " · nu aanwezig: " + yesNo(perpetrator.present),
      ["perpetrator.relation", "perpetrator.present"]);
    var kids = yesNo(intake.children_in_household);
    if (intake.children_ages && intake.children_ages.length) {
      kids += " (" + intake.children_ages.join(", ") + " jaar)";
    }
    row("Kindcheck: kinderen in huis", kids, ["children_in_household", "children_ages"]);

    var what = row("Wat en wanneer", (intake.incidents || []).length ? "" : "onbekend");
    if ((intake.incidents || []).length) {
      var ul = el("ul", "intake-incidents");
      intake.incidents.forEach(function (incident) {
        var li = el("li");
        var label = options.label ? options.label(incident.code) : incident.code;
        li.appendChild(document.createTextNode(label + " · " +
          (WHEN[incident.when] || incident.when) + ": "));
        var quote = el("button", "intake-quote", "“" + incident.quote + "”");
        quote.type = "button";
        quote.title = "Naar bericht " + (incident.message + 1);
        quote.setAttribute("data-message", String(incident.message));
        quote.addEventListener("click", function () {
          if (options.onQuote) { options.onQuote(incident.message); }
        });
        li.appendChild(quote);
        ul.appendChild(li);
      });
      what.appendChild(ul);
    }

    var pattern = intake.pattern || {};
    var patternText = "herhaald: " + yesNo(pattern.repeated) + " · neemt toe: " +
      yesNo(pattern.escalating) + (pattern.since ? " · sinds: " + pattern.since : "");
    row("Patroon", patternText, ["pattern.repeated", "pattern.escalating"]);
    var rihg = intake.rihg || {};
    row("RiHG", "pleger: " + list(rihg.pleger) + " · incident: " + list(rihg.incident) +
      " · context: " + list(rihg.context));
    row("Nu veilig", yesNo(intake.safe_now), ["safe_now"]);
    row("Beschermend", list(intake.protective));
    row("Wensen", list(intake.wishes));
    var callback = intake.callback || {};
    row("Terugbellen", yesNo(callback.consent, "ja, dat mag", "nee") +
      (callback.safe_time ? " · veilig: " + callback.safe_time : ""), ["callback.consent"]);
    row("Al gegeven advies", (intake.advice_given || []).length
      ? intake.advice_given.join(", ") : "nog geen");
    container.appendChild(rows);
  }

  function note(node, correction) {
    if (!correction) { return; }
    node.appendChild(el("span", "intake-corrected", " gecorrigeerd door " + correction.by +
      ": " + shown(correction.value)));
  }

  window.VTIntake = { render: renderIntakeCard, fields: FIELD_NAMES };
  window.renderIntakeCard = renderIntakeCard;
}());
