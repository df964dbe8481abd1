# Only deterministic facts about os are printed.
import os
pid = os.getpid()
print(type(pid).__name__, pid > 0)
n = os.cpu_count()
print(type(n).__name__, n >= 1)
print(os.environ.get("CORELAB_SURELY_NOT_SET_VARIABLE"), os.environ.get("NOPE", "fallback"))
print("CORELAB_SURELY_NOT_SET_VARIABLE" in os.environ)
print(os.sep, os.linesep == "\n", os.path.join("a", "b", "c.txt"), os.path.basename("/x/y/z.py"))
print(os.path.splitext("archive.tar.gz"), os.path.dirname("/x/y/z.py"), os.path.split("a/b"))
print(os.path.isabs("/abs"), os.path.isabs("rel"), os.path.normpath("a/./b/../c"))
print(os.name, type(os.getcwd()).__name__)
