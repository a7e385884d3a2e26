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

P = 'fz1x29-'
show('s1', lambda: c.create_registered_model('fz1x29-b', description='first'))
show('s2', lambda: c.get_model_version('fz1x29-b', [1]))
show('s3', lambda: c.rename_registered_model('fz1x29-b', 'fz1x29-b'))
show('s4', lambda: mlflow.search_model_versions(filter_string='name LIKE \'fz1x29-%\' AND name = "fz1x29-b" AND name = "fz1x29-b"', max_results=0), unordered=True)
show('s5', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x29-%\'  AND  tags.team IN (\'ml\')', order_by=['creation_timestamp DESC']), unordered=True)
show('s6', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x29-%\'', order_by=['name sideways']))
show('s7', lambda: c.create_model_version('fz1x29-b', 'gs://b/p', tags={}, description=['d']))
show('s8', lambda: mlflow.register_model('models:/fz1x29-b/1', 'fz1x29-b'))
show('s9', lambda: c.update_registered_model('fz1x29-b', description='first'))
show('s10', lambda: c.set_registered_model_alias('fz1x29-b', 'x\n', '1'))
show('s11', lambda: c.rename_registered_model('fz1x29-\n', 'fz1x29-Model-X'))
show('s12', lambda: c.get_latest_versions('fz1x29-b', stages=None))
show('s13', lambda: c.transition_model_version_stage('fz1x29-b', 2, None))
show('s14', lambda: c.create_registered_model('fz1x29-Model-X4', tags={'k': 'ops', 'x.y': 'v'}, description='d' * 5000))
show('s15', lambda: c.delete_registered_model_alias(42, 'é'))
show('s16', lambda: c.get_registered_model('fz1x29-missing'))
show('s17', lambda: c.transition_model_version_stage('fz1x29-Model-X4', [1], 'None', archive_existing_versions=None))
show('s18', lambda: c.get_model_version_stages(True, 1))
show('s19', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x29-%\'', max_results=-1))
show('s20', lambda: mlflow.register_model('', 'fz1x29-b5'))
show('s21', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x29-%\''))
show('s22', lambda: c.get_model_version_stages('fz1x29-b', 1))
show('s23', lambda: c.update_model_version('fz1x29-Model-X4', ' 1', description=None))
show('s24', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x29-%\' and name ILIKE \'FZ1X29-%\' and tags.team ILIKE \'M%\'', max_results=2.5), unordered=True)
show('s25', lambda: c.get_model_version_stages('fz1x29-Model-X4', 1))
