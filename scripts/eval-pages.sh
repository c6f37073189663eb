#!/usr/bin/env bash
# Scores the speaker pages of a site built from one split of ../shared/eval/quotes.
# Usage: scripts/eval-pages.sh SPLIT [--errors FILE]   (SPLIT: polnear-dev, bbc-dev, polnear-train, ...)
# Builds the release binary, builds a site from the split's articles in a temporary project
# (kept in $KEEP when set, to read its pages afterwards), and prints pages.py's summary line
# (its full output with VERBOSE=1). A split without an identity file is scored against the
# gold entity strings themselves.
set -euo pipefail
split="${1:?usage: scripts/eval-pages.sh SPLIT [--errors FILE]}"
shift
root="$(cd "$(dirname "$0")/.." && pwd)"
eval_dir="$root/../shared/eval/quotes"
gold="$eval_dir/$split"
if [[ ! -d "$gold" ]]; then
    echo "error: no gold folder $gold" >&2
    exit 2
fi
identity="$eval_dir/identity/$split.json"
[[ -f "$identity" ]] || identity=entity
swift build -c release --product verbatim --package-path "$root" >&2
if [[ -n "${KEEP:-}" ]]; then
    project="$KEEP"
    rm -rf "$project"
    mkdir -p "$project"
else
    project="$(mktemp -d)"
    trap 'rm -rf "$project"' EXIT
fi
mkdir -p "$project/articles"
cp "$gold"/*.txt "$project/articles/"
"$root/.build/release/verbatim" build --root "$project" --output "$project/site" >&2
quotes="$project/site/data/quotes.json"
[[ -f "$quotes" ]] || quotes="$project/site/data/quotes.jsonl"
if [[ "${VERBOSE:-0}" == 1 ]]; then
    python3 "$eval_dir/pages.py" "$gold" "$identity" "$quotes" "$@"
else
    python3 "$eval_dir/pages.py" "$gold" "$identity" "$quotes" "$@" | tail -n 1
fi
