#!/usr/bin/env python3
"""What a built site's bytes are made of.

    scripts/size-breakdown.py SITE [HUGO_SITE]

Prints the bytes of every top-level folder, the bytes of each kind of file (article pages, archive
pages, speaker pages, feeds, data files, search files...), and for article and speaker pages the
bytes of each part of the page: the head (and its JSON-LD and repeated descriptions), the site's
header and footer, the body's own text against the quote markup around it, and every
`<section class="…">`. With a second folder (a Hugo site of the same articles) it prints the
ratio of the two totals. The parts are found in the built-in templates' markup; a site with its
own templates gets its folders and kinds right and its parts under "rest".
"""

import os
import re
import sys
from collections import Counter, defaultdict


def files(root):
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            yield os.path.relpath(path, root), os.path.getsize(path)


def kind(path):
    parts = path.split("/")
    top = parts[0]
    if top == "articles":
        if len(parts) == 3 and parts[2] == "index.html" and parts[1] != "page":
            return "article pages"
        return "archive pages"
    if top == "people":
        if len(parts) == 2 or parts[1] == "page":
            return "people index pages"
        if parts[-1] == "feed.xml":
            return "speaker feeds"
        if parts[-1].endswith(".html"):
            return "speaker pages" if len(parts) == 3 else "speaker pages after the first"
        return "speaker, other files"
    if top == "data":
        if len(parts) > 2 and parts[1] == "search":
            name = parts[-1]
            if name.startswith("a-"):
                return "data/search: files of entries"
            if name.startswith("t-"):
                return "data/search: shards of words"
            return "data/search: other"
        return "data/" + "/".join(parts[1:])
    if top == "statements":
        return "statement pages"
    if top == "topics":
        return "topic pages"
    return "other: " + top


PAGE_PARTS = [
    # (label, pattern); every label's bytes are the sum of its matches, so parts may nest.
    ("head", r"<head>.*?</head>"),
    ("  JSON-LD", r'<script type="application/ld\+json">.*?</script>'),
    ("  description and og: meta", r'<meta (?:name="description"|property="og:[^"]*")[^>]*>\n?'),
    ("site header (skip link, nav)", r"<body>.*?<main[^>]*>"),
    ("site footer", r"</main>.*?</html>"),
    ("article header (title, standfirst, meta, topics)", r'<header class="article-header">.*?</header>'),
    ("speaker header (name, roles, topics)", r'<article class="person"[^>]*>\s*<header>.*?</header>'),
    ("  topic links", r'<ul class="tags".*?</ul>'),
    ("timeline", r"<figure.*?</figure>"),
]

SECTION = re.compile(r'<section class="([\w-]+)".*?</section>\n?', re.S)
BODY = re.compile(r'<div class="article-body">(.*?)</div>\n*', re.S)
TAG = re.compile(r"<[^>]*>")
TOOLTIP = re.compile(r'role="tooltip">([^<]*)<')
ALSO = re.compile(r'<sup class="also">.*?</sup>', re.S)
SPEAKER_PARTS = [
    ("  quote (blockquote)", r"<blockquote.*?</blockquote>"),
    ("  context", r'<p class="context">.*?</p>'),
    ("  statement reports", r'<div class="statement-reports">.*?</div>'),
    ("  group heading (article link, source)", r'<h2 id="in-.*?</p>'),
]


def page_parts(text, counts, extra):
    data = text.encode()
    counts["total"] += len(data)
    for label, pattern in PAGE_PARTS + extra:
        for match in re.finditer(pattern, text, re.S):
            counts[label] += len(match.group(0).encode())
    for match in SECTION.finditer(text):
        counts["section ." + match.group(1)] += len(match.group(0).encode())
    for match in BODY.finditer(text):
        body = match.group(0)
        counts["article body"] += len(body.encode())
        also = sum(len(m.group(0).encode()) for m in ALSO.finditer(body))
        tags = sum(len(m.group(0).encode()) for m in TAG.finditer(ALSO.sub("", body)))
        tips = sum(len(m.group(1).encode()) for m in TOOLTIP.finditer(body))
        counts["  quote tooltips' text (speaker, role)"] += tips
        counts["  markup (tags, attributes)"] += tags
        counts["  'also reported' marks"] += also
        counts["  text"] += len(body.encode()) - tags - tips - also
        counts["  quotes"] += body.count("<q ")


def mb(n):
    return f"{n / 1e6:8.1f} MB"


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    root = sys.argv[1]
    folders, kinds, kind_files = Counter(), Counter(), Counter()
    article, speaker = Counter(), Counter()
    article_pages = speaker_pages = 0
    for path, size in files(root):
        folders[path.split("/")[0]] += size
        k = kind(path)
        kinds[k] += size
        kind_files[k] += 1
        if k == "article pages":
            article_pages += 1
            with open(os.path.join(root, path), encoding="utf-8") as handle:
                page_parts(handle.read(), article, [])
        elif k in ("speaker pages", "speaker pages after the first"):
            speaker_pages += 1
            with open(os.path.join(root, path), encoding="utf-8") as handle:
                page_parts(handle.read(), speaker, SPEAKER_PARTS)
    total = sum(folders.values())
    print(f"site {root}: {mb(total)} in {sum(kind_files.values())} files")
    print("\nby folder:")
    for name, size in folders.most_common():
        print(f"  {name:<40}{mb(size)}")
    print("\nby kind:")
    for name, size in kinds.most_common():
        print(f"  {name:<40}{mb(size)} {kind_files[name]:>7} files")
    for title, counts, pages in (("article pages", article, article_pages), ("speaker pages", speaker, speaker_pages)):
        if not pages:
            continue
        print(f"\n{title} ({pages}, {counts['total'] / pages / 1000:.1f} KB each), by part:")
        ordered = [label for label, _ in PAGE_PARTS] + ["article body", "  text", "  markup (tags, attributes)",
                   "  quote tooltips' text (speaker, role)", "  'also reported' marks"]
        ordered += [label for label, _ in SPEAKER_PARTS] if title == "speaker pages" else []
        ordered += sorted((l for l in counts if l.startswith("section .")), key=lambda l: -counts[l])
        for label in ordered:
            if counts[label]:
                print(f"  {label:<52}{mb(counts[label])}")
        if counts["  quotes"]:
            print(f"  {'quotes in bodies':<52}{counts['  quotes']:>8}")
    if len(sys.argv) == 3:
        hugo = sum(size for _, size in files(sys.argv[2]))
        print(f"\nHugo {sys.argv[2]}: {mb(hugo)}; ratio {total / hugo:.2f}")


if __name__ == "__main__":
    main()
