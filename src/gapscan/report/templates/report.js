(function () {
  "use strict";
  // Sort the documents table by a clicked column: numbers as numbers, '-' last.
  var table = document.getElementById("doc-table");
  if (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      th.addEventListener("click", function () {
        var up = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", up ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var key = function (r) {
          var t = r.cells[col].textContent.trim();
          var n = parseFloat(t);
          return t === "-" ? null : (isNaN(n) || th.className !== "num" ? t.toLowerCase() : n);
        };
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          if (x === null) return y === null ? 0 : 1;
          if (y === null) return -1;
          return (x < y ? -1 : x > y ? 1 : 0) * (up ? 1 : -1);
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    var filter = document.getElementById("doc-filter");
    filter.addEventListener("input", function () {
      var q = filter.value.toLowerCase();
      Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
        r.classList.toggle("hidden", q !== "" && r.textContent.toLowerCase().indexOf(q) < 0);
      });
    });
  }
  // On paper a claims table is always open: a browser without ::details-content gets it opened for printing.
  var opened = [];
  window.addEventListener("beforeprint", function () {
    opened = Array.prototype.filter.call(document.querySelectorAll("details.claims"), function (d) { return !d.open; });
    opened.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
  // Show only the findings of one rule; a document with none of them is hidden too.
  var rule = document.getElementById("rule-filter");
  if (rule) {
    rule.addEventListener("change", function () {
      var shown = 0;
      document.querySelectorAll(".group").forEach(function (g) {
        var hide = rule.value !== "" && g.getAttribute("data-rule") !== rule.value;
        g.classList.toggle("hidden", hide);
        if (!hide) shown += parseInt(g.getAttribute("data-count"), 10);
      });
      document.querySelectorAll("article.doc").forEach(function (a) {
        a.classList.toggle("hidden", a.querySelectorAll(".group:not(.hidden)").length === 0);
      });
      document.getElementById("rule-filter-count").textContent = rule.value ? shown + " findings" : "";
    });
  }
}());
