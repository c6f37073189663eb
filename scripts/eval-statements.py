#!/usr/bin/env python3
"""How well a built site groups the reports of one statement, measured against gold quotes.

    python3 scripts/eval-statements.py QUOTES_JSON GOLD_DIR [GOLD_DIR ...] [--short FILE]

QUOTES_JSON  the site's quote data (data/quotes.json, or data/quotes.jsonl one quote a line), from
             `verbatim build` over a project whose articles/ holds the GOLD_DIRs' .txt files
GOLD_DIR     NAME.txt + NAME.gold.json, as ../shared/eval/quotes/polnear-* hold them

Pair recall: every pair of gold quotes in different articles that share `RUN` (eight) or more
consecutive words is a pair of reports of one statement; the share of those pairs whose two quotes
the site gives the same `statement` id. Each site quote is matched to the gold quote it overlaps
most in its article (as pages.py does). A pair the site misses is counted by why: a quote the site
did not find, a quote with no speaker, different speakers, or the same speaker and not grouped.
The pairs are also split by whether their gold speakers agree (the same surname), differ (two
people who used the same words: those must not share a statement), or are not both named.

Short links: every pair of the site's reports of one statement, in different articles, that share
fewer than five consecutive words, listed with their words (to check they are rare and right).

Reports crediting nobody: every quote without a speaker on the site that a statement of several
articles holds, with the statement's speaker and the gold speaker of the quote, to check whom the
words are from. The last line printed is the summary.
"""
import argparse
import collections
import itertools
import json
import os
import re
import sys
import unicodedata

RUN = 8
SHORT = 5


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def words(text):
    """Lowercased letters and digits of each white-space separated word; marks alone are no words."""
    out = []
    for token in text.split():
        key = "".join(c for c in token.lower() if c.isalnum())
        if key:
            out.append(key)
    return out


def longest_run(a, b):
    """The most consecutive words `a` and `b` share."""
    best = 0
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0] * (len(b) + 1)
        for j, y in enumerate(b):
            if x == y:
                current[j + 1] = previous[j] + 1
                if current[j + 1] > best:
                    best = current[j + 1]
        previous = current
    return best


def surname(entity):
    """The last word of a gold entity's name, lowercased, without a possessive."""
    names = re.findall(r"[a-z]+", re.sub(r"['’]s\b", "", (entity or "").lower()))
    return names[-1] if names else None


def gold_speakers(articles, a, b):
    """Whether the gold speakers of two quotes agree, differ, or are not both named."""
    first, second = (surname(articles[k]["quotes"][i]["entity"]) for k, i in (a, b))
    if not first or not second:
        return "not both named"
    return "agree" if first == second else "differ"


def shingles(ws, size):
    return {tuple(ws[i:i + size]) for i in range(len(ws) - size + 1)}


def find_span(text, needle, cursor):
    """Code-point span of `needle` in `text`, from `cursor` first; white-space tolerant."""
    if not needle:
        return None
    i = text.find(needle, cursor)
    if i < 0:
        i = text.find(needle)
    if i >= 0:
        return i, i + len(needle)
    parts = needle.split()
    if not parts:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in parts))
    m = pattern.search(text, cursor) or pattern.search(text)
    return (m.start(), m.end()) if m else None


def load_site(path):
    with open(path, encoding="utf-8") as f:
        if path.endswith(".jsonl"):
            return [json.loads(line) for line in f if line.strip()]
        data = json.load(f)
    return data["quotes"] if isinstance(data, dict) else data


def load_gold(dirs):
    articles = {}
    for folder in dirs:
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".gold.json"):
                continue
            stem = name[: -len(".gold.json")]
            gold = json.load(open(os.path.join(folder, name), encoding="utf-8"))
            text = open(os.path.join(folder, stem + ".txt"), encoding="utf-8").read()
            quotes = [{"start": q["start"], "end": q["end"], "words": words(text[q["start"]:q["end"]]),
                       "entity": q.get("entity")} for q in gold["quotes"]]
            articles[slug(stem)] = {"name": stem, "text": text, "quotes": quotes}
    return articles


def match(articles, site):
    """For each (article, gold quote number), the site quote that overlaps it most."""
    by_article = collections.defaultdict(list)
    for q in site:
        by_article[slug(q.get("article", ""))].append(q)
    matched = {}
    for key, art in articles.items():
        cursor = 0
        taken = set()
        for sq in by_article.get(key, []):
            span = find_span(art["text"], (sq.get("text") or "").strip(), cursor)
            if not span:
                continue
            cursor = span[1]
            best, chosen = 0, None
            for i, g in enumerate(art["quotes"]):
                if i in taken:
                    continue
                overlap = min(span[1], g["end"]) - max(span[0], g["start"])
                if overlap > best:
                    best, chosen = overlap, i
            if chosen is not None:
                taken.add(chosen)
                matched[(key, chosen)] = sq
    return matched


def gold_pairs(articles):
    """Pairs of gold quotes in different articles sharing RUN or more consecutive words, found
    through shared RUN-word shingles."""
    index = collections.defaultdict(set)
    for key, art in articles.items():
        for i, q in enumerate(art["quotes"]):
            for s in shingles(q["words"], RUN):
                index[s].add((key, i))
    pairs = set()
    for holders in index.values():
        for a, b in itertools.combinations(sorted(holders), 2):
            if a[0] != b[0]:
                pairs.add((a, b))
    return sorted(pairs)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("quotes_json")
    ap.add_argument("gold_dirs", nargs="+")
    ap.add_argument("--short", help="write the short links here as well as printing them")
    ap.add_argument("--misses", help="write the missed pairs here, one JSON object a line")
    a = ap.parse_args(argv)
    articles = load_gold(a.gold_dirs)
    site = load_site(a.quotes_json)
    if not site or "statement" not in site[0]:
        sys.exit(f"error: {a.quotes_json} has no `statement` field on its quotes; is it from a site built by this Verbatim?")
    matched = match(articles, site)

    pairs = gold_pairs(articles)
    reasons = collections.Counter()
    by_gold = collections.defaultdict(lambda: [0, 0])
    misses = []
    for a_key, b_key in pairs:
        qa, qb = matched.get(a_key), matched.get(b_key)
        kind = gold_speakers(articles, a_key, b_key)
        by_gold[kind][1] += 1
        if qa and qb and qa["statement"] == qb["statement"]:
            reasons["linked"] += 1
            by_gold[kind][0] += 1
            continue
        if not qa or not qb:
            why = "a quote the site did not find"
        elif not qa.get("speaker") or not qb.get("speaker"):
            why = "a quote without a speaker on the site"
        elif qa["speaker"] != qb["speaker"]:
            why = "different speakers on the site"
        else:
            why = "same speaker, not grouped"
        reasons[why] += 1
        misses.append({"why": why, "gold speakers": kind, "a": a_key[0], "b": b_key[0],
                       "gold": [articles[k]["quotes"][i]["entity"] for k, i in (a_key, b_key)],
                       "site": [(q or {}).get("speaker") for q in (qa, qb)],
                       "texts": [(q or {}).get("text") or " ".join(articles[k]["quotes"][i]["words"])
                                 for q, (k, i) in ((qa, a_key), (qb, b_key))]})
    if a.misses:
        with open(a.misses, "w", encoding="utf-8") as f:
            for m in misses:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")

    # the site's statements of more than one report, and their pairs sharing few consecutive words
    statements = collections.defaultdict(list)
    for q in site:
        statements[q["statement"]].append(q)
    grouped = {k: v for k, v in statements.items() if len({q["article"] for q in v}) > 1}
    report_pairs = 0
    short = []
    for sid, reports in sorted(grouped.items()):
        for qa, qb in itertools.combinations(reports, 2):
            if qa["article"] == qb["article"]:
                continue
            report_pairs += 1
            run = longest_run(words(qa["text"]), words(qb["text"]))
            if run < SHORT:
                short.append((sid, run, qa, qb))
    lines = [f"short links ({len(short)} of {report_pairs} report pairs share fewer than {SHORT} consecutive words):"]
    for sid, run, qa, qb in short:
        lines.append(f"  {sid} [{qa.get('speakerName')}] {run} shared: “{qa['text']}” ({qa['article']}) ~ “{qb['text']}” ({qb['article']})")
    print("\n".join(lines))
    if a.short:
        with open(a.short, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")

    # quotes the site credits to nobody that joined a statement of several articles
    gold_of = {id(q): articles[k]["quotes"][i]["entity"] for (k, i), q in matched.items()}
    uncredited = []
    for sid, reports in sorted(grouped.items()):
        credited = sorted({q.get("speakerName") for q in reports if q.get("speaker")})
        for q in reports:
            if not q.get("speaker"):
                uncredited.append(f"  {sid} [{', '.join(credited)}] gold: {gold_of.get(id(q))!r}: “{q['text']}” ({q['article']})")
    print(f"reports crediting nobody ({len(uncredited)}):")
    print("\n".join(uncredited))

    total = len(pairs)
    linked = reasons.pop("linked", 0)
    for why, n in reasons.most_common():
        print(f"missed: {n} pairs, {why}")
    for kind in ("agree", "not both named", "differ"):
        done, n = by_gold[kind]
        if n:
            print(f"gold speakers {kind}: {done} of {n} pairs share a statement = {done / n:.3f}")
    share = linked / total if total else 0.0
    print(f"statements: {len(grouped)} with reports in several articles, {report_pairs} report pairs, "
          f"{len(short)} sharing fewer than {SHORT} words, {len(uncredited)} reports crediting nobody | gold pairs sharing {RUN}+ words: {total}, "
          f"same statement: {linked} = {share:.3f}")


if __name__ == "__main__":
    main()
