.program known_branch_skips_bad_code type=sched_cls
    r0 = 3
    if r0 > 2 goto +1
    r0 = *(u64 *)(r9 + 0)
    r0 = 0
    exit
