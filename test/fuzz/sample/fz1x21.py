
P = 'fz1x21-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
r2 = c.create_run('0')
_ids[r2.info.run_id] = '<run2>'
show('s1', lambda: c.create_registered_model('fz1x21-c'))
show('s2', lambda: c.create_model_version('fz1x21-c', 'file:///tmp/fz/artifacts/m', description='d' * 5000))
show('s3', lambda: c.get_model_version_stages('fz1x21-c', 1))
show('s4', lambda: c.get_model_version('fz1x21-c', 1))
show('s5', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x21-%\'', order_by=['version_number'], max_results=1))
show('s6', lambda: c.update_model_version('fz1x21-missing', None, description='it\'s'))
show('s7', lambda: c.get_model_version('fz1x21-c', ''))
show('s8', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x21-%\'', order_by=['name ASC'], max_results=2.5))
show('s9', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x21-%\'', order_by=['version_number']))
show('s10', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x21-%\' AND name LIKE \'%c\' AND name = "fz1x21-c"', order_by=['name ASC']))
show('s11', lambda: c.get_model_version_by_alias('fz1x21-c', 'prod'))
