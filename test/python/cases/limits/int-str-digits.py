# CPython 3.11's limit on int/str conversion in decimal (4,300 digits), each way, and the bases
# it does not apply to; round() of an int to far more digits than it has.
import json
import math

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except (ValueError, OverflowError) as e:
        print(label, type(e).__name__ + ":", e)

big = 10**5000
attempt("str", lambda: str(big))
attempt("repr", lambda: repr(-big))
attempt("f-string", lambda: f"{big}")
attempt("format d", lambda: format(big, ","))
attempt("percent d", lambda: "%d" % big)
attempt("json", lambda: json.dumps([big]))
attempt("int 4300", lambda: len(str(int("7" * 4300))))
attempt("int 4301", lambda: int("7" * 4301))
attempt("int million", lambda: int("9" * 10**6))
attempt("int signed", lambda: int("-" + "1" * 5000))
attempt("hex ok", lambda: len(hex(big)))
attempt("int base 16 ok", lambda: int("f" * 5000, 16).bit_length())
attempt("int base 2 ok", lambda: int("1" * 20000, 2).bit_length())
attempt("int base 7", lambda: int("6" * 5000, 7))
attempt("edge 10**4300-1", lambda: len(str(10**4300 - 1)))
attempt("edge 10**4300", lambda: str(10**4300))
attempt("round 3", lambda: round(150, -2))
attempt("shift", lambda: 1 << 10**100)
attempt("factorial big", lambda: math.factorial(10**100))
attempt("factorial neg", lambda: math.factorial(-1))
attempt("factorial 1000", lambda: len(str(math.factorial(1000))))
