# nlargest / nsmallest with and without keys.
import heapq
nums = [5, 1, 8, 3, 9, 2, 9, 7, 4, 6]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(0, nums), heapq.nsmallest(20, nums))
print(heapq.nlargest(1, nums), heapq.nsmallest(1, nums), heapq.nlargest(3, []))
people = [("amy", 31), ("bob", 25), ("cy", 40), ("di", 25), ("ed", 35)]
print(heapq.nlargest(2, people, key=lambda p: p[1]), heapq.nsmallest(2, people, key=lambda p: p[1]))
print(heapq.nsmallest(3, "heapqueue"), heapq.nlargest(2, {"x": 1, "y": 2, "z": 0}.items(), key=lambda kv: kv[1]))
words = ["kiwi", "banana", "fig", "cherry", "date"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len))
