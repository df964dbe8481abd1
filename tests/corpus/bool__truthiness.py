# Truthiness and short-circuit evaluation.
def t(label, value):
    print("eval", label)
    return value
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", 0) or t("c", 3))
print(t("a", "x") or t("b", "y"))
print(not t("a", []), not t("a", [0]))
values = [0, 1, -1, 0.0, 0.5, "", "0", [], [[]], (), (0,), {}, {0: 0}, set(), None, True, False, range(0)]
for v in values:
    print(repr(v), bool(v), "T" if v else "F")
if t("cond", []) or t("cond2", {1}):
    print("took branch")
x = 5
print(0 < x and x < 10, 0 < x < 10, x > 10 or x < 0)
print(all([]), any([]), all([1, [], 2]), any([0, "", "a"]))
print(1 if [] else 2, 1 if [0] else 2)
