#!/usr/bin/env bash
# Scores quote extraction and speaker attribution on a split of ../shared/eval/quotes.
# Usage: scripts/eval-quotes.sh [train|dev|bbc-dev] [--errors FILE]
# Builds the release binary, annotates the split as JSON into a temporary folder, runs score.py
# and prints its summary line (the full table with VERBOSE=1).
set -euo pipefail
split="${1:-dev}"
shift || true
root="$(cd "$(dirname "$0")/.." && pwd)"
eval="$root/../shared/eval/quotes"
# The PolNeAR splits are named by their bare split name; other sets by their folder.
gold="$eval/polnear-$split"
[[ -d "$gold" ]] || gold="$eval/$split"
if [[ ! -d "$gold" || "$split" == */* ]]; then
    echo "error: no gold folder for split '$split' in $eval (splits: train, dev, bbc-dev)" >&2
    exit 2
fi
swift build -c release --product verbatim --package-path "$root" >&2
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$root/.build/release/verbatim" annotate --format json --output "$out" "$gold"
if [[ "${VERBOSE:-0}" == 1 ]]; then
    python3 "$eval/score.py" "$gold" "$out" "$@"
else
    python3 "$eval/score.py" "$gold" "$out" "$@" | tail -n 1
fi
