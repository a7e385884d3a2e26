price = 10
count = "3"
total = price * 2 + count
