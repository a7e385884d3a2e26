
P = 'fz1x6-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
show('s1', lambda: c.create_registered_model('fz1x6-c'))
show('s2', lambda: c.create_model_version('fz1x6-c', 'mlflow-artifacts:/0/abc/artifacts/model', description='multi\nline'))
show('s3', lambda: c.create_registered_model('fz1x6-c'))
show('s4', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x6-%\'', order_by=['name ASC']))
show('s5', lambda: c.set_registered_model_tag('fz1x6-c', 'k' * 251, 'Red Team'))
show('s6', lambda: c.delete_model_version('fz1x6-missing', 1.5))
show('s7', lambda: c.create_model_version('fz1x6-c', 'gs://b/p', run_id=r1.info.run_id))
