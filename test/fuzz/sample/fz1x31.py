
P = 'fz1x31-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
r2 = c.create_run('0')
_ids[r2.info.run_id] = '<run2>'
show('s1', lambda: c.create_registered_model('fz1x31-Model-X', tags={'': 'v'}))
show('s2', lambda: c.set_registered_model_tag('fz1x31-with space', '', 'ml'))
show('s3', lambda: mlflow.search_registered_models(filter_string='name LIKE \'fz1x31-%\' AND name LIKE \'fz1x31-%\' AND tag.k = \'v\'', order_by=['name DESC']))
p4 = show('s4', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x31-%\'', order_by=['name ASC', 'version_number ASC'], max_results=2))
show('s5', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x31-%\'', order_by=['name ASC', 'version_number ASC'], max_results=2, page_token=p4.token if p4 is not None else None))
p6 = show('s6', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x31-%\'', order_by=['name ASC', 'version_number ASC'], max_results=3))
show('s7', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x31-%\'', order_by=['name ASC', 'version_number ASC'], max_results=3, page_token=p6.token if p6 is not None else None))
show('s8', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x31-%\'', order_by=['name ASC']))
show('s9', lambda: c.get_model_version_stages(3.5, 1))
show('s10', lambda: c.set_registered_model_alias('fz1x31-Model-X', 'blue2', [1]))
show('s11', lambda: c.delete_registered_model_alias(3.5, 'prod'))
