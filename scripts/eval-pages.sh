#!/usr/bin/env bash
# Scores the speaker pages of a site built from a split of ../shared/eval/quotes.
# Usage: scripts/eval-pages.sh [dev|bbc-dev] [--errors FILE]
# Builds the release binary, builds a site from a project whose articles/ holds the split's .txt
# files, runs pages.py against the split's identities and prints its summary line. With CAP=1 it
# also prints what the pages could reach against that gold (scripts/eval-pages-cap.py).
set -euo pipefail
split="${1:-dev}"
shift || true
root="$(cd "$(dirname "$0")/.." && pwd)"
eval="$root/../shared/eval/quotes"
gold="$eval/polnear-$split"
identity="$eval/identity/polnear-$split.json"
if [[ ! -d "$gold" ]]; then
    gold="$eval/$split"
    identity="$eval/identity/$split.json"
fi
if [[ ! -d "$gold" || ! -f "$identity" || "$split" == */* ]]; then
    echo "error: no gold folder and identities for split '$split' in $eval (splits: dev, bbc-dev)" >&2
    exit 2
fi
swift build -c release --product verbatim --package-path "$root" >&2
project="$(mktemp -d)"
trap 'rm -rf "$project"' EXIT
mkdir "$project/articles"
cp "$gold"/*.txt "$project/articles/"
"$root/.build/release/verbatim" build --root "$project" --output "$project/site" > /dev/null
data="$project/site/data/quotes.json"
[[ -f "$data" ]] || data="$project/site/data/quotes.jsonl"
python3 "$eval/pages.py" "$gold" "$identity" "$data" "$@" | tail -n 1
if [[ "${CAP:-0}" == 1 ]]; then
    python3 "$root/scripts/eval-pages-cap.py" "$eval" "$gold" "$identity" "$data"
fi
