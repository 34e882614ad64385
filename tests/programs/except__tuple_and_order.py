# Catching several types; the first matching clause wins; Exception catches most.
def fail(kind):
    if kind == "index":
        return [][0]
    if kind == "key":
        return {}["x"]
    if kind == "zero":
        return 1 / 0
    return int("nope")


for kind in ["index", "key", "zero", "value"]:
    try:
        fail(kind)
    except (IndexError, KeyError) as e:
        print(kind, "lookup error:", e)
    except ZeroDivisionError:
        print(kind, "zero division")
    except Exception as e:
        print(kind, "other:", e)
