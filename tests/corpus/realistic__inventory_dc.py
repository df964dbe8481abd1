"""Warehouse inventory with dataclasses, properties, class/static methods and reports."""
from dataclasses import dataclass, field, asdict
from collections import defaultdict, Counter
from functools import cached_property
from typing import Dict, List, Optional


class StockError(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} in stock")
        self.sku, self.wanted, self.have = sku, wanted, have


@dataclass(order=True)
class Product:
    sku: str
    name: str = field(compare=False)
    price: float = field(compare=False, default=0.0)
    tags: List[str] = field(default_factory=list, compare=False, repr=False)

    @property
    def label(self):
        return f"{self.name} ({self.sku})"

    @staticmethod
    def parse(line):
        sku, name, price, *tags = [p.strip() for p in line.split("|")]
        return Product(sku, name, float(price), [t for t in tags if t])


@dataclass
class Warehouse:
    name: str
    stock: Dict[str, int] = field(default_factory=dict)
    catalog: Dict[str, Product] = field(default_factory=dict)
    log: List[tuple] = field(default_factory=list, repr=False)

    def add(self, product, qty):
        self.catalog.setdefault(product.sku, product)
        self.stock[product.sku] = self.stock.get(product.sku, 0) + qty
        self.log.append(("in", product.sku, qty))

    def remove(self, sku, qty):
        have = self.stock.get(sku, 0)
        if qty > have:
            raise StockError(sku, qty, have)
        self.stock[sku] = have - qty
        if not self.stock[sku]:
            del self.stock[sku]
        self.log.append(("out", sku, qty))

    @cached_property
    def value_at_open(self):
        return round(sum(self.catalog[s].price * q for s, q in self.stock.items()), 2)

    def value(self):
        return round(sum(self.catalog[s].price * q for s, q in self.stock.items()), 2)

    def by_tag(self):
        out = defaultdict(list)
        for sku in sorted(self.stock):
            for t in self.catalog[sku].tags or ["untagged"]:
                out[t].append(sku)
        return dict(out)


CATALOG = """
A100 | Hammer | 12.50 | tools | hand
A200 | Screwdriver set | 8.99 | tools
B100 | Paint (1L) | 15.00 | paint
B200 | Brush | 3.25 | paint | hand
C300 | Ladder | 89.00 |
"""
products = [Product.parse(l) for l in CATALOG.strip().splitlines()]
print(sorted(products)[0], products[-1].label, products[0].tags)
wh = Warehouse("north")
for p, q in zip(products, [10, 5, 8, 30, 2]):
    wh.add(p, q)
print(wh)
print("open value:", wh.value_at_open)
orders = [("A100", 3), ("B200", 31), ("C300", 2), ("Z999", 1), ("B100", 8)]
for sku, qty in orders:
    try:
        wh.remove(sku, qty)
        print(f"shipped {qty:>2} x {wh.catalog[sku].name}")
    except StockError as e:
        print("cannot ship:", e, f"(short {e.wanted - e.have})")
print("value now:", wh.value(), "cached:", wh.value_at_open)
print(wh.by_tag())
moves = Counter()
for kind, sku, qty in wh.log:
    moves[kind] += qty
print(moves, sum(wh.stock.values()), max(wh.stock, key=wh.stock.get))
print(asdict(products[1]))
report = sorted(wh.stock.items(), key=lambda kv: (-kv[1] * wh.catalog[kv[0]].price, kv[0]))
for sku, q in report:
    p = wh.catalog[sku]
    print(f"{sku:<5}{p.name:<18}{q:>4}{p.price:>8.2f}{q * p.price:>10.2f}")
