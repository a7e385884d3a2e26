"{0}".format()
