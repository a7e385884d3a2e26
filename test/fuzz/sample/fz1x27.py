
P = 'fz1x27-'
show('s1', lambda: c.create_registered_model('fz1x27-b', description=None))
show('s2', lambda: c.create_model_version('fz1x27-b', 'models:/m-0123456789abcdef', run_id=None, tags={'x.y': ''}))
show('s3', lambda: c.get_model_version('fz1x27-b', 1))
show('s4', lambda: c.transition_model_version_stage(P + 'x' * 300, True, 'Production'))
show('s5', lambda: mlflow.register_model('models:/missing-model/1', 'fz1x27-m_1'))
show('s6', lambda: c.get_registered_model('fz1x27-m_1'))
show('s7', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x27-%\' AND name = "fz1x27-b" AND name != \'fz1x27-b\''))
show('s8', lambda: c.delete_registered_model_alias('fz1x27-b', 'a-b_c'))
show('s9', lambda: c.get_model_version_by_alias('fz1x27-m_1', 'LATEST'))
show('s10', lambda: c.set_registered_model_alias('fz1x27-b', 'challenger', 1))
