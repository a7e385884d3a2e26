
P = 'fz1x20-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
show('s1', lambda: c.create_registered_model('fz1x20-Model-X'))
show('s2', lambda: c.create_model_version('fz1x20-Model-X', 'gs://b/p', run_id='', run_link=None))
show('s3', lambda: c.get_latest_versions('fz1x20-Model-X', stages=None))
show('s4', lambda: c.get_registered_model('fz1x20-Model-X'))
show('s5', lambda: c.get_registered_model('fz1x20-Model-X'))
show('s6', lambda: mlflow.search_model_versions(filter_string='name LIKE \'fz1x20-%\''), unordered=True)
show('s7', lambda: c.set_model_version_tag('fz1x20-Model-X', 1, 'stage.note', 'ml'))
show('s8', lambda: c.update_registered_model('fz1x20-Model-X', description='first'))
show('s9', lambda: mlflow.register_model(None, 'fz1x20-m_1', tags={'owner': 'v', 'team': ''}))
