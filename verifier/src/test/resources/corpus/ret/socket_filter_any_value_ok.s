.program socket_filter_any_value_ok type=socket_filter
    r0 = -5
    exit
