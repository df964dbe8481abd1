# expect-exit: 2
# expect-stderr-contains: subclassing the builtin type 'int'
class Meters(int):
    def __repr__(self):
        return f"{int(self)} m"
print(Meters(5))
