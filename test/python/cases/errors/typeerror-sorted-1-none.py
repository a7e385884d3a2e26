sorted([1, None])
