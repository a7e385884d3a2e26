"{x}".format(y=1)
