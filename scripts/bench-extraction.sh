#!/usr/bin/env bash
# Measures web-page reading speed: `verbatim read --format json` (one thread) over the 111 saved
# pages of ../shared/testdata/article-extraction, in pages/s and MB/s by CPU time (median of 3);
# then seconds per MB for one page whose body is repeated 1, 2, 4 and 8 times, to show that the
# time grows in line with the page's size.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
pages="$root/../shared/testdata/article-extraction/html"
if [[ ! -d "$pages" ]]; then
    echo "error: $pages not found; the benchmark needs ../shared/testdata/article-extraction" >&2
    exit 2
fi
swift build -c release --product verbatim --package-path "$root" >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$root/.build/release/verbatim" "$pages" "$work" <<'PY'
import gzip, os, resource, subprocess, sys
binary, pages, work = sys.argv[1], sys.argv[2], sys.argv[3]
files = sorted(os.path.join(pages, name) for name in os.listdir(pages) if name.endswith(".html.gz"))
size = sum(len(gzip.open(path).read()) for path in files)

def cpu_seconds(arguments, runs=3, check=True):
    times = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([binary, "read", "--format", "json"] + arguments, check=check, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return sorted(times)[len(times) // 2]

cpu = cpu_seconds(files)
print("read %d saved pages (%.1f MB of HTML after gzip), one thread: CPU %.3f s: %.0f pages/s, %.1f MB/s (median of 3)"
      % (len(files), size / 1e6, cpu, len(files) / cpu, size / 1e6 / cpu))
largest = max(files, key=os.path.getsize)
html = gzip.open(largest).read()
start = html.lower().find(b"<body")
start = html.find(b">", start) + 1
end = html.lower().rfind(b"</body>")
figures = []
for times in (1, 2, 4, 8):
    path = os.path.join(work, "page-x%d.html" % times)
    with open(path, "wb") as out:
        out.write(html[:start] + html[start:end] * times + html[end:])
    mb = os.path.getsize(path) / 1e6
    # Ten reads of the same file in one run, so that start-up is a small share. A page made of
    # several copies of one page may hold no single article to find; the time is what counts.
    seconds = cpu_seconds([path] * 10, check=False) / 10
    figures.append("%.2f MB: %.1f ms (%.1f ms/MB)" % (mb, seconds * 1000, seconds * 1000 / mb))
print("one page's body repeated 1, 2, 4, 8 times: " + "; ".join(figures))
PY
