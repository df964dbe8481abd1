# expect: uncaught AssertionError
# One thread, longer than --max-depth (20,000 transitions): there is one
# schedule, so the search is complete and reports the program's real
# outcome. Only transitions run while another thread is alive count
# towards the depth limit. (The checker once cut this schedule during the
# start and said "incomplete — … cut at the depth limit", missing the
# assertion.)
total = 0
for i in range(30000):
    total += i
assert total == 0, total
