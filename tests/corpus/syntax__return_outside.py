print("start")
x = 1
return x
