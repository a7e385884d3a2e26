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

P = 'fz1x43-'
show('s1', lambda: c.create_registered_model('fz1x43-Model-X', tags={'k': None}, description='A longer description.'))
show('s2', lambda: c.create_model_version('fz1x43-Model-X', 'file:///tmp/fz/artifacts/m', description=['d']))
show('s3', lambda: c.get_model_version('fz1x43-Model-X', 'abc'))
show('s4', lambda: c.update_model_version('fz1x43-Model-X', 'latest', description='it\'s'))
show('s5', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x43-%\' and last_updated_timestamp < 0 and name LIKE \'%X\'', order_by=['name ASC'], max_results=None))
show('s6', lambda: c.set_registered_model_tag('fz1x43-missing', 'team', 'Red Team'))
show('s7', lambda: c.rename_registered_model(3.5, 'fz1x43-Model-X'))
show('s8', lambda: c.create_registered_model('fz1x43-m.v2', tags={'owner': '', 'x.y': 'v'}))
p9 = show('s9', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x43-%\'', order_by=['name ASC', 'version_number ASC'], max_results=3))
show('s10', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x43-%\'', order_by=['name ASC', 'version_number ASC'], max_results=3, page_token=p9.token if p9 is not None else None))
show('s11', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x43-%\'  AND  name = \'fz1x43-m.v2\'  AND  run_id IN ()', order_by=['name ASC'], max_results=0))
show('s12', lambda: mlflow.register_model('s3://b/reg', 'fz1x43-Model-X', tags={'team': ''}))
show('s13', lambda: c.delete_model_version('fz1x43-Model-X', 'latest'))
show('s14', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x43-%\'  AND  = \'x\'', order_by=['name']))
show('s15', lambda: c.get_latest_versions('fz1x43-é', stages=[]))
show('s16', lambda: c.create_registered_model('fz1x43-m.v2'))
show('s17', lambda: c.get_latest_versions('fz1x43-Model-X', stages=['Bogus']))
show('s18', lambda: c.set_registered_model_alias('fz1x43-Model-X', 'champion', -1))
show('s19', lambda: c.create_registered_model('fz1x43-a4', tags={'team': 'v'}))
show('s20', lambda: c.delete_registered_model_alias('fz1x43-pct%', 'champion'))
show('s21', lambda: c.create_model_version('fz1x43-a4', 'gs://b/p'))
show('s22', lambda: c.transition_model_version_stage('fz1x43-a4', 1, 'Production'))
show('s23', lambda: c.create_registered_model('fz1x43-b5', tags={'x.y': 'v', 'owner': 'ops'}))
show('s24', lambda: c.update_model_version('fz1x43-m.v2', True, description='first'))
show('s25', lambda: c.get_latest_versions('fz1x43-m.v2', stages=['production']))
show('s26', lambda: c.create_model_version('fz1x43-m.v2', 'dbfs:/models/x', run_id=None, tags={'k': 'ml'}, description=None))
show('s27', lambda: c.create_model_version('fz1x43-a4', 'models:/m-0123456789abcdef'))
