import math
import json as j
from math import sqrt, pi
from os import environ
import os.path
print(math.floor(2.7), math.ceil(2.1), sqrt(16), round(pi, 4), math.isclose(0.1 + 0.2, 0.3))
print(j.dumps([1, "a"]), "HOME" in environ, os.path.join("a", "b", "c.txt"), os.path.basename("/x/y.py"))
import sys
print(type(sys.argv).__name__, sys.version_info[0])
