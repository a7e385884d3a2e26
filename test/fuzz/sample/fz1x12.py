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

P = 'fz1x12-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
r2 = c.create_run('0')
_ids[r2.info.run_id] = '<run2>'
show('s1', lambda: c.create_registered_model('fz1x12-a', tags={}, description='multi\nline'))
show('s2', lambda: c.create_model_version('fz1x12-a', 'runs:/' + r2.info.run_id + '/model'))
show('s3', lambda: c.transition_model_version_stage('fz1x12-a', '01', 'Production'))
show('s4', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x12-%\'  AND  tag.k = \'v\'  AND  name LIKE', order_by=['last_updated_timestamp ASC'], max_results=0), unordered=True)
show('s5', lambda: c.get_model_version_by_alias('fz1x12-a', 'blue2'))
p6 = show('s6', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x12-%\'', order_by=['name ASC', 'version_number ASC'], max_results=2))
show('s7', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x12-%\'', order_by=['name ASC', 'version_number ASC'], max_results=2, page_token=p6.token if p6 is not None else None))
show('s8', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x12-%\'  AND  tags.team ILIKE \'M%\'  AND  tag.k = \'v\'', order_by=['version_number'], max_results=None))
show('s9', lambda: c.delete_model_version_tag('fz1x12-a', 1, 'x_1'))
show('s10', lambda: mlflow.search_model_versions(filter_string='name LIKE \'fz1x12-%\'  AND  version_number = \'1\''), unordered=True)
show('s11', lambda: c.rename_registered_model('fz1x12-missing', 'fz1x12-é'))
show('s12', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x12-%\' and name LIKE \'a%b\' and name = \'x\' OR name = \'y\'', order_by=['timestamp DESC']), unordered=True)
p13 = show('s13', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x12-%\'', order_by=['name ASC', 'version_number ASC'], max_results=1))
show('s14', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x12-%\'', order_by=['name ASC', 'version_number ASC'], max_results=1, page_token=p13.token if p13 is not None else None))
show('s15', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x12-%\'', order_by=['name ASC']))
show('s16', lambda: c.update_model_version('fz1x12-a', 1, description='d' * 5000))
show('s17', lambda: mlflow.register_model('models:/missing-model/1', 'fz1x12-m.v2', tags={'team': '', 'owner': 'ml'}))
show('s18', lambda: c.set_registered_model_alias(P + 'x' * 300, 'v1a', ' 1'))
show('s19', lambda: c.get_model_version_stages('fz1x12-a', 1))
show('s20', lambda: c.search_registered_models(filter_string='bogus = \'x\'', order_by=['last_updated_timestamp ASC']), unordered=True)
show('s21', lambda: c.update_registered_model('fz1x12-m.v2', description='first'))
show('s22', lambda: mlflow.search_registered_models(filter_string='name LIKE \'fz1x12-%\'', order_by=['name DESC']))
show('s23', lambda: c.create_model_version('fz1x12-m.v2', '/abs/local/path', run_link=''))
show('s24', lambda: c.update_registered_model('fz1x12-m.v2', description=None))
show('s25', lambda: c.get_model_version_download_uri('', 7))
show('s26', lambda: c.update_registered_model('fz1x12-missing', description=None))
p27 = show('s27', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x12-%\'', order_by=['name ASC', 'version_number ASC'], max_results=3))
show('s28', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x12-%\'', order_by=['name ASC', 'version_number ASC'], max_results=3, page_token=p27.token if p27 is not None else None))
