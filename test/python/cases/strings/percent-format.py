print("%s has %d items" % ("cart", 3))
print("%.2f%%" % 12.3456)
print("%5s|%-5s|" % ("a", "b"))
print("%r" % "hi")
