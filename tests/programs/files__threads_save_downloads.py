# "Save each download to a file": worker threads write files, the main thread reads them back.
import os
import threading
import time

pages = {"alpha": 0.03, "beta": 0.01, "gamma": 0.02}
os.makedirs("downloads", exist_ok=True)


def download(name, seconds):
    time.sleep(seconds)  # the network
    path = os.path.join("downloads", name + ".html")
    with open(path, "w") as f:
        f.write(f"<h1>{name}</h1>\n")
        f.write(f"took {seconds} s\n")
    print(f"{threading.current_thread().name} saved {path}")


threads = [threading.Thread(target=download, args=item) for item in pages.items()]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(sorted(os.listdir("downloads")))
for name in sorted(os.listdir("downloads")):
    path = os.path.join("downloads", name)
    with open(path) as f:
        print(name, os.path.getsize(path), f.read().splitlines())
