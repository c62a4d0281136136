package dev.bpfj.core.abi;

import static dev.bpfj.core.abi.ArgType.*;
import static dev.bpfj.core.abi.HelperTraits.*;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * eBPF helper functions (uapi {@code enum bpf_func_id}, {@code BPF_FUNC_*}) with their prototypes
 * as the Linux 6.18 verifier checks them. The constant names are the kernel names without
 * {@code bpf_}, upper-cased.
 *
 * <p>Each row: id, return type, traits ({@code GPL} only, acquires ({@code ACQ}) or releases
 * ({@code REL}) a reference, changes packet data ({@code PKT}), may sleep ({@code SLEEP})), then
 * the argument types R1..R5. A few helpers have a different prototype in some program types; see
 * {@link #proto(ProgramType)}.
 */
public enum Helper {
    UNSPEC(0, RetType.INTEGER, 0),
    MAP_LOOKUP_ELEM(1, RetType.PTR_TO_MAP_VALUE_OR_NULL, 0, CONST_MAP_PTR, PTR_TO_MAP_KEY),
    MAP_UPDATE_ELEM(2, RetType.INTEGER, 0, CONST_MAP_PTR, PTR_TO_MAP_KEY, PTR_TO_MAP_VALUE, ANYTHING),
    MAP_DELETE_ELEM(3, RetType.INTEGER, 0, CONST_MAP_PTR, PTR_TO_MAP_KEY),
    PROBE_READ(4, RetType.INTEGER, GPL, PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING),
    KTIME_GET_NS(5, RetType.INTEGER, 0),
    TRACE_PRINTK(6, RetType.INTEGER, GPL, PTR_TO_MEM, CONST_SIZE),
    GET_PRANDOM_U32(7, RetType.INTEGER, 0),
    GET_SMP_PROCESSOR_ID(8, RetType.INTEGER, 0),
    SKB_STORE_BYTES(9, RetType.INTEGER, PKT, PTR_TO_CTX, ANYTHING, PTR_TO_MEM, CONST_SIZE, ANYTHING),
    L3_CSUM_REPLACE(10, RetType.INTEGER, PKT, PTR_TO_CTX, ANYTHING, ANYTHING, ANYTHING, ANYTHING),
    L4_CSUM_REPLACE(11, RetType.INTEGER, PKT, PTR_TO_CTX, ANYTHING, ANYTHING, ANYTHING, ANYTHING),
    TAIL_CALL(12, RetType.VOID, 0, PTR_TO_CTX, CONST_MAP_PTR, ANYTHING),
    CLONE_REDIRECT(13, RetType.INTEGER, PKT, PTR_TO_CTX, ANYTHING, ANYTHING),
    GET_CURRENT_PID_TGID(14, RetType.INTEGER, 0),
    GET_CURRENT_UID_GID(15, RetType.INTEGER, 0),
    GET_CURRENT_COMM(16, RetType.INTEGER, 0, PTR_TO_UNINIT_MEM, CONST_SIZE),
    GET_CGROUP_CLASSID(17, RetType.INTEGER, 0, PTR_TO_CTX),
    SKB_VLAN_PUSH(18, RetType.INTEGER, PKT, PTR_TO_CTX, ANYTHING, ANYTHING),
    SKB_VLAN_POP(19, RetType.INTEGER, PKT, PTR_TO_CTX),
    SKB_GET_TUNNEL_KEY(20, RetType.INTEGER, 0, PTR_TO_CTX, PTR_TO_UNINIT_MEM, CONST_SIZE, ANYTHING),
    SKB_SET_TUNNEL_KEY(21, RetType.INTEGER, 0, PTR_TO_CTX, PTR_TO_MEM, CONST_SIZE, ANYTHING),
    PERF_EVENT_READ(22, RetType.INTEGER, GPL, CONST_MAP_PTR, ANYTHING),
    REDIRECT(23, RetType.INTEGER, 0, ANYTHING, ANYTHING),
    GET_ROUTE_REALM(24, RetType.INTEGER, 0, PTR_TO_CTX),
    PERF_EVENT_OUTPUT(25, RetType.INTEGER, GPL, PTR_TO_CTX, CONST_MAP_PTR, ANYTHING, PTR_TO_MEM, CONST_SIZE_OR_ZERO),
    SKB_LOAD_BYTES(26, RetType.INTEGER, 0, PTR_TO_CTX, ANYTHING, PTR_TO_UNINIT_MEM, CONST_SIZE),
    GET_STACKID(27, RetType.INTEGER, GPL, PTR_TO_CTX, CONST_MAP_PTR, ANYTHING),
    CSUM_DIFF(28, RetType.INTEGER, 0, PTR_TO_MEM_OR_NULL, CONST_SIZE_OR_ZERO, PTR_TO_MEM_OR_NULL, CONST_SIZE_OR_ZERO, ANYTHING),
    SKB_GET_TUNNEL_OPT(29, RetType.INTEGER, 0, PTR_TO_CTX, PTR_TO_UNINIT_MEM, CONST_SIZE),
    SKB_SET_TUNNEL_OPT(30, RetType.INTEGER, 0, PTR_TO_CTX, PTR_TO_MEM, CONST_SIZE),
    SKB_CHANGE_PROTO(31, RetType.INTEGER, PKT, PTR_TO_CTX, ANYTHING, ANYTHING),
    SKB_CHANGE_TYPE(32, RetType.INTEGER, 0, PTR_TO_CTX, ANYTHING),
    SKB_UNDER_CGROUP(33, RetType.INTEGER, 0, PTR_TO_CTX, CONST_MAP_PTR, ANYTHING),
    GET_HASH_RECALC(34, RetType.INTEGER, 0, PTR_TO_CTX),
    GET_CURRENT_TASK(35, RetType.INTEGER, GPL),
    PROBE_WRITE_USER(36, RetType.INTEGER, GPL, ANYTHING, PTR_TO_MEM, CONST_SIZE),
    CURRENT_TASK_UNDER_CGROUP(37, RetType.INTEGER, 0, CONST_MAP_PTR, ANYTHING),
    SKB_CHANGE_TAIL(38, RetType.INTEGER, PKT, PTR_TO_CTX, ANYTHING, ANYTHING),
    SKB_PULL_DATA(39, RetType.INTEGER, PKT, PTR_TO_CTX, ANYTHING),
    CSUM_UPDATE(40, RetType.INTEGER, 0, PTR_TO_CTX, ANYTHING),
    SET_HASH_INVALID(41, RetType.INTEGER, 0, PTR_TO_CTX),
    GET_NUMA_NODE_ID(42, RetType.INTEGER, 0),
    SKB_CHANGE_HEAD(43, RetType.INTEGER, PKT, PTR_TO_CTX, ANYTHING, ANYTHING),
    XDP_ADJUST_HEAD(44, RetType.INTEGER, PKT, PTR_TO_CTX, ANYTHING),
    PROBE_READ_STR(45, RetType.INTEGER, GPL, PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING),
    GET_SOCKET_COOKIE(46, RetType.INTEGER, 0, PTR_TO_CTX),
    GET_SOCKET_UID(47, RetType.INTEGER, 0, PTR_TO_CTX),
    SET_HASH(48, RetType.INTEGER, 0, PTR_TO_CTX, ANYTHING),
    SETSOCKOPT(49, RetType.INTEGER, 0, PTR_TO_CTX, ANYTHING, ANYTHING, PTR_TO_MEM, CONST_SIZE),
    SKB_ADJUST_ROOM(50, RetType.INTEGER, PKT, PTR_TO_CTX, ANYTHING, ANYTHING, ANYTHING),
    REDIRECT_MAP(51, RetType.INTEGER, 0, CONST_MAP_PTR, ANYTHING, ANYTHING),
    SK_REDIRECT_MAP(52, RetType.INTEGER, 0, PTR_TO_CTX, CONST_MAP_PTR, ANYTHING, ANYTHING),
    SOCK_MAP_UPDATE(53, RetType.INTEGER, 0, PTR_TO_CTX, CONST_MAP_PTR, PTR_TO_MAP_KEY, ANYTHING),
    XDP_ADJUST_META(54, RetType.INTEGER, PKT, PTR_TO_CTX, ANYTHING),
    PERF_EVENT_READ_VALUE(55, RetType.INTEGER, GPL, CONST_MAP_PTR, ANYTHING, PTR_TO_UNINIT_MEM, CONST_SIZE),
    PERF_PROG_READ_VALUE(56, RetType.INTEGER, GPL, PTR_TO_CTX, PTR_TO_UNINIT_MEM, CONST_SIZE),
    GETSOCKOPT(57, RetType.INTEGER, 0, PTR_TO_CTX, ANYTHING, ANYTHING, PTR_TO_UNINIT_MEM, CONST_SIZE),
    OVERRIDE_RETURN(58, RetType.INTEGER, GPL, PTR_TO_CTX, ANYTHING),
    SOCK_OPS_CB_FLAGS_SET(59, RetType.INTEGER, 0, PTR_TO_CTX, ANYTHING),
    MSG_REDIRECT_MAP(60, RetType.INTEGER, 0, PTR_TO_CTX, CONST_MAP_PTR, ANYTHING, ANYTHING),
    MSG_APPLY_BYTES(61, RetType.INTEGER, 0, PTR_TO_CTX, ANYTHING),
    MSG_CORK_BYTES(62, RetType.INTEGER, 0, PTR_TO_CTX, ANYTHING),
    MSG_PULL_DATA(63, RetType.INTEGER, PKT, PTR_TO_CTX, ANYTHING, ANYTHING, ANYTHING),
    BIND(64, RetType.INTEGER, 0, PTR_TO_CTX, PTR_TO_MEM, CONST_SIZE),
    XDP_ADJUST_TAIL(65, RetType.INTEGER, PKT, PTR_TO_CTX, ANYTHING),
    SKB_GET_XFRM_STATE(66, RetType.INTEGER, 0, PTR_TO_CTX, ANYTHING, PTR_TO_UNINIT_MEM, CONST_SIZE, ANYTHING),
    GET_STACK(67, RetType.INTEGER, GPL, PTR_TO_CTX, PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING),
    SKB_LOAD_BYTES_RELATIVE(68, RetType.INTEGER, 0, PTR_TO_CTX, ANYTHING, PTR_TO_UNINIT_MEM, CONST_SIZE, ANYTHING),
    FIB_LOOKUP(69, RetType.INTEGER, GPL, PTR_TO_CTX, PTR_TO_MEM, CONST_SIZE, ANYTHING),
    SOCK_HASH_UPDATE(70, RetType.INTEGER, 0, PTR_TO_CTX, CONST_MAP_PTR, PTR_TO_MAP_KEY, ANYTHING),
    MSG_REDIRECT_HASH(71, RetType.INTEGER, 0, PTR_TO_CTX, CONST_MAP_PTR, PTR_TO_MAP_KEY, ANYTHING),
    SK_REDIRECT_HASH(72, RetType.INTEGER, 0, PTR_TO_CTX, CONST_MAP_PTR, PTR_TO_MAP_KEY, ANYTHING),
    LWT_PUSH_ENCAP(73, RetType.INTEGER, PKT, PTR_TO_CTX, ANYTHING, PTR_TO_MEM, CONST_SIZE),
    LWT_SEG6_STORE_BYTES(74, RetType.INTEGER, PKT, PTR_TO_CTX, ANYTHING, PTR_TO_MEM, CONST_SIZE),
    LWT_SEG6_ADJUST_SRH(75, RetType.INTEGER, PKT, PTR_TO_CTX, ANYTHING, ANYTHING),
    LWT_SEG6_ACTION(76, RetType.INTEGER, PKT, PTR_TO_CTX, ANYTHING, PTR_TO_MEM, CONST_SIZE),
    RC_REPEAT(77, RetType.INTEGER, GPL, PTR_TO_CTX),
    RC_KEYDOWN(78, RetType.INTEGER, GPL, PTR_TO_CTX, ANYTHING, ANYTHING, ANYTHING),
    SKB_CGROUP_ID(79, RetType.INTEGER, 0, PTR_TO_CTX),
    GET_CURRENT_CGROUP_ID(80, RetType.INTEGER, 0),
    GET_LOCAL_STORAGE(81, RetType.PTR_TO_MAP_VALUE, 0, CONST_MAP_PTR, ANYTHING),
    SK_SELECT_REUSEPORT(82, RetType.INTEGER, 0, PTR_TO_CTX, CONST_MAP_PTR, PTR_TO_MAP_KEY, ANYTHING),
    SKB_ANCESTOR_CGROUP_ID(83, RetType.INTEGER, 0, PTR_TO_CTX, ANYTHING),
    SK_LOOKUP_TCP(84, RetType.PTR_TO_SOCKET_OR_NULL, ACQ, PTR_TO_CTX, PTR_TO_MEM, CONST_SIZE_OR_ZERO, ANYTHING, ANYTHING),
    SK_LOOKUP_UDP(85, RetType.PTR_TO_SOCKET_OR_NULL, ACQ, PTR_TO_CTX, PTR_TO_MEM, CONST_SIZE_OR_ZERO, ANYTHING, ANYTHING),
    SK_RELEASE(86, RetType.INTEGER, REL, PTR_TO_BTF_ID_SOCK_COMMON),
    MAP_PUSH_ELEM(87, RetType.INTEGER, 0, CONST_MAP_PTR, PTR_TO_MAP_VALUE, ANYTHING),
    MAP_POP_ELEM(88, RetType.INTEGER, 0, CONST_MAP_PTR, PTR_TO_UNINIT_MAP_VALUE),
    MAP_PEEK_ELEM(89, RetType.INTEGER, 0, CONST_MAP_PTR, PTR_TO_UNINIT_MAP_VALUE),
    MSG_PUSH_DATA(90, RetType.INTEGER, PKT, PTR_TO_CTX, ANYTHING, ANYTHING, ANYTHING),
    MSG_POP_DATA(91, RetType.INTEGER, PKT, PTR_TO_CTX, ANYTHING, ANYTHING, ANYTHING),
    RC_POINTER_REL(92, RetType.INTEGER, GPL, PTR_TO_CTX, ANYTHING, ANYTHING),
    SPIN_LOCK(93, RetType.VOID, 0, PTR_TO_SPIN_LOCK),
    SPIN_UNLOCK(94, RetType.VOID, 0, PTR_TO_SPIN_LOCK),
    SK_FULLSOCK(95, RetType.PTR_TO_SOCKET_OR_NULL, 0, PTR_TO_SOCK_COMMON),
    TCP_SOCK(96, RetType.PTR_TO_TCP_SOCK_OR_NULL, 0, PTR_TO_SOCK_COMMON),
    SKB_ECN_SET_CE(97, RetType.INTEGER, 0, PTR_TO_CTX),
    GET_LISTENER_SOCK(98, RetType.PTR_TO_SOCKET_OR_NULL, 0, PTR_TO_SOCK_COMMON),
    SKC_LOOKUP_TCP(99, RetType.PTR_TO_SOCK_COMMON_OR_NULL, ACQ, PTR_TO_CTX, PTR_TO_MEM, CONST_SIZE_OR_ZERO, ANYTHING, ANYTHING),
    TCP_CHECK_SYNCOOKIE(100, RetType.INTEGER, GPL, PTR_TO_BTF_ID_SOCK_COMMON, PTR_TO_MEM, CONST_SIZE, PTR_TO_MEM, CONST_SIZE),
    SYSCTL_GET_NAME(101, RetType.INTEGER, 0, PTR_TO_CTX, PTR_TO_UNINIT_MEM, CONST_SIZE, ANYTHING),
    SYSCTL_GET_CURRENT_VALUE(102, RetType.INTEGER, 0, PTR_TO_CTX, PTR_TO_UNINIT_MEM, CONST_SIZE),
    SYSCTL_GET_NEW_VALUE(103, RetType.INTEGER, 0, PTR_TO_CTX, PTR_TO_UNINIT_MEM, CONST_SIZE),
    SYSCTL_SET_NEW_VALUE(104, RetType.INTEGER, 0, PTR_TO_CTX, PTR_TO_MEM, CONST_SIZE),
    STRTOL(105, RetType.INTEGER, 0, PTR_TO_MEM, CONST_SIZE, ANYTHING, PTR_TO_LONG),
    STRTOUL(106, RetType.INTEGER, 0, PTR_TO_MEM, CONST_SIZE, ANYTHING, PTR_TO_LONG),
    SK_STORAGE_GET(107, RetType.PTR_TO_MAP_VALUE_OR_NULL, 0, CONST_MAP_PTR, PTR_TO_BTF_ID_SOCK_COMMON, PTR_TO_MAP_VALUE_OR_NULL, ANYTHING),
    SK_STORAGE_DELETE(108, RetType.INTEGER, 0, CONST_MAP_PTR, PTR_TO_BTF_ID_SOCK_COMMON),
    SEND_SIGNAL(109, RetType.INTEGER, 0, ANYTHING),
    TCP_GEN_SYNCOOKIE(110, RetType.INTEGER, GPL, PTR_TO_BTF_ID_SOCK_COMMON, PTR_TO_MEM, CONST_SIZE, PTR_TO_MEM, CONST_SIZE),
    SKB_OUTPUT(111, RetType.INTEGER, GPL, PTR_TO_BTF_ID, CONST_MAP_PTR, ANYTHING, PTR_TO_MEM, CONST_SIZE_OR_ZERO),
    PROBE_READ_USER(112, RetType.INTEGER, GPL, PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING),
    PROBE_READ_KERNEL(113, RetType.INTEGER, GPL, PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING),
    PROBE_READ_USER_STR(114, RetType.INTEGER, GPL, PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING),
    PROBE_READ_KERNEL_STR(115, RetType.INTEGER, GPL, PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING),
    TCP_SEND_ACK(116, RetType.INTEGER, 0, PTR_TO_BTF_ID, ANYTHING),
    SEND_SIGNAL_THREAD(117, RetType.INTEGER, 0, ANYTHING),
    JIFFIES64(118, RetType.INTEGER, 0),
    READ_BRANCH_RECORDS(119, RetType.INTEGER, GPL, PTR_TO_CTX, PTR_TO_MEM_OR_NULL, CONST_SIZE_OR_ZERO, ANYTHING),
    GET_NS_CURRENT_PID_TGID(120, RetType.INTEGER, 0, ANYTHING, ANYTHING, PTR_TO_UNINIT_MEM, CONST_SIZE),
    XDP_OUTPUT(121, RetType.INTEGER, GPL, PTR_TO_BTF_ID, CONST_MAP_PTR, ANYTHING, PTR_TO_MEM, CONST_SIZE_OR_ZERO),
    GET_NETNS_COOKIE(122, RetType.INTEGER, 0, PTR_TO_CTX_OR_NULL),
    GET_CURRENT_ANCESTOR_CGROUP_ID(123, RetType.INTEGER, 0, ANYTHING),
    SK_ASSIGN(124, RetType.INTEGER, 0, PTR_TO_CTX, PTR_TO_BTF_ID_SOCK_COMMON, ANYTHING),
    KTIME_GET_BOOT_NS(125, RetType.INTEGER, 0),
    SEQ_PRINTF(126, RetType.INTEGER, GPL, PTR_TO_BTF_ID, PTR_TO_MEM, CONST_SIZE, PTR_TO_MEM_OR_NULL, CONST_SIZE_OR_ZERO),
    SEQ_WRITE(127, RetType.INTEGER, GPL, PTR_TO_BTF_ID, PTR_TO_MEM, CONST_SIZE_OR_ZERO),
    SK_CGROUP_ID(128, RetType.INTEGER, 0, PTR_TO_BTF_ID_SOCK_COMMON),
    SK_ANCESTOR_CGROUP_ID(129, RetType.INTEGER, 0, PTR_TO_BTF_ID_SOCK_COMMON, ANYTHING),
    RINGBUF_OUTPUT(130, RetType.INTEGER, 0, CONST_MAP_PTR, PTR_TO_MEM, CONST_SIZE_OR_ZERO, ANYTHING),
    RINGBUF_RESERVE(131, RetType.PTR_TO_MEM_OR_NULL, ACQ, CONST_MAP_PTR, CONST_ALLOC_SIZE_OR_ZERO, ANYTHING),
    RINGBUF_SUBMIT(132, RetType.VOID, REL, PTR_TO_RINGBUF_MEM, ANYTHING),
    RINGBUF_DISCARD(133, RetType.VOID, REL, PTR_TO_RINGBUF_MEM, ANYTHING),
    RINGBUF_QUERY(134, RetType.INTEGER, 0, CONST_MAP_PTR, ANYTHING),
    CSUM_LEVEL(135, RetType.INTEGER, 0, PTR_TO_CTX, ANYTHING),
    SKC_TO_TCP6_SOCK(136, RetType.PTR_TO_BTF_ID_OR_NULL, 0, PTR_TO_BTF_ID_SOCK_COMMON),
    SKC_TO_TCP_SOCK(137, RetType.PTR_TO_BTF_ID_OR_NULL, 0, PTR_TO_BTF_ID_SOCK_COMMON),
    SKC_TO_TCP_TIMEWAIT_SOCK(138, RetType.PTR_TO_BTF_ID_OR_NULL, 0, PTR_TO_BTF_ID_SOCK_COMMON),
    SKC_TO_TCP_REQUEST_SOCK(139, RetType.PTR_TO_BTF_ID_OR_NULL, 0, PTR_TO_BTF_ID_SOCK_COMMON),
    SKC_TO_UDP6_SOCK(140, RetType.PTR_TO_BTF_ID_OR_NULL, 0, PTR_TO_BTF_ID_SOCK_COMMON),
    GET_TASK_STACK(141, RetType.INTEGER, 0, PTR_TO_BTF_ID, PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING),
    LOAD_HDR_OPT(142, RetType.INTEGER, 0, PTR_TO_CTX, PTR_TO_MEM, CONST_SIZE, ANYTHING),
    STORE_HDR_OPT(143, RetType.INTEGER, PKT, PTR_TO_CTX, PTR_TO_MEM, CONST_SIZE, ANYTHING),
    RESERVE_HDR_OPT(144, RetType.INTEGER, 0, PTR_TO_CTX, ANYTHING, ANYTHING),
    INODE_STORAGE_GET(145, RetType.PTR_TO_MAP_VALUE_OR_NULL, 0, CONST_MAP_PTR, PTR_TO_BTF_ID_OR_NULL, PTR_TO_MAP_VALUE_OR_NULL, ANYTHING),
    INODE_STORAGE_DELETE(146, RetType.INTEGER, 0, CONST_MAP_PTR, PTR_TO_BTF_ID_OR_NULL),
    D_PATH(147, RetType.INTEGER, 0, PTR_TO_BTF_ID, PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO),
    COPY_FROM_USER(148, RetType.INTEGER, SLEEP, PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING),
    SNPRINTF_BTF(149, RetType.INTEGER, 0, PTR_TO_UNINIT_MEM, CONST_SIZE, PTR_TO_MEM, CONST_SIZE, ANYTHING),
    SEQ_PRINTF_BTF(150, RetType.INTEGER, 0, PTR_TO_BTF_ID, PTR_TO_MEM, CONST_SIZE_OR_ZERO, ANYTHING),
    SKB_CGROUP_CLASSID(151, RetType.INTEGER, 0, PTR_TO_CTX),
    REDIRECT_NEIGH(152, RetType.INTEGER, 0, ANYTHING, PTR_TO_MEM_OR_NULL, CONST_SIZE_OR_ZERO, ANYTHING),
    PER_CPU_PTR(153, RetType.PTR_TO_MEM_OR_BTF_ID_OR_NULL, 0, PTR_TO_PERCPU_BTF_ID, ANYTHING),
    THIS_CPU_PTR(154, RetType.PTR_TO_MEM_OR_BTF_ID, 0, PTR_TO_PERCPU_BTF_ID),
    REDIRECT_PEER(155, RetType.INTEGER, 0, ANYTHING, ANYTHING),
    TASK_STORAGE_GET(156, RetType.PTR_TO_MAP_VALUE_OR_NULL, 0, CONST_MAP_PTR, PTR_TO_BTF_ID_OR_NULL, PTR_TO_MAP_VALUE_OR_NULL, ANYTHING),
    TASK_STORAGE_DELETE(157, RetType.INTEGER, 0, CONST_MAP_PTR, PTR_TO_BTF_ID_OR_NULL),
    GET_CURRENT_TASK_BTF(158, RetType.PTR_TO_BTF_ID, GPL),
    BPRM_OPTS_SET(159, RetType.INTEGER, 0, PTR_TO_BTF_ID, ANYTHING),
    KTIME_GET_COARSE_NS(160, RetType.INTEGER, 0),
    IMA_INODE_HASH(161, RetType.INTEGER, SLEEP, PTR_TO_BTF_ID, PTR_TO_UNINIT_MEM, CONST_SIZE),
    SOCK_FROM_FILE(162, RetType.PTR_TO_BTF_ID_OR_NULL, 0, PTR_TO_BTF_ID),
    CHECK_MTU(163, RetType.INTEGER, GPL, PTR_TO_CTX, ANYTHING, PTR_TO_INT, ANYTHING, ANYTHING),
    FOR_EACH_MAP_ELEM(164, RetType.INTEGER, 0, CONST_MAP_PTR, PTR_TO_FUNC, PTR_TO_STACK_OR_NULL, ANYTHING),
    SNPRINTF(165, RetType.INTEGER, GPL, PTR_TO_MEM_OR_NULL, CONST_SIZE_OR_ZERO, PTR_TO_CONST_STR, PTR_TO_MEM_OR_NULL, CONST_SIZE_OR_ZERO),
    SYS_BPF(166, RetType.INTEGER, 0, ANYTHING, PTR_TO_MEM, CONST_SIZE),
    BTF_FIND_BY_NAME_KIND(167, RetType.INTEGER, 0, PTR_TO_MEM, CONST_SIZE, ANYTHING, ANYTHING),
    SYS_CLOSE(168, RetType.INTEGER, 0, ANYTHING),
    TIMER_INIT(169, RetType.INTEGER, GPL, PTR_TO_TIMER, CONST_MAP_PTR, ANYTHING),
    TIMER_SET_CALLBACK(170, RetType.INTEGER, GPL, PTR_TO_TIMER, PTR_TO_FUNC),
    TIMER_START(171, RetType.INTEGER, GPL, PTR_TO_TIMER, ANYTHING, ANYTHING),
    TIMER_CANCEL(172, RetType.INTEGER, GPL, PTR_TO_TIMER),
    GET_FUNC_IP(173, RetType.INTEGER, GPL, PTR_TO_CTX),
    GET_ATTACH_COOKIE(174, RetType.INTEGER, 0, PTR_TO_CTX),
    TASK_PT_REGS(175, RetType.PTR_TO_BTF_ID, GPL, PTR_TO_BTF_ID),
    GET_BRANCH_SNAPSHOT(176, RetType.INTEGER, GPL, PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING),
    TRACE_VPRINTK(177, RetType.INTEGER, GPL, PTR_TO_MEM, CONST_SIZE, PTR_TO_MEM_OR_NULL, CONST_SIZE_OR_ZERO),
    SKC_TO_UNIX_SOCK(178, RetType.PTR_TO_BTF_ID_OR_NULL, 0, PTR_TO_BTF_ID_SOCK_COMMON),
    KALLSYMS_LOOKUP_NAME(179, RetType.INTEGER, 0, PTR_TO_MEM, CONST_SIZE_OR_ZERO, ANYTHING, PTR_TO_LONG),
    FIND_VMA(180, RetType.INTEGER, 0, PTR_TO_BTF_ID, ANYTHING, PTR_TO_FUNC, PTR_TO_STACK_OR_NULL, ANYTHING),
    LOOP(181, RetType.INTEGER, 0, ANYTHING, PTR_TO_FUNC, PTR_TO_STACK_OR_NULL, ANYTHING),
    STRNCMP(182, RetType.INTEGER, 0, PTR_TO_MEM, CONST_SIZE, PTR_TO_CONST_STR),
    GET_FUNC_ARG(183, RetType.INTEGER, GPL, PTR_TO_CTX, ANYTHING, PTR_TO_LONG),
    GET_FUNC_RET(184, RetType.INTEGER, GPL, PTR_TO_CTX, PTR_TO_LONG),
    GET_FUNC_ARG_CNT(185, RetType.INTEGER, GPL, PTR_TO_CTX),
    GET_RETVAL(186, RetType.INTEGER, 0),
    SET_RETVAL(187, RetType.INTEGER, 0, ANYTHING),
    XDP_GET_BUFF_LEN(188, RetType.INTEGER, 0, PTR_TO_CTX),
    XDP_LOAD_BYTES(189, RetType.INTEGER, 0, PTR_TO_CTX, ANYTHING, PTR_TO_UNINIT_MEM, CONST_SIZE),
    XDP_STORE_BYTES(190, RetType.INTEGER, 0, PTR_TO_CTX, ANYTHING, PTR_TO_MEM, CONST_SIZE),
    COPY_FROM_USER_TASK(191, RetType.INTEGER, GPL | SLEEP, PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING, PTR_TO_BTF_ID, ANYTHING),
    SKB_SET_TSTAMP(192, RetType.INTEGER, 0, PTR_TO_CTX, ANYTHING, ANYTHING),
    IMA_FILE_HASH(193, RetType.INTEGER, SLEEP, PTR_TO_BTF_ID, PTR_TO_UNINIT_MEM, CONST_SIZE),
    KPTR_XCHG(194, RetType.PTR_TO_BTF_ID_OR_NULL, ACQ | REL, KPTR_XCHG_DEST, PTR_TO_BTF_ID_OR_NULL),
    MAP_LOOKUP_PERCPU_ELEM(195, RetType.PTR_TO_MAP_VALUE_OR_NULL, 0, CONST_MAP_PTR, PTR_TO_MAP_KEY, ANYTHING),
    SKC_TO_MPTCP_SOCK(196, RetType.PTR_TO_BTF_ID_OR_NULL, 0, PTR_TO_SOCK_COMMON),
    DYNPTR_FROM_MEM(197, RetType.INTEGER, 0, PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING, PTR_TO_DYNPTR),
    RINGBUF_RESERVE_DYNPTR(198, RetType.INTEGER, ACQ, CONST_MAP_PTR, ANYTHING, ANYTHING, PTR_TO_DYNPTR),
    RINGBUF_SUBMIT_DYNPTR(199, RetType.VOID, REL, PTR_TO_DYNPTR, ANYTHING),
    RINGBUF_DISCARD_DYNPTR(200, RetType.VOID, REL, PTR_TO_DYNPTR, ANYTHING),
    DYNPTR_READ(201, RetType.INTEGER, 0, PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, PTR_TO_DYNPTR, ANYTHING, ANYTHING),
    DYNPTR_WRITE(202, RetType.INTEGER, 0, PTR_TO_DYNPTR, ANYTHING, PTR_TO_MEM, CONST_SIZE_OR_ZERO, ANYTHING),
    DYNPTR_DATA(203, RetType.PTR_TO_MEM_OR_NULL, 0, PTR_TO_DYNPTR, ANYTHING, CONST_ALLOC_SIZE_OR_ZERO),
    TCP_RAW_GEN_SYNCOOKIE_IPV4(204, RetType.INTEGER, GPL, PTR_TO_FIXED_SIZE_MEM, PTR_TO_MEM, CONST_SIZE_OR_ZERO),
    TCP_RAW_GEN_SYNCOOKIE_IPV6(205, RetType.INTEGER, GPL, PTR_TO_FIXED_SIZE_MEM, PTR_TO_MEM, CONST_SIZE_OR_ZERO),
    TCP_RAW_CHECK_SYNCOOKIE_IPV4(206, RetType.INTEGER, GPL, PTR_TO_FIXED_SIZE_MEM, PTR_TO_FIXED_SIZE_MEM),
    TCP_RAW_CHECK_SYNCOOKIE_IPV6(207, RetType.INTEGER, GPL, PTR_TO_FIXED_SIZE_MEM, PTR_TO_FIXED_SIZE_MEM),
    KTIME_GET_TAI_NS(208, RetType.INTEGER, 0),
    USER_RINGBUF_DRAIN(209, RetType.INTEGER, 0, CONST_MAP_PTR, PTR_TO_FUNC, PTR_TO_STACK_OR_NULL, ANYTHING),
    CGRP_STORAGE_GET(210, RetType.PTR_TO_MAP_VALUE_OR_NULL, 0, CONST_MAP_PTR, PTR_TO_BTF_ID_OR_NULL, PTR_TO_MAP_VALUE_OR_NULL, ANYTHING),
    CGRP_STORAGE_DELETE(211, RetType.INTEGER, 0, CONST_MAP_PTR, PTR_TO_BTF_ID_OR_NULL);

    private final int id;
    private final RetType ret;
    private final int traits;
    private final List<ArgType> args;

    Helper(int id, RetType ret, int traits, ArgType... args) {
        this.id = id;
        this.ret = ret;
        this.traits = traits;
        this.args = List.of(args);
    }

    /** The kernel's numeric value ({@code BPF_FUNC_*}), the immediate of a helper call. */
    public int id() {
        return id;
    }

    /** The kernel's function name, e.g. {@code bpf_map_lookup_elem}. */
    public String kernelName() {
        return "bpf_" + shortName();
    }

    /** The name without {@code bpf_}, e.g. {@code map_lookup_elem}. */
    public String shortName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The uapi enum constant, e.g. {@code BPF_FUNC_map_lookup_elem}. */
    public String enumName() {
        return "BPF_FUNC_" + shortName();
    }

    /** The return type of the default prototype. */
    public RetType ret() {
        return ret;
    }

    /** The argument types of the default prototype (R1 first; at most 5). */
    public List<ArgType> args() {
        return args;
    }

    /** The type of argument {@code index} (0 = R1), {@link ArgType#DONTCARE} past the last one. */
    public ArgType arg(int index) {
        return index < args.size() ? args.get(index) : ArgType.DONTCARE;
    }

    /** Whether only GPL-compatible programs may call it (its usual prototype). */
    public boolean gplOnly() {
        return (traits & GPL) != 0;
    }

    /**
     * Whether only GPL-compatible programs of {@code type} may call it: perf_event programs get a
     * {@code bpf_get_stackid} that is not GPL-only.
     */
    public boolean gplOnly(ProgramType type) {
        if (this == GET_STACKID && type == ProgramType.PERF_EVENT) {
            return false;
        }
        return gplOnly();
    }

    /**
     * Whether the helper always returns a new reference (socket lookups, ringbuf reservations,
     * kptr exchange). {@code bpf_map_lookup_elem} acquires one only on socket maps: see
     * {@link #acquiresReference(MapType)}.
     */
    public boolean acquiresReference() {
        return (traits & ACQ) != 0;
    }

    /** Whether a call with {@code map} as its map argument returns a new reference. */
    public boolean acquiresReference(MapType map) {
        if (acquiresReference()) {
            return true;
        }
        return this == MAP_LOOKUP_ELEM && (map == MapType.SOCKMAP || map == MapType.SOCKHASH);
    }

    /** Whether the helper releases the reference passed in {@link #releasedArg()}. */
    public boolean releasesReference() {
        return (traits & REL) != 0;
    }

    /** The index (0 = R1) of the argument whose reference is released, or -1. */
    public int releasedArg() {
        if (!releasesReference()) {
            return -1;
        }
        return this == KPTR_XCHG ? 1 : 0;
    }

    /** Whether the helper may change packet data, invalidating every packet pointer. */
    public boolean changesPacketData() {
        return (traits & PKT) != 0;
    }

    /** Whether the helper may sleep (only sleepable programs may call it). */
    public boolean mightSleep() {
        return (traits & SLEEP) != 0;
    }

    /**
     * Whether the helper may be given packet pointers, in the program types that have them (the
     * kernel's {@code pkt_access}); any other helper refuses a packet pointer in a typed argument
     * with "helper access to the packet is not allowed".
     */
    public boolean packetAccess() {
        return switch (this) {
            case MAP_LOOKUP_ELEM, MAP_UPDATE_ELEM, MAP_DELETE_ELEM, MAP_PUSH_ELEM, MAP_LOOKUP_PERCPU_ELEM, CSUM_DIFF,
                 SK_LOOKUP_TCP, SK_LOOKUP_UDP, SKC_LOOKUP_TCP, TCP_CHECK_SYNCOOKIE, TCP_GEN_SYNCOOKIE,
                 TCP_RAW_GEN_SYNCOOKIE_IPV4, TCP_RAW_GEN_SYNCOOKIE_IPV6, TCP_RAW_CHECK_SYNCOOKIE_IPV4,
                 TCP_RAW_CHECK_SYNCOOKIE_IPV6 -> true;
            default -> false;
        };
    }

    /**
     * Whether the helper writes the memory argument {@code index} (the kernel's {@code MEM_WRITE}):
     * every uninitialised-memory argument, the fixed-size integer results, and the few
     * initialised-memory arguments the helper fills in (route lookup parameters, header option
     * search buffers, string outputs). The verifier forgets what the program stored there.
     */
    public boolean writesArg(int index) {
        return switch (arg(index)) {
            case PTR_TO_UNINIT_MEM, PTR_TO_UNINIT_MAP_VALUE, PTR_TO_INT, PTR_TO_LONG -> true;
            case PTR_TO_MEM, PTR_TO_MEM_OR_NULL -> switch (this) {
                case FIB_LOOKUP, LOAD_HDR_OPT, READ_BRANCH_RECORDS, SNPRINTF -> true;
                default -> false;
            };
            default -> false;
        };
    }

    /**
     * The number of bytes a fixed-size memory argument must provide ({@link ArgType#PTR_TO_INT},
     * {@link ArgType#PTR_TO_LONG}, {@link ArgType#PTR_TO_FIXED_SIZE_MEM}), or 0 when the size
     * comes from another argument or does not apply.
     */
    public int fixedArgSize(int index) {
        return switch (arg(index)) {
            case PTR_TO_INT -> 4;
            case PTR_TO_LONG -> 8;
            case PTR_TO_FIXED_SIZE_MEM -> switch (this) {
                // struct iphdr = 20, struct ipv6hdr = 40, struct tcphdr = 20
                case TCP_RAW_GEN_SYNCOOKIE_IPV4 -> 20;
                case TCP_RAW_GEN_SYNCOOKIE_IPV6 -> 40;
                case TCP_RAW_CHECK_SYNCOOKIE_IPV4 -> 20;
                case TCP_RAW_CHECK_SYNCOOKIE_IPV6 -> index == 0 ? 40 : 20;
                default -> 0;
            };
            case PTR_TO_DYNPTR -> 16;
            default -> 0;
        };
    }

    /**
     * The prototype the verifier checks in programs of {@code type}: the default one except for the
     * few helpers whose prototype depends on the program type.
     */
    public HelperProto proto(ProgramType type) {
        HelperProto p = HelperProto.override(this, type);
        return p != null ? p : new HelperProto(this, ret, args);
    }

    private static final Helper[] BY_ID = values();
    private static final Map<String, Helper> BY_NAME = new HashMap<>();

    static {
        for (Helper h : BY_ID) {
            if (h.id != h.ordinal()) {
                throw new AssertionError("helper table out of order at " + h);
            }
            BY_NAME.put(h.shortName(), h);
        }
    }

    /** The helper with kernel id {@code id}, or null when bpfj does not know it. */
    public static Helper ofId(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }

    /**
     * The helper named {@code name}: {@code bpf_map_lookup_elem}, {@code map_lookup_elem},
     * {@code BPF_FUNC_map_lookup_elem} or {@code MAP_LOOKUP_ELEM}; null when unknown.
     */
    public static Helper ofName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("bpf_func_")) {
            n = n.substring("bpf_func_".length());
        } else if (n.startsWith("bpf_")) {
            n = n.substring("bpf_".length());
        }
        return BY_NAME.get(n);
    }

    /** The highest helper id this table knows. */
    public static int maxId() {
        return BY_ID.length - 1;
    }
}
