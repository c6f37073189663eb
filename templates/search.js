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

  // A word's postings: one item per article holding it, by increasing ordinal (oldest article
  // first), joined by commas. An item is the difference from the previous ordinal in base 36,
  // then "!" when the article's own text holds the word, its quotes as "." and a position each
  // (or "*" and a bit mask of positions), its speakers as ":" and a position each. Decoded as
  // { o, own, q, s } with q and s sorted arrays.
  const decode = (postings) => {
    const items = [];
    let ordinal = 0;
    for (const text of postings.split(",")) {
      const parts = text.match(/^[0-9a-z]+|[!]|[.*:][0-9a-z]+/g) || [];
      ordinal += parseInt(parts[0], 36);
      const item = { o: ordinal, own: false, q: [], s: [] };
      for (const part of parts.slice(1)) {
        if (part === "!") item.own = true;
        else if (part[0] === ".") item.q.push(parseInt(part.slice(1), 36));
        else if (part[0] === ":") item.s.push(parseInt(part.slice(1), 36));
        else for (let mask = parseInt(part.slice(1), 36), bit = 0; mask > 0; bit++, mask = Math.floor(mask / 2)) if (mask % 2 === 1) item.q.push(bit);
      }
      items.push(item);
    }
    return items;
  };

  const both = (a, b) => a.filter((x) => b.includes(x));
  const either = (a, b) => [...new Set([...a, ...b])].sort((x, y) => x - y);
  // The items of two lists for the same articles, keeping in each only what both hold.
  const intersect = (a, b) => {
    const out = [];
    for (let i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i].o < b[j].o) i++;
      else if (a[i].o > b[j].o) j++;
      else {
        const item = { o: a[i].o, own: a[i].own && b[j].own, q: both(a[i].q, b[j].q), s: both(a[i].s, b[j].s) };
        if (item.own || item.q.length > 0 || item.s.length > 0) out.push(item);
        i++;
        j++;
      }
    }
    return out;
  };
  // The items of several words' lists together (a prefix that starts several words).
  const union = (lists) => {
    const byOrdinal = new Map();
    for (const list of lists) {
      for (const item of list) {
        const seen = byOrdinal.get(item.o);
        byOrdinal.set(item.o, seen ? { o: item.o, own: seen.own || item.own, q: either(seen.q, item.q), s: either(seen.s, item.s) } : item);
      }
    }
    return [...byOrdinal.values()].sort((a, b) => a.o - b.o);
  };

  // The search over an index whose manifest is `index` and whose shards `load(name)` brings
  // (a promise of the shard's data). Results are [kind, ordinal, position]: quotes first, then
  // speakers, then articles, each newest article first.
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
        return found.length === 1 ? decode(terms[found[0]]) : union(found.map((term) => decode(terms[term])));
      }
      return terms[word] ? decode(terms[word]) : [];
    };
    return {
      // The entries matching every word of `query`, best first; the last word also matches as
      // the start of a longer word while it is being typed.
      async search(query) {
        const all = words(query);
        if (all.length === 0) return [];
        const typing = !/[^\p{L}\p{N}]$/u.test(query);
        const last = all[all.length - 1];
        const chosen = [...new Set(all)].sort((a, b) => b.length - a.length).slice(0, mostWords);
        const lists = await Promise.all(chosen.map((word) => matching(word, typing && word === last)));
        lists.sort((a, b) => a.length - b.length);
        const items = lists.reduce((a, b) => intersect(a, b)).reverse();
        const results = [];
        for (const item of items) for (const q of item.q) results.push(["q", item.o, q]);
        for (const item of items) for (const s of item.s) results.push(["s", item.o, s]);
        for (const item of items) if (item.own) results.push(["a", item.o, 0]);
        return results;
      },
      // The entries `results` names, each as { kind, label, url, detail }.
      async entries(results) {
        const files = await Promise.all(results.map(([, o]) => shard("a-" + Math.floor(o / index.group))));
        return results.map(([kind, o, position], n) => {
          const [names, entries] = files[n];
          const [title, url, quotes, speakers] = entries[o % index.group];
          if (kind === "q") {
            // A quote names its speaker by position in the file's names, and its anchor only
            // when it is not the one its position gives.
            const [text, who = -1, anchor = "q-" + (position + 1)] = quotes[position];
            return { kind: "Quote", label: "\u201C" + text + "\u201D", url: url + "#" + anchor, detail: (who < 0 ? "Unattributed" : names[who]) + " \u00B7 " + title };
          }
          if (kind === "s") {
            const [name, address, type, role] = speakers[position];
            return { kind: type, label: name, url: address, detail: role };
          }
          return { kind: "Article", label: title, url };
        });
      },
    };
  };

  if (typeof document === "undefined") {
    module.exports = { engine, words, shardName, decode };
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
