class Alias:
    def __init__(self, name, version):
        self.name, self.version = name, version
    def __repr__(self):
        return f"Alias({self.name!r} -> v{self.version})"
    def __eq__(self, other):
        return (self.name, self.version) == (other.name, other.version)
    def __hash__(self):
        return hash((self.name, self.version))
aliases = [Alias("champion", 2), Alias("challenger", 3)]
print(aliases, {a.name: a for a in aliases})
print(Alias("champion", 2) in aliases, aliases.index(Alias("challenger", 3)), len({Alias("x", 1), Alias("x", 1)}))
