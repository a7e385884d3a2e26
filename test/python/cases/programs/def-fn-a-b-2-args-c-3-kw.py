def fn(a, b=2, *args, c=3, **kw):
    print(a, b, args, c, kw)
fn(1)
fn(1, 2, 3, 4, c=5, d=6)
fn(a=1, c=0)
