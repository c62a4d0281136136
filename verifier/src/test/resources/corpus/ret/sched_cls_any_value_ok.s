.program sched_cls_any_value_ok type=sched_cls
    r0 = 12345
    exit
