import warnings
warnings.simplefilter("ignore", FutureWarning)
warnings.warn("hidden", FutureWarning)
warnings.warn("shown", UserWarning)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("hidden too")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded", RuntimeWarning)
print(len(caught), caught[0].category.__name__, str(caught[0].message))
