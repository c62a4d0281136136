package dev.bpfj.assembler;

import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnPrinter;
import dev.bpfj.testkit.InsnGen;
import java.util.List;
import java.util.SplittableRandom;

/** Random source lines for the agreement and fuzz tests: valid ones, respelled ones, broken ones. */
final class Lines {
    private Lines() {
    }

    private static final InsnPrinter PRINTER = InsnPrinter.llvm();
    private static final InsnGen ALL = InsnGen.all();
    private static final List<Corpus> CORPUS = Corpus.load();

    static final String[] EXTRA = {
        "", "   ", "# comment", "; comment", "// comment", "/* c */ exit", "label:", "label: r0 = 1", ".L1: exit",
        "0: (95) exit", "12: (bf) r1 = r2", "3: (85) call bpf_map_lookup_elem#1", "(18) r1 = 0x1234567890",
        "if r0 == 0x0 goto pc+0", "*(u32 *)(r10 -4) = 0", "r0 = *(u32 *)(r1 +60)", "call map_lookup_elem",
        "call bpf_sk_assign", "call foo", "goto out", "if r1 > 5 goto out", "r1 = redir_map ll", "r1 = 0xffffffff",
        "r0 = 4294967296", "w1 = 0xffffffff", "r11 = 1", "r10 = 1", "goto +32768", ".license \"GPL\"",
        ".map m type=sockmap key=4 value=8 entries=1", ".map o type=array_of_maps key=4 value=4 entries=1 inner=m",
        ".program p type=sk_lookup", ".program q type=cgroup_skb attach=ingress", ".func f", ".text",
        ".section sk_lookup,\"ax\",@progbits", ".globl steer", ".type steer,@function", ".p2align 3",
        ".size steer, .Lfunc_end0-steer", "call pc+3", "call kfunc 5, 1", "ld_pseudo r1, 2, 3, 4",
        "r0 = *(u16 *)skb[r1 + 4]", "r1 = le32 r1", "w1 = (s8)w2", "r0 = 0b101", "r0 = 010", "mov r0, 1",
        "r0 = load_acquire((u64 *)(r1 + 0))", "\t\tr0 = 1\t# tab", "R0 = 1", "r0=1", "exit;",
    };

    /** One line: valid printer output, a corpus form, an extra form, or one of those mutated. */
    static String random(SplittableRandom r) {
        String base = switch (r.nextInt(4)) {
            case 0, 1 -> {
                Insn i = ALL.generate(r, 30);
                yield PRINTER.print(i);
            }
            case 2 -> CORPUS.get(r.nextInt(CORPUS.size())).asm();
            default -> EXTRA[r.nextInt(EXTRA.length)];
        };
        int mutations = r.nextInt(4) == 0 ? 0 : r.nextInt(1, 4);
        for (int m = 0; m < mutations; m++) {
            base = mutate(base, r);
        }
        return base;
    }

    private static final String ALPHABET = " \t()*+-=<>&|^%/!#;:,.[]\"@\\0123456789xabrwslu_ABRWX\u00e9\u0000\u00a0";
    private static final String[] TOKENS = {"r1", "w2", "r10", "r11", "-", "+", "*", "(", ")", "=", "ll", "goto",
        "if", "call", "exit", "0x", "0xffffffffffffffffff", "-9223372036854775809", "18446744073709551616",
        "(u64 *)", "skb[", "]", "lock", "pc", "#1", "s>>=", ",", ":", ".map", ".program", "\"", "//", "/*",
        "atomic_fetch_add(", "xchg_64(", "cmpxchg_64(", "be16", "bswap64", "(s8)", "ld_pseudo", "kfunc", "2147483648",
        "32768", "-32769", "4294967295", "4294967296", "type=", "entries=", "inner="};

    static String mutate(String s, SplittableRandom r) {
        int at = s.isEmpty() ? 0 : r.nextInt(s.length() + 1);
        return switch (r.nextInt(6)) {
            case 0 -> s.isEmpty() ? s : s.substring(0, Math.min(at, s.length() - 1)) + s.substring(Math.min(at, s.length() - 1) + 1);
            case 1 -> s.substring(0, at) + ALPHABET.charAt(r.nextInt(ALPHABET.length())) + s.substring(at);
            case 2 -> s.substring(0, at) + TOKENS[r.nextInt(TOKENS.length)] + s.substring(at);
            case 3 -> s.substring(0, at);
            case 4 -> {
                if (s.isEmpty()) {
                    yield s;
                }
                char[] c = s.toCharArray();
                c[Math.min(at, c.length - 1)] = ALPHABET.charAt(r.nextInt(ALPHABET.length()));
                yield new String(c);
            }
            default -> s.replace(" ", r.nextBoolean() ? "" : "  ");
        };
    }
}
