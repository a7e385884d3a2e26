
P = 'fz1x38-'
r1 = c.create_run('0')
_ids[r1.info.run_id] = '<run1>'
show('s1', lambda: c.create_registered_model('fz1x38-c', tags={'team': 'ml', 'k': 'ml'}))
show('s2', lambda: c.update_registered_model('fz1x38-c', description=5))
show('s3', lambda: c.update_model_version('fz1x38-c', True, description=None))
show('s4', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x38-%\''))
show('s5', lambda: c.get_registered_model('fz1x38-c'))
show('s6', lambda: c.delete_registered_model_tag('fz1x38-c', 'stage.note'))
show('s7', lambda: c.get_registered_model('fz1x38-c'))
show('s8', lambda: c.delete_registered_model('fz1x38-c'))
p9 = show('s9', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x38-%\'', order_by=['name ASC'], max_results=3))
show('s10', lambda: c.search_registered_models(filter_string='name LIKE \'fz1x38-%\'', order_by=['name ASC'], max_results=3, page_token=p9.token if p9 is not None else None))
show('s11', lambda: c.set_registered_model_tag('fz1x38-pct%', 'stage.note', 'o\'q'))
