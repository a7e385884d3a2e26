
P = 'fz1x26-'
show('s1', lambda: c.create_registered_model('fz1x26-quo\'te'))
show('s2', lambda: c.create_model_version('fz1x26-quo\'te', 's3://bucket/models/m1', run_id='', run_link=''))
show('s3', lambda: c.create_model_version('fz1x26-quo\'te', 'file:///tmp/fz/artifacts/m', run_id='deadbeef', description='d' * 70000))
show('s4', lambda: c.delete_registered_model_alias('fz1x26-quo\'te', 'v1a'))
show('s5', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x26-%\' AND name != \'fz1x26-quo\'te\' AND name LIKE \'fz1x26-%\'', order_by=['name DESC']))
show('s6', lambda: c.delete_registered_model_tag('fz1x26-\n', 'k' * 250))
show('s7', lambda: c.get_model_version_by_alias(3.5, 'blue2'))
show('s8', lambda: c.delete_model_version_tag('fz1x26-pct%', 7, 'team'))
