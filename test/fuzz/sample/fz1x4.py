
P = 'fz1x4-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
r2 = c.create_run('0')
_ids[r2.info.run_id] = '<run2>'
show('s1', lambda: c.create_registered_model('fz1x4-b', tags=None))
show('s2', lambda: c.create_model_version('fz1x4-b', 's3://bucket/models/m1', run_id=r1.info.run_id))
show('s3', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x4-%\'  AND  name = 1', order_by=['timestamp']))
show('s4', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x4-%\''), unordered=True)
show('s5', lambda: c.delete_model_version('fz1x4-b', 1))
show('s6', lambda: c.create_registered_model('fz1x4-m_1', tags={}))
show('s7', lambda: mlflow.register_model('', 'fz1x4-m_1'))
show('s8', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x4-%\'', order_by=['timestamp DESC']), unordered=True)
show('s9', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x4-%\' and version_number = \'abc\'', order_by=['name'], max_results=-1))
