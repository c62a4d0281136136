.program r0_uninit_exit_socket_filter type=socket_filter
    exit
