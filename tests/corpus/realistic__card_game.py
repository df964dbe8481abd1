"""War-style card game with a seeded deck, plus some hand statistics."""
import random
from collections import Counter, deque
from itertools import product, combinations

SUITS = "SHDC"
RANKS = "23456789TJQKA"


class Card:
    __slots__ = ("rank", "suit")

    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    @property
    def value(self):
        return RANKS.index(self.rank) + 2

    def __repr__(self):
        return self.rank + self.suit

    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __hash__(self):
        return hash((self.rank, self.suit))

    def __lt__(self, other):
        return (self.value, SUITS.index(self.suit)) < (other.value, SUITS.index(other.suit))


def new_deck():
    return [Card(r, s) for s, r in product(SUITS, RANKS)]


def classify(hand):
    counts = sorted(Counter(c.rank for c in hand).values(), reverse=True)
    flush = len({c.suit for c in hand}) == 1
    vals = sorted(c.value for c in hand)
    straight = len(set(vals)) == 5 and vals[-1] - vals[0] == 4
    if straight and flush:
        return "straight flush"
    if counts[0] == 4:
        return "four of a kind"
    if counts[:2] == [3, 2]:
        return "full house"
    if flush:
        return "flush"
    if straight:
        return "straight"
    if counts[0] == 3:
        return "three of a kind"
    if counts[:2] == [2, 2]:
        return "two pair"
    return "pair" if counts[0] == 2 else "high card"


def play_war(seed, max_rounds=200):
    rng = random.Random(seed)
    deck = new_deck()
    rng.shuffle(deck)
    p1, p2 = deque(deck[::2]), deque(deck[1::2])
    rounds = wars = 0
    while p1 and p2 and rounds < max_rounds:
        rounds += 1
        pot = [p1.popleft(), p2.popleft()]
        while pot[-2].value == pot[-1].value:
            wars += 1
            if len(p1) < 2 or len(p2) < 2:
                break
            pot += [p1.popleft(), p2.popleft(), p1.popleft(), p2.popleft()]
        winner = p1 if pot[-2].value > pot[-1].value else p2
        rng.shuffle(pot)
        winner.extend(pot)
    return rounds, wars, len(p1), len(p2)


random.seed(2024)
deck = new_deck()
random.shuffle(deck)
hands = [sorted(deck[i:i + 5]) for i in range(0, 50, 5)]
for h in hands[:5]:
    print(h, classify(h))
tally = Counter(classify(random.sample(deck, 5)) for _ in range(400))
print(tally.most_common())
print(random.choice(deck), random.choices(deck, k=3), max(deck), min(deck[:10]))
for seed in (1, 7, 42):
    print("war", seed, play_war(seed))
pairs = sum(1 for a, b in combinations(deck[:13], 2) if a.rank == b.rank)
print("pairs in first 13:", pairs, len(set(deck)), Card("A", "S") in deck, deck.index(Card("2", "H")))
