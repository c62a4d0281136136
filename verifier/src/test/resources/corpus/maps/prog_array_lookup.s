.map progs type=prog_array key=4 value=4 entries=4
.program prog_array_lookup type=sched_cls
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = progs ll
    call bpf_map_lookup_elem
    r0 = 0
    exit
