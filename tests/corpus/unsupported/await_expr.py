# expect-exit: 2
# expect-stderr-contains: async def
# `await` is only legal inside `async def`, which corelab rejects first.
async def fetch():
    return 1
async def main():
    value = await fetch()
    print(value)
