
P = 'fz1x39-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
show('s1', lambda: c.create_registered_model('fz1x39-b', description=['d']))
show('s2', lambda: c.create_model_version('fz1x39-b', 'models:/m-0123456789abcdef', description='A longer description.'))
show('s3', lambda: c.create_model_version('fz1x39-b', 's3://bucket/models/m1', tags=None))
show('s4', lambda: c.update_model_version('fz1x39-b', '1', description='d' * 70000))
show('s5', lambda: c.create_registered_model('fz1x39-c', tags={'team': 'ops', 'x.y': 'ops'}, description='first'))
show('s6', lambda: c.set_model_version_tag('fz1x39-c', '1.0', 'stage.note', 'Red Team'))
show('s7', lambda: c.get_model_version_download_uri('fz1x39-missing', -1))
show('s8', lambda: c.get_model_version_stages('fz1x39-b', 1))
