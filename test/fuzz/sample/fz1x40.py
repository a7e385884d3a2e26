
P = 'fz1x40-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
r2 = c.create_run('0')
_ids[r2.info.run_id] = '<run2>'
show('s1', lambda: c.create_registered_model('fz1x40-b', tags={'k': 'ml', 'x.y': 'v'}))
show('s2', lambda: c.create_model_version('fz1x40-b', 'models:/m-0123456789abcdef'))
show('s3', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x40-%\'  AND  tags."k" = \'v\'', order_by=['name ASC'], max_results='2'))
show('s4', lambda: c.get_model_version_by_alias(True, 'version3'))
show('s5', lambda: c.create_registered_model('fz1x40-Model-X'))
show('s6', lambda: c.transition_model_version_stage('fz1x40-b', 1, 'Staging'))
show('s7', lambda: c.delete_registered_model_tag('fz1x40-Model-X', 'team'))
show('s8', lambda: c.get_model_version_download_uri('fz1x40-b', 1))
