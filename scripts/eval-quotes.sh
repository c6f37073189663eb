#!/usr/bin/env bash
# Scores quote extraction and speaker attribution on a PolNeAR split of ../shared/eval/quotes.
# Usage: scripts/eval-quotes.sh [train|dev] [--errors FILE]
# Builds the release binary, annotates the split as JSON into a temporary folder, runs score.py
# and prints its summary line (the full table with VERBOSE=1).
set -euo pipefail
split="${1:-dev}"
shift || true
root="$(cd "$(dirname "$0")/.." && pwd)"
gold="$root/../shared/eval/quotes/polnear-$split"
if [[ ! -d "$gold" ]]; then
    echo "error: no gold folder $gold (splits: train, dev)" >&2
    exit 2
fi
swift build -c release --product verbatim --package-path "$root" >&2
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$root/.build/release/verbatim" annotate --format json --output "$out" "$gold"
if [[ "${VERBOSE:-0}" == 1 ]]; then
    python3 "$root/../shared/eval/quotes/score.py" "$gold" "$out" "$@"
else
    python3 "$root/../shared/eval/quotes/score.py" "$gold" "$out" "$@" | tail -n 1
fi
