#!/usr/bin/env bash
# Measures annotation speed: articles/s and MB/s of `verbatim annotate --format json --jobs 1`.
# Usage: scripts/bench-annotate.sh [N]   (N articles, default 2000)
# Generates a deterministic corpus with ../shared/bench/make_corpus.py, builds the release
# binary, and prints the median of three runs.
set -euo pipefail
count="${1:-2000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
maker="$root/../shared/bench/make_corpus.py"
if [[ ! -f "$maker" ]]; then
    echo "error: $maker not found; the benchmark needs ../shared/bench" >&2
    exit 2
fi
swift build -c release --product verbatim --package-path "$root" >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$maker" "$count" "$work/corpus" --seed 1 >/dev/null
bytes=$(cat "$work"/corpus/raw/*.txt | wc -c)
times=()
for run in 1 2 3; do
    rm -rf "$work/out"
    start=$(date +%s%N)
    "$root/.build/release/verbatim" annotate --format json --jobs 1 --output "$work/out" "$work/corpus/raw"
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000 ))")
done
median_us=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
median=$(python3 -c "print($median_us / 1e6)")
python3 - "$count" "$bytes" "$median" <<'PY'
import sys
count, size, seconds = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
print("annotate --jobs 1: %d articles, %.1f MB in %.3f s (median of 3): %.0f articles/s, %.1f MB/s"
      % (count, size / 1e6, seconds, count / seconds, size / 1e6 / seconds))
PY
