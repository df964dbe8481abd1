"""Route planning on a weighted graph: BFS, Dijkstra with heapq, topological sort."""
import heapq
from collections import deque, defaultdict

EDGES = """
A B 4
A C 2
B C 5
B D 10
C E 3
E D 4
D F 11
E F 20
G H 1
"""


def parse(text):
    graph = defaultdict(dict)
    for line in text.strip().splitlines():
        u, v, w = line.split()
        graph[u][v] = int(w)
        graph[v][u] = int(w)
    return graph


def bfs(graph, start):
    seen, order, queue = {start}, [], deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


def dijkstra(graph, src, dst):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    while heap:
        d, node = heapq.heappop(heap)
        if node == dst:
            break
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    if dst not in dist:
        return None, []
    path = [dst]
    while path[-1] != src:
        path.append(prev[path[-1]])
    return dist[dst], path[::-1]


def components(graph):
    seen, comps = set(), []
    for node in sorted(graph):
        if node not in seen:
            comp = bfs(graph, node)
            seen.update(comp)
            comps.append(comp)
    return comps


def toposort(deps):
    indeg = {n: 0 for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indeg.setdefault(d, 0)
            indeg[n] += 1
    users = defaultdict(list)
    for n, ds in deps.items():
        for d in ds:
            users[d].append(n)
    ready = [n for n, k in indeg.items() if k == 0]
    heapq.heapify(ready)
    out = []
    while ready:
        n = heapq.heappop(ready)
        out.append(n)
        for u in users[n]:
            indeg[u] -= 1
            if indeg[u] == 0:
                heapq.heappush(ready, u)
    if len(out) != len(indeg):
        raise ValueError(f"cycle among {sorted(set(indeg) - set(out))}")
    return out


g = parse(EDGES)
print(bfs(g, "A"))
for s, t in [("A", "F"), ("B", "E"), ("A", "G"), ("H", "G")]:
    cost, path = dijkstra(g, s, t)
    print(f"{s}->{t}: cost={cost} path={'-'.join(path) or '(none)'}")
print(components(g))
print(heapq.nsmallest(3, ((w, u, v) for u in g for v, w in g[u].items() if u < v)))
print(heapq.nlargest(2, g, key=lambda n: len(g[n])))
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "core": [], "tests": ["app"]}
print(toposort(deps))
deps["core"] = ["tests"]
try:
    toposort(deps)
except ValueError as e:
    print("error:", e)
