// Start the Pagefind UI on the search page; `?q=` pre-fills the query so
// searches can be linked and bookmarked. Pagefind picks the index of the
// page's <html lang>, so Arabic pages search the Arabic index.
(function () {
  function start() {
    var element = document.getElementById("daftar-search");
    if (!element || typeof PagefindUI === "undefined") return;
    // Material puts dir on <body>; Pagefind UI reads it from <html>.
    document.documentElement.setAttribute("dir", document.body.getAttribute("dir") || "ltr");
    var ui = new PagefindUI({
      element: "#daftar-search",
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      autofocus: true,
      translations: { placeholder: element.getAttribute("data-placeholder") }
    });
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) ui.triggerSearch(query);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
