print("this line would run, but the file does not compile")
x = 5 +
