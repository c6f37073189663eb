#!/usr/bin/env bash
# Times one-edit and no-change rebuilds of a large archive, optionally beside another binary.
#
# Usage: scripts/bench-rebuild.sh [N]      (N articles of the benchmark corpus, default 10000)
# Environment: RUNS (rebuilds of each kind per binary, default 5), VERBATIM (binary, default
#              .build/release/verbatim), BASELINE (a second binary, for example the previous
#              release, timed alternately with the first so both see the same machine),
#              PROJECTS (the project folders, one per binary, instead of the ones below).
#
# Each binary keeps its own project under bench-out/rebuild-N-K (K is 0 for VERBATIM, 1 for
# BASELINE; the article folder holds hard links to the corpus), built in full once when it has
# no site yet or when the binary cannot reuse it (not timed: an untimed rebuild brings it level
# first). Then, RUNS times and binary after binary, one article has a sentence with a quote
# appended (a different one each run, as scripts/bench.sh does) and the project is rebuilt,
# then rebuilt again with nothing changed. Prints the median and the range of each kind per
# binary, wall seconds, CPU seconds (user and system, which other work on a shared machine
# inflates less than the wall clock) and peak MiB from /usr/bin/time, with the machine's load
# before and after.
set -euo pipefail

n="${1:-10000}"
runs="${RUNS:-5}"
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/scripts/bench-lib.sh"

binaries=("$bin")
if [[ -n "${BASELINE:-}" ]]; then
    if [[ ! -x "$BASELINE" ]]; then
        echo "error: no binary at BASELINE=$BASELINE" >&2
        exit 2
    fi
    binaries+=("$BASELINE")
fi
corpus_dir="$(corpus "$n")"
edited="$(ls "$corpus_dir/raw" | sed -n "$(((n + 1) / 2))p")"

# project K: the project folder of binary K, made (not built) when missing.
read -r -a chosen_projects <<<"${PROJECTS:-}"
project() {
    local dir="${chosen_projects[$1]:-$work/rebuild-$n-$1}"
    if [[ ! -d "$dir/articles" ]]; then
        mkdir -p "$dir"
        cp -al "$corpus_dir/raw" "$dir/articles"
    fi
    echo "$dir"
}

load_at_start="$(uptime)"
for k in "${!binaries[@]}"; do
    dir="$(project "$k")"
    echo "bringing $dir level with ${binaries[$k]} (not timed)..." >&2
    "${binaries[$k]}" build --root "$dir" --output "$dir/site" >/dev/null 2>"$scratch/stderr" || {
        cat "$scratch/stderr" >&2
        exit 1
    }
done

stamp="$(date +%s)"
for run in $(seq "$runs"); do
    for k in "${!binaries[@]}"; do
        dir="$(project "$k")"
        # A new file, so the hard link to the shared corpus is broken and the corpus stays as it is.
        { cat "$dir/articles/$edited"; echo "The archive's editor said the figures were \"checked again, run $stamp-$run.\""; } \
            >"$scratch/edited.txt"
        mv "$scratch/edited.txt" "$dir/articles/$edited"
        sleep 0.01
        measure "edit-$k" "${binaries[$k]}" build --root "$dir" --output "$dir/site"
        measure "same-$k" "${binaries[$k]}" build --root "$dir" --output "$dir/site"
    done
done

# range LABEL: "lowest–highest" wall seconds of LABEL's runs.
range() { sort -g "$scratch/$1" | awk 'NR == 1 { low = $1 } { high = $1 } END { printf "%s–%s", low, high }'; }

echo "$n articles, $runs rebuilds of each kind per binary, alternating"
echo "load at start:$load_at_start"
echo "load at end:  $(uptime)"
echo "| binary | one edit, median | range | CPU, median | peak MiB | no change, median | range | CPU, median |"
echo "|---|---|---|---|---|---|---|---|"
for k in "${!binaries[@]}"; do
    printf '| %s | %s s | %s s | %s s | %s | %s s | %s s | %s s |\n' "${binaries[$k]}" "$(median "edit-$k" 1)" \
        "$(range "edit-$k")" "$(median "edit-$k" 3)" "$(mib "$(median "edit-$k" 2)")" "$(median "same-$k" 1)" \
        "$(range "same-$k")" "$(median "same-$k" 3)"
done
