// Daftar search: Pagefind's JS API with Arabic-aware query expansion, facets,
// sorting and excerpts cut from the original text. The index holds the text
// exactly as published plus index-only terms (build_scripts/search_terms.py);
// this script widens the *query*:
//   1. normalise it as build_scripts/arabic_text.py normalises matching keys
//      (diacritics, tatweel, alef/hamza forms, ى/ي, ة/ه, Persian letters);
//   2. add its proclitic readings (و ف, ب ك ل, ال: لأوكرانيا → أوكرانيا), the same
//      readings the pages index for the words they write with clitics;
//   3. add the registry's spellings of a name (ترمب → ترامب) and, through the
//      name skeleton, spellings no list has (زلنسكي → زيلينسكي), from tables the
//      build embeds in the page (build_scripts/search_aliases.py);
//   4. add ة for a final ه and the other hamza seat before و (مسئول → مسؤول).
// Every combination is searched and the results merged, best score first.
// Excerpts are cut here from the page text as written, never from the terms.
//
// normalise, procliticForms and skeleton are twins of the Python functions of
// the same job; tests/test_search_keys.py runs both on the same words.
(function () {
  "use strict";

  var PRESENTATION = /[\uFB50-\uFDFF\uFE70-\uFEFE]/g;
  // Diacritics, tatweel, invisible characters, quote marks: arabic_text.REMOVED.
  var REMOVED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF"'\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E\u201F\u2039\u203A`]/g;
  var FOLD = { "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ې": "ي", "ۍ": "ي",
    "ک": "ك", "ڪ": "ك", "ە": "ه", "ھ": "ه", "ۀ": "ه", "ہ": "ه" };
  var FOLDED = /[أإآٱىةیېۍکڪەھۀہ]/g;
  var NOT_WORD = /[^\p{L}\p{N}]+/gu;
  var EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
  var SENTINEL = "\u2042"; // search_terms.SENTINEL: the page's index-only terms follow it
  // Bounds on the work one typed query causes. Each Pagefind search is a WASM call
  // and may fetch an index chunk (cached afterwards): measured warm, eleven take
  // ~8 ms on the seed site and ~100 ms on a 1,000-article synthetic dossier, so
  // twelve (thirteen with a date sort) keep typing responsive. A word rarely has
  // more than six useful readings; a query's words are combined breadth-first.
  var MAX_VARIANTS = 6;
  var MAX_QUERIES = 12;
  var PAGE_SIZE = 10;
  var EXCERPT_WORDS = 30;
  var OWN_SCRIPT = document.documentElement.lang === "ar" ? /[\u0600-\u06FF]/ : /[A-Za-z]/;

  // arabic_text.space_glued_quotes: a double quotation mark glued between an Arabic word
  // and the next word stands for a space (وأضاف"قمنا); after a proclitic alone (و"حماس") it
  // is dropped like every other.
  var GLUED_QUOTE = /(?<=[\u0621-\u064A\u0640\u064B-\u0652])["\u201C\u201D\u00AB\u00BB\u201E\u201F\u2039\u203A](?=[\p{L}\p{N}_])/gu;
  var ONLY_PROCLITIC = /(?<![\p{L}\p{N}_\u0640])[وف]?(?:[بك]?ال|لل|[بلك])?\u0640*$/u;
  var DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;

  function spaceGluedQuotes(text) {
    return text.replace(GLUED_QUOTE, function (quote, at) {
      var word = text.slice(Math.max(0, at - 16), at).replace(DIACRITICS, "");
      return ONLY_PROCLITIC.test(word) ? quote : " ";
    });
  }

  function normalise(text) {
    return spaceGluedQuotes(text).replace(PRESENTATION, function (c) { return c.normalize("NFKC"); })
      .replace(REMOVED, "").replace(FOLDED, function (c) { return FOLD[c]; }).toLowerCase();
  }

  // arabic_text.proclitic_forms: every shorter reading, one clitic layer at a time.
  function procliticForms(key) {
    var forms = [];
    var rest = key;
    if ("وف".indexOf(rest.charAt(0)) >= 0 && rest.charAt(0) && rest.length >= 4) {
      rest = rest.slice(1);
      forms.push(rest);
    }
    if (rest.indexOf("لل") === 0 && rest.length >= 5) {
      rest = "ال" + rest.slice(2);
      forms.push(rest);
    } else if ("بكل".indexOf(rest.charAt(0)) >= 0 && rest.charAt(0) && rest.length >= 5) {
      rest = rest.slice(1);
      forms.push(rest);
    }
    if (rest.indexOf("ال") === 0 && rest.length >= 5) forms.push(rest.slice(2));
    return forms;
  }

  // search_terms.skeleton: the consonant frame shared by rule-made spellings of a name.
  function skeleton(word) {
    var key = normalise(word);
    var frame;
    if (key.length < 5) return null;
    if (/^[\u0621-\u064A\u067E\u0686\u06A4\u06AF]+$/.test(key)) {
      key = key.replace(/[غچگ]/g, "ج").replace(/پ/g, "ب").replace(/ڤ/g, "ف")
        .replace(/ئ/g, "ي").replace(/ؤ/g, "و").replace(/ء/g, "")
        .replace(/تس/g, "ز").replace(/تز/g, "ز");
      if (key.length < 3) return null;
      if (key.charAt(key.length - 1) === "ه") key = key.slice(0, -1) + "ي";
      frame = key.charAt(0) + key.slice(1, -1).replace(/[اوي]/g, "") + key.charAt(key.length - 1);
    } else {
      key = key.normalize("NFD").replace(/\p{M}/gu, "");
      if (!/^[a-z]+$/.test(key)) return null;
      key = key.replace(/ph/g, "f").replace(/w/g, "v").replace(/c/g, "k");
      frame = key.charAt(0) + key.slice(1).replace(/[aeiouy]/g, "");
    }
    frame = frame.replace(/(.)\1+/g, "$1");
    return frame.length >= (/^[a-z]/.test(frame) ? 5 : 4) ? frame : null;
  }

  function unique(list) {
    var seen = {};
    return list.filter(function (x) { if (!x || seen[x]) return false; seen[x] = true; return true; });
  }

  // Every spelling worth searching for one typed word, most literal first.
  function variants(word, tables) {
    var key = searchKey(word);
    // A name the registry writes this way is not a clitic + word (بوتين, فولوديمير).
    var name = isName(key, tables);
    var forms = unique([key].concat(name ? [] : procliticForms(key)));
    var out = name ? forms.slice() : withTehMarbuta(forms);
    forms.forEach(function (form) { out = out.concat((tables.aliases[form] || []).map(phrase)); });
    forms.forEach(function (form) { out = out.concat(skeletonWords(form, tables)); });
    // Hamza before و sits on و or on ي by custom (مسؤول/مسئول, شؤون/شئون); Pagefind
    // folds the two seats to different letters, so search the other one too.
    if (/[ؤئ]و/.test(key)) out.push(key.replace(/([ؤئ])و/g, function (m, c) { return (c === "ؤ" ? "ئ" : "ؤ") + "و"; }));
    return unique(out).slice(0, MAX_VARIANTS);
  }

  // Each form, then its spelling with ة where the key has ه: Pagefind's stemmer
  // matches القمه with القمة only in longer words.
  function withTehMarbuta(forms) {
    var out = [];
    forms.forEach(function (form) {
      out.push(form);
      if (form.length >= 3 && form.charAt(form.length - 1) === "ه") out.push(form.slice(0, -1) + "ة");
    });
    return out;
  }

  // A spelling of several words is searched as a phrase: unquoted, Pagefind would
  // drop a word it does not know and match on the rest (لو موند → لو).
  function phrase(spelling) {
    return /\s/.test(spelling) ? "\"" + spelling + "\"" : spelling;
  }

  // A typed word's key: normalised, outer punctuation trimmed (زيلينسكي، «الناتو»),
  // Arabic-Indic digits read as the Latin digits the articles use. Query side only.
  function searchKey(word) {
    return normalise(word).replace(EDGE_PUNCTUATION, "")
      .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, function (d) { return String(d.charCodeAt(0) & 0xF); });
  }

  function skeletonGroups(form, tables) {
    var frame = skeleton(form);
    return (frame && tables.skeletons[frame]) || [];
  }

  function written(group, key) {
    return group.some(function (w) { return normalise(w) === key; });
  }

  // Name words sharing the skeleton of form: the spellings of the person the
  // registry writes that way (سيرجي → سيرغي), else of everyone with that frame.
  function skeletonWords(form, tables) {
    var groups = skeletonGroups(form, tables);
    var own = groups.filter(function (g) { return written(g, form); });
    return [].concat.apply([], own.length ? own : groups);
  }

  function isName(key, tables) {
    return Boolean(tables.aliases[key]) || skeletonGroups(key, tables).some(function (g) { return written(g, key); });
  }

  // Combinations of the words' variants, those using the most literal readings first
  // (breadth-first by the sum of variant ranks), at most MAX_QUERIES.
  function combinations(lists) {
    var result = [];
    var most = lists.reduce(function (sum, l) { return sum + l.length - 1; }, 0);
    function walk(index, left, picked) {
      if (result.length >= MAX_QUERIES) return;
      if (index === lists.length) { if (left === 0) result.push(picked.join(" ")); return; }
      for (var i = 0; i <= left && i < lists[index].length; i++) walk(index + 1, left - i, picked.concat([lists[index][i]]));
    }
    for (var total = 0; total <= most && result.length < MAX_QUERIES; total++) walk(0, total, []);
    return result;
  }

  // A typed word that is itself a one-word spelling the registry lists (زيلينسكي,
  // الناتو): every page naming that entity carries it among its index-only terms,
  // so the word alone finds them all, and the other spellings would only cost the
  // reader an index chunk each. They still highlight the excerpts.
  function listed(word, tables) {
    var key = searchKey(word);
    return key.indexOf(" ") < 0 && Boolean(tables.aliases[key]);
  }

  // The queries to run (``search``) and every spelling they stand for (``all``).
  function queries(text, tables) {
    var words = text.trim().split(/\s+/).filter(function (w) { return normalise(w).replace(NOT_WORD, ""); });
    if (!words.length) return { search: [], all: [] };
    var lists = words.map(function (w) { return variants(w, tables); });
    var others = (tables.aliases[words.map(searchKey).join(" ")] || []).map(phrase);
    var all = combinations(lists);
    all = unique(all.slice(0, 1).concat(others, all.slice(1))).slice(0, MAX_QUERIES);
    if (words.length === 1 && listed(words[0], tables)) return { search: [searchKey(words[0])], all: all };
    return { search: all, all: all };
  }

  // The keys (and their clitic readings) an excerpt highlights for a set of queries.
  function matchKeys(list) {
    var keys = {};
    list.forEach(function (q) {
      q.split(/\s+/).forEach(function (w) {
        var key = normalise(w).replace(NOT_WORD, "");
        [key].concat(procliticForms(key)).forEach(function (k) { if (k.length >= 2) keys[k] = true; });
      });
    });
    return keys;
  }

  function wordMatches(word, keys) {
    var key = normalise(word).replace(NOT_WORD, "");
    return [key].concat(procliticForms(key)).some(function (k) { return keys[k]; });
  }

  // The excerpt as Pagefind would cut it, but only from the page's own text (before
  // SENTINEL), with the words our expansion matched highlighted too: a page found
  // through an index-only term (والدنمارك for الدنمارك) shows the sentence it came from.
  function excerpt(page, keys) {
    var raw = page.raw_content !== undefined ? page.raw_content : page.content;
    var words = raw.indexOf("\u200B") >= 0 ? raw.split("\u200B") : raw.split(/[\r\n\s]+/g);
    var end = words.lastIndexOf(SENTINEL);
    if (end < 0) end = words.length;
    // Each hit counts 1, a bit more in a heading (Pagefind's weight), and four times
    // in the reader's script: an English page shows the Arabic original too, and
    // a match the reader can read makes the better excerpt.
    var weight = [];
    (page.weighted_locations || []).forEach(function (l) {
      if (l.location < end) weight[l.location] = l.weight > 1 ? 1.5 : 1;
    });
    for (var i = 0; i < end; i++) {
      if (!weight[i] && wordMatches(words[i], keys)) weight[i] = 1;
      if (weight[i] && OWN_SCRIPT.test(words[i])) weight[i] *= 4;
    }
    var start = densest(weight, end);
    var node = document.createDocumentFragment();
    if (start > 0) node.appendChild(document.createTextNode("… "));
    for (var j = start; j < Math.min(end, start + EXCERPT_WORDS); j++) {
      var text = words[j].replace(/&lt;/g, "<").replace(/&gt;/g, ">");
      node.appendChild(weight[j] ? el("mark", {}, text) : document.createTextNode(text));
      node.appendChild(document.createTextNode(" "));
    }
    if (start + EXCERPT_WORDS < end) node.appendChild(document.createTextNode("…"));
    return node;
  }

  // Start of the window of EXCERPT_WORDS words with the most weight, a third of it
  // before the first hit so the match has some context.
  function densest(weight, end) {
    var best = -1;
    var bestAt = 0;
    for (var s = 0; s < Math.max(1, end - EXCERPT_WORDS + 1); s++) {
      var sum = 0;
      for (var k = s; k < Math.min(end, s + EXCERPT_WORDS); k++) sum += weight[k] || 0;
      if (sum > best) { best = sum; bestAt = s; }
    }
    if (best <= 0) return 0;
    while (bestAt < end && !weight[bestAt]) bestAt++;
    return Math.max(0, Math.min(bestAt - Math.floor(EXCERPT_WORDS / 3), end - EXCERPT_WORDS));
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
    var tables = table ? JSON.parse(table.textContent) : {};
    this.tables = { aliases: tables.aliases || {}, skeletons: tables.skeletons || {} };
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
    // Facets behind a disclosure: Pagefind's filter indexes grow with the dossier
    // (hundreds of KB at 10,000 articles) and a plain search never needs them, so
    // they are fetched only when a reader opens the filters.
    this.facetBox = el("details", { class: "daftar-search__filters" });
    this.facetBox.appendChild(el("summary", {}, this.t.filters));
    this.facets = el("div", { class: "daftar-search__facets" });
    this.facetBox.appendChild(this.facets);
    this.facetBox.addEventListener("toggle", function () { if (self.facetBox.open) self.loadFacets(); });
    this.sort = el("select", { class: "daftar-search__sort", "aria-label": this.t.sort });
    [["", this.t.relevance], ["desc", this.t.newest], ["asc", this.t.oldest]].forEach(function (o) {
      self.sort.appendChild(el("option", { value: o[0] }, o[1]));
    });
    this.sort.addEventListener("change", function () { self.run(); });
    this.status = el("p", { class: "daftar-search__status", role: "status", "aria-live": "polite" });
    this.list = el("ol", { class: "daftar-search__results" });
    this.more = el("button", { type: "button", class: "md-button daftar-search__more", hidden: "" }, this.t.more);
    this.more.addEventListener("click", function () { self.shown += PAGE_SIZE; self.render(); });
    [form, this.facetBox, this.sort, this.status, this.list, this.more].forEach(function (n) { self.root.appendChild(n); });
  };

  Search.prototype.load = function () {
    var self = this;
    if (!this.pagefind) {
      this.pagefind = import(this.bundle + "pagefind.js").then(function (pf) {
        // Result URLs relative to where the site is served (a Pages sub-path too).
        return pf.options({ baseUrl: new URL("..", self.bundle).pathname }).then(function () { return pf; });
      });
    }
    return this.pagefind;
  };

  Search.prototype.loadFacets = function () {
    var self = this;
    if (!this.facetsLoaded) {
      this.facetsLoaded = this.load().then(function (pf) {
        return pf.filters().then(function (filters) { self.buildFacets(filters); });
      });
    }
    return this.facetsLoaded;
  };

  Search.prototype.buildFacets = function (filters) {
    var self = this;
    this.selects = {};
    ["actor", "country", "organisation", "outlet", "event", "place", "year"].forEach(function (name) {
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

  // Every page matching the typed text and options: Pagefind result objects, best
  // first (or in date order), and the keys their excerpts highlight.
  Search.prototype.find = function (text, options) {
    var self = this;
    var expanded = text ? queries(text, this.tables) : { search: [], all: [] };
    var list = expanded.search;
    var searches = list.length ? list : [null];
    if (options.sort) searches = searches.concat([null]); // every page, in date order
    return this.load().then(function (pf) {
      return Promise.all(searches.map(function (q) { return pf.search(q, options); }));
    }).then(function (responses) {
      var best = {};
      responses.slice(0, list.length || 1).forEach(function (r) {
        (r && r.results || []).forEach(function (hit) {
          if (!best[hit.id] || hit.score > best[hit.id].score) best[hit.id] = hit;
        });
      });
      var hits = Object.keys(best).map(function (id) { return best[id]; });
      if (options.sort) {
        var rank = {};
        responses[responses.length - 1].results.forEach(function (hit, i) { rank[hit.id] = i; });
        hits.sort(function (a, b) { return rank[a.id] - rank[b.id]; });
      } else {
        hits.sort(function (a, b) { return b.score - a.score || (a.id < b.id ? -1 : 1); });
      }
      return { hits: hits, keys: matchKeys(expanded.all), queries: list };
    });
  };

  Search.prototype.run = function () {
    var self = this;
    var text = this.input.value.trim();
    var run = (this.generation = (this.generation || 0) + 1);
    return this.load().then(function () {
      var options = self.options();
      if (!text && !Object.keys(options.filters).length) return { hits: [], keys: {} };
      return self.find(text, options);
    }).then(function (found) {
      if (run !== self.generation) return;
      self.found = found;
      self.shown = PAGE_SIZE;
      return self.render();
    });
  };

  Search.prototype.render = function () {
    var self = this;
    var found = this.found || { hits: [], keys: {} };
    var results = found.hits;
    this.status.textContent = this.input.value.trim() || results.length ? this.t.count.replace("{n}", results.length) : "";
    this.more.hidden = results.length <= this.shown;
    return Promise.all(results.slice(0, this.shown).map(function (hit) { return hit.data(); })).then(function (pages) {
      self.list.textContent = "";
      pages.forEach(function (page) {
        var item = el("li", { class: "daftar-search__result" });
        item.appendChild(el("a", { href: page.url, class: "daftar-search__link", dir: "auto" }, page.meta.title || page.url));
        if (page.meta.date) item.appendChild(el("span", { class: "daftar-search__date" }, " · " + page.meta.date));
        var text = el("p", { class: "daftar-search__excerpt", dir: "auto" });
        text.appendChild(excerpt(page, found.keys));
        item.appendChild(text);
        self.list.appendChild(item);
      });
    });
  };

  function start() {
    var root = document.getElementById("daftar-search");
    if (!root) return;
    var search = new Search(root);
    window.daftarSearch = {
      normalise: normalise,
      procliticForms: procliticForms,
      skeleton: skeleton,
      queries: function (text) { return queries(text, search.tables).all; },
      searched: function (text) { return queries(text, search.tables).search; },
      // For tests and tools: the pages the search box would list, with their excerpts.
      search: function (text, options) {
        return search.find(text, options || { filters: {} }).then(function (found) {
          return Promise.all(found.hits.map(function (hit) { return hit.data(); })).then(function (pages) {
            return pages.map(function (page) {
              var holder = el("p");
              holder.appendChild(excerpt(page, found.keys));
              return { url: page.url, title: page.meta.title, date: page.meta.date, excerpt: holder.innerHTML };
            });
          });
        });
      },
    };
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) { search.input.value = query; search.run(); } else { search.load(); }
    search.input.focus();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
