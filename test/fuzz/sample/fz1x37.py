
P = 'fz1x37-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
r2 = c.create_run('0')
_ids[r2.info.run_id] = '<run2>'
show('s1', lambda: c.create_registered_model('fz1x37-m.v2', tags=None))
show('s2', lambda: c.create_model_version('fz1x37-m.v2', 'gs://b/p', run_id=None, tags=None))
show('s3', lambda: c.get_latest_versions('fz1x37-m.v2', stages='Production'))
show('s4', lambda: c.get_registered_model(''))
show('s5', lambda: c.update_registered_model('fz1x37-m.v2', description=None))
show('s6', lambda: c.get_model_version_stages('fz1x37-m.v2', 1))
show('s7', lambda: mlflow.search_model_versions(filter_string='name LIKE \'fz1x37-%\' AND timestamp > 0 AND timestamp > 0', max_results=1), unordered=True)
show('s8', lambda: c.set_registered_model_alias('fz1x37-é', 'Champion', 'abc'))
show('s9', lambda: c.delete_registered_model('fz1x37-m.v2'))
show('s10', lambda: c.create_registered_model('fz1x37-m.v2', tags={}))
show('s11', lambda: c.set_registered_model_alias('', 'Champion', ' 1'))
show('s12', lambda: c.get_model_version_stages('fz1x37-m.v2', 1))
show('s13', lambda: c.delete_registered_model_alias('fz1x37-with space', 'a-b_c'))
show('s14', lambda: mlflow.search_registered_models(filter_string='name LIKE \'fz1x37-%\'  AND  tag.k = \'v\'', order_by=['name DESC']))
show('s15', lambda: c.rename_registered_model('fz1x37-m.v2', 'fz1x37-m_1'))
