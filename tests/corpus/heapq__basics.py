# heapq push/pop/heapify/pushpop/replace.
import heapq
h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, v)
    print("push", v, h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data, data[0])
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 100), data)
print(heapq.heapreplace(data, 4), data)
out = []
while data:
    out.append(heapq.heappop(data))
print(out)
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge("ace", "bd")))
