"a".split(1)
