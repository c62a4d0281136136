.map ro type=array key=4 value=8 entries=1 flags=0x80
.program rdonly_map_update_helper type=socket_filter
    *(u32 *)(r10 - 4) = 0
    *(u64 *)(r10 - 16) = 0
    r2 = r10
    r2 += -4
    r3 = r10
    r3 += -16
    r4 = 0
    r1 = ro ll
    call bpf_map_update_elem
    r0 = 0
    exit
