# list methods.
a = [3, 1, 4]
a.append(1)
print(a)
a.extend([5, 9])
print(a)
a.extend("ab")
print(a)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before-last")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.count(1), a.index(5, 2))
b = [5, 2, 8, 1]
b.reverse()
print(b)
b.sort()
print(b)
b.sort(reverse=True)
print(b)
c = b.copy()
c.append(0)
print(b, c, c is b, c == b)
c.clear()
print(c, len(c))
print(b.append(1), b.sort(), b)
nums = list(range(10))
print(nums[::2], nums.index(7), sum(nums), len(nums), nums.count(3))
try:
    nums.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    nums.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
