import logging
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
logger = logging.getLogger("mlflow.demo")
logger.info("registered version %s of %r", 2, "my-model")
logger.debug("not shown")
logging.warning("root warning")
