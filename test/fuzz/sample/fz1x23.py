
P = 'fz1x23-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
r2 = c.create_run('0')
_ids[r2.info.run_id] = '<run2>'
show('s1', lambda: c.create_registered_model('fz1x23-m.v2', tags={'k': 'ops', 'team': ''}))
p2 = show('s2', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x23-%\'', order_by=['name ASC', 'version_number ASC'], max_results=1))
show('s3', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x23-%\'', order_by=['name ASC', 'version_number ASC'], max_results=1, page_token=p2.token if p2 is not None else None))
show('s4', lambda: c.transition_model_version_stage('fz1x23-m.v2', 7, None))
show('s5', lambda: c.delete_model_version_tag('fz1x23-m.v2', key='x_1', stage='Prod'))
show('s6', lambda: c.delete_registered_model_alias('fz1x23-m.v2', 'Champion'))
show('s7', lambda: c.set_registered_model_alias('fz1x23-m.v2', 'has space', [1]))
show('s8', lambda: c.update_model_version('fz1x23-m.v2', 0, description='A longer description.'))
show('s9', lambda: c.transition_model_version_stage('fz1x23-m.v2', 10**20, None, archive_existing_versions=False))
show('s10', lambda: mlflow.search_model_versions(filter_string='name LIKE \'fz1x23-%\' AND tags.`x.y` = \'v\' AND name LIKE \'fz1x23-_\'', max_results=1, order_by=['name ASC', 'version_number DESC']))
show('s11', lambda: c.get_registered_model(['fz1x23-a']))
show('s12', lambda: mlflow.search_model_versions(filter_string='name LIKE \'fz1x23-%\'  AND  run_id IN (\'deadbeef\', \'cafe\')  AND  name = \'x\' OR name = \'y\''), unordered=True)
