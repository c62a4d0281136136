.program deep_diamonds_prune type=sched_cls
    r6 = *(u32 *)(r1 + 0)
    r7 = 0
    r0 = r6
    r0 &= 1
    if r0 == 0 goto +1
    r7 += 1
    r0 = r6
    r0 &= 2
    if r0 == 0 goto +1
    r7 += 1
    r0 = r6
    r0 &= 4
    if r0 == 0 goto +1
    r7 += 1
    r0 = r6
    r0 &= 8
    if r0 == 0 goto +1
    r7 += 1
    r0 = r6
    r0 &= 16
    if r0 == 0 goto +1
    r7 += 1
    r0 = r6
    r0 &= 32
    if r0 == 0 goto +1
    r7 += 1
    r0 = r6
    r0 &= 64
    if r0 == 0 goto +1
    r7 += 1
    r0 = r6
    r0 &= 128
    if r0 == 0 goto +1
    r7 += 1
    r0 = r6
    r0 &= 256
    if r0 == 0 goto +1
    r7 += 1
    r0 = r6
    r0 &= 512
    if r0 == 0 goto +1
    r7 += 1
    r0 = r6
    r0 &= 1024
    if r0 == 0 goto +1
    r7 += 1
    r0 = r6
    r0 &= 2048
    if r0 == 0 goto +1
    r7 += 1
    r0 = r6
    r0 &= 4096
    if r0 == 0 goto +1
    r7 += 1
    r0 = r6
    r0 &= 8192
    if r0 == 0 goto +1
    r7 += 1
    r0 = r6
    r0 &= 16384
    if r0 == 0 goto +1
    r7 += 1
    r0 = r6
    r0 &= 32768
    if r0 == 0 goto +1
    r7 += 1
    r0 = r6
    r0 &= 65536
    if r0 == 0 goto +1
    r7 += 1
    r0 = r6
    r0 &= 131072
    if r0 == 0 goto +1
    r7 += 1
    r0 = r6
    r0 &= 262144
    if r0 == 0 goto +1
    r7 += 1
    r0 = r6
    r0 &= 524288
    if r0 == 0 goto +1
    r7 += 1
    r0 = r6
    r0 &= 1048576
    if r0 == 0 goto +1
    r7 += 1
    r0 = r6
    r0 &= 2097152
    if r0 == 0 goto +1
    r7 += 1
    r0 = r6
    r0 &= 4194304
    if r0 == 0 goto +1
    r7 += 1
    r0 = r6
    r0 &= 8388608
    if r0 == 0 goto +1
    r7 += 1
    r0 = 0
    exit
