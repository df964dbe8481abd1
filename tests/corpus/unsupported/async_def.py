# expect-exit: 2
# expect-stderr-contains: async def
async def f():
    pass
