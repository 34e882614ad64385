# Passing positional and keyword arguments to the target.
import threading


def greet(greeting, name, punctuation="."):
    print(greeting + ", " + name + punctuation)


threads = [
    threading.Thread(target=greet, args=("Hello", "Ada")),
    threading.Thread(target=greet, args=("Hi",), kwargs={"name": "Alan", "punctuation": "!"}),
    threading.Thread(target=greet, kwargs={"greeting": "Hey", "name": "Grace"}),
]
for t in threads:
    t.start()
    t.join()
