raise Exception()
