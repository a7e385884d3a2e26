# The fuzzer's prelude, run before every generated program on both sides. `show` runs one call
# and prints what happened as stable facts: the value (timestamps reduced to their type, run ids
# to placeholders, dicts sorted), or the exception's class, MLflow error code and message; then
# the warnings the call raised. Only the standard library the simulator also has is used.
import warnings
import mlflow
from mlflow import MlflowClient

c = MlflowClient()
_ids = {}


def _n(s):
    for k, v in _ids.items():
        s = s.replace(k, v)
    s = s.replace("\n", "\\n")
    if len(s) > 3000:
        s = s[:1500] + "...<%d chars>" % len(s)
    return s


def _val(k, v):
    if k.endswith("_timestamp"):
        return "int" if isinstance(v, int) and not isinstance(v, bool) else repr(v)
    if k == "latest_versions":
        return "[" + ", ".join(_fmt(i) for i in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join("%r: %r" % kv for kv in sorted(v.items())) + "}"
    if k == "aliases" and isinstance(v, list):
        return repr(sorted(v))
    return repr(v)


def _fmt(x):
    t = type(x).__name__
    if t in ("ModelVersion", "RegisteredModel"):
        return t + "(" + ", ".join("%s=%s" % (k, _val(k, v)) for k, v in x) + ")"
    if t == "PagedList":
        # MLflow's token is bytes; the simulator has no bytes type (a known difference).
        tok = x.token
        if type(tok).__name__ == "bytes":
            tok = tok.decode()
        return "PagedList([" + ", ".join(_fmt(i) for i in x) + "], token=%r)" % (tok,)
    if isinstance(x, list):
        return "[" + ", ".join(_fmt(i) for i in x) + "]"
    return repr(x)


def _sorted_key(x):
    return (str(getattr(x, "name", "")), str(getattr(x, "version", "")))


def show(label, f, unordered=False):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ok = False
        try:
            r = f()
            ok = True
        except Exception as e:
            code = getattr(e, "error_code", None)
            print(label, "!!", type(e).__name__, code, _n(str(e)))
            r = None
        if ok and unordered and isinstance(r, list):
            r = sorted(r, key=_sorted_key)
            print(label, "->", "unordered", _n(_fmt(r)))
        elif ok:
            print(label, "->", _n(_fmt(r)))
    for w in caught:
        print(label, "warns", w.category.__name__, _n(str(w.message)))
    return r

P = 'fz1x3-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
show('s1', lambda: c.create_registered_model({'n': 1}))
show('s2', lambda: c.create_model_version('   ', 'mlflow-artifacts:/0/abc/artifacts/model', run_id=r1.info.run_id))
show('s3', lambda: c.transition_model_version_stage('fz1x3-co:lon', None, ['Staging'], archive_existing_versions=True))
show('s4', lambda: c.create_registered_model('fz1x3-m.v2', tags={'x.y': 'ops'}))
show('s5', lambda: c.set_model_version_tag('fz1x3-m.v2', 10**20, 'x_1', 'v'))
show('s6', lambda: c.transition_model_version_stage('fz1x3-m.v2', '01', 'Staging', archive_existing_versions=None))
show('s7', lambda: c.set_registered_model_tag('fz1x3-m.v2', 'owner-id', 'v'))
show('s8', lambda: c.set_registered_model_alias('fz1x3-back\\slash', 'prod', '01'))
show('s9', lambda: c.rename_registered_model('fz1x3-m.v2', 'fz1x3-m.v2'))
show('s10', lambda: c.create_model_version('fz1x3-m.v2', 'file:///tmp/fz/artifacts/m'))
show('s11', lambda: c.delete_registered_model('fz1x3-m.v2'))
show('s12', lambda: c.set_registered_model_alias('fz1x3-missing', 'challenger', '01'))
show('s13', lambda: c.create_registered_model('fz1x3-é', tags={'team': 'v'}))
show('s14', lambda: c.set_registered_model_tag('fz1x3-é', 'owner-id', '1'))
show('s15', lambda: c.get_registered_model('fz1x3-missing'))
