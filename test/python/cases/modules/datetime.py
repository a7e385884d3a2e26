# The simulator's local time zone is UTC (expected output generated with TZ=UTC).
from datetime import datetime, timedelta, date
ts = 1764238501000
created = datetime.fromtimestamp(ts / 1000)
print(created, repr(created), created.year, created.month, created.hour)
print(created.strftime("%Y-%m-%d %H:%M:%S"), created.isoformat(), created.strftime("%a %d %b %Y, %I:%M %p"))
later = created + timedelta(hours=2, minutes=30)
print(later, later - created, (later - created).total_seconds(), repr(later - created))
print(timedelta(days=1, seconds=5), timedelta(seconds=90), repr(timedelta(days=2)), timedelta(microseconds=1500))
d = datetime(2025, 11, 27, 10, 15)
print(d, repr(d), d.date(), repr(d.date()), d < later, d == datetime(2025, 11, 27, 10, 15), d.timestamp())
print(datetime.fromisoformat("2025-11-27T10:15:01"), date(2024, 2, 29), date(2024, 2, 29).isoformat())
datetime(2025, 2, 30)
