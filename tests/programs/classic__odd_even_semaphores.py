# Print 1..10 in order from two threads, one for odd and one for even
# numbers, handing over with two semaphores.
import threading

odd_turn = threading.Semaphore(1)
even_turn = threading.Semaphore(0)
out = []


def odd():
    for n in range(1, 11, 2):
        odd_turn.acquire()
        print("odd thread:", n)
        out.append(n)
        even_turn.release()


def even():
    for n in range(2, 11, 2):
        even_turn.acquire()
        print("even thread:", n)
        out.append(n)
        odd_turn.release()


ts = [threading.Thread(target=even), threading.Thread(target=odd)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out == list(range(1, 11)))
