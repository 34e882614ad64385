# Module-level code runs top to bottom; __name__ is "__main__" in the script.
print("module level, __name__ =", __name__)


def main():
    print("main() called")


if __name__ == "__main__":
    main()
else:
    print("imported")
