#!/usr/bin/env bash
# Fuzzes reading, attribution and the annotated-Markdown round trip with libFuzzer.
#
#   scripts/fuzz.sh [SECONDS]     (default 60; `make fuzz FUZZ_SECONDS=N`)
#
# The fuzz target is built with -sanitize=fuzzer (plus address) in its own build folder,
# .build-fuzz, so the normal build and tests never see it. The corpus starts from the sample
# articles and Tests/Fixtures/hostile, grows in .build-fuzz/corpus, and every
# crash is written to Tests/Fixtures/fuzz/ where the regression tests pick it up.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-${FUZZ_SECONDS:-60}}"
scratch=.build-fuzz
crashes=Tests/Fixtures/fuzz
corpus="$scratch/corpus"

VERBATIM_FUZZ=1 swift build -c release --scratch-path "$scratch" --product VerbatimFuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
binary="$(VERBATIM_FUZZ=1 swift build -c release --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld --show-bin-path)/VerbatimFuzz"

# Seeds: each sample as raw text (selector byte 0) and as Markdown (selector byte 1).
mkdir -p "$corpus" "$crashes"
for file in articles/*.txt articles/*.md Tests/Fixtures/hostile/*; do
    [ -f "$file" ] || continue
    name="$(basename "$file")"
    { printf '\0'; head -c 16384 "$file"; } >"$corpus/text-$name"
    { printf '\1'; head -c 16384 "$file"; } >"$corpus/markdown-$name"
done

# Earlier crash inputs already carry their selector byte.
cp Tests/Fixtures/fuzz/* "$corpus/" 2>/dev/null || true
known=$(find "$crashes" -maxdepth 1 -type f | wc -l)
log="$scratch/fuzz.log"
status=0
SWIFT_BACKTRACE=enable=no "$binary" "$corpus" -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1 || status=$?

grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)|^#[0-9]+.*DONE' "$log" || true
found=$(( $(find "$crashes" -maxdepth 1 -type f | wc -l) - known ))
echo "fuzz: ${seconds}s, corpus $(find "$corpus" -type f | wc -l) inputs, $found new crash inputs in $crashes"
if [ "$status" -ne 0 ]; then
    echo "fuzz: libFuzzer stopped with status $status; the last lines of $log:" >&2
    tail -40 "$log" >&2
    exit "$status"
fi
