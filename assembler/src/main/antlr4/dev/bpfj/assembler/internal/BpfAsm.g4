/*
 * bpfj assembly, one source line at a time: the definition of the syntax.
 *
 * LLVM's BPF syntax (what llvm-objdump -d prints and llvm-mc reads), the kernel verifier log's
 * forms (a leading "N:" index, an "(op)" opcode annotation, "goto pc+N", "call name#id"), bpfj's
 * extensions for encodings LLVM cannot spell ("call pc+N", "call kfunc ID", "ld_pseudo" with a
 * second immediate, "skb[rS + IMM]"), symbols (labels, helpers, local functions, maps) and the
 * directives of bpfj (.license .map .program .func) and of LLVM (.text .section and the ones
 * clang -S writes). The hand-written fast path in FastLineParser must agree with this grammar.
 */
grammar BpfAsm;

line
    : lineIndex? OPCODE_HINT? labelDef* statement? EOF
    ;

lineIndex
    : INT ':'
    ;

labelDef
    : symbol ':'
    ;

statement
    : instruction
    | directive
    ;

instruction
    : dst=REG '=' imm LL                                                    # ldImm64
    | dst=REG '=' symbol LL                                                 # ldMap
    | LD_PSEUDO dst=REG ',' imm ',' imm (',' imm)?                          # ldPseudo
    | dst=REG '=' '-' src=REG                                               # neg
    | dst=REG '=' ENDIAN src=REG                                            # endian
    | dst=REG '=' '(' STYPE ')' src=REG                                     # movsx
    | dst=REG '=' '*' '(' memType '*' ')' SKB '[' skbAddr ']'               # ldPacket
    | dst=REG '=' '*' '(' memType '*' ')' mem                               # load
    | '*' '(' memType '*' ')' mem '=' operand                               # store
    | dst=REG aluOp operand                                                 # alu
    | LOCK '*' '(' memType '*' ')' mem lockOp src=REG                       # atomicOp
    | dst=REG '=' ATOMIC_FETCH '(' '(' memType '*' ')' mem ',' src=REG ')'  # atomicFetch
    | dst=REG '=' XCHG '(' memBare ',' src=REG ')'                          # xchg
    | dst=REG '=' CMPXCHG '(' memBare ',' old=REG ',' src=REG ')'           # cmpxchg
    | IF dst=REG cmpOp operand GOTO target                                  # jump
    | GOTO target                                                           # ja
    | GOTOL target                                                          # jaLong
    | MAY_GOTO target                                                       # mayGoto
    | CALL callee                                                           # call
    | CALLX REG                                                             # callx
    | EXIT                                                                  # exit
    ;

operand
    : REG
    | imm
    ;

imm
    : sign=('-' | '+')? number
    ;

number
    : INT
    | HEX
    | BIN
    ;

memType
    : UTYPE
    | STYPE
    ;

// "(r1 + 4)", "(r10 - 8)", the verifier log's "(r10 -8)", and "(r1 + -8)".
mem
    : '(' memBare ')'
    ;

memBare
    : REG (sign=('+' | '-') imm)?
    ;

skbAddr
    : imm
    | REG (sign=('+' | '-') imm)?
    ;

target
    : PC? imm
    | symbol
    ;

callee
    : imm                       # callImm
    | PC imm                    # callPc
    | KFUNC imm (',' imm)?      # callKfunc
    | HELPER_REF                # callHelperRef
    | symbol                    # callSymbol
    ;

aluOp
    : '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '|=' | '&=' | '^=' | '<<=' | '>>=' | 's>>='
    | 's/=' | 's%='
    ;

lockOp
    : '+=' | '|=' | '&=' | '^='
    ;

cmpOp
    : '==' | '!=' | '>' | '>=' | '<' | '<=' | 's>' | 's>=' | 's<' | 's<=' | '&'
    ;

directive
    : LICENSE_D STRING                          # licenseDir
    | MAP_D symbol property*                    # mapDir
    | PROGRAM_D symbol property*                # programDir
    | FUNC_D symbol                             # funcDir
    | SECTION_D sectionName (',' dirArg*)?      # sectionDir
    | TEXT_D                                    # textDir
    | DOTIDENT dirArg*                          # otherDir
    ;

property
    : key=symbol '=' propValue
    ;

propValue
    : STRING
    | imm
    | word ('/' word)*
    ;

sectionName
    : STRING
    | word ('/' word)*
    ;

word
    : symbol
    | REG
    ;

dirArg
    : .
    ;

symbol
    : IDENT
    | DOTIDENT
    ;

// ---- Tokens -----------------------------------------------------------------------------------

LICENSE_D : '.license' ;
MAP_D     : '.map' ;
PROGRAM_D : '.program' ;
FUNC_D    : '.func' ;
SECTION_D : '.section' ;
TEXT_D    : '.text' ;

IF        : 'if' ;
GOTO      : 'goto' ;
GOTOL     : 'gotol' ;
MAY_GOTO  : 'may_goto' ;
CALL      : 'call' ;
CALLX     : 'callx' ;
EXIT      : 'exit' ;
LL        : 'll' ;
LOCK      : 'lock' ;
SKB       : 'skb' ;
PC        : 'pc' ;
KFUNC     : 'kfunc' ;
LD_PSEUDO : 'ld_pseudo' ;
ATOMIC_FETCH : 'atomic_fetch_' ('add' | 'and' | 'or' | 'xor') ;
XCHG      : 'xchg_64' | 'xchg32_32' ;
CMPXCHG   : 'cmpxchg_64' | 'cmpxchg32_32' ;
ENDIAN    : ('be' | 'le' | 'bswap') ('16' | '32' | '64') ;
UTYPE     : 'u8' | 'u16' | 'u32' | 'u64' ;
STYPE     : 's8' | 's16' | 's32' ;

// A register of any number: r11 and up are refused with a message, not a syntax error.
REG       : [rRwW] [0-9]+ ;

// The verifier log's opcode annotation, "(bf)".
OPCODE_HINT : '(' HEXDIGIT HEXDIGIT ')' ;

// The verifier log's helper call, "bpf_map_lookup_elem#1".
HELPER_REF : [a-zA-Z_] [a-zA-Z0-9_]* '#' [0-9]+ ;

HEX       : '0' [xX] HEXDIGIT+ ;
BIN       : '0' [bB] [01]+ ;
INT       : [0-9]+ ;

IDENT     : [a-zA-Z_$] [a-zA-Z0-9_$]* ;
DOTIDENT  : '.' [a-zA-Z_$.] [a-zA-Z0-9_$.]* ;
STRING    : '"' (~["\\\r\n] | '\\' .)* '"' ;

ARSH_ASSIGN : 's>>=' ;
SDIV_ASSIGN : 's/=' ;
SMOD_ASSIGN : 's%=' ;
SGE       : 's>=' ;
SLE       : 's<=' ;
SGT       : 's>' ;
SLT       : 's<' ;
LSH_ASSIGN : '<<=' ;
RSH_ASSIGN : '>>=' ;
ADD_ASSIGN : '+=' ;
SUB_ASSIGN : '-=' ;
MUL_ASSIGN : '*=' ;
DIV_ASSIGN : '/=' ;
MOD_ASSIGN : '%=' ;
OR_ASSIGN  : '|=' ;
AND_ASSIGN : '&=' ;
XOR_ASSIGN : '^=' ;
EQ        : '==' ;
NE        : '!=' ;
GE        : '>=' ;
LE        : '<=' ;
GT        : '>' ;
LT        : '<' ;
ASSIGN    : '=' ;
AMP       : '&' ;
PLUS      : '+' ;
MINUS     : '-' ;
STAR      : '*' ;
SLASH     : '/' ;
LPAREN    : '(' ;
RPAREN    : ')' ;
LBRACK    : '[' ;
RBRACK    : ']' ;
COMMA     : ',' ;
COLON     : ':' ;

// '#', ';' and '//' start comments; the verifier log's source annotations begin with ';'.
LINE_COMMENT  : ('#' | ';' | '//') ~[\r\n]* -> skip ;
BLOCK_COMMENT : '/*' .*? '*/' -> skip ;
WS        : [ \t\r\n\f\u000B]+ -> skip ;

// Anything else: allowed only inside directives this assembler ignores.
OTHER     : . ;

fragment HEXDIGIT : [0-9a-fA-F] ;
