class A:
    pass
A().x
