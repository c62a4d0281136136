.program ldimm64_middle type=socket_filter
    r1 = 0x100000000 ll
    goto -2
