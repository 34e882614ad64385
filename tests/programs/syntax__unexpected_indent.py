import time

print("start")
    time.sleep(1)
