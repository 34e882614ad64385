# generator.throw() raises the exception at the paused yield; the generator
# may handle it and yield again, or let it propagate out of throw().
import threading


def retrying_reader(lines):
    i = 0
    while i < len(lines):
        try:
            yield lines[i]
            i += 1
        except ConnectionError as e:
            print(f"  reader: {e}, retrying line {i}")
        except KeyboardInterrupt:
            print("  reader: giving up")
            raise


def consume():
    r = retrying_reader(["alpha", "beta", "gamma"])
    print(next(r))
    print(r.throw(ConnectionError("timeout")))
    print(next(r))
    print(r.throw(ConnectionError("reset")))
    try:
        r.throw(KeyboardInterrupt)
    except KeyboardInterrupt:
        print("KeyboardInterrupt came back out")
    try:
        next(r)
    except StopIteration:
        print("generator is finished")
    g = retrying_reader(["x"])
    try:
        g.throw(ValueError("before start"))
    except ValueError as e:
        print("unstarted generator raised", repr(e))
    print(list(g))


t = threading.Thread(target=consume)
t.start()
t.join()
