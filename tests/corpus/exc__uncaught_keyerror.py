# An uncaught KeyError shows the repr of the key.
inventory = {"apples": 3, "pears": 0}
for item in ["apples", "pears"]:
    print(item, inventory[item])
print(inventory["plum's"])
# (the lines below never run)
print("unreachable")
inventory.clear()
print(len(inventory))
raise SystemExit(9)
