
P = 'fz1x47-'
show('s1', lambda: c.create_registered_model('fz1x47-c', tags='k=v'))
show('s2', lambda: c.create_model_version('fz1x47-c', 'mlflow-artifacts:/0/abc/artifacts/model', run_id=None, description=['d']))
show('s3', lambda: c.update_registered_model(True, description='it\'s'))
show('s4', lambda: c.set_registered_model_alias('fz1x47-c', 'a-b_c', '1.0'))
show('s5', lambda: c.update_model_version('fz1x47-co:lon', 1.5, description='first'))
show('s6', lambda: c.rename_registered_model('fz1x47-c', 'fz1x47-back\\slash'))
show('s7', lambda: c.update_registered_model('fz1x47-back\\slash', description=''))
show('s8', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x47-%\'', order_by=['creation_timestamp DESC']), unordered=True)
show('s9', lambda: c.get_model_version_by_alias('fz1x47-é', 'é'))
