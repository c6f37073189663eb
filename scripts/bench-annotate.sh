#!/usr/bin/env bash
# Annotation speed alone, on one core: articles per second over a generated real-text corpus.
#
# Usage: scripts/bench-annotate.sh [N]     (N articles, default 1000; RUNS runs, default 3)
# Prints the median wall time of `verbatim annotate --format json --jobs 1` and the rate.
set -euo pipefail
n="${1:-1000}"
runs="${RUNS:-3}"
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${VERBATIM:-$root/.build/release/verbatim}"
kit="$root/../shared/bench"
corpus="$root/bench-out/c$n"
if [[ ! -x "$bin" ]]; then
    echo "error: no binary at $bin; run 'make build' first" >&2
    exit 2
fi
if [[ ! -f "$corpus/manifest.json" ]]; then
    rm -rf "$corpus"
    python3 "$kit/make_corpus.py" "$n" "$corpus" --seed 1 >/dev/null
fi
out="$(mktemp -d "$root/bench-out/annotate.XXXXXX")"
trap 'rm -rf "$out"' EXIT
for run in $(seq "$runs"); do
    rm -rf "$out/json"
    /usr/bin/time -f '%e %M' -a -o "$out/times" "$bin" annotate --format json --jobs 1 --output "$out/json" "$corpus/raw" >/dev/null
done
sort -g "$out/times" | awk -v n="$n" -v runs="$runs" '{ s[NR] = $1; m[NR] = $2 }
    END { w = s[int((NR + 1) / 2)]; printf "annotate, 1 core, %d articles: %.2f s, %.0f articles/s, peak %.0f MiB (median of %d)\n", n, w, n / w, m[int((NR + 1) / 2)] / 1024, runs }'
