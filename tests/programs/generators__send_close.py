# Generators as coroutines: send() resumes with a value, close() ends one, StopIteration carries the return value.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count


avg = averager()
print(next(avg))
print(avg.send(10), avg.send(30), avg.send(5))
avg.close()
try:
    avg.send(1)
except StopIteration:
    print("closed")


def echo():
    received = yield "ready"
    return f"got {received}"


e = echo()
try:
    e.send("too early")
except TypeError as err:
    print(err)
print(e.send(None))
try:
    e.send("hi")
except StopIteration as stop:
    print("stopped with", stop.value, stop.args)
