# Named loggers from getLogger share the root's handler; %(name)s shows
# the logger name; the level set in basicConfig filters the messages.
import logging

logging.basicConfig(level=logging.INFO, format="%(name)s:%(levelname)s:%(message)s")
log = logging.getLogger("bank")
log.debug("not shown")
log.info("opened account %s with %d", "ada", 10)
log.warning("low balance")
other = logging.getLogger("bank.audit")
other.error("mismatch of %.2f", 0.5)
print(log.name, other.name, logging.getLogger("bank") is log)
logging.getLogger().info("root speaks")
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL)
log.setLevel(logging.ERROR)
log.warning("now hidden")
log.error("still shown")
