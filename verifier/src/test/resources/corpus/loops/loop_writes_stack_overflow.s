.program loop_writes_stack_overflow type=socket_filter
    r1 = 0
    r2 = r10
    r2 += -64
loop:
    r3 = r2
    r3 += r1
    *(u8 *)(r3 + 0) = 0
    r1 += 1
    if r1 <= 64 goto loop
    r0 = 0
    exit
