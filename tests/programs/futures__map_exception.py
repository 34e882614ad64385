# executor.map re-raises a task's exception when the iteration reaches its
# result; the results before it have been delivered already.
from concurrent.futures import ThreadPoolExecutor
import time


def check(age):
    time.sleep(0.01)
    if age < 0:
        raise ValueError(f"bad age {age}")
    return age >= 18


ages = [20, 15, -1, 40]
with ThreadPoolExecutor(max_workers=2) as pool:
    results = pool.map(check, ages)
    try:
        for age, adult in zip(ages, results):
            print(age, "adult" if adult else "minor")
    except ValueError as e:
        print("stopped:", e)
with ThreadPoolExecutor(2) as pool:
    print(list(pool.map(pow, [2, 3, 4], [5, 2, 0])))
    print(list(pool.map(len, [])))
