#!/usr/bin/env bash
# Measures annotation speed: articles/s and MB/s of `verbatim annotate --format json --jobs 1`.
# Usage: scripts/bench-annotate.sh [N]   (N articles, default 2000)
# Generates a deterministic corpus with ../shared/bench/make_corpus.py, builds the release
# binary, and prints the median of three runs, by wall-clock time and by CPU time (user + system;
# the two differ when other work shares the cores).
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
python3 - "$root/.build/release/verbatim" "$work" "$count" <<'PY'
import os, resource, shutil, subprocess, sys, time
binary, work, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
raw = os.path.join(work, "corpus", "raw")
size = sum(os.path.getsize(os.path.join(raw, name)) for name in os.listdir(raw))
walls, cpus = [], []
for _ in range(3):
    out = os.path.join(work, "out")
    shutil.rmtree(out, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([binary, "annotate", "--format", "json", "--jobs", "1", "--output", out, raw], check=True)
    walls.append(time.perf_counter() - start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
wall, cpu = sorted(walls)[1], sorted(cpus)[1]
print("annotate --jobs 1: %d articles, %.1f MB; wall %.3f s: %.0f articles/s, %.1f MB/s; "
      "CPU %.3f s: %.0f articles/s, %.1f MB/s (medians of 3)"
      % (count, size / 1e6, wall, count / wall, size / 1e6 / wall, cpu, count / cpu, size / 1e6 / cpu))
PY
