from pprint import pprint, pformat
registry = {
    "my-model": {"versions": [1, 2, 3], "aliases": {"champion": 2, "challenger": 3}, "description": "Predicts whether a customer will renew"},
    "another-model": {"versions": [], "aliases": {}, "tags": {"team": "fraud", "owner": "data-science-platform"}},
}
pprint(registry)
pprint([1, 2, 3])
print(pformat({"b": 1, "a": [None, True, 2.5, "x" * 90]}))
