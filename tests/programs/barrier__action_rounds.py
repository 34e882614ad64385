# A Barrier with an action: the action runs once per round, in one of the
# threads, after all parties have arrived and before any is released.
import threading
import time

rounds_done = []


def end_of_round():
    rounds_done.append(len(rounds_done) + 1)
    print(f"-- round {len(rounds_done)} complete --")


barrier = threading.Barrier(3, action=end_of_round)
print("parties:", barrier.parties, "waiting:", barrier.n_waiting)


def player(name, delays):
    for r, d in enumerate(delays, 1):
        time.sleep(d)
        print(f"{name} finished round {r}")
        barrier.wait()


players = [threading.Thread(target=player, args=("ann", [0.01, 0.05])),
           threading.Thread(target=player, args=("ben", [0.03, 0.01])),
           threading.Thread(target=player, args=("cat", [0.05, 0.03]))]
for p in players:
    p.start()
time.sleep(0.04)
print("waiting at barrier now:", barrier.n_waiting)
for p in players:
    p.join()
print(rounds_done, "broken:", barrier.broken)
