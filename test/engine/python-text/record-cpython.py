# Records CPython's own repr(str), repr(float) and json.dumps outputs as the expected values of
# test/engine/python-text/text-rules.test.ts. Run with CPython 3.11:
#   python3 test/engine/python-text/record-cpython.py > test/engine/python-text/cpython-text.json
# Floats travel as '%.17g' text (or NaN/Infinity), which JS's Number() reads back exactly.
import json, math, sys

def num(x):
    if math.isnan(x): return 'NaN'
    if math.isinf(x): return 'Infinity' if x > 0 else '-Infinity'
    return '%.17g' % x

strs = ['', 'abc', "it's", 'say "hi"', 'both \' and "', 'back\\slash', 'tab\tnew\nret\r',
        '\x00\x07\x1b\x7f', 'a\x85b', '\x80\x9f', '\xa0nbsp', '\xadsoft', 'é and ü', '中文',
        '\u200bzero-width', '\u2028line\u2029para', '\u3000ideographic', '\ufeffbom',
        '\ud800 lone', '\U0001f600 smile', '\U000e0001 tag', '\ue000 private', '\u0378 unassigned',
        '\U0010ffff', 'x = 1', "'", '"', '\'"', 'models:/churn@champion']
floats = [0.1, 1.0, 100.0, 1e15, 1e16, 1.5e-7, 1e-5, 0.0001, 0.00001234, -0.0, 0.0, math.inf, -math.inf,
          math.nan, 1e22, 123456789012345680.0, 5e-324, 1.7976931348623157e308, 0.30000000000000004,
          2.5, -3.25, 1234.5, 9007199254740993.0, 1e-7, 12345678.9, 0.5e-4]
dumps = [
    {'a': 1.5, 'b': [1e-7, 1e21, -0.0, 2.0]},
    ['é', '\u2028', '\U0001f600', '\x00\x1f\x7f', 'q"\\', '\b\f'],
    {'nested': {'list': [], 'dict': {}}, 'none': None, 't': True, 'f': False},
    {'error_code': 'RESOURCE_DOES_NOT_EXIST', 'message': "Registered Model with name='x' not found"},
]
print(json.dumps({
    'python': sys.version.split()[0],
    'strRepr': [[s, repr(s)] for s in strs],
    'floatRepr': [[num(x), repr(x)] for x in floats],
    'jsonFloat': [[num(x), json.dumps(x)] for x in floats],
    'jsonDumps': [[d, json.dumps(d)] for d in dumps],
    'jsonStringUnicode': [[s, json.dumps(s, ensure_ascii=False)] for s in ['é\u2028', '\x00tab\t"', '\U0001f600']],
}, ensure_ascii=True, indent=1))
