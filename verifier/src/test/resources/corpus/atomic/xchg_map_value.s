.map arr type=array key=4 value=8 entries=4
.program xchg_map_value type=sched_cls
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    r1 = 5
    r1 = xchg_64(r0 + 0, r1)
    r0 = 0
    exit
