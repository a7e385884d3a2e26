print(format(0.1, ".20f"), format(1/3, ".17g"), format(2**0.5, ".3g"), format(1e-5, ".2g"), format(100.0, "g"), format(1e6, ".3g"))
