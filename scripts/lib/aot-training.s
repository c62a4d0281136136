; The launcher's start-up training sample: after each build, ./bpfj runs verify (and, in the same
; JVM, asm and disasm) on this file with -XX:AOTCacheOutput so the JVM can keep the classes bpfj
; needs loaded and linked in cli/target/bpfj.aot. Any small valid program does; this one has a map, helpers and a branch.
.license "GPL"
.map redir_map type=sockmap key=4 value=8 entries=1
.program steer type=sk_lookup
    r6 = r1
    r2 = r10
    r2 += -4
    *(u32 *)(r10 - 4) = 0
    r1 = redir_map ll
    call bpf_map_lookup_elem
    if r0 == 0 goto pass
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call bpf_sk_assign
    r1 = r7
    call bpf_sk_release
pass:
    r0 = 1
    exit
