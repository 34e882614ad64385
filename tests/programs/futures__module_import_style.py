# `from concurrent import futures` then futures.ThreadPoolExecutor and
# futures.as_completed, as in many tutorials.
from concurrent import futures
import time

DELAYS = {"red": 0.06, "green": 0.02, "blue": 0.04}


def fetch(colour):
    time.sleep(DELAYS[colour])
    return colour.upper()


with futures.ThreadPoolExecutor(max_workers=3) as executor:
    to_colour = {executor.submit(fetch, c): c for c in DELAYS}
    for future in futures.as_completed(to_colour):
        print(to_colour[future], "->", future.result())
print(futures.Future.__name__, futures.ThreadPoolExecutor.__name__)
