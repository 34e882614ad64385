# initializer/initargs give every worker thread its own setup (here a
# threading.local "connection"); thread_name_prefix names them prefix_0, prefix_1.
import concurrent.futures
import threading
import time

local = threading.local()
opened = []
lock = threading.Lock()


def open_connection(dsn):
    local.conn = f"{dsn}#{threading.current_thread().name}"
    with lock:
        opened.append(threading.current_thread().name)


def query(n):
    time.sleep(0.03)
    return threading.current_thread().name, local.conn.startswith("db://test")


with concurrent.futures.ThreadPoolExecutor(
        max_workers=2, thread_name_prefix="db", initializer=open_connection,
        initargs=("db://test",)) as pool:
    rows = list(pool.map(query, range(4)))
print(sorted(set(rows)))
print(sorted(opened))
