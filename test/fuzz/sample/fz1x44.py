
P = 'fz1x44-'
show('s1', lambda: c.create_registered_model('fz1x44-Model-X', tags={'owner': '', 'x.y': 'ops'}, description=None))
show('s2', lambda: c.create_model_version('fz1x44-Model-X', 'mlflow-artifacts:/0/abc/artifacts/model', description=None))
show('s3', lambda: c.set_registered_model_alias('fz1x44-Model-X', 'a-b_c', '1.0'))
show('s4', lambda: c.update_registered_model('fz1x44-Model-X', description='first'))
show('s5', lambda: c.transition_model_version_stage('   ', 1.5, 'Archived'))
show('s6', lambda: c.create_model_version('fz1x44-Model-X', 'gs://b/p', run_id=None, tags=None))
show('s7', lambda: c.delete_registered_model_alias('fz1x44-missing', ''))
show('s8', lambda: c.set_registered_model_tag('fz1x44-Model-X', 'k', '1'))
show('s9', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x44-%\' AND creation_timestamp > 0 AND tags.k = "v"'))
