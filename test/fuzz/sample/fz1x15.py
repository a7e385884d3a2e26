
P = 'fz1x15-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
show('s1', lambda: c.create_registered_model('fz1x15-a', description='it\'s'))
show('s2', lambda: c.create_model_version('fz1x15-a', 'file:///tmp/fz/artifacts/m', run_id=r1.info.run_id))
show('s3', lambda: mlflow.search_model_versions(filter_string='name LIKE \'fz1x15-%\' AND tags.team ILIKE \'M%\' AND source_path LIKE \'s3://%\''), unordered=True)
show('s4', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x15-%\' AND name = \'a\' and name = \'b\'', order_by=['creation_timestamp DESC']), unordered=True)
show('s5', lambda: mlflow.register_model('runs:/' + r1.info.run_id + '/model', 'fz1x15-a'))
show('s6', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x15-%\'  AND  timestamp > 0'))
show('s7', lambda: c.get_model_version_stages('fz1x15-a', 1))
show('s8', lambda: c.delete_registered_model_tag('fz1x15-a', 'sl/ash'))
show('s9', lambda: c.update_model_version('fz1x15-a', 7, description='it\'s'))
show('s10', lambda: mlflow.register_model('runs:/' + r1.info.run_id + '/model', 'fz1x15-a', tags=None))
show('s11', lambda: c.get_registered_model('fz1x15-a'))
show('s12', lambda: c.update_registered_model('fz1x15-a', description=''))
