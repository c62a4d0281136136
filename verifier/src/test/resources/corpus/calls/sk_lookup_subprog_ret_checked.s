.program sk_lookup_subprog_ret_checked type=sk_lookup
    call f
    r0 &= 1
    exit
f:
    r0 = 7
    exit
