# A file saved with a UTF-8 byte order mark runs; dates past years 1..9999, timedeltas past
# 999,999,999 days, reprs and JSON nested past the recursion limit fail as CPython 3.11 fails.
import datetime
import json

def attempt(label, fn):
    try:
        print(label, "ok", fn())
    except (OverflowError, ValueError, RecursionError, MemoryError) as e:
        print(label, type(e).__name__ + ":", e)

attempt("date+", lambda: datetime.date(9999, 12, 31) + datetime.timedelta(days=1))
attempt("date-", lambda: datetime.date(1, 1, 1) - datetime.timedelta(days=1))
attempt("datetime+", lambda: datetime.datetime(9999, 12, 31, 23) + datetime.timedelta(hours=1))
attempt("year 10000", lambda: datetime.date(10000, 1, 1))
attempt("year 0", lambda: datetime.date(0, 1, 1))
attempt("year 1", lambda: datetime.date(1, 1, 1))
attempt("year 99", lambda: datetime.date(99, 12, 31))
attempt("timedelta", lambda: datetime.timedelta(days=10**9))
attempt("timedelta-", lambda: datetime.timedelta(days=-10**9))
x = 1
for i in range(3000):
    x = [x]
attempt("repr", lambda: repr(x)[:5])
attempt("json array", lambda: json.loads("[" * 100000 + "]" * 100000))
attempt("json object", lambda: json.loads('{"a":' * 100000 + "1" + "}" * 100000))
attempt("json deep ok", lambda: len(json.loads("[" * 500 + "]" * 500)))
