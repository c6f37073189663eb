#!/usr/bin/env bash
# Checks that two verbatim binaries build byte-identical sites: the sample project and an
# N-article generated corpus, each from a fresh copy of its articles. Used to show that a speed
# change leaves the output as it was (the build cache in content/ aside).
#
# Usage: scripts/same-output.sh OLD_BINARY NEW_BINARY [N]     (N default 1000)
# Extra build options (e.g. JOBS_NEW="--jobs 1") can be given per binary in JOBS_OLD / JOBS_NEW.
set -euo pipefail
old="$1"
new="$2"
n="${3:-1000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/bench-out"
mkdir -p "$work"
scratch="$(mktemp -d "$work/same.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
if [[ ! -f "$work/c$n/manifest.json" ]]; then
    rm -rf "$work/c$n"
    python3 "$root/../shared/bench/make_corpus.py" "$n" "$work/c$n" --seed 1 >/dev/null
fi
status=0
for source in "$root/articles" "$work/c$n/raw"; do
    for side in old new; do
        project="$scratch/$side"
        rm -rf "$project"
        mkdir -p "$project"
        cp -r "$source" "$project/articles"
        binary="$old"; options="${JOBS_OLD:-}"
        if [[ $side == new ]]; then binary="$new"; options="${JOBS_NEW:-}"; fi
        # shellcheck disable=SC2086
        "$binary" build --root "$project" --output "$project/site" $options >/dev/null
    done
    if diff -r "$scratch/old/site" "$scratch/new/site" >/dev/null && diff -r -x ".build-*" "$scratch/old/content" "$scratch/new/content" >/dev/null; then
        echo "same: $source ($(find "$scratch/new/site" -type f | wc -l) files)"
    else
        echo "DIFFERENT: $source"
        diff -rq "$scratch/old/site" "$scratch/new/site" | head -n 10
        diff -rq -x ".build-*" "$scratch/old/content" "$scratch/new/content" | head -n 10
        status=1
    fi
done
exit $status
