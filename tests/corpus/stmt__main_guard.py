# The __name__ == "__main__" idiom and module-level names.
def main():
    print("main called")
    return 0
print("__name__ is", __name__)
if __name__ == "__main__":
    print("running as script")
    result = main()
    print("result", result)
else:
    print("imported")
print(type(__name__).__name__, __name__ == "__main__")
def helper():
    return __name__
print(helper())
print("__builtins__" in dir() or True, "__doc__" in dir(), __doc__)
