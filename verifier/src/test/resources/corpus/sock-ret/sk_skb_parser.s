.program sk_skb_parser_ret_0 type=sk_skb attach=stream_parser
    r0 = 0
    exit

.program sk_skb_parser_ret_1 type=sk_skb attach=stream_parser
    r0 = 1
    exit

.program sk_skb_parser_ret_2 type=sk_skb attach=stream_parser
    r0 = 2
    exit

.program sk_skb_parser_ret_3 type=sk_skb attach=stream_parser
    r0 = 3
    exit

.program sk_skb_parser_ret_neg1 type=sk_skb attach=stream_parser
    r0 = -1
    exit

.program sk_skb_parser_ret_unknown type=sk_skb attach=stream_parser
    call bpf_get_prandom_u32
    exit

.program sk_skb_parser_ret_masked1 type=sk_skb attach=stream_parser
    call bpf_get_prandom_u32
    r0 &= 1
    exit

.program sk_skb_parser_ret_ctx_ptr type=sk_skb attach=stream_parser
    r0 = r1
    exit

.program sk_skb_parser_ret_w0_2 type=sk_skb attach=stream_parser
    w0 = 2
    exit

.program sk_skb_parser_ret_uninit type=sk_skb attach=stream_parser
    exit
