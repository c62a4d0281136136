.program ldimm64_middle_cond type=socket_filter
    if r1 > 0 goto +1
    r1 = 0x100000000 ll
    r0 = 0
    exit
