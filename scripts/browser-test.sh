#!/usr/bin/env bash
# Serves the sample site with `verbatim serve` and walks it in headless Chromium; then builds a
# large site from the benchmark corpus (BROWSER_ARTICLES articles, default 10000; 0 leaves it out)
# and walks its paginated pages and search from disk. Screenshots land in screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."

articles="${BROWSER_ARTICLES:-10000}"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
output=$(mktemp -d)
.build/release/verbatim serve --root . --output "$output/site" --port "$port" > "$output/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$output"' EXIT

large=()
if [[ "$articles" != 0 ]]; then
    if [[ -f ../shared/bench/make_corpus.py ]]; then
        echo "building a site of $articles generated articles"
        python3 ../shared/bench/make_corpus.py "$articles" "$output/corpus" --seed 1 >/dev/null
        mkdir -p "$output/large"
        mv "$output/corpus/raw" "$output/large/articles"
        .build/release/verbatim build --root "$output/large" --output "$output/large/site" >/dev/null
        large=("$output/large/site")
    else
        echo "note: ../shared/bench is absent, so the large site is left out" >&2
    fi
fi

for _ in $(seq 1 300); do
    if python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/', timeout=1)" 2>/dev/null; then break; fi
    if ! kill -0 $server 2>/dev/null; then cat "$output/serve.log"; echo "error: verbatim serve exited" >&2; exit 1; fi
    sleep 0.2
done
python3 scripts/browser-test.py "http://127.0.0.1:$port/" screenshots "${large[@]}"
