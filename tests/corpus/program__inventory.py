# An inventory system using dataclasses, dicts of lists and sorting.
from dataclasses import dataclass, field
from collections import defaultdict
@dataclass(order=True)
class Item:
    category: str
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list, compare=False)
    @property
    def value(self):
        return round(self.price * self.qty, 2)
stock = [
    Item("fruit", "apple", 0.5, 120, ["red"]),
    Item("fruit", "banana", 0.25, 0),
    Item("tools", "hammer", 12.99, 4, ["heavy"]),
    Item("tools", "saw", 24.5, 2),
    Item("fruit", "cherry", 4.75, 10, ["red", "small"]),
]
by_cat = defaultdict(list)
for it in sorted(stock):
    by_cat[it.category].append(it)
for cat, items in by_cat.items():
    total = sum(i.value for i in items)
    print(f"{cat}: {len(items)} items, value {total:.2f}")
    for i in items:
        print(f"  {i.name:<8} {i.qty:>4} x {i.price:>6.2f} = {i.value:>8.2f} {','.join(i.tags)}")
print([i.name for i in stock if i.qty == 0], max(stock, key=lambda i: i.value).name)
red = sorted((i for i in stock if "red" in i.tags), key=lambda i: -i.price)
print([(i.name, i.price) for i in red])
restock = {"banana": 50, "saw": 3}
for it in stock:
    it.qty += restock.get(it.name, 0)
print(sum(i.qty for i in stock), f"{sum(i.value for i in stock):,.2f}")
print(stock[1])
