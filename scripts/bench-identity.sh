#!/usr/bin/env bash
# Measures what a change of speaker identity costs a rebuild of a large archive.
#
# Usage: scripts/bench-identity.sh [N]     (N articles, default 10000)
# Environment: RUNS (runs per figure, default 3), VERBATIM (binary, default .build/release/verbatim).
#
# Speaker pages are worked out across the whole site when it is linked: one added article can
# merge pages ("Donald J. Trump" joining "Trump") or split them (a second Trump makes "Trump"
# alone ambiguous), and every article that quotes those speakers links elsewhere. This builds
# the N-article corpus of the shared benchmark kit once, then times rebuilds after adding one
# article that changes no identity, one that names a second person with the surname of a
# person whose surname-only mentions `verbatim people` lists as merged (so those mentions split
# off), and after taking that article away again (its raw text and its annotated content). Each
# figure is the median of RUNS whole-process runs (wall time and peak memory from
# /usr/bin/time), next to the number of people pages, so the change of identities is visible.
# Work files live under bench-out/.
set -euo pipefail

n="${1:-10000}"
runs="${RUNS:-3}"
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/scripts/bench-lib.sh"

corpus="$(corpus "$n")"
project="$scratch/project"
mkdir -p "$project"
cp -al "$corpus/raw" "$project/articles"

# rebuild LABEL: one rebuild of the project, measured under LABEL.
rebuild() { measure "$1" "$bin" build --root "$project" --output "$project/site"; }

people() { find "$project/site/people" -mindepth 1 -maxdepth 1 -type d | wc -l; }

# The article that changes no identity quotes someone nobody else is; the one that changes
# identities quotes a second person with a surname that now stands for one person alone.
plain() {
    printf 'Weather\n\nA quiet week\n\n"The harbour stayed calm all week," said Quillon Vasterby, the harbour master, on run %s.\n' "$1"
}
family() {
    printf 'Politics\n\nA family matter\n\n"I speak only for myself," said Zelda %s on run %s.\n' "$surname" "$1"
}
# remove NAME: takes article NAME away, raw text and annotated content.
remove() { rm -f "$project/articles/$1.txt" "$project/content/$1.md"; }

echo "building $n articles once (not timed)..." >&2
rebuild full
before="$(people)"
# A merged surname-only spelling: `  aliases: ["Ed Rendell", "Rendell"]` gives Rendell.
surname="$("$bin" people --root "$project" 2>/dev/null | grep '^  aliases:' \
    | grep -o '"[A-Z][A-Za-z-]*"' | tr -d '"' | head -n 1)"
if [[ -z "$surname" ]]; then
    echo "error: no surname-only spelling merged into a full name in this corpus" >&2
    exit 1
fi
# add_and_remove NAME: RUNS times, adds article NAME (written by the function NAME, told the run)
# and takes it away again, timing both rebuilds; the people pages after each go to
# $scratch/NAME.people and $scratch/NAME-removed.people.
add_and_remove() {
    for run in $(seq "$runs"); do
        "$1" "$run" >"$project/articles/zz-$1.txt"
        rebuild "$1"
        people >"$scratch/$1.people"
        remove "zz-$1"
        rebuild "$1-removed"
        people >"$scratch/$1-removed.people"
    done
}
add_and_remove plain
add_and_remove family

echo "| $n articles, rebuild after | wall s | peak MiB | people pages |"
echo "|---|---|---|---|"
row() { printf '| %s | %s | %.0f | %s |\n' "$1" "$(median "$2" 1)" "$(awk -v k="$(median "$2" 2)" 'BEGIN { print k / 1024 }')" "$3"; }
row "first full build" full "$before"
row "adding an article that changes no identity" plain "$(cat "$scratch/plain.people")"
row "removing it again" plain-removed "$(cat "$scratch/plain-removed.people")"
row "adding an article naming a second $surname" family "$(cat "$scratch/family.people")"
row "removing that article again" family-removed "$(cat "$scratch/family-removed.people")"
