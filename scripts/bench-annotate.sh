#!/usr/bin/env bash
# Measures annotation speed: articles/s and MB/s of `verbatim annotate --format json --jobs 1`.
# Usage: scripts/bench-annotate.sh [N]   (N articles, default 2000)
# Generates a deterministic corpus with ../shared/bench/make_corpus.py, builds the release
# binary, and prints the median of three runs, by wall-clock time and by CPU time (user + system;
# the two differ when other work shares the cores). Output goes to /dev/shm when there is one.
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
# The JSON goes to memory (/dev/shm) when the machine has it, so the figure is annotation and not
# the disk's inode allocator, which right after the corpus is written can cost as much again.
if [[ -d /dev/shm && -w /dev/shm ]]; then outputs="$(mktemp -d /dev/shm/bench-annotate.XXXXXX)"; else outputs="$work"; fi
trap 'rm -rf "$work" "$outputs"' EXIT
python3 "$maker" "$count" "$work/corpus" --seed 1 >/dev/null
python3 - "$root/.build/release/verbatim" "$work" "$count" "$outputs" <<'PY'
import os, resource, subprocess, sys, time
binary, work, count, outputs = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
raw = os.path.join(work, "corpus", "raw")
size = sum(os.path.getsize(os.path.join(raw, name)) for name in os.listdir(raw))
walls, cpus = [], []
for run in range(3):
    # A fresh folder per run, all removed at the end: deleting the last run's 2,000 files right
    # before a run makes ext4 scan past the freed inodes for every new file, which measured the
    # file system's allocator (a third of the time) rather than annotation.
    out = os.path.join(outputs, "out-%d" % run)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([binary, "annotate", "--format", "json", "--jobs", "1", "--output", out, raw], check=True)
    walls.append(time.perf_counter() - start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
wall, cpu = sorted(walls)[1], sorted(cpus)[1]
print("annotate --jobs 1 (output in %s): %d articles, %.1f MB; wall %.3f s: %.0f articles/s, %.1f MB/s; "
      "CPU %.3f s: %.0f articles/s, %.1f MB/s (medians of 3)"
      % ("memory" if outputs.startswith("/dev/shm/") else "the work folder", count, size / 1e6, wall, count / wall, size / 1e6 / wall, cpu, count / cpu, size / 1e6 / cpu))
PY
