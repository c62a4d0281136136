.program alu_uninit_src type=sched_cls
    r0 = 0
    r0 += r7
    exit
