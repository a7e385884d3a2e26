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

P = 'fz1x25-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
show('s1', lambda: c.create_registered_model('fz1x25-m.v2', tags={'k': 'v'}, description=None))
show('s2', lambda: c.create_model_version('fz1x25-m.v2', 's3://bucket/models/m1', run_id=r1.info.run_id, description='it\'s'))
show('s3', lambda: c.delete_registered_model_alias('fz1x25-m.v2', 'Champion'))
show('s4', lambda: c.create_model_version('fz1x25-m.v2', 's3://bucket/models/m1', description='d' * 5000))
show('s5', lambda: c.update_model_version('fz1x25-m.v2', 2, description='d' * 70000))
show('s6', lambda: c.update_model_version('fz1x25-m.v2', 1, description='it\'s'))
show('s7', lambda: mlflow.register_model('', 'fz1x25-m.v2'))
p8 = show('s8', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x25-%\'', order_by=['name ASC', 'version_number ASC'], max_results=1))
show('s9', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x25-%\'', order_by=['name ASC', 'version_number ASC'], max_results=1, page_token=p8.token if p8 is not None else None))
show('s10', lambda: c.transition_model_version_stage('fz1x25-missing', 'latest', 'Archived'))
show('s11', lambda: c.transition_model_version_stage('fz1x25-m.v2', 2, 'Production', archive_existing_versions=None))
show('s12', lambda: c.get_model_version_by_alias('fz1x25-m.v2', 'x\n'))
show('s13', lambda: c.set_registered_model_tag('fz1x25-m.v2', 'team', 'ml'))
show('s14', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x25-%\'  AND  name LIKE \'a%b\'  AND  bogus = \'x\''), unordered=True)
show('s15', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x25-%\'', order_by=['name DESC']))
show('s16', lambda: mlflow.search_registered_models(filter_string='name LIKE \'fz1x25-%\' and = \'x\'', max_results=2, order_by=['name DESC']))
p17 = show('s17', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x25-%\'', order_by=['name ASC'], max_results=1))
show('s18', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x25-%\'', order_by=['name ASC'], max_results=1, page_token=p17.token if p17 is not None else None))
show('s19', lambda: mlflow.register_model('models:/missing-model/1', 'fz1x25-b', tags={'team': 'ops', 'owner': ''}))
show('s20', lambda: c.set_model_version_tag('fz1x25-m.v2', [1], 'team', 'o\'q'))
show('s21', lambda: c.delete_model_version('fz1x25-b', 1))
show('s22', lambda: c.rename_registered_model('fz1x25-m.v2', 'fz1x25-m_1'))
show('s23', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x25-%\'', max_results=2), unordered=True)
show('s24', lambda: c.get_model_version_stages('fz1x25-m_1', 1))
show('s25', lambda: c.create_registered_model('fz1x25-m_14', description='A longer description.'))
show('s26', lambda: c.get_model_version_by_alias('fz1x25-m_1', 'champion'))
show('s27', lambda: c.set_registered_model_alias('fz1x25-m_1', 'champion', 2))
