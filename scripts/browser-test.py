#!/usr/bin/env python3
"""Drives headless Chromium through a built Verbatim site, the way a reader would.

Usage: browser-test.py BASE_URL SCREENSHOT_DIR [LARGE_SITE_FOLDER]

Talks W3C WebDriver to chromedriver with the standard library only. It opens the home page,
follows an article link, checks that a quote's tooltip names its speaker to screen readers and
shows on keyboard focus, follows a quote's speaker link, follows the speaker page's link back to
the quote's anchor, runs a search and follows a result, follows a quote reported by several
articles to its statement page and on to another outlet's report, and saves screenshots of the
home, article, speaker, topic and statement pages at desktop and phone widths, and of the statement
page in dark mode and as printed. Given the folder of a large built site, it then opens that site
from disk (file://) and follows the archive to its second page, follows the most quoted speaker's
pages to the second one, and searches for the words of the last quote of the oldest article,
whose entry is in the last shard of the index. Exits 1 on the first failure.
"""
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    def __init__(self):
        driver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
        self.port = free_port()
        self.process = subprocess.Popen([driver, f"--port={self.port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.port}"
        for _ in range(100):
            try:
                self.call("GET", "/status")
                break
            except OSError:
                time.sleep(0.1)
        binary = shutil.which("chromium") or "/usr/bin/chromium"
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": binary,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"]}}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read() or b"{}").get("value")

    def s(self, method, path, body=None):
        return self.call(method, f"/session/{self.session}{path}", body)

    def open(self, url):
        self.s("POST", "/url", {"url": url})

    def url(self):
        return self.s("GET", "/url")

    def script(self, source, *args):
        return self.s("POST", "/execute/sync", {"script": source, "args": list(args)})

    def click_href(self, href):
        """Clicks the first link whose href attribute is exactly `href`, as a reader would."""
        element = self.s("POST", "/element", {"using": "css selector", "value": f'a[href="{href}"]'})
        self.s("POST", f"/element/{list(element.values())[0]}/click", {})
        time.sleep(0.3)

    def emulate(self, media="", dark=False):
        """Shows pages as printed (`media="print"`) or in dark mode, through Chromium's DevTools."""
        features = [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]
        self.s("POST", "/goog/cdp/execute", {"cmd": "Emulation.setEmulatedMedia", "params": {"media": media, "features": features}})

    def resize(self, width, height):
        self.s("POST", "/window/rect", {"width": width, "height": height})

    def screenshot(self, path):
        with open(path, "wb") as f:
            f.write(base64.b64decode(self.s("GET", "/screenshot")))

    def quit(self):
        try:
            self.s("DELETE", "")
        finally:
            self.process.terminate()


def check(condition, message):
    if not condition:
        print(f"FAIL: {message}")
        raise SystemExit(1)
    print(f"ok: {message}")


def wait_for(browser, script, *args, seconds=15):
    """The first truthy value `script` returns within `seconds` (the search loads its shards as it goes)."""
    value = None
    for _ in range(int(seconds * 10)):
        value = browser.script(script, *args)
        if value:
            return value
        time.sleep(0.1)
    return value


def large_site(browser, folder):
    """Pages and search of a large site, opened from disk as a reader might."""
    base = "file://" + os.path.abspath(folder).rstrip("/") + "/"
    browser.open(base + "articles/index.html")
    check(browser.script("return document.querySelectorAll('li.teaser').length;") > 0, "the archive's first page lists articles")
    next_href = browser.script("const a = document.querySelector('.pager a[rel=next]'); return a && a.getAttribute('href');")
    check(next_href, "the archive links its next page")
    browser.click_href(next_href)
    check(browser.url().endswith("articles/page/2/index.html"), f"the archive's second page opens from disk ({browser.url()})")
    check(browser.script("return document.querySelectorAll('li.teaser').length;") > 0, "the archive's second page lists articles")
    check(browser.script("return !!document.querySelector('link[rel=stylesheet]').sheet;"), "the second page finds the stylesheet")

    with open(os.path.join(folder, "data/people.jsonl"), encoding="utf-8") as f:
        people = [json.loads(line) for line in f]
    most = max(people, key=lambda person: person["quotes"])
    browser.open(base + most["url"])
    next_href = browser.script("const a = document.querySelector('.pager a[rel=next]'); return a && a.getAttribute('href');")
    check(next_href, f"the page of {most['name']} ({most['quotes']} quotes) links its next page")
    browser.click_href(next_href)
    check("/page/2/" in browser.url(), f"the speaker's second page opens ({browser.url()})")
    quote_href = browser.script("const a = document.querySelector('blockquote[id] a.said'); return a && a.getAttribute('href');")
    check(quote_href, "the speaker's second page lists quotes")
    browser.click_href(quote_href)
    anchor = quote_href.rsplit("#", 1)[-1]
    check(browser.url().endswith("/index.html#" + anchor), f"a quote on the speaker's second page opens its article ({browser.url()})")
    check(browser.script("return !!document.getElementById(arguments[0]);", anchor), f"the article holds the quote's anchor #{anchor}")

    with open(os.path.join(folder, "data/quotes.jsonl"), encoding="utf-8") as f:
        for line in f:
            last = json.loads(line)
    query = " ".join(last["text"].split()[:6])
    browser.open(base + "search/index.html?q=" + urllib.parse.quote(query))
    found = wait_for(browser, """
        for (const a of document.querySelectorAll('#search-results a')) {
          if (a.getAttribute('href').endsWith(arguments[0])) return a.getAttribute('href');
        }
        return null;""", last["url"])
    check(found, f"a search from disk for '{query}' finds the last quote of the oldest article ({last['url']})")
    browser.click_href(found)
    check(browser.url().endswith(last["url"]), f"the result opens the quote ({browser.url()})")


def quote_tip(browser):
    """A quote's speaker is part of its link's name for screen readers, and its tooltip shows on
    keyboard focus and is hidden from the eye, never from assistive technology, otherwise."""
    tip = "const t = document.querySelector('q[id] > a > [role=tooltip]'); const r = t && t.getBoundingClientRect();"
    name = browser.script(tip + " return t && t.textContent;")
    check(name, "a quote on the article page names its speaker in a tooltip")
    element = browser.s("POST", "/element", {"using": "css selector", "value": "q[id] > a"})
    label = browser.s("GET", f"/element/{list(element.values())[0]}/computedlabel")
    check(name in label, f"screen readers read the speaker with the quote ({label!r})")
    check(browser.script(tip + " return r.width <= 1 && r.height <= 1;"), "the tooltip is hidden until asked for")
    browser.script("document.querySelector('q[id] > a').focus();")
    check(browser.script(tip + " return r.width > 20 && r.height > 5;"), "the tooltip shows on keyboard focus")
    browser.script("document.activeElement.blur();")


def follow_statement(browser, base):
    """From an article whose quote other articles report, to the statement's page and on to
    another outlet's report; returns the statement page's address."""
    browser.open(base + "articles/index.html")
    hrefs = browser.script("return [...document.querySelectorAll('main a[href*=\"/index.html\"]')].map(a => a.href);")
    for href in hrefs:
        browser.open(href)
        if browser.script("return !!document.querySelector('sup.also a');"):
            break
    else:
        check(False, "an article shows a quote reported elsewhere")
    article = browser.url().split("#")[0]
    also = browser.script("return document.querySelector('sup.also a').getAttribute('href');")
    browser.click_href(also)
    item = browser.url().split("#", 1)[1]
    check(browser.script("return !!document.querySelector('#' + arguments[0] + ' a[href*=\"index.html#\"]');", item),
          f"the quote marked 'also reported' lists the other reports (#{item})")
    statement_href = browser.script("return document.getElementById(arguments[0]).querySelector('a[href*=\"statements/\"]').getAttribute('href');", item)
    browser.click_href(statement_href)
    statement_url = browser.url()
    check("/statements/" in statement_url, f"the statement page opens ({statement_url})")
    reports = browser.script("return [...document.querySelectorAll('ol.reports > li a[href*=\"#\"]')].map(a => a.getAttribute('href'));")
    check(len(reports) >= 2, f"the statement page lists {len(reports)} reports")
    slug = article.rstrip("/").split("/")[-2]
    other = next((r for r in reports if slug not in r), None)
    check(other, "a report from another article is linked")
    browser.click_href(other)
    anchor = browser.url().split("#", 1)[1] if "#" in browser.url() else ""
    check(slug not in browser.url() and browser.script("const q = document.getElementById(arguments[0]); return !!q && q.tagName == 'Q';", anchor),
          f"following it lands on the other article's quote ({browser.url()})")
    return statement_url


def main():
    base, shots = sys.argv[1].rstrip("/") + "/", sys.argv[2]
    os.makedirs(shots, exist_ok=True)
    browser = Browser()
    try:
        browser.open(base)
        article_href = browser.script("const a = document.querySelector('main a[href*=\"articles/\"]'); return a && a.getAttribute('href');")
        check(article_href, "the home page links to an article")
        browser.click_href(article_href)
        check("/articles/" in browser.url(), f"an article page opens ({browser.url()})")
        article_url = browser.url().split("#")[0]
        quote_tip(browser)

        speaker_href = browser.script("""
            for (const q of document.querySelectorAll('q[id], blockquote[id]')) {
              const scope = q.closest('[data-quote]') || q.parentElement;
              const a = q.querySelector('a[href*="people/"]') || scope.querySelector('a[href*="people/"]');
              if (a) return a.getAttribute('href');
            }
            return null;""")
        check(speaker_href, "a quote on the article page links its speaker")
        browser.click_href(speaker_href)
        check("/people/" in browser.url(), f"the speaker page opens ({browser.url()})")
        speaker_url = browser.url()

        back_href = browser.script("const a = document.querySelector('a[href*=\"articles/\"][href*=\"#\"]'); return a && a.getAttribute('href');")
        check(back_href, "the speaker page links back to a quote's anchor")
        browser.click_href(back_href)
        anchor = browser.url().split("#", 1)[1] if "#" in browser.url() else ""
        check(anchor and browser.script("return !!document.getElementById(arguments[0]);", anchor),
              f"following it lands on the quote's anchor #{anchor}")

        word = browser.script("const q = document.getElementById(arguments[0]); return q.textContent.match(/[A-Za-z]{5,}/)[0];", anchor)
        browser.open(base + "search/index.html?q=" + word)
        time.sleep(0.5)
        result_href = wait_for(browser, "const a = document.querySelector('main a[href*=\"articles/\"], main a[href*=\"people/\"]'); return a && a.getAttribute('href');")
        check(result_href, f"a search for '{word}' gives results")
        browser.click_href(result_href)
        check("/articles/" in browser.url() or "/people/" in browser.url(), f"a search result opens ({browser.url()})")

        browser.open(base + "topics/")
        topic_href = browser.script("const a = document.querySelector('main a[href*=\"/\"]:not([href^=\"..\"])'); return a && a.getAttribute('href');")
        check(topic_href, "the topics index links to a topic")
        browser.click_href(topic_href)
        topic_url = browser.url()

        statement_url = follow_statement(browser, base)

        pages = {"home": base, "article": article_url, "speaker": speaker_url, "topic": topic_url, "statement": statement_url}
        for width_name, (width, height) in WIDTHS.items():
            browser.resize(width, height)
            for page, url in pages.items():
                browser.open(url)
                time.sleep(0.3)
                path = os.path.join(shots, f"{page}-{width_name}.png")
                browser.screenshot(path)
                check(os.path.getsize(path) > 5000, f"screenshot {path}")
        # The word-by-word view is what a fact-checker screenshots: it must hold in dark mode and in print.
        browser.resize(*WIDTHS["desktop"])
        for mode, media, dark in (("dark", "", True), ("print", "print", False)):
            browser.emulate(media, dark)
            browser.open(statement_url)
            time.sleep(0.3)
            marked = browser.script("""
                const ins = document.querySelector('.reports ins'), del = document.querySelector('.reports del');
                if (!ins || !del) return null;
                const a = getComputedStyle(ins), b = getComputedStyle(del);
                return a.textDecorationLine.includes('underline') && b.textDecorationLine.includes('line-through');""")
            check(marked, f"added and dropped words are underlined and struck through ({mode})")
            path = os.path.join(shots, f"statement-{mode}.png")
            browser.screenshot(path)
            check(os.path.getsize(path) > 5000, f"screenshot {path}")
        browser.emulate()
        if len(sys.argv) > 3:
            large_site(browser, sys.argv[3])
        print("browser test: 1 passed, 0 failed")
    finally:
        browser.quit()


if __name__ == "__main__":
    main()
