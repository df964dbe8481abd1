# Sorting: key, reverse, stability.
words = ["banana", "Apple", "cherry", "apple", "date", "Banana", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1]))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True), sorted(nums, key=lambda x: -x))
nums.sort(key=lambda x: x % 3)
print(nums)
print(sorted([3.5, 1, 2.25, -1e9, 10 ** 12]), sorted([[2, 1], [1, 2], [1], []]))
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted((2, 1)), sorted([]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([True, 0, 2, False]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
