# expect-exit: 2
# expect-stderr-contains: socket
import socket
