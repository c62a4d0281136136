package dev.bpfj.elf.btf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The BTF encoder and parser, record by record. */
class BtfTest {
    static List<BtfType> everyKind() {
        return List.of(
                new BtfType.Int("int", 4, BtfType.INT_SIGNED, 0, 32),                                     // 1
                new BtfType.Ptr(1),                                                                       // 2
                new BtfType.Array(1, 1, 10),                                                              // 3
                new BtfType.Struct("pair", false, 8, false, List.of(new BtfType.Member("a", 1, 0),
                        new BtfType.Member("b", 1, 32))),                                                 // 4
                new BtfType.Struct("", true, 4, true, List.of(new BtfType.Member("bits", 1, 3 << 24))),   // 5
                new BtfType.Enum("color", false, 4, true, List.of(new BtfType.EnumValue("RED", -1),
                        new BtfType.EnumValue("GREEN", 2))),                                              // 6
                new BtfType.Enum("big", true, 8, false, List.of(new BtfType.EnumValue("HUGE", 1L << 40))), // 7
                new BtfType.Fwd("later", true),                                                           // 8
                new BtfType.Modifier(BtfType.KIND_TYPEDEF, "u32", 1),                                     // 9
                new BtfType.Modifier(BtfType.KIND_CONST, "", 9),                                          // 10
                new BtfType.Modifier(BtfType.KIND_VOLATILE, "", 10),                                      // 11
                new BtfType.Modifier(BtfType.KIND_RESTRICT, "", 2),                                       // 12
                new BtfType.Modifier(BtfType.KIND_TYPE_TAG, "user", 1),                                   // 13
                new BtfType.FuncProto(1, List.of(new BtfType.Param("x", 1), new BtfType.Param("", 0))),   // 14
                new BtfType.Func("f", 14, BtfType.LINKAGE_GLOBAL),                                        // 15
                new BtfType.Var("v", 4, BtfType.LINKAGE_GLOBAL),                                          // 16
                new BtfType.DataSec(".data", 8, List.of(new BtfType.VarSecInfo(16, 0, 8))),               // 17
                new BtfType.Float("double", 8),                                                           // 18
                new BtfType.DeclTag("tag", 15, -1));                                                      // 19
    }

    @Test
    void everyKindRoundTrips() throws Exception {
        Btf.Builder b = new Btf.Builder();
        everyKind().forEach(b::add);
        Btf parsed = Btf.parse(b.encode());
        assertEquals(everyKind(), parsed.types());
        assertEquals(BtfType.KIND_STRUCT, parsed.type(4).kind());
        assertEquals("STRUCT", parsed.type(4).kindName());
        assertEquals(4, parsed.find(BtfType.KIND_STRUCT, "pair"));
    }

    @Test
    void sizesFollowModifiersArraysAndVariables() throws Exception {
        Btf.Builder b = new Btf.Builder();
        everyKind().forEach(b::add);
        Btf btf = Btf.parse(b.encode());
        assertEquals(4, btf.sizeOf(1));
        assertEquals(8, btf.sizeOf(2));
        assertEquals(40, btf.sizeOf(3));
        assertEquals(8, btf.sizeOf(4));
        assertEquals(4, btf.sizeOf(11), "volatile const u32");
        assertEquals(8, btf.sizeOf(16), "a variable has its type's size");
        assertEquals(-1, btf.sizeOf(14), "a prototype has no size");
        assertEquals(-1, btf.sizeOf(0), "void has no size");
        assertEquals(1, btf.skipModifiers(11));
    }

    @Test
    void loopsAndOverflowsDoNotHang() throws Exception {
        Btf.Builder b = new Btf.Builder();
        b.add(new BtfType.Modifier(BtfType.KIND_TYPEDEF, "a", 2));
        b.add(new BtfType.Modifier(BtfType.KIND_TYPEDEF, "b", 1));
        b.add(new BtfType.Array(3, 3, 2));
        b.add(new BtfType.Int("int", 4, 0, 0, 32));
        b.add(new BtfType.Array(4, 4, -1));
        Btf btf = Btf.parse(b.encode());
        assertEquals(-1, btf.skipModifiers(1));
        assertEquals(-1, btf.sizeOf(1));
        assertEquals(-1, btf.sizeOf(3), "an array of itself");
        assertEquals(-1, btf.sizeOf(5), "4 x 0xffffffff overflows u32");
    }

    @Test
    void stringsAreSharedAndNulTerminated() throws Exception {
        Btf.Builder b = new Btf.Builder();
        int off = b.string("hello");
        assertEquals(off, b.string("hello"));
        b.add(new BtfType.Int("hello", 4, 0, 0, 32));
        Btf btf = Btf.parse(b.encode());
        assertEquals("hello", btf.string(off));
        assertEquals("", btf.string(0));
        assertEquals(null, btf.string(1 << 20));
        assertThrows(IllegalArgumentException.class, () -> b.string("a\0b"));
    }

    @Test
    void malformedBlobsAreRefusedWithOffsets() {
        Btf.Builder b = new Btf.Builder();
        b.add(new BtfType.Ptr(7));
        byte[] blob = b.encode();
        BtfFormatException e = assertThrows(BtfFormatException.class, () -> Btf.parse(blob));
        assertTrue(e.problem().contains("refers to type id 7"), e.getMessage());

        byte[] shortBlob = new byte[10];
        e = assertThrows(BtfFormatException.class, () -> Btf.parse(shortBlob));
        assertTrue(e.problem().contains("header truncated"), e.getMessage());

        Btf.Builder ok = new Btf.Builder();
        ok.add(new BtfType.Int("int", 4, 0, 0, 32));
        byte[] badKind = ok.encode();
        badKind[24 + 7] = 31; // kind 31
        e = assertThrows(BtfFormatException.class, () -> Btf.parse(badKind));
        assertEquals("unknown BTF kind 31", e.problem());
        assertEquals(24, e.offset());
    }

    @Test
    void btfExtRoundTrips() throws Exception {
        Btf.Builder b = new Btf.Builder();
        b.add(new BtfType.Int("int", 4, 0, 0, 32));
        int file = b.string("prog.s");
        int line = b.string("r0 = 1");
        BtfExt ext = new BtfExt(
                List.of(new BtfExt.Sec<>("sk_lookup", List.of(new BtfExt.FuncInfo(0, 1), new BtfExt.FuncInfo(16, 1)))),
                List.of(new BtfExt.Sec<>("sk_lookup", List.of(BtfExt.LineInfo.of(0, file, line, 12, 3),
                        BtfExt.LineInfo.of(8, file, line, 1 << 23, 5000)))),
                List.of());
        byte[] bytes = ext.encode(b);
        Btf btf = Btf.parse(b.encode());
        BtfExt back = BtfExt.parse(bytes, btf);
        assertEquals(ext, back);
        BtfExt.LineInfo clamped = back.lineInfo().get(0).records().get(1);
        assertEquals(BtfExt.LineInfo.MAX_LINE, clamped.line());
        assertEquals(BtfExt.LineInfo.MAX_COLUMN, clamped.column());
        assertEquals(0, back.coreReloCount());
    }
}
