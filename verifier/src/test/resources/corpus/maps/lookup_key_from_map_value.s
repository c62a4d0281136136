.map arr type=array key=4 value=8 entries=4
.map h type=hash key=4 value=8 entries=16
.program lookup_key_from_map_value type=sched_cls
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    r2 = r0
    r1 = h ll
    call bpf_map_lookup_elem
    r0 = 0
    exit
