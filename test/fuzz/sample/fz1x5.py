
P = 'fz1x5-'
show('s1', lambda: c.create_registered_model('fz1x5-m.v2'))
show('s2', lambda: c.create_model_version('fz1x5-m.v2', 'runs:/bad', run_id=None))
show('s3', lambda: c.set_registered_model_tag('fz1x5-m.v2', 'k', 'v'))
show('s4', lambda: c.delete_model_version_tag('fz1x5-missing', '1.0', 'k' * 251))
show('s5', lambda: c.delete_registered_model_tag('fz1x5-m.v2', 1))
show('s6', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x5-%\'  AND  version_number = \'abc\'', order_by=['name']))
show('s7', lambda: c.search_model_versions(filter_string='name LIKE \'fz1x5-%\' AND tags.team != \'ml\'', order_by=5))
show('s8', lambda: c.set_registered_model_tag('fz1x5-m.v2', 'k' * 251, 'v'))
show('s9', lambda: c.delete_registered_model_alias('fz1x5-m.v2', 'blue2'))
show('s10', lambda: c.get_model_version_stages('fz1x5-missing', 1))
show('s11', lambda: c.set_registered_model_tag('', 'k', 'a%b'))
