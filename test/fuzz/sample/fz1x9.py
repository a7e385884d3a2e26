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

P = 'fz1x9-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
show('s1', lambda: c.create_registered_model('fz1x9-c', tags={'team': 'ops', 'k': 'ml'}))
show('s2', lambda: c.create_model_version('fz1x9-c', 'gs://b/p', run_id=r1.info.run_id))
show('s3', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x9-%\'', order_by=['last_updated_timestamp ASC']), unordered=True)
show('s4', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x9-%\'  AND  name LIKE \'a%b\'  AND  name LIKE \'a%b\'', order_by=['name'], max_results=0))
show('s5', lambda: mlflow.search_registered_models(filter_string='name LIKE \'fz1x9-%\'', max_results=0))
show('s6', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x9-%\'', order_by='name', max_results=-1))
show('s7', lambda: c.delete_model_version_tag('fz1x9-c', 7, 'x_1'))
p8 = show('s8', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x9-%\'', order_by=['name ASC', 'version_number ASC'], max_results=2))
show('s9', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x9-%\'', order_by=['name ASC', 'version_number ASC'], max_results=2, page_token=p8.token if p8 is not None else None))
p10 = show('s10', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x9-%\'', order_by=['name ASC'], max_results=3))
show('s11', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x9-%\'', max_results=3, page_token='eyJvZmZzZXQiOiAiYSJ9'))
show('s12', lambda: c.update_registered_model('fz1x9-c', description=5))
show('s13', lambda: c.get_registered_model('fz1x9-c'))
show('s14', lambda: c.get_model_version_stages('fz1x9-c', 1))
show('s15', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x9-%\' and name = fz1x9-c and tags.team = \'ml\'', order_by=None))
show('s16', lambda: c.create_registered_model('fz1x9-c', tags={'k': 1}))
show('s17', lambda: c.set_registered_model_alias('', 'challenger', 1.5))
show('s18', lambda: c.search_model_versions(filter_string='name = \'unterminated', order_by=['name'], max_results=200000))
show('s19', lambda: mlflow.search_model_versions(filter_string='name LIKE \'fz1x9-%\'', order_by=['name ASC', 'version_number DESC']))
show('s20', lambda: c.delete_registered_model('fz1x9-c'))
