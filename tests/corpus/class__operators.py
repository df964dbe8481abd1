# Arithmetic dunder methods.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __and__(self, o):
        return Vec(self.x & o.x, self.y & o.y)
    def __or__(self, o):
        return Vec(self.x | o.x, self.y | o.y)
    def __xor__(self, o):
        return "xor"
    def __lshift__(self, n):
        return Vec(self.x << n, self.y << n)
    def __rshift__(self, n):
        return Vec(self.x >> n, self.y >> n)
a, b = Vec(3, 4), Vec(1, 2)
print(a + b, a - b, a * 3, a / 2, a // 2, a % 2, a ** 2)
print(-a, +a, abs(a), ~a, a @ b, a & b, a | b, a ^ b, a << 2, a >> 1)
c = a
c += b
print(c, a, c is a)
try:
    a * b
except TypeError as e:
    print("TypeError:", e)
try:
    3 * a
except TypeError as e:
    print("TypeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
