# Deep recursion raises RecursionError, which can be caught.
def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)


print(countdown(500))
try:
    countdown(100000)
except RecursionError as e:
    print("RecursionError:", e)
print("recovered:", countdown(10))
