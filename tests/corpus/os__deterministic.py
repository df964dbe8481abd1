# Only deterministic facts about os are printed.
import os
pid = os.getpid()
print(type(pid).__name__, pid > 0)
n = os.cpu_count()
print(type(n).__name__, n >= 1)
print(os.environ.get("CORELAB_SURELY_NOT_SET_VARIABLE"), os.environ.get("NOPE", "fallback"))
print("CORELAB_SURELY_NOT_SET_VARIABLE" in os.environ)
print(os.getpid() == pid, os.environ.get("NOPE") is None)
missing = os.environ.get("CORELAB_SURELY_NOT_SET_VARIABLE", "")
print(repr(missing), isinstance(missing, str), len(missing))
