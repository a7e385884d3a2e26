dict([1])
