s = "model"
s.upper(1)
