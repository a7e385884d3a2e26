# simulator-only: CPython names the module's file in this message; the simulator has none.
from math import tau, square
