# A three-stage pipeline connected by queues: download -> resize -> upload,
# each stage a thread, None passed along as the end marker.
import queue
import threading
import time

to_resize = queue.Queue()
to_upload = queue.Queue()
uploaded = []


def downloader(names):
    for n in names:
        time.sleep(0.05)
        print("downloaded", n)
        to_resize.put(n)
    to_resize.put(None)


def resizer():
    while (item := to_resize.get()) is not None:
        to_upload.put(item + "_small")
    to_upload.put(None)


def uploader():
    while True:
        item = to_upload.get()
        if item is None:
            break
        uploaded.append(item)
        print("uploaded", item)


stages = [threading.Thread(target=downloader, args=(["cat.jpg", "dog.png", "fox.gif"],)),
          threading.Thread(target=resizer), threading.Thread(target=uploader)]
for s in stages:
    s.start()
for s in stages:
    s.join()
print(uploaded, to_resize.empty(), to_upload.empty())
