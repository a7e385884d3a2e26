class RegistryError(Exception):
    pass
class NotFound(RegistryError):
    def __init__(self, name):
        super().__init__(f"Registered Model with name={name} not found")
        self.name = name
try:
    raise NotFound("missing-model")
except RegistryError as e:
    print(type(e).__name__, e, e.name, e.args, repr(e))
class WithCode(Exception):
    def __init__(self, message, error_code="INTERNAL_ERROR"):
        super().__init__(message)
        self.error_code = error_code
try:
    raise WithCode("bad stage", error_code="INVALID_PARAMETER_VALUE")
except WithCode as e:
    print(e, e.error_code)
