"a".join([1])
