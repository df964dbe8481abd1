import random, math, itertools, functools, operator, heapq, bisect, copy, collections
random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 7), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l)
print(random.choice("abcdef"), random.choices(range(5), k=4), random.choices("ab", weights=[1, 9], k=5))
print(random.choices("abc", cum_weights=[1, 2, 10], k=3), random.sample(range(100), 5), random.sample("hello", 2))
print(round(random.gauss(0, 1), 12), round(random.normalvariate(5, 2), 12), round(random.expovariate(2), 12))
print(round(random.triangular(0, 10, 3), 12), round(random.betavariate(2, 3), 12), random.getrandbits(20))
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
r = random.Random(7); print(r.randint(0, 10), r.random())
print(random.randbytes(4).hex(), round(random.lognormvariate(0, 1), 10), round(random.vonmisesvariate(0, 1), 10))
print(round(random.paretovariate(3), 10), round(random.weibullvariate(1, 2), 10), round(random.gammavariate(2, 1), 10))
print(math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.gcd(12, 18, 24), math.lcm(4, 6), math.isqrt(99))
print(math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)), math.hypot(3, 4, 12), math.copysign(1, -0.0), math.fmod(-7, 3))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.log(100, 10), math.log2(1024), math.log10(0.001), math.exp(1), math.sqrt(2), math.pi, math.tau, math.e, math.inf)
print(math.isfinite(1.0), math.isnan(math.nan), math.degrees(math.pi), math.radians(180), math.atan2(1, -1))
try: math.sqrt(-1)
except ValueError as e: print(e)
try: math.log(0)
except ValueError as e: print(e)
print(list(itertools.permutations("abc", 2)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.product("ab", repeat=2)), list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)))
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")], list(itertools.compress("abc", [1, 0, 1])))
print(list(itertools.pairwise("abcd")), list(itertools.filterfalse(None, [0, 1, 2])), list(itertools.tee("ab", 2)[1]))
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.repeat(1, 3)), list(itertools.count(5, -2))[:0] if False else None)
c = itertools.count(1.5, 0.5); print(next(c), next(c), list(itertools.starmap(pow, [(2, 3)])))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(operator.add, [], 0))
p = functools.partial(int, base=2); print(p("101"), p.func is int, p.keywords, p.args)
@functools.lru_cache(maxsize=2)
def sq(x): return x * x
print(sq(1), sq(2), sq(1), sq(3), sq(2), sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@functools.cache
def fact(n): return n * fact(n - 1) if n else 1
print(fact(30), fact.cache_info().hits)
def deco(f):
    @functools.wraps(f)
    def w(*a, **k): return f(*a, **k)
    return w
@deco
def named(x):
    "doc here"
    return x
print(named.__name__, named.__doc__, named.__wrapped__(3))
@functools.total_ordering
class Ver:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(Ver(1) <= Ver(2), Ver(3) >= Ver(2), Ver(1) > Ver(1))
ig = operator.itemgetter(1, 0); print(ig("ab"), operator.itemgetter("k")({"k": 5}), operator.attrgetter("real", "imag")(3))
print(operator.methodcaller("split", ",", 1)("a,b,c"), operator.attrgetter("__class__.__name__")(1))
print(sorted([("a", 3), ("b", 1)], key=operator.itemgetter(1)), operator.neg(5), operator.contains([1], 1), operator.truth(0))
h = [5, 1, 8, 3]; heapq.heapify(h); heapq.heappush(h, 0); print(heapq.heappop(h), h, heapq.heappushpop(h, 4), heapq.heapreplace(h, 9), h)
print(heapq.nlargest(2, [3, 1, 4, 1, 5]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), list(heapq.merge([1, 4], [2, 3])))
print(heapq.nlargest(3, {"a": 3, "b": 9, "c": 1}.items(), key=lambda kv: kv[1]))
a = [1, 3, 3, 5]; print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 0)); bisect.insort(a, 4); print(a)
recs = [("a", 1), ("b", 5), ("c", 9)]; print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ("d", 7), key=lambda r: r[1]); print(recs)
nested = [[1, [2]], {"k": [3]}]; sh = copy.copy(nested); dp = copy.deepcopy(nested)
nested[0][1].append(9); print(sh, dp, sh[0] is nested[0], dp[0] is nested[0])
dq = collections.deque([1, 2, 3], maxlen=4); dq.appendleft(0); dq.append(4); print(dq, dq.maxlen); dq.rotate(2); print(dq, dq.popleft(), dq.pop())
dq.extendleft([7, 8]); print(dq, dq.count(8), dq.index(7), list(reversed(dq)))
dd = collections.defaultdict(list); dd["a"].append(1); dd["b"]; print(dd, dict(dd), dd.default_factory)
cnt = collections.Counter("abracadabra"); print(cnt.most_common(3), cnt["z"], sorted(cnt.elements())[:5], cnt.total())
cnt.update("aaz"); cnt.subtract({"a": 10}); print(cnt, +cnt, cnt & collections.Counter("ab"), cnt | collections.Counter("zzz"))
od = collections.OrderedDict(a=1, b=2, c=3); od.move_to_end("a"); od.move_to_end("c", last=False); print(od, od.popitem(last=False), list(od))
print(od == collections.OrderedDict(b=2, a=1), od == {"a": 1, "b": 2}, repr(collections.OrderedDict()))
