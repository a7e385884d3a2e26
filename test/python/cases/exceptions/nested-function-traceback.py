def load(uri):
    parts = uri.split("/")
    return parts[3]
def serve(uri):
    return load(uri)
serve("models:/my-model")
