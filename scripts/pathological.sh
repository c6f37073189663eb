#!/usr/bin/env bash
# Time and peak memory of `verbatim build` on hostile text, at doubling sizes, to show that each
# kind costs time in proportion to its size (a quadratic step would take 4x per doubling).
#
#   scripts/pathological.sh            (make bench-pathological)
#
# Kinds: thousands of unbalanced quote marks; quotes nested hundreds deep; one huge line
# (up to 2 MB, no line break); a paragraph of characters every format escapes, ending in a
# long run of blanks; one huge accented word; a long article (up to 10 MB of paragraphs). Each input is
# one article in a fresh project folder under bench-out/pathological/. Prints one row per input
# and the growth of time per doubling; exits 1 when a doubling costs more than 3x.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${VERBATIM:-$root/.build/release/verbatim}"
work="$root/bench-out/pathological"
if [[ ! -x "$bin" ]]; then
    echo "error: no binary at $bin; run 'make build' first" >&2
    exit 2
fi
rm -rf "$work"
mkdir -p "$work"

# make KIND SIZE FILE: writes one article of KIND scaled by SIZE.
make_input() {
    python3 - "$1" "$2" "$3" <<'PY'
import random, sys
kind, size, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rng = random.Random(7)
words = "the minister said on Thursday that talks would go on and that no deal was near".split()
def sentence(n=12):
    return " ".join(rng.choice(words) for _ in range(n))
out = ["Pathological " + kind, ""]
if kind == "unbalanced":
    # SIZE quote marks, none of them closed on the same line as it opened.
    marks = ['"', "\u201c", "\u201d", "'", "\u2018"]
    line = []
    for i in range(size):
        line.append(rng.choice(marks) + sentence(rng.randint(1, 6)))
        if i % 40 == 39:
            out += [" ".join(line), ""]
            line = []
    out.append(" ".join(line))
elif kind == "nested":
    # One paragraph: SIZE levels of alternating double and single quotes, then all closed.
    opens = ["\u201c" if d % 2 == 0 else "\u2018" for d in range(size)]
    closes = ["\u201d" if d % 2 == 0 else "\u2019" for d in reversed(range(size))]
    text = "Anna Berg said " + " ".join(o + sentence(3) for o in opens) + " " + "".join(closes) + " she added."
    out.append(text)
elif kind == "longline":
    # One line of SIZE kilobytes with quotes and cues, and no line break.
    parts, total = [], 0
    while total < size * 1024:
        piece = "\u201c" + sentence() + ",\u201d said Anna Berg. " + sentence() + ". "
        parts.append(piece)
        total += len(piece.encode())
    out.append("".join(parts))
elif kind == "escapes":
    # One paragraph of SIZE kilobytes of characters that Markdown, HTML and JSON all escape,
    # control characters, and a long run of trailing blanks.
    unit = "a&b<c>d\"e'f*g_h[i]j\\k`l|m~n\u0001o\u007fp "
    out.append(unit * (size * 1024 // len(unit.encode())) + " \t" * (size * 16))
elif kind == "bigword":
    # One "word" of SIZE kilobytes of accented letters, with no space or punctuation.
    out.append("\u00e9\u00c9\u00f1" * (size * 1024 // 6))
elif kind == "long":
    # SIZE kilobytes of ordinary paragraphs with quotes and named speakers.
    names = ["Anna Berg", "Jonas Reinholt", "Ilse Marrow", "Dagny Holt"]
    total = 0
    while total < size * 1024:
        para = sentence() + ". \u201c" + sentence() + ",\u201d " + rng.choice(names) + " said. " + sentence() + "."
        out += [para, ""]
        total += len(para.encode()) + 2
open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")
PY
}

printf '%-11s %10s %10s %9s %10s %9s\n' kind size bytes seconds "us/KB" "peak MB"
status=0
run_kind() {
    local kind=$1
    shift
    local previous=""
    for size in "$@"; do
        local project="$work/$kind-$size"
        mkdir -p "$project/articles"
        make_input "$kind" "$size" "$project/articles/input.txt"
        local bytes
        bytes=$(wc -c <"$project/articles/input.txt")
        local measured
        measured=$(/usr/bin/time -f '%e %M' "$bin" build --root "$project" --output "$project/site" 2>&1 >/dev/null | tail -1)
        local seconds=${measured% *}
        local peak=$((${measured#* } / 1024))
        local per=$(python3 -c "print(f'{$seconds * 1e6 / ($bytes / 1024):.0f}')")
        printf '%-11s %10s %10s %9s %10s %9s\n' "$kind" "$size" "$bytes" "$seconds" "$per" "$peak"
        if [[ -n "$previous" ]]; then
            local growth=$(python3 -c "print(f'{max($seconds, 0.05) / max($previous, 0.05):.2f}')")
            echo "            doubling cost ${growth}x"
            if python3 -c "import sys; sys.exit(0 if $growth > 3 else 1)"; then status=1; fi
        fi
        previous=$seconds
    done
}
run_kind unbalanced 20000 40000 80000
run_kind nested 500 1000 2000
run_kind longline 512 1024 2048
run_kind escapes 256 512 1024
run_kind bigword 256 512 1024
run_kind long 2560 5120 10240
if [[ $status -ne 0 ]]; then echo "error: some input costs more than 3x per doubling (worse than linear)" >&2; fi
exit $status
