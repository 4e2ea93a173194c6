/* The desk's page, enhanced: exports, the share link, sorting and filtering the
   table of amounts, claims that lead to their figure. The page works without it
   (service/templates/page.html); no framework, no build step, nothing inline. */
(function () {
  "use strict";

  var FIELDS = ["text", "lang", "date", "convert_to"];
  var form = document.getElementById("read");
  var state = document.body.getAttribute("data-state");
  var dataNode = document.getElementById("reply-data");
  var data = dataNode ? JSON.parse(dataNode.textContent) : null;

  // -- the share link: the text lives in the URL's fragment, never sent to the server --

  function fragmentOf(values) {
    var params = new URLSearchParams();
    FIELDS.forEach(function (name) {
      if (values[name]) { params.set(name, values[name]); }
    });
    return params.toString();
  }

  function formValues() {
    var values = {};
    FIELDS.forEach(function (name) { values[name] = form.elements[name].value; });
    return values;
  }

  var shared = new URLSearchParams(location.hash.slice(1));
  if (state === "empty" && shared.has("text")) {
    // a shared link opened: fill the form from the fragment and read it
    FIELDS.forEach(function (name) {
      if (shared.has(name)) { form.elements[name].value = shared.get(name); }
    });
    HTMLFormElement.prototype.submit.call(form);  // (the button named "submit" hides form.submit)
    return;
  }

  // Chromium takes URLs up to 2 MB; a longer link would be cut or refused
  var MAX_URL = 2000000;
  var fragment = state === "result" ? fragmentOf(formValues()) : "";
  var tooLong = location.origin.length + 2 + fragment.length > MAX_URL;
  if (tooLong) { fragment = ""; }
  if (fragment) {
    // the page's own address becomes the share link: reloading it reads the text again
    history.replaceState(null, "", "/" + location.search + "#" + fragment);
    document.querySelectorAll("a.ui-link").forEach(function (link) {
      link.href = link.getAttribute("href") + "#" + fragment;  // switch language, keep the text
    });
  }

  // -- readings: Escape closes the one shown (WCAG 1.4.13) --

  document.querySelectorAll(".mw").forEach(function (wrap) {
    var mark = wrap.querySelector(".m");
    var reading = wrap.querySelector(".reading");
    mark.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { reading.hidden = true; }
    });
    mark.addEventListener("blur", function () { reading.hidden = false; });
    wrap.addEventListener("mouseleave", function () { reading.hidden = false; });
    // a reading that would leave the window on the right opens leftwards instead
    function place() {
      reading.classList.remove("flip");
      if (reading.getBoundingClientRect().right > document.documentElement.clientWidth) {
        reading.classList.add("flip");
      }
    }
    mark.addEventListener("focus", place);
    wrap.addEventListener("mouseenter", place);
  });

  if (!data) { return; }

  // -- in-page links: scroll and focus without touching the fragment (it is the share link) --

  function show(id) {
    var mark = document.getElementById(id);
    if (!mark) { return; }
    mark.scrollIntoView({ block: "center" });
    mark.focus({ preventScroll: true });
  }

  document.querySelectorAll("main a[href^='#']").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      var target = link.getAttribute("href").slice(1);
      var mention = link.getAttribute("data-mention") || target;
      var sentence = document.getElementById(target);
      if (sentence && sentence.classList.contains("sentence")) {
        document.querySelectorAll(".sentence.current").forEach(function (s) {
          s.classList.remove("current");
        });
        sentence.classList.add("current");
      }
      show(mention);
    });
  });

  // -- exports --

  function download(name, type, content) {
    var url = URL.createObjectURL(new Blob([content], { type: type }));
    var link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  function csvCell(value) {
    var text = value === null || value === undefined ? "" : String(value);
    // a spreadsheet runs a cell that starts with = + - @ as a formula: not if it is text
    if (/^[=+\-@\t\r]/.test(text) && !/^[+-]?[0-9.]+$/.test(text)) { text = "'" + text; }
    return /[",\r\n]/.test(text) ? "\"" + text.replace(/"/g, "\"\"") + "\"" : text;
  }

  var claimOf = {};
  (data.reply.claims || []).forEach(function (claim) {
    claim.mention_ids.forEach(function (id) { claimOf[id] = claim.id; });
  });

  var CSV_COLUMNS = ["id", "start", "end", "text", "kind", "low", "high", "low_inclusive",
    "high_inclusive", "approximate", "currency", "unit", "qualifier", "currency_basis",
    "currency_alternatives", "converted_currency", "converted_low", "converted_high",
    "rate", "rate_date", "claim"];

  function csvRow(m) {
    var c = m.converted || {};
    return CSV_COLUMNS.map(function (column) {
      switch (column) {
        case "currency_alternatives": return m.currency_alternatives.join(" ");
        case "converted_currency": return c.currency;
        case "converted_low": return c.low;
        case "converted_high": return c.high;
        case "rate": return c.rate;
        case "rate_date": return c.rate_date;
        case "claim": return claimOf[m.id];
        default: return m[column];
      }
    }).map(csvCell).join(",");
  }

  function button(id, action) {
    var node = document.getElementById(id);
    if (node) { node.addEventListener("click", action); }
  }

  button("export-csv", function () {
    var lines = [CSV_COLUMNS.join(",")].concat(data.reply.mentions.map(csvRow));
    download("claims-mentions.csv", "text/csv;charset=utf-8", lines.join("\r\n") + "\r\n");
  });
  button("export-json", function () {
    download("claims-reply.json", "application/json", JSON.stringify(data.reply, null, 2) + "\n");
  });
  document.querySelectorAll("button.claim-review").forEach(function (node) {
    node.hidden = false;
    node.addEventListener("click", function () {
      var id = node.getAttribute("data-claim");
      download("claim-review-" + id + ".jsonld", "application/ld+json",
               JSON.stringify(data.claim_reviews[id], null, 2) + "\n");
    });
  });

  var status = document.getElementById("copy-status");
  var fallback = document.getElementById("tsv-fallback");

  function copy(text) {
    function failed() {
      fallback.value = text;
      fallback.hidden = false;
      fallback.select();
      status.textContent = status.getAttribute("data-failed");
    }
    if (!navigator.clipboard) { failed(); return; }
    navigator.clipboard.writeText(text).then(function () {
      fallback.hidden = true;
      status.textContent = status.getAttribute("data-copied");
    }, failed);
  }

  var TSV_COLUMNS = ["id", "text", "kind", "low", "high", "low_inclusive", "high_inclusive",
    "approximate", "currency", "unit", "qualifier", "converted_low", "converted_high",
    "converted_currency"];
  var byId = {};
  data.reply.mentions.forEach(function (m) { byId[m.id] = m; });

  button("export-tsv", function () {
    // the rows of the table as shown: its order and its filters
    var rows = Array.prototype.filter.call(table.tBodies[0].rows, function (row) {
      return !row.hidden;
    }).map(function (row) {
      var m = byId[row.getAttribute("data-id")];
      var c = m.converted || {};
      return TSV_COLUMNS.map(function (column) {
        var value = column.indexOf("converted_") === 0 ? c[column.slice(10)] : m[column];
        return value === null || value === undefined ? "" : String(value).replace(/[\t\r\n]+/g, " ");
      }).join("\t");
    });
    copy([TSV_COLUMNS.join("\t")].concat(rows).join("\n") + "\n");
  });

  var share = document.getElementById("share-link");
  if (tooLong) {
    var hint = document.getElementById("share-hint");
    hint.textContent = hint.getAttribute("data-too-long");
    share.disabled = true;
    document.getElementById("share-copy").disabled = true;
  } else {
    share.value = location.origin + "/#" + fragment;
  }
  button("share-copy", function () { copy(share.value); });
  document.getElementById("exports").hidden = false;

  // -- the table of amounts: sort by any column, filter by kind and currency --

  var table = document.getElementById("amounts");
  var headers = table.tHead.rows[0].cells;
  var label = table.getAttribute("data-sort-label");

  function cellValue(row, index, numeric) {
    var cell = row.cells[index];
    var raw = cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent;
    if (!numeric) { return raw.trim().toLowerCase(); }
    return raw === "" ? null : Number(raw);
  }

  Array.prototype.forEach.call(headers, function (th, index) {
    var numeric = th.getAttribute("data-sort") === "num";
    var sort = document.createElement("button");
    sort.type = "button";
    sort.className = "sort";
    sort.textContent = th.textContent;
    sort.setAttribute("aria-label", label.replace("{column}", th.textContent));
    th.textContent = "";
    th.appendChild(sort);
    sort.addEventListener("click", function () {
      var descending = th.getAttribute("aria-sort") === "ascending";
      Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = cellValue(a, index, numeric), y = cellValue(b, index, numeric);
        if (x === y) { return 0; }
        if (x === null) { return 1; }  // open ends last, whichever the order
        if (y === null) { return -1; }
        return (x < y ? -1 : 1) * (descending ? -1 : 1);
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });

  var kind = document.getElementById("filter-kind");
  var unit = document.getElementById("filter-unit");
  function filter() {
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      row.hidden = (kind.value && row.getAttribute("data-kind") !== kind.value) ||
                   (unit.value && row.getAttribute("data-unit") !== unit.value);
    });
  }
  kind.addEventListener("change", filter);
  unit.addEventListener("change", filter);
  document.getElementById("filters").hidden = false;
}());
