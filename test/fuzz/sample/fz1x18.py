
P = 'fz1x18-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
show('s1', lambda: c.create_registered_model('fz1x18-a'))
show('s2', lambda: c.create_model_version('fz1x18-a', 'gs://b/p', run_id=r1.info.run_id))
show('s3', lambda: c.get_model_version('fz1x18-a', '1'))
show('s4', lambda: c.create_registered_model('fz1x18-a', tags={}))
show('s5', lambda: c.get_model_version_download_uri('fz1x18-a', 1))
show('s6', lambda: c.create_model_version('fz1x18-a', 'runs:/' + r1.info.run_id + '/model'))
show('s7', lambda: c.get_model_version_by_alias('fz1x18-a', 'a-b_c'))
show('s8', lambda: c.get_model_version_by_alias('fz1x18-a', 'Champion'))
show('s9', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x18-%\' and name = "fz1x18-a"', order_by=['name']))
show('s10', lambda: c.get_model_version_stages('fz1x18-co:lon', 1))
show('s11', lambda: c.create_registered_model('fz1x18-c', description='A longer description.'))
show('s12', lambda: c.get_latest_versions({'n': 1}))
