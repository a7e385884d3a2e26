print("%s is %d years" % ("x", 3.9), "%.3s" % "abcdef", "%(a)s-%(b)s" % {"a": 1, "b": 2})
