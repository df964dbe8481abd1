"""An elevator controller as a state machine driven by a seeded random event stream."""
import random
import heapq

IDLE, MOVING_UP, MOVING_DOWN, DOORS_OPEN = "idle", "up", "down", "doors"


class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.floor = 0
        self.state = IDLE
        self.up, self.down = [], []
        self.history = []
        self.transitions = {
            IDLE: self._idle, MOVING_UP: self._moving, MOVING_DOWN: self._moving, DOORS_OPEN: self._doors,
        }

    def request(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError(f"no floor {floor}")
        if floor > self.floor and floor not in self.up:
            heapq.heappush(self.up, floor)
        elif floor < self.floor and -floor not in self.down:
            heapq.heappush(self.down, -floor)
        elif floor == self.floor and self.state == IDLE:
            self.state = DOORS_OPEN

    def _idle(self):
        if self.up:
            return MOVING_UP
        if self.down:
            return MOVING_DOWN
        return IDLE

    def _moving(self):
        if self.state == MOVING_UP:
            self.floor += 1
            if self.up and self.up[0] == self.floor:
                heapq.heappop(self.up)
                return DOORS_OPEN
        else:
            self.floor -= 1
            if self.down and -self.down[0] == self.floor:
                heapq.heappop(self.down)
                return DOORS_OPEN
        return self.state

    def _doors(self):
        if self.up and (not self.down or self.up[0] - self.floor <= self.floor + self.down[0]):
            return MOVING_UP
        if self.down:
            return MOVING_DOWN
        return IDLE

    def step(self):
        old = self.state
        self.state = self.transitions[self.state]()
        if old != self.state:
            self.history.append((old, self.state, self.floor))
        return self.state


rng = random.Random(99)
e = Elevator(10)
trace = []
for t in range(40):
    if rng.random() < 0.3:
        f = rng.randrange(10)
        e.request(f)
        trace.append(f"t{t}:req{f}")
    s = e.step()
    trace.append(f"{s[0]}{e.floor}")
print(" ".join(trace))
print(len(e.history), e.history[:6])
visits = {}
for old, new, floor in e.history:
    if new == DOORS_OPEN:
        visits[floor] = visits.get(floor, 0) + 1
print(sorted(visits.items()), e.state, e.floor, sorted(e.up), sorted(-x for x in e.down))
try:
    e.request(12)
except ValueError as err:
    print("error:", err)
