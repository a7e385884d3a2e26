doc = """never
closed
