
P = 'fz1x34-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
show('s1', lambda: c.create_registered_model('fz1x34-\n', description=None))
show('s2', lambda: c.create_model_version('fz1x34-\n', 'models:/m-0123456789abcdef'))
show('s3', lambda: c.get_model_version('fz1x34-\n', 10**20))
show('s4', lambda: c.create_registered_model('fz1x34-a', tags={'owner': 'v'}, description='A longer description.'))
show('s5', lambda: c.get_registered_model('fz1x34-\n'))
show('s6', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x34-%\''))
show('s7', lambda: c.transition_model_version_stage('fz1x34-a', True, 'Production'))
show('s8', lambda: c.delete_registered_model('fz1x34-\n'))
show('s9', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x34-%\'', order_by=['version_number']))
show('s10', lambda: c.delete_model_version_tag('', True, 1))
show('s11', lambda: c.create_model_version('fz1x34-a', 'gs://b/p'))
show('s12', lambda: c.get_model_version_stages('fz1x34-a', 1))
show('s13', lambda: c.rename_registered_model('fz1x34-a', 'fz1x34-m.v2'))
show('s14', lambda: c.get_registered_model('fz1x34-m.v2'))
