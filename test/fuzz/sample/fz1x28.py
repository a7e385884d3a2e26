
P = 'fz1x28-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
show('s1', lambda: c.create_registered_model('fz1x28-Model-X', description=None))
show('s2', lambda: c.delete_model_version('fz1x28-Model-X', 1))
show('s3', lambda: mlflow.search_registered_models(filter_string='name LIKE \'fz1x28-%\'', max_results=5))
show('s4', lambda: c.transition_model_version_stage({'n': 1}, ' 1', 'Production', archive_existing_versions=None))
show('s5', lambda: c.delete_registered_model_alias('fz1x28-Model-X', 'prod'))
show('s6', lambda: c.set_registered_model_tag('fz1x28-Model-X', 'k' * 251, 'o\'q'))
show('s7', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x28-%\' AND name = "fz1x28-Model-X" AND version_number LIKE \'1%\'', order_by=['name ASC']))
