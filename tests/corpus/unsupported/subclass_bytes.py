# expect-exit: 2
# expect-stderr-contains: subclassing the builtin type 'bytes'
class Blob(bytes):
    def hexdump(self):
        return self.hex(" ")


print(Blob(b"ab").hexdump())
