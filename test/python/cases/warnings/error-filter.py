import warnings
warnings.simplefilter("error", FutureWarning)
try:
    warnings.warn("now an exception", FutureWarning)
except FutureWarning as e:
    print("caught:", e)
warnings.warn("uncaught now", FutureWarning)
