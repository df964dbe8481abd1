# Big hashes and zlib release the GIL: two threads overlap on two cores.
# Small hashes (< 2048 bytes) keep it: threads gain nothing.
import hashlib, threading, time, zlib

big = bytes(1 << 22)
small = bytes(1024)
text = ("the quick brown fox jumps over the lazy dog " * 20000).encode()

def hash_big():
    hashlib.sha256(big).digest()

def hash_small():
    for _ in range(2000):
        hashlib.sha256(small).digest()

def squeeze():
    zlib.compress(text)

def compare(work):
    t0 = time.perf_counter()
    work(); work()
    one = time.perf_counter() - t0
    t0 = time.perf_counter()
    ts = [threading.Thread(target=work) for _ in range(2)]
    for t in ts: t.start()
    for t in ts: t.join()
    two = time.perf_counter() - t0
    return one / two

print(f"sha256 4 MiB: 2 threads gain {compare(hash_big):.2f}x")
print(f"sha256 1 KiB x 2000: 2 threads gain {compare(hash_small):.2f}x")
print(f"zlib.compress 880 KB: 2 threads gain {compare(squeeze):.2f}x")
