
P = 'fz1x3-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
show('s1', lambda: c.create_registered_model({'n': 1}))
show('s2', lambda: c.create_model_version('   ', 'mlflow-artifacts:/0/abc/artifacts/model', run_id=r1.info.run_id))
show('s3', lambda: c.transition_model_version_stage('fz1x3-co:lon', None, ['Staging'], archive_existing_versions=True))
show('s4', lambda: c.create_registered_model('fz1x3-m.v2', tags={'x.y': 'ops'}))
show('s5', lambda: c.set_model_version_tag('fz1x3-m.v2', 10**20, 'x_1', 'v'))
show('s6', lambda: c.transition_model_version_stage('fz1x3-m.v2', '01', 'Staging', archive_existing_versions=None))
show('s7', lambda: c.set_registered_model_tag('fz1x3-m.v2', 'owner-id', 'v'))
show('s8', lambda: c.set_registered_model_alias('fz1x3-back\\slash', 'prod', '01'))
show('s9', lambda: c.rename_registered_model('fz1x3-m.v2', 'fz1x3-m.v2'))
show('s10', lambda: c.create_model_version('fz1x3-m.v2', 'file:///tmp/fz/artifacts/m'))
show('s11', lambda: c.delete_registered_model('fz1x3-m.v2'))
show('s12', lambda: c.set_registered_model_alias('fz1x3-missing', 'challenger', '01'))
show('s13', lambda: c.create_registered_model('fz1x3-é', tags={'team': 'v'}))
show('s14', lambda: c.set_registered_model_tag('fz1x3-é', 'owner-id', '1'))
show('s15', lambda: c.get_registered_model('fz1x3-missing'))
