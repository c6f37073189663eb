#!/usr/bin/env bash
# Serves the sample site with `verbatim serve` and walks it in headless Chromium.
# Screenshots land in screenshots/ (desktop and phone widths).
set -euo pipefail
cd "$(dirname "$0")/.."

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
output=$(mktemp -d)
.build/release/verbatim serve --root . --output "$output/site" --port "$port" > "$output/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$output"' EXIT

for _ in $(seq 1 300); do
    if python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/', timeout=1)" 2>/dev/null; then break; fi
    if ! kill -0 $server 2>/dev/null; then cat "$output/serve.log"; echo "error: verbatim serve exited" >&2; exit 1; fi
    sleep 0.2
done
python3 scripts/browser-test.py "http://127.0.0.1:$port/" screenshots
