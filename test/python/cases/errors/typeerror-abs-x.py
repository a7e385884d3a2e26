abs("x")
