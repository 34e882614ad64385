def worker():
print("not indented")
