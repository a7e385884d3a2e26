
P = 'fz1x17-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
show('s1', lambda: c.create_registered_model('fz1x17-a', tags={'': 'v'}, description='A longer description.'))
show('s2', lambda: c.create_model_version('fz1x17-a', 'runs:/' + r1.info.run_id + '/model'))
show('s3', lambda: c.delete_model_version_tag('fz1x17-a', 1, 'k'))
show('s4', lambda: c.create_model_version('fz1x17-a', 's3://bucket/models/m1', run_id=''))
show('s5', lambda: c.update_registered_model('fz1x17-a', description=''))
show('s6', lambda: c.rename_registered_model('fz1x17-a', 'fz1x17-m.v2'))
show('s7', lambda: c.update_registered_model(3.5, description=''))
show('s8', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x17-%\' and version_number != 2 and name LIKE', order_by=['name DESC', 'version_number ASC']))
