// Verbatim search: runs in the browser over the index under data/search/, so it also works
// from disk. The index is split in shards, loaded as scripts when a query needs them: one of
// words for each word of the query (by the word's first letters), then the entries of the
// results shown. Results are built with textContent only; nothing from the index is ever
// parsed as HTML.
(() => {
  const fold = (text) =>
    text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\u03c2/g, "\u03c3");
  const words = (query) => fold(query).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
  // How many words of a query narrow the results: the longest ones, as they are the rarest.
  const mostWords = 8;

  // A shard's file name: letters a-z and digits as they are, any other character as _ and six
  // hex digits, so no name is reserved anywhere or holds a character a file system changes.
  const shardName = (key) =>
    "t-" + Array.from(key).map((c) => (/^[a-z0-9]$/.test(c) ? c : "_" + c.codePointAt(0).toString(16).padStart(6, "0"))).join("");

  // A list of entry numbers, written as differences in base 36 ("d:") or as a bitmap of
  // entries in base 64 ("b:"), as numbers in increasing order.
  const decode = (postings) => {
    if (postings.startsWith("b:")) {
      const bytes = atob(postings.slice(2));
      const ids = [];
      for (let i = 0; i < bytes.length; i++) {
        const byte = bytes.charCodeAt(i);
        for (let bit = 0; bit < 8; bit++) if (byte & (1 << bit)) ids.push(i * 8 + bit);
      }
      return ids;
    }
    let id = 0;
    return postings.slice(2).split(",").map((step) => (id += parseInt(step, 36)));
  };

  const intersect = (a, b) => {
    const out = [];
    for (let i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] < b[j]) i++;
      else if (a[i] > b[j]) j++;
      else { out.push(a[i]); i++; j++; }
    }
    return out;
  };

  // The search over an index whose manifest is `index` and whose shards `load(name)` brings
  // (a promise of the shard's data). Ranks quotes first, then speakers, then articles: entries
  // are numbered in that order.
  const engine = (index, load) => {
    const keys = new Set(index.shards);
    const cache = new Map();
    const shard = (name) => { if (!cache.has(name)) cache.set(name, load(name)); return cache.get(name); };
    // The shard holding `word`: the one of the longest first letters it begins with.
    const keyOf = (word) => {
      const letters = Array.from(word);
      for (let n = Math.min(letters.length, index.depth); n > 0; n--) {
        const key = letters.slice(0, n).join("");
        if (keys.has(key)) return key;
      }
      return null;
    };
    const matching = async (word, asPrefix) => {
      const key = keyOf(word);
      if (key === null) return [];
      const terms = await shard(shardName(key));
      // A prefix finds every word it starts when they are all in this shard.
      if (asPrefix && Array.from(key).length <= Array.from(word).length) {
        const found = Object.keys(terms).filter((term) => term.startsWith(word));
        if (found.length === 1) return decode(terms[found[0]]);
        const all = new Set();
        for (const term of found) for (const id of decode(terms[term])) all.add(id);
        return Array.from(all).sort((a, b) => a - b);
      }
      return terms[word] ? decode(terms[word]) : [];
    };
    const kindOf = (id) => (id < index.quotes ? "quote" : id < index.quotes + index.speakers ? "speaker" : "article");
    return {
      // The numbers of the entries matching every word of `query`, best first; the last word
      // also matches as the start of a longer word while it is being typed.
      async search(query) {
        const all = words(query);
        if (all.length === 0) return [];
        const typing = !/[^\p{L}\p{N}]$/u.test(query);
        const last = all[all.length - 1];
        const chosen = [...new Set(all)].sort((a, b) => b.length - a.length).slice(0, mostWords);
        const lists = await Promise.all(chosen.map((word) => matching(word, typing && word === last)));
        lists.sort((a, b) => a.length - b.length);
        return lists.reduce((a, b) => intersect(a, b));
      },
      // The entries numbered `ids`, each as { kind, label, url, detail }.
      async entries(ids) {
        const shards = await Promise.all(ids.map((id) => shard("d-" + Math.floor(id / index.perShard))));
        return ids.map((id, n) => {
          const [label, url, a, b] = shards[n][id % index.perShard];
          const kind = kindOf(id);
          if (kind === "quote") return { kind: "Quote", label: "\u201C" + label + "\u201D", url, detail: (a || "Unattributed") + " \u00B7 " + b };
          if (kind === "speaker") return { kind: a, label, url, detail: b };
          return { kind: "Article", label, url, detail: a };
        });
      },
    };
  };

  if (typeof document === "undefined") {
    module.exports = { engine, words, shardName };
    return;
  }

  const index = window.verbatimSearchIndex;
  const root = document.currentScript.src.replace(/assets\/search\.js.*$/, "");
  const input = document.getElementById("q");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  const more = document.getElementById("search-more");
  const pageSize = 20;
  const waiting = new Map();
  // Each shard is a script that hands its data to this function, so it loads from disk too.
  window.verbatimSearchShard = (name, data) => { const done = waiting.get(name); if (done) done(data); };
  const load = (name) =>
    new Promise((resolve, reject) => {
      waiting.set(name, resolve);
      const script = document.createElement("script");
      script.src = root + "data/search/" + name + ".js";
      script.onerror = () => reject(new Error("could not load " + name));
      document.head.append(script);
    });
  const search = index ? engine(index, load) : null;

  const item = (entry) => {
    const li = document.createElement("li");
    const tag = document.createElement("span");
    tag.className = "kind";
    tag.textContent = entry.kind;
    const link = document.createElement("a");
    link.href = root + entry.url;
    link.textContent = entry.label;
    li.append(tag, " ", link);
    if (entry.detail) {
      const p = document.createElement("p");
      p.className = "detail";
      p.textContent = entry.detail;
      li.append(p);
    }
    return li;
  };

  let current = 0;
  let found = [];
  let shown = 0;
  const showMore = async (run) => {
    const next = found.slice(shown, shown + pageSize);
    const entries = await search.entries(next);
    if (run !== current) return;
    list.append(...entries.map(item));
    shown += next.length;
    more.hidden = shown >= found.length;
  };
  const run = async (query) => {
    const mine = ++current;
    if (!search) { status.textContent = "The search index is missing."; return; }
    const ids = await search.search(query);
    if (mine !== current) return;
    list.replaceChildren();
    found = ids;
    shown = 0;
    more.hidden = true;
    status.textContent = words(query).length === 0 ? "" : ids.length === 1 ? "1 result" : ids.length + " results";
    await showMore(mine);
  };

  const query = new URLSearchParams(location.search).get("q") || "";
  input.value = query;
  run(query).catch((error) => { status.textContent = error.message; });
  input.addEventListener("input", () => run(input.value).catch((error) => { status.textContent = error.message; }));
  more.addEventListener("click", () => showMore(current).catch((error) => { status.textContent = error.message; }));
})();
