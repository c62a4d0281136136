.map h type=hash key=4 value=8 entries=16
.program delete_elem_ok type=sched_cls
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_delete_elem
    r0 = 0
    exit
