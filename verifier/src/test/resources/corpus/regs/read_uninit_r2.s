.program read_uninit_r2 type=socket_filter
    r0 = r2
    exit
