.map h type=hash key=4 value=8 entries=16
.program update_elem_value_oob type=sched_cls
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r3 = r10
    r3 += -4
    r4 = 0
    r1 = h ll
    call bpf_map_update_elem
    r0 = 0
    exit
