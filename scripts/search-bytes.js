#!/usr/bin/env node
// Runs the site's own search script (assets/search.js) over its index from disk, the way the
// search page does, and prints for each query how many results it found and how many bytes of
// index it loaded to show the first page of them.
//
// Usage: scripts/search-bytes.js SITE_FOLDER QUERY...
// Output: one line per query: "<bytes> bytes, <results> results: <query>", then "max <bytes>".
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const [site, ...queries] = process.argv.slice(2);
if (!site || queries.length === 0) {
  console.error("usage: search-bytes.js SITE_FOLDER QUERY...");
  process.exit(2);
}
const { engine } = require(path.resolve(site, "assets/search.js"));

// Evaluates a script of the index and returns what it hands over, counting its bytes.
const run = (file, counter) => {
  const text = fs.readFileSync(file, "utf8");
  counter.bytes += Buffer.byteLength(text);
  let data;
  const context = { window: {}, verbatimSearchShard: (_, value) => { data = value; } };
  vm.runInNewContext(text, context);
  return data === undefined ? context.window.verbatimSearchIndex : data;
};

(async () => {
  let most = 0;
  for (const query of queries) {
    const counter = { bytes: 0 };
    const index = run(path.join(site, "data/search/index.js"), counter);
    const search = engine(index, async (name) => run(path.join(site, "data/search", name + ".js"), counter));
    const ids = await search.search(query);
    await search.entries(ids.slice(0, 20));
    most = Math.max(most, counter.bytes);
    console.log(`${counter.bytes} bytes, ${ids.length} results: ${query}`);
  }
  console.log(`max ${most}`);
})().catch((error) => {
  console.error(error.stack || String(error));
  process.exit(1);
});
