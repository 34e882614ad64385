# logging.exception inside an except block logs at ERROR level and adds the
# traceback; error(..., exc_info=True) does the same.
import logging

logging.basicConfig(format="%(levelname)s %(name)s %(message)s")


def parse(text):
    return int(text)


try:
    parse("twelve")
except ValueError:
    logging.exception("could not parse")
try:
    {}["key"]
except KeyError:
    logging.getLogger("store").error("lookup failed", exc_info=True)
print("program continues")
