# expect-exit: 2
# expect-stderr-contains: module 'helper' is not available under corelab
# A program's own module (or a third-party package): CPython would import
# helper.py from beside the script; corelab runs one file, so an uncaught
# ModuleNotFoundError for it is an unsupported stop, not a claim that the
# module does not exist.
def main():
    import helper
    helper.run()

main()
