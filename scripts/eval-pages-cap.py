#!/usr/bin/env python3
"""What the speaker-page scores of a built site can reach, given the gold it is scored against.

    python3 scripts/eval-pages-cap.py EVAL_DIR GOLD_DIR IDENTITY_JSON QUOTES_JSON

EVAL_DIR is ../shared/eval/quotes (its pages.py is imported, so the quotes are matched to the gold
exactly as pages.py matches them). Each site quote on a page is one of three kinds: a quote of a
named gold speaker, a quote whose gold source the identities leave unnamed ("the president", "she"
that the gold ties to no name), or text the gold does not annotate. pages.py counts the last two
as wrong wherever they are, so the scores are recomputed with the site changed in four ways:

  as built                      the site's own pages (the same figures as pages.py)
  named right, others kept      every named speaker's found quotes on that speaker's page (the
                                page holding most of them now), the other quotes where the site
                                put them: the cap for a site that keeps unnamed sources' quotes
                                on the pages of the people who said them
  ... and unannotated off       the same, with text the gold does not annotate on no page
  as built, unnamed off         the site's own attributions, with quotes of unnamed sources and
                                unannotated text on no page
"""
import collections
import sys


def main(argv):
    if len(argv) != 5:
        raise SystemExit(__doc__)
    eval_dir, gold_dir, identity_path, quotes_path = argv[1:]
    sys.path.insert(0, eval_dir)
    import json
    import pages

    identity = json.load(open(identity_path, encoding="utf-8"))
    articles = pages.load_gold(gold_dir, identity)
    site = pages.load_site_quotes(quotes_path)
    by_article = collections.defaultdict(list)
    for quote in site:
        by_article[pages.slug(quote.get("article", ""))].append(quote)

    # One row per site quote (its page, gold speaker and kind); per named gold quote, its row.
    rows, gold_rows = [], []
    for key, article in articles.items():
        text, golds = article["text"], article["quotes"]
        taken, cursor, matched = set(), 0, {}
        for quote in by_article.get(key, []):
            span = pages.find_span(text, (quote.get("text") or "").strip(), cursor)
            best_index = None
            if span:
                cursor, best = span[1], 0
                for index, gold in enumerate(golds):
                    overlap = min(span[1], gold["end"]) - max(span[0], gold["start"])
                    if index not in taken and overlap > best:
                        best, best_index = overlap, index
            who = golds[best_index]["who"] if best_index is not None else None
            kind = "unannotated" if best_index is None else ("named" if who else "unnamed")
            row = {"page": quote.get("speaker"), "who": who, "kind": kind}
            if best_index is not None:
                taken.add(best_index)
                matched[best_index] = row
            rows.append(row)
        gold_rows += [(gold["who"], matched.get(index)) for index, gold in enumerate(golds) if gold["who"]]

    def score(page_of):
        items = [(page_of(row), row["who"]) for row in rows if page_of(row)]
        gold_items = [(who, page_of(row) if row else None) for who, row in gold_rows]
        page_size = collections.Counter(page for page, _ in items)
        page_who = collections.Counter((page, who) for page, who in items if who)
        speaker_size = collections.Counter(who for who, _ in gold_items)
        speaker_page = collections.Counter((who, page) for who, page in gold_items if page)
        precision = sum(page_who[(p, w)] / page_size[p] if w else 0.0 for p, w in items) / len(items)
        recall = sum(speaker_page[(w, p)] / speaker_size[w] if p else 0.0 for w, p in gold_items) / len(gold_items)
        f1 = 2 * precision * recall / (precision + recall)
        junk = len(page_size) - len({page for page, _ in page_who})
        return (f"page F1 {f1:.3f} (P {precision:.3f} R {recall:.3f}) "
                f"junk pages {junk}/{len(page_size)} = {junk / len(page_size):.3f}")

    # A named speaker's page is the one holding most of their quotes now; a page is one speaker's.
    counts = collections.Counter((row["who"], row["page"]) for row in rows if row["page"] and row["who"])
    home, used = {}, set()
    for (who, page), _ in counts.most_common():
        if who not in home and page not in used:
            home[who] = page
            used.add(page)

    def right(row):
        return home.get(row["who"], "speaker:" + row["who"]) if row["kind"] == "named" else row["page"]

    kinds = collections.Counter(row["kind"] for row in rows if row["page"])
    print(f"quotes on pages: {kinds['named']} of named speakers, {kinds['unnamed']} of unnamed sources, "
          f"{kinds['unannotated']} unannotated")
    print("as built                    ", score(lambda row: row["page"]))
    print("named right, others kept    ", score(right))
    print("... and unannotated off     ", score(lambda row: None if row["kind"] == "unannotated" else right(row)))
    print("as built, unnamed off       ", score(lambda row: row["page"] if row["kind"] == "named" else None))


if __name__ == "__main__":
    main(sys.argv)
