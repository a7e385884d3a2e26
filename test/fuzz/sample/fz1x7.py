
P = 'fz1x7-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
show('s1', lambda: c.create_registered_model('fz1x7-quo\'te', description=''))
show('s2', lambda: c.create_model_version('fz1x7-quo\'te', 'mlflow-artifacts:/0/abc/artifacts/model', run_id=r1.info.run_id, description=''))
show('s3', lambda: c.set_registered_model_alias('fz1x7-quo\'te', 'champion', -1))
show('s4', lambda: c.update_registered_model('fz1x7-quo\'te', description='d' * 70000))
show('s5', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x7-%\' AND name LIKE \'fz1x7-_\' AND name == \'fz1x7-quo\'te\'', order_by=['tags.k'], max_results=-1))
show('s6', lambda: c.rename_registered_model('fz1x7-quo\'te', 'fz1x7-quo\'te'))
show('s7', lambda: c.get_model_version_by_alias(True, 'x\n'))
show('s8', lambda: c.set_model_version_tag('fz1x7-quo\'te', 1, 'k', 'Red Team'))
