text = """first line
second line

fourth"""
lines = text.splitlines()
print(len(lines), lines)
print(text.split("\n")[1].upper())
print(" | ".join(line.strip() for line in lines if line))
