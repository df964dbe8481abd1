# Changing a dict or set while iterating it: CPython's RuntimeErrors.
def attempt(label, fn):
    try:
        print(label, fn())
    except RuntimeError as e:
        print(label, "RuntimeError:", e)

def grow():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
attempt("grow", grow)

def shrink():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        del d[k]
attempt("shrink", shrink)

def same_size_swap():
    d = {0: 0, 1: 1, 2: 2}
    seen = []
    for k in d:
        seen.append(k)
        del d[k]
        d[k + 100] = 1
    return seen, d
attempt("swap", same_size_swap)

def swap_once():
    d = {i: i for i in range(3)}
    seen = []
    for k in d:
        seen.append(k)
        if k == 0:
            del d[0]
            d[50] = 50
    return seen
attempt("swap once", swap_once)

def swap_big():
    d = {i: i for i in range(10)}
    seen = []
    for k in d:
        seen.append(k)
        if len(seen) < 4:
            del d[k]
            d[k + 1000] = 0
    return seen
attempt("swap big", swap_big)

def replace_values():
    d = {"a": 1, "b": 2}
    for k in d:
        d[k] = 0
    return d
attempt("values", replace_values)

def views():
    d = {"a": 1, "b": 2}
    out = []
    for view in (d.keys(), d.values(), d.items()):
        try:
            for x in view:
                d["z" + str(len(d))] = 0
        except RuntimeError as e:
            out.append(str(e))
    return out
attempt("views", views)

def sticky():
    d = {1: 1}
    it = iter(d)
    d[2] = 2
    msgs = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as e:
            msgs.append(str(e))
    del d[2]
    try:
        msgs.append(next(it))
    except RuntimeError as e:
        msgs.append(str(e))
    return msgs
attempt("sticky", sticky)

def exhausted_then_grow():
    d = {1: 1}
    it = iter(d)
    first = list(it)
    d[2] = 2
    return first, list(it)
attempt("exhausted", exhausted_then_grow)

def list_of_changed():
    d = {1: 1}
    it = iter(d.items())
    d.pop(1)
    return list(it)
attempt("list()", list_of_changed)

def popitem_loop():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        d.popitem()
attempt("popitem", popitem_loop)

def set_grow():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
attempt("set grow", set_grow)

def set_discard_add():
    s = {1, 2, 3}
    seen = []
    for x in s:
        seen.append(x)
        s.discard(x)
        s.add(x + 10)
    return seen, sorted(s)
attempt("set swap", set_discard_add)

def set_sticky():
    s = {1}
    it = iter(s)
    s.add(2)
    msgs = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as e:
            msgs.append(str(e))
    return msgs
attempt("set sticky", set_sticky)

def comprehension():
    d = {1: 1}
    return [d.setdefault(k + 1, 0) for k in d]
attempt("comprehension", comprehension)

def clear_in_loop():
    d = {1: 1, 2: 2}
    for k in d:
        d.clear()
attempt("clear", clear_in_loop)

def rebuild_after_deletes():
    d = {}
    for i in range(20):
        d[i] = i
    for i in range(15):
        del d[i]
    seen = []
    for k in d:
        seen.append(k)
        if k == 15:
            del d[16]
            d[99] = 0
    return seen
attempt("rebuild", rebuild_after_deletes)
