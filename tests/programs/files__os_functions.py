import os

print(os.path.exists("data"), os.path.isdir("data"))
os.makedirs("data/raw")
os.mkdir("data/clean")
for name in ["b.csv", "a.csv"]:
    with open(os.path.join("data", "raw", name), "w") as f:
        f.write("x,y\n1,2\n")
print(sorted(os.listdir("data")), sorted(os.listdir("data/raw")))
os.rename("data/raw/a.csv", "data/clean/a.csv")
print(os.listdir("data/raw"), os.listdir("data/clean"))
print(os.path.isfile("data/clean/a.csv"), os.path.getsize("data/clean/a.csv"))
os.remove("data/raw/b.csv")
os.rmdir("data/raw")
print(os.listdir("data"))
for attempt in [
    lambda: os.rmdir("data"),
    lambda: os.rmdir("data/nothing"),
    lambda: os.listdir("data/clean/a.csv"),
    lambda: os.rename("data/raw/b.csv", "x.csv"),
    lambda: os.makedirs("data/clean"),
    lambda: os.mkdir("no/such/dir"),
    lambda: os.path.getsize("nothing.txt"),
    lambda: open("data/nothing/new.txt", "w"),
]:
    try:
        attempt()
    except OSError as e:
        print(type(e).__name__, e)
os.makedirs("data/clean", exist_ok=True)
os.unlink("data/clean/a.csv")
print(os.listdir("data/clean"), os.path.exists("data/clean/a.csv"))
