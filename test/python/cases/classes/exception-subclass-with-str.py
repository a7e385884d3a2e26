class RestException(Exception):
    def __init__(self, error_code, message):
        super().__init__(f"{error_code}: {message}")
        self.error_code = error_code
class Detailed(Exception):
    def __str__(self):
        return "custom text"
try:
    raise RestException("RESOURCE_DOES_NOT_EXIST", "Registered Model with name=foo not found")
except RestException as e:
    print(e.error_code, "|", e)
raise Detailed("ignored")
