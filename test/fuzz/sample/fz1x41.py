
P = 'fz1x41-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
r2 = c.create_run('0')
_ids[r2.info.run_id] = '<run2>'
show('s1', lambda: c.create_registered_model(None, tags={'team': '', 'owner': 'ml'}))
show('s2', lambda: c.create_model_version('fz1x41-missing', 'runs:/bad'))
show('s3', lambda: c.update_model_version('fz1x41-missing', [1], description=''))
show('s4', lambda: c.get_model_version('   ', 'abc'))
show('s5', lambda: c.search_registered_models(filter_string='run_id IN (1, 2)', order_by=['last_updated_timestamp ASC'], max_results=-1), unordered=True)
show('s6', lambda: c.delete_registered_model_alias('fz1x41-\n', 'dot.ted'))
show('s7', lambda: c.set_registered_model_tag(None, 'k' * 250, None))
show('s8', lambda: c.delete_registered_model_alias(None, 'a-b_c'))
show('s9', lambda: c.get_registered_model(3.5))
show('s10', lambda: c.create_model_version('fz1x41-missing', 'runs:/' + r1.info.run_id + '/model'))
show('s11', lambda: c.transition_model_version_stage(42, True, 'Archived', archive_existing_versions=False))
show('s12', lambda: c.rename_registered_model('fz1x41-quo\'te', 'fz1x41-Model-X'))
show('s13', lambda: mlflow.register_model('s3://b/reg', 'fz1x41-m_1', tags={'k': 1}))
show('s14', lambda: c.search_registered_models(filter_string='name IN (\'fz1x41-m_1\')', order_by=['last_updated_timestamp ASC'], max_results=1000), unordered=True)
show('s15', lambda: mlflow.register_model('models:/missing-model/1', 'fz1x41-m_1'))
