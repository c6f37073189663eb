// Verbatim search: runs in the browser over data/search-index.js, so it also works from disk.
// Results are built with textContent only; nothing from the index is ever parsed as HTML.
(() => {
  const index = window.verbatimSearchIndex || { articles: [], people: [], quotes: [] };
  const root = document.currentScript.src.replace(/assets\/search\.js.*$/, "");
  const input = document.getElementById("q");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  const fold = (text) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  const words = (query) => fold(query).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);

  const item = (kind, label, url, detail) => {
    const li = document.createElement("li");
    const tag = document.createElement("span");
    tag.className = "kind";
    tag.textContent = kind;
    const link = document.createElement("a");
    link.href = root + url;
    link.textContent = label;
    li.append(tag, " ", link);
    if (detail) {
      const p = document.createElement("p");
      p.className = "detail";
      p.textContent = detail;
      li.append(p);
    }
    return li;
  };

  const search = (query) => {
    list.replaceChildren();
    const terms = words(query);
    if (terms.length === 0) { status.textContent = ""; return; }
    const matches = (text) => { const folded = fold(text); return terms.every((term) => folded.includes(term)); };
    const results = [];
    for (const person of index.people) {
      if (matches(person.name + " " + (person.role || ""))) results.push(item(person.kind, person.name, person.url, person.role));
    }
    for (const article of index.articles) {
      if (matches(article.title + " " + (article.standfirst || "") + " " + (article.topics || ""))) {
        results.push(item("Article", article.title, article.url, article.standfirst));
      }
    }
    for (const quote of index.quotes) {
      if (matches(quote.text + " " + (quote.speaker || ""))) {
        results.push(item("Quote", "\u201C" + quote.text + "\u201D", quote.url, (quote.speaker || "Unattributed") + " \u00B7 " + quote.article));
      }
    }
    list.append(...results.slice(0, 100));
    status.textContent = results.length === 1 ? "1 result" : results.length + " results";
  };

  const query = new URLSearchParams(location.search).get("q") || "";
  input.value = query;
  search(query);
  input.addEventListener("input", () => search(input.value));
})();
