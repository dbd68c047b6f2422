// Small progressive enhancements (every page works without them), and one
// correction to Material's script.

// Material's language selector requests sitemap.xml beside every <link rel="alternate">
// in the page (each language's version of this page, the Atom feeds), hoping to map this
// page onto the other language's. Those sitemaps do not exist, so every page logged one
// 404 per link (Lighthouse's best-practices audit counts each), and nothing is lost
// without them: mkdocs-static-i18n already points the selector's links at this page's
// own translation. Material has no setting to turn the requests off, so they stop here,
// unsent, reporting "abort", which Material reads as "no sitemap": the selector's links
// are then followed as they are. Daftar needs no sitemap.xml in the browser (no
// navigation.instant, no Material search). This file is deferred, so it runs before
// DOMContentLoaded, when Material makes the requests.
(function () {
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.daftarUnsent = /\/sitemap\.xml$/.test(new URL(String(url), location.href).pathname);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (!this.daftarUnsent) return send.apply(this, arguments);
    this.dispatchEvent(new ProgressEvent("abort"));
  };
})();

(function () {
  // Sortable tables: click a header to sort by it (Arabic collation on Arabic pages).
  function makeSortable(table) {
    var lang = document.documentElement.lang || "en";
    var collator = new Intl.Collator(lang, { numeric: true, sensitivity: "base" });
    var headers = table.querySelectorAll("thead th");
    headers.forEach(function (th, column) {
      th.setAttribute("data-sortable", "");
      th.setAttribute("tabindex", "0");
      function sort() {
        var descending = th.getAttribute("aria-sort") !== "descending" && column > 0;
        if (th.getAttribute("aria-sort") === "ascending") descending = true;
        if (th.getAttribute("aria-sort") === "descending") descending = false;
        headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].textContent.trim(), y = b.cells[column].textContent.trim();
          var order = column > 0 ? Number(x) - Number(y) : collator.compare(x, y);
          return descending ? -order : order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (event) { if (event.key === "Enter") sort(); });
    });
  }

  // Quote filter: show one speaker's quotes.
  function makeFilter(select) {
    var target = document.getElementById(select.getAttribute("data-target"));
    select.addEventListener("change", function () {
      target.querySelectorAll("[data-speaker]").forEach(function (group) {
        group.hidden = select.value !== "" && group.getAttribute("data-speaker") !== select.value;
      });
    });
  }

  function start() {
    document.querySelectorAll(".daftar-sortable table").forEach(makeSortable);
    document.querySelectorAll(".daftar-quote-filter").forEach(makeFilter);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
