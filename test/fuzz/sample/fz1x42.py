
P = 'fz1x42-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
r2 = c.create_run('0')
_ids[r2.info.run_id] = '<run2>'
show('s1', lambda: c.create_registered_model('fz1x42-a', tags={}, description='A longer description.'))
show('s2', lambda: c.create_model_version('fz1x42-a', 'runs:/' + r1.info.run_id + '/model', run_id=r1.info.run_id))
show('s3', lambda: c.get_model_version_stages('fz1x42-\n', 1))
show('s4', lambda: c.set_registered_model_alias('fz1x42-a', 'champion', ''))
show('s5', lambda: c.transition_model_version_stage('fz1x42-a', 1, 'Staging'))
show('s6', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x42-%\' and name LIKE \'a%b\' and name LIKE \'fz1x42-%\'', order_by=['run_id']))
show('s7', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x42-%\' AND metrics.acc > 1 AND run_id = \'a\' AND version_number >= 1.5', order_by=[]), unordered=True)
show('s8', lambda: c.transition_model_version_stage('fz1x42-a', 0, 'Staging'))
show('s9', lambda: c.create_registered_model('fz1x42-c', tags=None))
show('s10', lambda: c.delete_model_version_tag('fz1x42-c', 1.5, 'k'))
show('s11', lambda: c.rename_registered_model('fz1x42-a', 'fz1x42-m_1'))
show('s12', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x42-%\'  AND  tags.team IN (\'ml\')', max_results=3))
show('s13', lambda: c.update_registered_model('fz1x42-m_1', description=''))
