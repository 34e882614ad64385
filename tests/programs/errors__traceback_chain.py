# A traceback lists every frame from the module down to the failing line.
def parse(value):
    return int(value)


def load(values):
    result = []
    for v in values:
        result.append(parse(v))
    return result


def main():
    print(load(["1", "2"]))
    print(load(["3", "four"]))


if __name__ == "__main__":
    main()
