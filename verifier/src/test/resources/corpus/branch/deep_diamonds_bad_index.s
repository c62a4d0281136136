.program deep_diamonds_bad_index type=sched_cls
    r6 = *(u32 *)(r1 + 0)
    r7 = 0
    r0 = r6
    r0 &= 1
    if r0 == 0 goto +1
    r7 = 0
    r0 = r6
    r0 &= 2
    if r0 == 0 goto +1
    r7 = 1
    r0 = r6
    r0 &= 4
    if r0 == 0 goto +1
    r7 = 2
    r0 = r6
    r0 &= 8
    if r0 == 0 goto +1
    r7 = 3
    r0 = r6
    r0 &= 16
    if r0 == 0 goto +1
    r7 = 4
    r0 = r6
    r0 &= 32
    if r0 == 0 goto +1
    r7 = 5
    r0 = r6
    r0 &= 64
    if r0 == 0 goto +1
    r7 = 6
    r0 = r6
    r0 &= 128
    if r0 == 0 goto +1
    r7 = 7
    r0 = r6
    r0 &= 256
    if r0 == 0 goto +1
    r7 = 8
    r0 = r6
    r0 &= 512
    if r0 == 0 goto +1
    r7 = 9
    r0 = r6
    r0 &= 1024
    if r0 == 0 goto +1
    r7 = 10
    r0 = r6
    r0 &= 2048
    if r0 == 0 goto +1
    r7 = 11
    r0 = r6
    r0 &= 4096
    if r0 == 0 goto +1
    r7 = 12
    r0 = r6
    r0 &= 8192
    if r0 == 0 goto +1
    r7 = 13
    r0 = r6
    r0 &= 16384
    if r0 == 0 goto +1
    r7 = 14
    r0 = r6
    r0 &= 32768
    if r0 == 0 goto +1
    r7 = 15
    r0 = r6
    r0 &= 65536
    if r0 == 0 goto +1
    r7 = 16
    r0 = r6
    r0 &= 131072
    if r0 == 0 goto +1
    r7 = 40
    r0 = r6
    r0 &= 262144
    if r0 == 0 goto +1
    r7 = 18
    r0 = r6
    r0 &= 524288
    if r0 == 0 goto +1
    r7 = 19
    r3 = r10
    r3 += -32
    r3 += r7
    r0 = *(u8 *)(r3 + 0)
    r0 = 0
    exit
