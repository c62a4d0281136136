.program callee_returns_r0_to_sk_lookup type=sk_lookup
    call f
    exit
f:
    r0 = 2
    exit
