.map ro type=array key=4 value=8 entries=1 flags=0x80
.program rdonly_map_write type=socket_filter
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = ro ll
    call bpf_map_lookup_elem
    *(u64 *)(r0 + 0) = 1
    r0 = 0
    exit
