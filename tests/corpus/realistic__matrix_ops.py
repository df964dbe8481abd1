"""A small Matrix class with operator overloading, determinant and inverse using fractions-free math."""


class MatrixError(ValueError):
    pass


class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError("rows must be non-empty and of equal length")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max(len(f"{x:g}") for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{width}g}" for x in r) + "]" for r in self.rows)

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def _check(self, other):
        if self.shape != other.shape:
            raise MatrixError(f"shape mismatch: {self.shape} vs {other.shape}")

    def __add__(self, other):
        self._check(other)
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + (-1) * other

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[x * k for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise MatrixError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        n, m = self.shape
        if n != m:
            raise MatrixError("determinant needs a square matrix")
        if n == 1:
            return self.rows[0][0]
        return sum((-1) ** j * self.rows[0][j] * self.minor(0, j).det() for j in range(n))

    def minor(self, i, j):
        return Matrix([r[:j] + r[j + 1:] for k, r in enumerate(self.rows) if k != i])


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a - b, 2 * a, a * 0.5, sep="\n---\n")
print(repr(a @ b), (a @ b).shape, a ** 5, a ** 0 == Matrix.identity(2))
print(a.transpose(), a.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())
fib = Matrix([[1, 1], [1, 0]]) ** 30
print("fib(30) =", fib[0, 1], len(fib), [sum(r) for r in fib])
a[0, 0] = 10
print(a, a == Matrix([[10, 2], [3, 4]]), a != b)
for bad in (lambda: a + Matrix([[1, 2, 3]]), lambda: a @ Matrix([[1, 2, 3]]).transpose().transpose(),
            lambda: Matrix([[1], [2, 3]]), lambda: Matrix([[1, 2]]).det(), lambda: a * b, lambda: hash(a)):
    try:
        print(bad())
    except (MatrixError, TypeError) as e:
        print(type(e).__name__, "->", e)
