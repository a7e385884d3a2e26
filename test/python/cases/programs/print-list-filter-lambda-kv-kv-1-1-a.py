print(list(filter(lambda kv: kv[1] > 1, {"a": 1, "b": 2}.items())), [k for k, v in {"a": 1}.items()])
