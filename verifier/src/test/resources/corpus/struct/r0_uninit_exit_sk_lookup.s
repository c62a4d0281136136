.program r0_uninit_exit_sk_lookup type=sk_lookup
    exit
