# A thread pool "downloading pages": each download is a sleep; the pool of
# 3 workers finishes all 6 pages in about two rounds instead of six.
from concurrent.futures import ThreadPoolExecutor
import time

PAGES = {
    "index.html": 0.2,
    "about.html": 0.1,
    "news.html": 0.3,
    "shop.html": 0.15,
    "blog.html": 0.25,
    "faq.html": 0.05,
}


def download(page):
    time.sleep(PAGES[page])
    return page, len(page) * 100


start = time.monotonic()
with ThreadPoolExecutor(max_workers=3) as pool:
    for page, size in pool.map(download, PAGES):
        print("downloaded", page, size, "bytes")
elapsed = time.monotonic() - start
print("sequential would take", round(sum(PAGES.values()), 2), "s")
print("pool took under 0.6 s:", elapsed < 0.6)
