// Daftar search: Pagefind's JS API with Arabic-aware query expansion, facets and
// sorting. The index holds the text exactly as published; this script widens the
// *query* instead:
//   1. normalise it as build_scripts/arabic_text.py normalises matching keys
//      (diacritics, tatweel, alef/hamza forms, ى/ي, ة/ه, Persian letters);
//   2. add clitic-stripped forms (و ف ب ك ل, ال, لل: لأوكرانيا → أوكرانيا);
//   3. add the registry's spellings of a name (زيلنسكي → زيلينسكي) and, on the
//      English site, English aliases, from a table the build embeds in the page.
// Every combination is searched and the results merged, best score first.
(function () {
  "use strict";

  var DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/g;
  var INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u00AD\uFEFF\u061C]/g;
  var FOLD = { "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك", "ە": "ه", "ھ": "ه", "ۀ": "ه" };
  var PROCLITICS = ["وبال", "وكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "و", "ف", "ب", "ك", "ل"];
  var MAX_VARIANTS = 6;
  var MAX_QUERIES = 12;
  var PAGE_SIZE = 10;

  function normalise(text) {
    return text.normalize("NFKC").replace(INVISIBLE, "").replace(DIACRITICS, "")
      .replace(/[أإآٱىةیکەھۀ]/g, function (c) { return FOLD[c]; })
      .replace(/["'“”‘’«»„]/g, "").toLowerCase();
  }

  function stripped(word) {
    var forms = [];
    PROCLITICS.forEach(function (prefix) {
      var rest = word.slice(prefix.length);
      if (word.indexOf(prefix) !== 0 || rest.length < 3) return;
      forms.push(rest);
      if (rest.indexOf("ال") !== 0) forms.push("ال" + rest);  // Pagefind's stemmer folds ال+word forms
    });
    return forms;
  }

  function unique(list) {
    var seen = {};
    return list.filter(function (x) { if (!x || seen[x]) return false; seen[x] = true; return true; });
  }

  // All spellings worth searching for one typed word.
  function variants(word, aliases) {
    var key = normalise(word);
    var forms = unique([word, key].concat(stripped(key)));
    var expanded = forms.slice();
    forms.forEach(function (form) { (aliases[form] || []).forEach(function (a) { expanded.push(a); }); });
    return unique(expanded).slice(0, MAX_VARIANTS);
  }

  function queries(text, aliases) {
    var words = text.trim().split(/\s+/).filter(Boolean);
    var phrase = aliases[normalise(text.trim())];
    var combos = [[]];
    words.forEach(function (word) {
      var next = [];
      variants(word, aliases).forEach(function (variant, index) {
        combos.forEach(function (combo) {
          if (index === 0 || next.length < MAX_QUERIES) next.push(combo.concat([variant]));
        });
      });
      combos = next.slice(0, MAX_QUERIES);
    });
    var result = combos.map(function (c) { return c.join(" "); });
    if (phrase) result = phrase.concat(result);
    return unique(result).slice(0, MAX_QUERIES);
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function Search(root) {
    this.root = root;
    this.t = JSON.parse(root.getAttribute("data-labels"));
    var table = document.getElementById("daftar-search-aliases");
    this.aliases = table ? JSON.parse(table.textContent) : {};
    var bundle = document.querySelector("meta[name=daftar-pagefind]").getAttribute("content");
    this.bundle = new URL(bundle, window.location.href).href;
    this.shown = PAGE_SIZE;
    this.build();
  }

  Search.prototype.build = function () {
    var self = this;
    var form = el("form", { role: "search", class: "daftar-search__form" });
    form.addEventListener("submit", function (e) { e.preventDefault(); self.run(); });
    this.input = el("input", { type: "search", class: "daftar-search__input", "aria-label": this.t.placeholder,
      placeholder: this.t.placeholder, autocomplete: "off", dir: "auto" });
    this.input.addEventListener("input", function () { clearTimeout(self.timer); self.timer = setTimeout(function () { self.run(); }, 200); });
    form.appendChild(this.input);
    this.facets = el("div", { class: "daftar-search__facets" });
    this.sort = el("select", { class: "daftar-search__sort", "aria-label": this.t.sort });
    [["", this.t.relevance], ["desc", this.t.newest], ["asc", this.t.oldest]].forEach(function (o) {
      self.sort.appendChild(el("option", { value: o[0] }, o[1]));
    });
    this.sort.addEventListener("change", function () { self.run(); });
    this.status = el("p", { class: "daftar-search__status", role: "status", "aria-live": "polite" });
    this.list = el("ol", { class: "daftar-search__results" });
    this.more = el("button", { type: "button", class: "md-button daftar-search__more", hidden: "" }, this.t.more);
    this.more.addEventListener("click", function () { self.shown += PAGE_SIZE; self.render(); });
    [form, this.facets, this.sort, this.status, this.list, this.more].forEach(function (n) { self.root.appendChild(n); });
  };

  Search.prototype.load = function () {
    var self = this;
    if (!this.pagefind) {
      this.pagefind = import(this.bundle + "pagefind.js").then(function (pf) {
        // Result URLs relative to where the site is served (a Pages sub-path too).
        return pf.options({ baseUrl: new URL("..", self.bundle).pathname }).then(function () {
          return pf.filters().then(function (filters) { self.buildFacets(filters); return pf; });
        });
      });
    }
    return this.pagefind;
  };

  Search.prototype.buildFacets = function (filters) {
    var self = this;
    this.selects = {};
    ["actor", "country", "organisation", "outlet", "year"].forEach(function (name) {
      var values = filters[name];
      if (!values) return;
      var select = el("select", { "data-filter": name, "aria-label": self.t.facets[name] });
      select.appendChild(el("option", { value: "" }, self.t.facets[name]));
      Object.keys(values).sort(function (a, b) { return name === "year" ? b.localeCompare(a) : a.localeCompare(b, document.documentElement.lang); })
        .forEach(function (value) { select.appendChild(el("option", { value: value }, value + " (" + values[value] + ")")); });
      select.addEventListener("change", function () { self.run(); });
      self.selects[name] = select;
      self.facets.appendChild(select);
    });
  };

  Search.prototype.options = function () {
    var filters = {};
    var selects = this.selects || {};
    Object.keys(selects).forEach(function (name) { if (selects[name].value) filters[name] = selects[name].value; });
    var options = { filters: filters };
    if (this.sort.value) options.sort = { date: this.sort.value };
    return options;
  };

  Search.prototype.run = function () {
    var self = this;
    var text = this.input.value.trim();
    var options;
    var run = (this.generation = (this.generation || 0) + 1);
    this.load().then(function (pf) {
      options = self.options();
      var hasFilter = Object.keys(options.filters).length > 0;
      if (!text && !hasFilter) { self.results = []; self.render(); return; }
      var list = text ? queries(text, self.aliases) : [null];
      return Promise.all(list.map(function (q) { return pf.search(q, options); })).then(function (responses) {
        if (run !== self.generation) return;
        var best = {};
        responses.forEach(function (r) {
          (r && r.results || []).forEach(function (hit, rank) {
            var order = options.sort ? rank : -hit.score;
            if (!best[hit.id] || order < best[hit.id].order) best[hit.id] = { hit: hit, order: order };
          });
        });
        self.results = Object.keys(best).map(function (k) { return best[k]; })
          .sort(function (a, b) { return a.order - b.order; }).map(function (x) { return x.hit; });
        self.shown = PAGE_SIZE;
        self.render();
      });
    });
  };

  Search.prototype.render = function () {
    var self = this;
    var results = this.results || [];
    this.status.textContent = this.input.value.trim() || results.length ? this.t.count.replace("{n}", results.length) : "";
    this.more.hidden = results.length <= this.shown;
    var slice = results.slice(0, this.shown);
    Promise.all(slice.map(function (hit) { return hit.data(); })).then(function (pages) {
      self.list.textContent = "";
      pages.forEach(function (page) {
        var item = el("li", { class: "daftar-search__result" });
        var link = el("a", { href: page.url, class: "daftar-search__link" }, page.meta.title || page.url);
        item.appendChild(link);
        if (page.meta.date) item.appendChild(el("span", { class: "daftar-search__date" }, " · " + page.meta.date));
        var excerpt = el("p", { class: "daftar-search__excerpt", dir: "auto" });
        excerpt.innerHTML = page.excerpt; // Pagefind escapes page text and adds only <mark>
        item.appendChild(excerpt);
        self.list.appendChild(item);
      });
    });
  };

  function start() {
    var root = document.getElementById("daftar-search");
    if (!root) return;
    var search = new Search(root);
    window.daftarSearch = { normalise: normalise, queries: function (t) { return queries(t, search.aliases); } };
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) { search.input.value = query; search.run(); } else { search.load(); }
    search.input.focus();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
