def show():
    print(undefined_variable)
def main():
    show()
main()
