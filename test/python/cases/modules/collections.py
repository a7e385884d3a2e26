from collections import defaultdict, Counter, OrderedDict, namedtuple
by_stage = defaultdict(list)
for name, stage in [("a", "Staging"), ("b", "Production"), ("c", "Staging")]:
    by_stage[stage].append(name)
print(by_stage, dict(by_stage), by_stage["None"], len(by_stage), isinstance(by_stage, dict))
counts = Counter(["Staging", "None", "Staging", "Archived", "Staging", "None"])
print(counts, counts["Staging"], counts["Missing"], counts.most_common(2), counts.total())
counts.update(["None"])
print(counts.most_common(1), sorted(counts.elements())[:3])
od = OrderedDict([("b", 1), ("a", 2)])
od["c"] = 3
od.move_to_end("b")
print(od, list(od), OrderedDict())
Version = namedtuple("Version", ["name", "version", "stage"])
v = Version("my-model", 2, stage="Production")
print(v, v.name, v[1], v._asdict(), v._replace(stage="Archived"), v._fields, len(v), type(v).__name__)
a, b, c = v
print(a, b, c, v == ("my-model", 2, "Production"), isinstance(v, tuple))
Point = namedtuple("Point", "x y", defaults=[0])
print(Point(1), Point(1, 2), Counter("hello"), defaultdict(int))
Point(1, 2, 3)
