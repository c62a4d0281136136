.map h type=hash key=4 value=8 entries=16
.program callee_null_deref type=sched_cls
    call f
    r0 = 0
    exit
f:
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    r0 = *(u64 *)(r0 + 0)
    exit
