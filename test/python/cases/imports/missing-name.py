from math import tau, square
