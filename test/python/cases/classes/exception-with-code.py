class E(Exception):
    def __init__(self, code):
        self.code = code
        super().__init__(f"error {code}")
try:
    raise E(404)
except E as e:
    print(e, e.code, e.args, isinstance(e, Exception))
