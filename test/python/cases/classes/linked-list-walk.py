class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
n = Node(1, Node(2, Node(3)))
vals = []
while n:
    vals.append(n.v)
    n = n.nxt
print(vals)
