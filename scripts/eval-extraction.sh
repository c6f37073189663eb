#!/usr/bin/env bash
# Scores article-body extraction on the saved pages of ../shared/testdata/article-extraction.
# Usage: scripts/eval-extraction.sh [--errors N]
# Reads every page with `verbatim read --format json`, writes the prediction file (each page's
# articleBody is its paragraphs, one a line) to bench-out/extraction/verbatim.json, and prints the
# body F1 line of ../shared/eval/extraction/body_f1.py beside the peers' lines.
# VERBATIM=path/to/binary skips the release build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="$root/../shared/testdata/article-extraction"
scorer="$root/../shared/eval/extraction/body_f1.py"
if [[ ! -d "$data/html" || ! -f "$scorer" ]]; then
    echo "error: the extraction test data is missing: $data and $scorer are needed" >&2
    exit 2
fi
if [[ -z "${VERBATIM:-}" ]]; then
    swift build -c release --product verbatim --package-path "$root" >&2
    VERBATIM="$root/.build/release/verbatim"
fi
out="$root/bench-out/extraction"
mkdir -p "$out"
# A page the reader cannot read is reported on standard error and scores as an empty body.
"$VERBATIM" read --format json "$data"/html/*.html.gz > "$out/readings.jsonl" || true
python3 - "$data/ground-truth.json" "$out/readings.jsonl" "$out/verbatim.json" <<'PY'
import json, os, sys
truth = json.load(open(sys.argv[1], encoding="utf-8"))
bodies = {}
for line in open(sys.argv[2], encoding="utf-8"):
    reading = json.loads(line)
    page = os.path.basename(reading["file"]).split(".")[0]
    bodies[page] = {"articleBody": "\n".join(reading["paragraphs"])}
prediction = {page: bodies.get(page, {"articleBody": ""}) for page in truth}
json.dump(prediction, open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
cd "$data"
python3 "$scorer" ground-truth.json "$out/verbatim.json" peers/*.json "$@"
