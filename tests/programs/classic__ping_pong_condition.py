# Two threads take turns printing "ping" and "pong" using a Condition and a
# shared turn variable (a common course exercise).
import threading

cond = threading.Condition()
turn = "ping"
ROUNDS = 4


def player(me, other):
    global turn
    for i in range(ROUNDS):
        with cond:
            cond.wait_for(lambda: turn == me)
            print(f"{me} {i + 1}")
            turn = other
            cond.notify_all()


t1 = threading.Thread(target=player, args=("pong", "ping"))
t2 = threading.Thread(target=player, args=("ping", "pong"))
t1.start()
t2.start()
t1.join()
t2.join()
print("game over")
