import io
from contextlib import redirect_stdout, suppress, nullcontext

buf = io.StringIO()
print("captured", 42, file=buf)
buf.write("more\n")
print(repr(buf.getvalue()))

out = io.StringIO()
with redirect_stdout(out):
    print("inside redirect")
    print("second line")
print("back on stdout:", out.getvalue().splitlines())

with suppress(KeyError, IndexError):
    {}["missing"]
print("suppressed")
with nullcontext("value") as v:
    print(v)
with suppress(KeyError):
    [][0]
