# Arbitrary expressions inside f-strings.
import math
data = {"a": [1, 2, 3], "b": {"x": 10}}
print(f"{data['a'][-1]} {data['b']['x'] * 2} {len(data)} {sorted(data)}")
print(f"{math.pi:.4f} {math.sqrt(2):.6} {abs(-3)} {max(1, 9, 4)}")
n = 5
print(f"{'even' if n % 2 == 0 else 'odd'} {n ** 2} {n // 2} {-n}")
print(f"{', '.join(str(i) for i in range(n))}")
print(f"{[f'{i:02}' for i in range(3)]}")
print(f"{n}{n}{n}", f"{n!r:>4}", f"{(n, n)}", f"{ {'k': n} }", f"{ {n} }")
word = "hello"
print(f"{word.upper()} {word[1:3]} {word * 2} {word!r} {word.count('l')}")
print(f"{'a' if True else 'b'}{'c'}{'' or 'd'}")
print(f"{3.0 * 2} {7 / 2} {7 // 2} {2 ** 0.5} {1e16} {0.1 + 0.2}")
items = ["x", "y"]
print(f"{items[0]}-{items[-1]}-{items}-{tuple(items)}-{set('a')}")
print(f"""{n
+ 1}""", f"{n:{'0'}{3}}", f'{"double"}', f"{'single'}")
