# Count words in several files with one thread per file, then merge the
# per-file Counters.
from collections import Counter
import threading

texts = {
    "a.txt": "the cat sat on the mat\nthe end\n",
    "b.txt": "a cat and a dog\n",
    "c.txt": "dog eat dog\nworld\n",
}
for name, text in texts.items():
    with open(name, "w") as f:
        f.write(text)

counts = {}


def count_words(name):
    c = Counter()
    with open(name) as f:
        for line in f:
            c.update(line.split())
    counts[name] = c


threads = [threading.Thread(target=count_words, args=(n,)) for n in texts]
for t in threads:
    t.start()
for t in threads:
    t.join()

total = Counter()
for name in sorted(counts):
    print(name, sum(counts[name].values()), "words")
    total += counts[name]
print(sorted(total.most_common(3), key=lambda kv: (-kv[1], kv[0])))
print(total["cat"], total["zebra"])
