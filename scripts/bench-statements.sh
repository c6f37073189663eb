#!/usr/bin/env bash
# What statements cost a full build, in instructions: builds N articles of the benchmark corpus
# (default 10000) once as it is and once with `--no-statements`, each under qemu-x86_64 with
# the instruction-counting plugin scripts/insncount.c, and prints both counts, their ratio, and
# the bytes of the two sites and of their statement pages.
#
# Usage: scripts/bench-statements.sh [N]
# Environment: VERBATIM (binary, default .build/release/verbatim), CC (default cc), JOBS (the
#              builds' --jobs, default the number of cores).
#
# Instructions, unlike times, do not depend on what else the machine is doing; three counts of
# one build agree to about 0.2%. The emulator runs a build about 40 times slower than the machine
# does (a 10,000-article build takes 4 to 6 minutes). Each build starts from a fresh project
# folder holding only the corpus' raw articles (hard links), as `make bench`'s full builds do.
set -euo pipefail

n="${1:-10000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/scripts/bench-lib.sh"

for tool in qemu-x86_64 "${CC:-cc}"; do
    if ! command -v "$tool" >/dev/null; then
        echo "error: $tool is not installed (make bench-statements installs qemu-user)" >&2
        exit 2
    fi
done
plugin="$scratch/insncount.so"
"${CC:-cc}" -shared -fPIC -O2 -Wall -o "$plugin" "$root/scripts/insncount.c"

dir="$(corpus "$n")"
jobs="${JOBS:-$(nproc)}"

# count LABEL ARGS...: a full build of a fresh project under the emulator; prints the instructions.
count() {
    local label="$1"
    shift
    local project="$scratch/$label"
    mkdir -p "$project"
    cp -al "$dir/raw" "$project/articles"
    if ! qemu-x86_64 -plugin "$plugin,out=$scratch/$label.count" \
        "$bin" build --root "$project" --output "$project/site" --jobs "$jobs" "$@" >/dev/null 2>"$scratch/$label.stderr"; then
        echo "error: the build $label failed:" >&2
        cat "$scratch/$label.stderr" >&2
        exit 1
    fi
    awk '/^instructions:/ { print $2 }' "$scratch/$label.count"
}

echo "load: $(uptime)"
with="$(count with)"
without="$(count without --no-statements)"
echo "load: $(uptime)"

read -r site_bytes site_files < <(tree_size "$scratch/with/site")
read -r peer_bytes peer_files < <(tree_size "$scratch/without/site")
read -r statement_bytes statement_files < <(tree_size "$scratch/with/site/statements")
awk -v n="$n" -v w="$with" -v o="$without" 'BEGIN {
    printf "full build of %d articles, instructions: with statements %.2f G, without (--no-statements) %.2f G, ratio %.3f\n",
        n, w / 1e9, o / 1e9, w / o
}'
awk -v sb="$site_bytes" -v sf="$site_files" -v pb="$peer_bytes" -v pf="$peer_files" -v tb="$statement_bytes" -v tf="$statement_files" 'BEGIN {
    printf "site bytes: with statements %.1f MB in %d files, without %.1f MB in %d files, ratio %.3f; statements/ %.1f MB in %d files\n",
        sb / 1e6, sf, pb / 1e6, pf, (pb > 0 ? sb / pb : 0), tb / 1e6, tf
}'
