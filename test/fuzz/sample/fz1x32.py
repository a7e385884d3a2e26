
P = 'fz1x32-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
show('s1', lambda: c.create_registered_model('fz1x32-m.v2', tags={}, description=5))
show('s2', lambda: c.create_model_version('fz1x32-m.v2', 'runs:/' + r1.info.run_id + '/model', description='A longer description.'))
show('s3', lambda: c.get_model_version('fz1x32-m.v2', None))
show('s4', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x32-%\''))
show('s5', lambda: c.delete_model_version_tag('fz1x32-missing', 0, ' lead'))
show('s6', lambda: c.get_model_version_download_uri('fz1x32-m.v2', ''))
p7 = show('s7', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x32-%\'', order_by=['name ASC'], max_results=3))
show('s8', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x32-%\'', max_results=3, page_token=''))
show('s9', lambda: c.set_registered_model_alias('fz1x32-m.v2', 'prod', 1))
