# What the benchmark scripts share; sourced by bench.sh and bench-identity.sh after they set
# `root`. Sets `bin`, `kit` and `work`, checks the binary and the benchmark kit, and makes the
# run's scratch folder (removed on exit).

bin="${VERBATIM:-$root/.build/release/verbatim}"
kit="$root/../shared/bench"
work="$root/bench-out"

if [[ ! -x "$bin" ]]; then
    echo "error: no binary at $bin; run 'make build' first" >&2
    exit 2
fi
if [[ ! -f "$kit/make_corpus.py" ]]; then
    echo "error: no corpus generator at $kit/make_corpus.py (the shared benchmark kit)" >&2
    exit 2
fi
mkdir -p "$work"
scratch="$(mktemp -d "$work/run.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

# measure LABEL COMMAND...: runs COMMAND once with output discarded, appends "wall_s peak_kb cpu_s"
# to $scratch/LABEL (CPU is user and system time, which other work on a shared machine inflates
# less than the wall clock). A failing command stops the benchmark with its error output.
measure() {
    local label="$1"
    shift
    local stats="$scratch/stats"
    if ! /usr/bin/time -f '%e %M %U %S' -o "$stats" "$@" >/dev/null 2>"$scratch/stderr"; then
        echo "error: '$*' failed:" >&2
        cat "$scratch/stderr" >&2
        exit 1
    fi
    tail -n 1 "$stats" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' >>"$scratch/$label"
}

# median LABEL COLUMN: the median of column COLUMN (1 wall, 2 peak, 3 CPU) of LABEL's runs.
median() {
    sort -g -k "$2,$2" "$scratch/$1" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'
}

# corpus N: generates the N-article corpus once; later runs reuse it (it depends only on N and the seed).
corpus() {
    local dir="$work/c$1"
    if [[ ! -f "$dir/manifest.json" ]]; then
        rm -rf "$dir"
        python3 "$kit/make_corpus.py" "$1" "$dir" --seed 1 >/dev/null
    fi
    echo "$dir"
}

# tree_size DIR: "bytes files" of the regular files under DIR ("0 0" when it is missing).
tree_size() { find "$1" -type f -printf '%s\n' 2>/dev/null | awk '{ b += $1; n++ } END { printf "%d %d\n", b, n }'; }

# mib KB: kilobytes as whole MiB.
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
