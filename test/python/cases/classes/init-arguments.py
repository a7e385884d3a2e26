class Run:
    def __init__(self, run_id):
        self.run_id = run_id
Run()
