.program ldimm64_const type=sched_cls
    r0 = 0x123456789 ll
    r0 = 0
    exit
