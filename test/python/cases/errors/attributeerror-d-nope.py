d = {}
d.nope
