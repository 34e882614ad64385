# Without basicConfig, the root logger prints WARNING and above as
# LEVEL:root:message on stderr; debug and info are dropped.
import logging

logging.debug("hidden debug")
logging.info("hidden info")
logging.warning("disk at %d%%", 91)
logging.error("failed to open %s", "data.txt")
logging.critical("giving up")
print("stdout line")
