#!/usr/bin/env bash
# Builds a site from the PolNeAR train and dev articles of ../shared/eval/quotes and measures how
# its statements group the reports of one statement (scripts/eval-statements.py).
# Usage: scripts/eval-statements.sh [GOLD_DIR ...]   (default: polnear-train and polnear-dev)
# Environment: VERBATIM (binary, default .build/release/verbatim, built when missing),
#              KEEP=DIR to keep the built project in DIR, SHORT=FILE and MISSES=FILE for the listings.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
eval_dir="$root/../shared/eval/quotes"
if [[ $# -gt 0 ]]; then gold=("$@"); else gold=("$eval_dir/polnear-train" "$eval_dir/polnear-dev"); fi
for dir in "${gold[@]}"; do
    if [[ ! -d "$dir" ]]; then
        echo "error: no gold folder $dir" >&2
        exit 2
    fi
done
bin="${VERBATIM:-$root/.build/release/verbatim}"
if [[ -z "${VERBATIM:-}" ]]; then swift build -c release --product verbatim --package-path "$root" >&2; fi
if [[ -n "${KEEP:-}" ]]; then
    project="$KEEP"
    rm -rf "$project"
    mkdir -p "$project"
else
    project="$(mktemp -d)"
    trap 'rm -rf "$project"' EXIT
fi
mkdir -p "$project/articles"
for dir in "${gold[@]}"; do cp "$dir"/*.txt "$project/articles/"; done
"$bin" build --root "$project" --output "$project/site" >&2
args=()
if [[ -n "${SHORT:-}" ]]; then args+=(--short "$SHORT"); fi
if [[ -n "${MISSES:-}" ]]; then args+=(--misses "$MISSES"); fi
data="$project/site/data/quotes.json"
if [[ ! -f "$data" ]]; then data="$project/site/data/quotes.jsonl"; fi
python3 "$root/scripts/eval-statements.py" "$data" "${gold[@]}" "${args[@]}"
