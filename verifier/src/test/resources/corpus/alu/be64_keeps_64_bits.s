# be64 of 5 is 5 << 56: all 64 bits are kept (the exit value check reports it).
.license "GPL"
.program p type=sk_lookup
	r7 = 5
	r7 = be64 r7
	r0 = r7
	exit
