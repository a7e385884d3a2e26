def create(name, source, run_id):
    pass
create("m")
