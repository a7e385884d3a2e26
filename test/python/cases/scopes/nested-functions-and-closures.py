def make_logger(prefix):
    lines = []
    def log(msg):
        lines.append(f"{prefix}: {msg}")
        return len(lines)
    def dump():
        return "\n".join(lines)
    return log, dump
log, dump = make_logger("registry")
log("created my-model")
log("version 1 -> Staging")
print(dump())
print(log.__qualname__)
