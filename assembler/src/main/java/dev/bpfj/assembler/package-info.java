/**
 * bpfj's text assembler ({@link dev.bpfj.assembler.Assembler}) and disassembler
 * ({@link dev.bpfj.assembler.Disassembler}).
 *
 * <h2>Instructions</h2>
 * LLVM's BPF syntax, exactly as {@code llvm-objdump -d --mcpu=v4} prints it and {@code llvm-mc
 * -triple bpf} reads it: {@code r0 = 1}, {@code w1 += w2}, {@code r1 s>>= 3}, {@code r1 = -r1},
 * {@code r1 = be16 r1}, {@code r1 = bswap32 r1}, {@code r1 = (s8)r2}, {@code r1 s/= r2},
 * {@code r0 = *(u32 *)(r1 + 4)}, {@code r0 = *(s16 *)(r1 + 0)}, {@code *(u64 *)(r10 - 8) = r1},
 * {@code *(u32 *)(r10 - 4) = 5}, {@code if w1 s< -3 goto +1}, {@code goto +3}, {@code gotol +1},
 * {@code may_goto +1}, {@code call 1}, {@code callx r1}, {@code exit}, {@code r1 = 0x123456789 ll},
 * {@code lock *(u64 *)(r1 + 8) += r2}, {@code r2 = atomic_fetch_add((u64 *)(r1 + 0), r2)},
 * {@code r0 = cmpxchg_64(r1 + 0, r0, r2)}, {@code r2 = xchg_64(r1 + 0, r2)},
 * {@code r0 = *(u8 *)skb[5]}, {@code ld_pseudo r1, 1, 3}. Numbers are decimal, {@code 0x} hex,
 * {@code 0b} binary or (leading zero) octal. {@code #}, {@code ;} and {@code //} start comments;
 * {@code /* ... * /} comments may sit inside a line.
 *
 * <p>bpfj's extensions, for encodings LLVM cannot spell: {@code call pc+N} (a local call by
 * offset), {@code call kfunc ID[, IDX]}, {@code ld_pseudo rD, SRC, IMM, IMM2} (a second immediate),
 * {@code r0 = *(u16 *)skb[r1 + 4]} (an indirect legacy load with an offset).
 *
 * <p>Kernel verifier-log forms, so logs can be pasted: a leading {@code N:} index and an
 * {@code (bf)} opcode annotation are ignored (except that {@code (18)} makes {@code r1 = 0x5} a
 * 64-bit immediate load, as the log prints those without {@code ll}); {@code goto pc+3},
 * {@code (r10 -4)}, {@code call bpf_map_lookup_elem#1}; the log's {@code ; ...} annotations are
 * comments.
 *
 * <h2>Symbols</h2>
 * {@code name:} defines a label (labels are per program); {@code goto name} and
 * {@code if r1 > 5 goto name} jump to it. {@code call NAME} calls a local function or label of the
 * program (a bpf-to-bpf call) if there is one, else the kernel helper of that name, with or
 * without the {@code bpf_} prefix. {@code rN = MAP ll} loads a map declared with {@code .map}: the
 * instruction is a map-fd load with immediate 0 plus a {@link dev.bpfj.core.Relocation} naming the
 * map, resolved at load time.
 *
 * <h2>Directives</h2>
 * <pre>
 * .license "GPL"
 * .map redir_map type=sockmap key=4 value=8 entries=1 [flags=N]
 * .map outer type=array_of_maps key=4 value=4 entries=1 inner=redir_map
 * .program steer type=sk_lookup [attach=...] [section=...]
 *     ...instructions...
 * .func helper
 *     ...instructions of a local function of the program above...
 * </pre>
 * Map types are the kernel's names in lower case without the prefix ({@code hash},
 * {@code sockmap}, {@code reuseport_sockarray}, ...). Program types: {@code sk_lookup},
 * {@code sk_reuseport}, {@code sk_reuseport_migrate}, {@code sk_msg}, {@code sk_skb}
 * ({@code attach=stream_verdict|stream_parser|verdict}), {@code sock_ops}, {@code cgroup_skb}
 * ({@code attach=ingress|egress}), {@code socket_filter}, {@code sched_cls}, {@code xdp}, or any
 * other kernel program type name; the expected attach type follows libbpf's section convention.
 * The same {@code .map} may be declared again identically.
 *
 * <p>LLVM section style, as {@code clang -S -target bpf} writes it, works too: each function
 * symbol ({@code .type f,@function}) in a program section ({@code .section sk_lookup,"ax",@progbits})
 * is a program whose type comes from the section name; functions in {@code .text} are shared
 * subprograms, appended to each program that calls them; {@code .globl}, {@code .type},
 * {@code .size}, {@code .p2align}, {@code .file}, {@code .loc}, {@code .addrsig} and data
 * sections are accepted ({@code license}'s string becomes the license). Map definitions in
 * {@code .maps} are BTF data the text does not carry: declare such maps with {@code .map}.
 * A file of plain instructions is one program named {@code text}.
 *
 * <h2>Checks</h2>
 * Besides syntax, with every error reported as {@code file:line:col} with the source line and a
 * caret (all errors of a file, up to a limit): immediates of 64-bit operations must fit a signed
 * 32-bit field ({@code r1 = 0xffffffff} is refused: write {@code r1 = 0xffffffff ll}); 32-bit
 * operations accept -2^31..2^32-1; offsets must fit 16 bits; registers are r0..r10 and r10 is
 * never written; labels are defined once and exist; jumps stay inside the program and land on an
 * instruction; unknown helpers, maps, types and directives get the closest known name as a hint.
 * llvm-mc accepts several of these silently (it turns {@code r0 = 4294967296} into 0).
 *
 * <p>Where llvm-mc-19 and bpfj differ on purpose: bpfj accepts {@code (r10 + -4)} (llvm-mc wants
 * {@code (r10 - 4)}); {@code ;} starts a comment (llvm-mc treats it as a statement separator);
 * bpfj refuses {@code load_acquire}/{@code store_release}, which core's instruction model does not
 * have yet.
 *
 * <h2>Speed</h2>
 * The ANTLR grammar is the definition of the syntax; hand-written readers answer for the common
 * lines first and are held to agreement with it by tests: one reads plain instruction lines
 * straight from UTF-8 bytes to instruction slots, one reads the rest of the instruction forms
 * into the model; the grammar (and the ANTLR runtime) is used only for what they leave. A file of
 * nothing but plain instructions and comments (what a printer or a generator writes) is encoded
 * in parallel chunks without building the model ({@link dev.bpfj.assembler.Assembler#encode}), and
 * the disassembler prints without labels straight from the bytes, both through small reused
 * buffers: a million lines cost a few tens of megabytes, not hundreds.
 */
package dev.bpfj.assembler;
