
P = 'fz1x30-'
show('s1', lambda: c.create_registered_model('fz1x30-back\\slash', tags={'team': 'ml', 'owner': ''}, description='it\'s'))
show('s2', lambda: c.create_model_version('fz1x30-back\\slash', 'models:/m-0123456789abcdef', run_id=12, tags={'k': 'ml', 'team': 'ops'}))
show('s3', lambda: c.get_registered_model('fz1x30-back\\slash'))
show('s4', lambda: mlflow.register_model(None, 'fz1x30-back\\slash'))
show('s5', lambda: c.get_registered_model('fz1x30-\n'))
show('s6', lambda: c.rename_registered_model('fz1x30-back\\slash', 'fz1x30-m.v2'))
show('s7', lambda: c.delete_model_version_tag('fz1x30-m.v2', 2, 'sl/ash'))
show('s8', lambda: c.delete_model_version('fz1x30-m.v2', '2'))
show('s9', lambda: c.update_model_version('fz1x30-m.v2', 2, description='it\'s'))
