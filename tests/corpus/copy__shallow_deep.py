# copy.copy versus copy.deepcopy.
import copy
orig = {"list": [1, [2, 3]], "num": 1, "tuple": (1, [2])}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["list"][1].append(99)
orig["tuple"][1].append(100)
orig["num"] = 2
print(orig)
print(shallow)
print(deep)
print(shallow["list"] is orig["list"], deep["list"] is orig["list"], deep["list"][1] is orig["list"][1])
lst = [[0] * 2] * 2
d = copy.deepcopy(lst)
d[0][0] = 5
print(lst, d, d[0] is d[1])
t = (1, 2, 3)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is cyc, len(cc))
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, copy.copy("str") == "str", copy.deepcopy(5))
