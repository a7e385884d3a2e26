from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List, Optional

@dataclass
class Version:
    name: str
    version: int
    stage: str = "None"
    tags: List[str] = field(default_factory=list)
    description: Optional[str] = None

v = Version("my-model", 1)
v2 = Version("my-model", 2, stage="Production", tags=["champion"])
print(v)
print(v2, v == Version("my-model", 1), v != v2)
print(asdict(v2), astuple(v), [f.name for f in fields(Version)])
print(replace(v, stage="Staging"))
v.tags.append("x")
print(v.tags, Version("m", 3).tags)

@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, p < Point(2, 0), sorted([Point(3), Point(1, 5), Point(1, 2)]), {p: "ok"}[Point(1, 2)])
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)

@dataclass
class Run:
    run_id: str
    metrics: dict = field(default_factory=dict)
    def __post_init__(self):
        self.short = self.run_id[:4]

r = Run("abcdef123")
print(r, r.short)
Version("only-name")
