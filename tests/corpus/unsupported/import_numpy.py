# expect-exit: 2
# expect-stderr-contains: numpy
import numpy as np
print(np.zeros(3))
