/* The guided safety plan of the chat page (issue 14).
 *
 * A form the chatter may fill in part or not at all; the plan is shown on
 * screen as theirs, with a warning before they can copy it. Nothing of it is
 * sent or stored: the page only tells chat.js that a plan was made (the
 * "vt-safety-plan" event), which records that fact as advice without content.
 * Closing the plan, "Snel weg" or leaving the page wipes it.
 */
(function () {
  "use strict";

  function $(id) {
    return document.getElementById(id);
  }

  var el = {
    open: $("plan-open"),
    dialog: $("plan"),
    form: $("plan-form"),
    cancel: $("plan-cancel"),
    view: $("plan-view"),
    output: $("plan-output"),
    understood: $("plan-understood"),
    copy: $("plan-copy"),
    edit: $("plan-edit"),
    close: $("plan-close"),
    copied: $("plan-copied"),
    quickExit: $("quick-exit")
  };
  for (var key in el) {
    if (Object.prototype.hasOwnProperty.call(el, key) && !el[key]) {
      return; // not our page
    }
  }

  var EMPTY = "Niets ingevuld.";

  function value(id) {
    return $(id).value.trim();
  }

  function checked(name) {
    var boxes = el.form.querySelectorAll('input[name="' + name + '"]:checked');
    return Array.prototype.map.call(boxes, function (box) { return box.value; });
  }

  /* The plan as sections of lines, in the order of the form. */
  function plan() {
    var ready = checked("plan-ready");
    if (value("plan-ready-other")) {
      ready.push(value("plan-ready-other"));
    }
    var numbers = ["In direct gevaar: 112", "Veilig Thuis: 0800-2000 (gratis, dag en nacht)"];
    if (value("plan-number")) {
      numbers.push("Iemand die ik vertrouw: " + value("plan-number"));
    }
    var tell = [];
    if (value("plan-who")) {
      tell.push("Ik vertel het aan: " + value("plan-who"));
    }
    if (value("plan-code")) {
      tell.push("Ons codewoord: " + value("plan-code"));
    }
    return [
      ["Waar ik naartoe ga", value("plan-where") ? [value("plan-where")] : []],
      ["Wie ik het vertel", tell],
      ["Wat ik klaarleg", ready],
      ["Mijn telefoon veilig", checked("plan-phone")],
      ["Nummers", numbers]
    ];
  }

  /* Built with text nodes only: what the chatter typed is never HTML. */
  function render(sections) {
    el.output.textContent = "";
    sections.forEach(function (section) {
      var heading = document.createElement("h3");
      heading.textContent = section[0];
      var list = document.createElement("ul");
      (section[1].length ? section[1] : [EMPTY]).forEach(function (line) {
        var item = document.createElement("li");
        item.textContent = line;
        list.appendChild(item);
      });
      el.output.appendChild(heading);
      el.output.appendChild(list);
    });
  }

  function asText(sections) {
    return sections.map(function (section) {
      var lines = section[1].length ? section[1] : [EMPTY];
      return section[0] + "\n" + lines.map(function (l) { return "- " + l; }).join("\n");
    }).join("\n\n");
  }

  function showForm() {
    el.view.hidden = true;
    el.form.hidden = false;
  }

  function wipe() {
    el.form.reset();
    el.output.textContent = "";
    el.copied.textContent = "";
    el.understood.checked = false;
    el.copy.disabled = true;
    showForm();
  }

  function openPlan() {
    showForm();
    if (typeof el.dialog.showModal === "function") {
      el.dialog.showModal();
    } else {
      el.dialog.setAttribute("open", "");
    }
    $("plan-where").focus();
  }

  function closePlan() {
    if (typeof el.dialog.close === "function") {
      el.dialog.close();
    } else {
      el.dialog.removeAttribute("open");
    }
    el.open.focus();
  }

  function onSubmit(event) {
    event.preventDefault();
    render(plan());
    el.understood.checked = false;
    el.copy.disabled = true;
    el.copied.textContent = "";
    el.form.hidden = true;
    el.view.hidden = false;
    $("plan-view-title").setAttribute("tabindex", "-1");
    $("plan-view-title").focus();
    document.dispatchEvent(new CustomEvent("vt-safety-plan"));
  }

  function onCopy() {
    if (!el.understood.checked) {
      return;
    }
    var text = asText(plan());
    var done = function () { el.copied.textContent = "Gekopieerd."; };
    var failed = function () {
      el.copied.textContent = "Kopiëren lukte niet. Selecteer de tekst van je plan en kopieer die zelf.";
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, failed);
    } else {
      failed();
    }
  }

  el.open.addEventListener("click", openPlan);
  el.form.addEventListener("submit", onSubmit);
  el.cancel.addEventListener("click", closePlan);
  el.edit.addEventListener("click", function () {
    showForm();
    $("plan-where").focus();
  });
  el.close.addEventListener("click", function () {
    wipe();
    closePlan();
  });
  el.understood.addEventListener("change", function () {
    el.copy.disabled = !el.understood.checked;
  });
  el.copy.addEventListener("click", onCopy);
  el.quickExit.addEventListener("click", wipe);
  window.addEventListener("pagehide", wipe);
}());
