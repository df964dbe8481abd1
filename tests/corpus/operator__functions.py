# operator module functions.
import operator as op
print(op.add(2, 3), op.sub(5, 8), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8))
print(op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.lshift(1, 4), op.rshift(32, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.concat([1], [2]))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.getitem([5, 6], 1))
lst = [1, 2, 3]
op.setitem(lst, 0, "x")
op.delitem(lst, 1)
print(lst, op.index(7))
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(1, 2), op.imul("ab", 2))
print(op.matmul.__name__, op.add.__name__)
print(sorted([("b", 2), ("a", 3)], key=op.itemgetter(1)), list(map(op.mul, [1, 2], [3, 4])))
