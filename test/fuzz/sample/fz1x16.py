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

P = 'fz1x16-'
show('s1', lambda: c.create_registered_model('fz1x16-m_1', tags={}))
show('s2', lambda: c.create_model_version('fz1x16-m_1', 'models:/m-0123456789abcdef', tags=None))
show('s3', lambda: c.search_model_versions(filter_string='tags.team > \'a\''), unordered=True)
show('s4', lambda: c.get_model_version_download_uri('fz1x16-m_1', 1))
show('s5', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x16-%\'  AND  timestamp > 0', order_by=['name DESC', 'version_number ASC'], max_results=200000))
show('s6', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x16-%\' AND name IN (\'fz1x16-m_1\')', order_by=['name DESC', 'version_number ASC']))
show('s7', lambda: mlflow.register_model(None, 'fz1x16-m_1'))
show('s8', lambda: c.rename_registered_model('fz1x16-m_1', 'fz1x16-b'))
show('s9', lambda: c.transition_model_version_stage('fz1x16-b', 2, 'Production', archive_existing_versions=True))
show('s10', lambda: mlflow.register_model('s3://b/reg', 'fz1x16-b'))
show('s11', lambda: c.set_registered_model_alias('fz1x16-b', 'a' * 256, 0))
show('s12', lambda: c.set_registered_model_alias(P + 'y' * 5000, 5, 'latest'))
show('s13', lambda: c.create_model_version('fz1x16-b', 'file:///tmp/fz/artifacts/m'))
show('s14', lambda: c.delete_registered_model('fz1x16-b'))
show('s15', lambda: mlflow.register_model('s3://b/reg', 'fz1x16-a'))
show('s16', lambda: c.get_model_version_by_alias('fz1x16-a', 'prod'))
show('s17', lambda: c.create_model_version('fz1x16-a', 'dbfs:/models/x'))
show('s18', lambda: c.rename_registered_model('fz1x16-a', 'fz1x16-with space'))
show('s19', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x16-%\'  AND  tags."k" = \'v\'  AND  timestamp > 0', order_by=['name']))
show('s20', lambda: c.transition_model_version_stage('fz1x16-with space', 1, ' Staging ', archive_existing_versions=1))
show('s21', lambda: c.delete_registered_model_alias('fz1x16-with space', 'challenger'))
show('s22', lambda: c.transition_model_version_stage('fz1x16-with space', 2, 'Production', archive_existing_versions=None))
show('s23', lambda: c.get_model_version_download_uri('fz1x16-with space', 2))
show('s24', lambda: c.create_model_version('fz1x16-with space', 'file:///tmp/fz/artifacts/m', run_id=None))
