#!/usr/bin/env bash
# Measures Verbatim's speed and memory on generated real-text corpora, next to Hugo.
#
# Usage: scripts/bench.sh [N]        (N articles for the large corpus, default 10000)
# Environment: RUNS (runs per figure, default 3), REBUILD_RUNS (runs per rebuild figure, default
#              RUNS: rebuilds take seconds where a full build of 50,000 articles takes minutes),
#              SIZES (default "1000 N"),
#              HUGO=0 to leave Hugo out, ANNOTATE=0 to leave the annotation columns out (a quicker
#              look at builds and rebuilds), VERBATIM (binary, default .build/release/verbatim).
#
# Every figure is the median of RUNS whole-process runs; wall time and peak memory come from
# /usr/bin/time. Full builds start from a fresh project folder (articles/ only) and a missing output
# folder, so nothing is reused; the site stage alone builds a fresh project holding only the
# content/ a full build wrote. Verbatim's full build, its site stage and Hugo (.Params variant) run
# in turn so all see the same machine. Then the built site is measured: its bytes and files next
# to Hugo's, its largest HTML page, and the bytes of search index the search script loads to show
# the first results of sample queries (with node, scripts/search-bytes.js). Corpora, projects and
# outputs live under bench-out/, which git ignores.
set -euo pipefail

large="${1:-10000}"
runs="${RUNS:-3}"
rebuild_runs="${REBUILD_RUNS:-$runs}"
# The machine's load beside the figures: a shared machine's other work slows every figure.
load_at_start="$(uptime)"
sizes="${SIZES:-1000 $large}"
root="$(cd "$(dirname "$0")/.." && pwd)"
hugo_config="config-params.toml"
source "$root/scripts/bench-lib.sh"

use_hugo=0
if [[ "${HUGO:-1}" != 0 ]] && command -v hugo >/dev/null; then use_hugo=1; fi
if [[ "${HUGO:-1}" != 0 && $use_hugo == 0 ]]; then echo "note: hugo is not installed, so Hugo's columns are left empty (make bench installs it)" >&2; fi
use_node=0
if command -v node >/dev/null; then use_node=1; else echo "note: node is not installed, so search bytes are left out" >&2; fi

# fresh_project N DIR: a new project folder holding only the corpus' raw articles (hard links, not timed).
fresh_project() {
    mkdir -p "$2"
    cp -al "$work/c$1/raw" "$2/articles"
}

# content_project FROM DIR: a new project folder holding only the content/ files of project FROM.
content_project() {
    mkdir -p "$2/content"
    find "$1/content" -maxdepth 1 -name '*.md' -exec cp -l -t "$2/content/" {} +
}

rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1000000 }'; }
kb() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1000 }'; }

table="$scratch/table"
sizes_table="$scratch/sizes"
{
    echo "| articles | annotate, 1 core | annotate, all cores | full build | site stage | peak | Hugo .Params | full ÷ Hugo | site stage ÷ Hugo | peak ÷ Hugo | rebuild, no change | rebuild, 1 edited | files rewritten |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
} >"$table"
{
    echo "| articles | output | files | Hugo output | Hugo files | output ÷ Hugo | largest HTML page | search bytes, most of 6 queries |"
    echo "|---|---|---|---|---|---|---|---|"
} >"$sizes_table"

for n in $sizes; do
    dir="$(corpus "$n")"
    echo "== $n articles ($(du -sh "$dir/raw" | cut -f1) of raw text)" >&2

    if [[ "${ANNOTATE:-1}" != 0 ]]; then
        # Each run writes a folder of its own, kept to the end like the builds' (see below).
        for run in $(seq "$runs"); do
            measure "annotate1-$n" "$bin" annotate --format json --jobs 1 --output "$scratch/json-$n-$run-1" "$dir/raw"
            measure "annotate-$n" "$bin" annotate --format json --output "$scratch/json-$n-$run" "$dir/raw"
        done
        echo "   annotate: $(median "annotate1-$n" 1) s on 1 core, $(median "annotate-$n" 1) s on all" >&2
    fi

    # Every run builds into folders of its own, none deleted while figures are taken: on ext4
    # without a journal, creating a file passes over every inode freed in the last minute or so,
    # one by one, so a build right after deleting a site of 20,000 files spent more time in the
    # kernel than rendering (and Hugo, after deleting its own output, a little). Each tool, and
    # each rebuild below, is timed on a file system that has not just deleted a site; the folders
    # go with the scratch folder when the benchmark ends (at 50,000 articles, about 2 GB a run).
    for run in $(seq "$runs"); do
        project="$scratch/project-$n-$run"
        stage="$scratch/content-project-$n-$run"
        fresh_project "$n" "$project"
        measure "build-$n" "$bin" build --root "$project" --output "$project/site"
        content_project "$project" "$stage"
        measure "stage-$n" "$bin" build --root "$stage" --output "$stage/site"
        if [[ $use_hugo == 1 ]]; then
            measure "hugo-$n" "$kit/hugo_build.sh" "$dir/hugo/content" "$scratch/hugo-$n-$run" "$hugo_config"
        fi
    done
    echo "   full build: $(median "build-$n" 1) s, site stage $(median "stage-$n" 1) s$([[ $use_hugo == 1 ]] && echo ", Hugo $(median "hugo-$n" 1) s")" >&2

    # The site as a reader gets it: its size next to Hugo's, its largest page, and what search loads.
    read -r site_bytes site_files < <(tree_size "$project/site")
    hugo_size="– | – | –"
    if [[ $use_hugo == 1 ]]; then
        read -r hugo_bytes hugo_files < <(tree_size "$(ls -d "$scratch/hugo-$n-1"/run.* | head -n 1)")
        hugo_size="$(mb "$hugo_bytes") MB | $hugo_files | $(ratio "$site_bytes" "$hugo_bytes")"
    fi
    largest="$(find "$project/site" -name '*.html' -printf '%s %P\n' | sort -n | tail -n 1)"
    search_cell="–"
    if [[ $use_node == 1 ]]; then
        # A name, a word, two words, a prefix being typed, the commonest word, and four words of
        # the last quote of the oldest article, whose entries are in the last shard.
        last_quote="$(tail -n 1 "$project/site/data/quotes.jsonl" 2>/dev/null | python3 -c 'import json, sys; print(" ".join(json.load(sys.stdin)["text"].split()[:4]))' 2>/dev/null || true)"
        if node "$root/scripts/search-bytes.js" "$project/site" "Trump" "election" "prime minister" "gover" "the" "$last_quote" \
            >"$scratch/search" 2>&1; then
            sed 's/^/   search: /' "$scratch/search" >&2
            search_cell="$(kb "$(tail -n 1 "$scratch/search" | cut -d' ' -f2)") KB"
        else
            echo "   search: not measured, the site's search script does not run under node ($(tail -n 1 "$scratch/search"))" >&2
        fi
    fi
    printf '| %s | %s MB | %s | %s | %s KB (%s) | %s |\n' "$n" "$(mb "$site_bytes")" "$site_files" "$hugo_size" \
        "$(kb "${largest%% *}")" "${largest#* }" "$search_cell" >>"$sizes_table"

    # Rebuilds reuse the last full build's project: first with nothing changed, then with one
    # article edited (a different sentence appended each run, so every run has real work).
    for run in $(seq "$rebuild_runs"); do
        measure "same-$n" "$bin" build --root "$project" --output "$project/site"
    done
    edited="$(ls "$project/articles" | sed -n "$(((n + 1) / 2))p")"
    for run in $(seq "$rebuild_runs"); do
        # Writing a new file breaks the hard link, so the shared corpus stays untouched.
        { cat "$project/articles/$edited"; echo "The archive's editor said the figures were \"checked again, run $run.\""; } \
            >"$scratch/edited.txt"
        mv "$scratch/edited.txt" "$project/articles/$edited"
        touch "$scratch/marker"
        sleep 0.01
        measure "edit-$n" "$bin" build --root "$project" --output "$project/site"
    done
    rebuild_cells="– | – | –"
    if [[ "$rebuild_runs" != 0 ]]; then
        rewritten="$(find "$project/site" -type f -newer "$scratch/marker" | wc -l)"
        total="$(find "$project/site" -type f | wc -l)"
        echo "   rebuilds: $(median "same-$n" 1) s unchanged, $(median "edit-$n" 1) s after one edit ($rewritten of $total files rewritten)" >&2
        rebuild_cells="$(median "same-$n" 1) s | $(median "edit-$n" 1) s | $rewritten of $total"
    fi

    build_s="$(median "build-$n" 1)"
    build_kb="$(median "build-$n" 2)"
    stage_s="$(median "stage-$n" 1)"
    hugo_cells="– | – | – | –"
    if [[ $use_hugo == 1 ]]; then
        hugo_s="$(median "hugo-$n" 1)"
        hugo_kb="$(median "hugo-$n" 2)"
        hugo_cells="$hugo_s s, $(mib "$hugo_kb") MiB | $(ratio "$build_s" "$hugo_s") | $(ratio "$stage_s" "$hugo_s") | $(ratio "$build_kb" "$hugo_kb")"
    fi
    annotate_cells="– | –"
    if [[ "${ANNOTATE:-1}" != 0 ]]; then
        annotate_cells="$(rate "$n" "$(median "annotate1-$n" 1)")/s | $(rate "$n" "$(median "annotate-$n" 1)")/s"
    fi
    printf '| %s | %s | %s s (%s/s) | %s s | %s MiB | %s | %s |\n' \
        "$n" "$annotate_cells" \
        "$build_s" "$(rate "$n" "$build_s")" "$stage_s" "$(mib "$build_kb")" \
        "$hugo_cells" "$rebuild_cells" >>"$table"
done

echo
if [[ -n "${VERBATIM:-}" ]]; then version="$bin"; else version="Verbatim $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"; fi
echo "$version, $(nproc) cores, median of $runs runs ($rebuild_runs for rebuilds)$([[ $use_hugo == 1 ]] && echo ", $(hugo version | cut -d' ' -f1-2)")"
echo "load at start:$load_at_start"
echo "load at end:  $(uptime)"
cat "$table"
echo
cat "$sizes_table"
