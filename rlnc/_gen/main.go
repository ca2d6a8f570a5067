// Command _gen writes the amd64 assembly kernels of package
// github.com/weftnet/weft/rlnc/internal/gf with avo:
//
//	cd rlnc/_gen && go run . -out ../internal/gf
//
// It writes gf_amd64.s and its Go declarations gf_amd64.go (build tag !noasm).
// The output depends only on this program, so regenerating is a no-op unless the
// generator changed; `make check-generate` relies on that.
//
// Three instruction sets, one loop shape. Every fused kernel computes, for m output
// rows at once,
//
//	out[r][off:off+w] (^)= Σ_i coeffs[r*k+i] * in[i][off:off+w]
//
// walking the output in blocks of u vectors (then u/2, u/4, ... 1, then a masked
// tail with AVX-512): the block's m*u accumulators stay in registers while every
// input's block is loaded once and multiplied into all m rows. A coefficient becomes
// a multiplier by a table lookup inside the kernel (the broadcast GFNI matrix for c,
// or the two PSHUFB nibble tables), once per input per block; GFNI kernels keep all
// m rows' matrices in registers. The k→1 kernels skip zero coefficients.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/mmcloughlin/avo/attr"
	"github.com/mmcloughlin/avo/build"
	"github.com/mmcloughlin/avo/ir"
	. "github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/pass"
	"github.com/mmcloughlin/avo/printer"
	. "github.com/mmcloughlin/avo/reg"
)

// Maximum rows per Matrix kernel call, per instruction set. Go loops over row blocks.
const (
	maxRowsGFNI512 = 8
	maxRowsGFNI256 = 4
	maxRowsAVX2    = 4
)

func main() {
	// avo's build package registers its own flags on flag.CommandLine.
	fs := flag.NewFlagSet("gen", flag.ExitOnError)
	out := fs.String("out", ".", "directory of package gf")
	_ = fs.Parse(os.Args[1:])

	c := build.NewContext()
	c.ConstraintExpr("!noasm")

	for _, a := range []*isa{gfni512(), gfni256(), avx2()} {
		genMul(c, a, false)
		genMul(c, a, true)
		genFused(c, a, 1, true)
		for m := 2; m <= a.maxRows; m++ {
			genFused(c, a, m, false)
		}
	}

	f, err := c.Result()
	if err != nil {
		log.Fatal(err)
	}
	if err := checkVEX(f); err != nil {
		log.Fatal(err)
	}
	cfg := printer.Config{Name: "rlnc/_gen (make generate)", Pkg: "gf"}
	write := func(name string, p printer.Printer) {
		b, err := p.Print(f)
		if err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(*out, name), b, 0o644); err != nil {
			log.Fatal(err)
		}
	}
	// The passes (register allocation, frame layout) must run before printing.
	if err := pass.Compile.Execute(f); err != nil {
		log.Fatal(err)
	}
	write("gf_amd64.s", printer.NewGoAsm(cfg))
	write("gf_amd64.go", printer.NewStubs(cfg))
}

// checkVEX refuses register numbers 16-31 in the functions that must run on CPUs
// without AVX-512 (they only exist in EVEX encodings).
func checkVEX(f *ir.File) error {
	high := regexp.MustCompile(`^(Z[0-9]+|[XY](1[6-9]|2[0-9]|3[01]))$`)
	for _, fn := range f.Functions() {
		if strings.Contains(fn.Name, "GFNI512") {
			continue
		}
		for _, in := range fn.Instructions() {
			for _, op := range in.Operands {
				if high.MatchString(op.Asm()) {
					return fmt.Errorf("%s: %s uses %s, which needs EVEX", fn.Name, in.Opcode, op.Asm())
				}
			}
		}
	}
	return nil
}

// isa describes how one instruction set multiplies a vector by a coefficient.
type isa struct {
	name    string // suffix of the function names
	vec     int    // vector bytes
	masked  bool   // tails under an opmask inside the kernel (AVX-512BW)
	maxRows int
	tabType string // Go type of the per-coefficient table the fused kernels index
	mulArg  string // Go type of the single coefficient's table for mul/mulAdd
	// Unroll (vectors per row per block) for the fused kernel with m rows.
	unroll func(m int) int
	// Physical vector registers, with the kernel-wide reserved ones taken out.
	regs []VecPhysical
}

func gfni512() *isa {
	return &isa{
		name: "GFNI512", vec: 64, masked: true, maxRows: maxRowsGFNI512,
		tabType: "*[256]uint64", mulArg: "*uint64",
		unroll: func(m int) int {
			if m == 1 {
				return 16
			}
			return gfniRowsUnroll(32, m)
		},
		regs: []VecPhysical{Z0, Z1, Z2, Z3, Z4, Z5, Z6, Z7, Z8, Z9, Z10, Z11, Z12, Z13, Z14, Z15,
			Z16, Z17, Z18, Z19, Z20, Z21, Z22, Z23, Z24, Z25, Z26, Z27, Z28, Z29, Z30, Z31},
	}
}

// gfniRowsUnroll is the unroll of a GFNI kernel with m > 1 rows, which keeps all m
// broadcast matrices in registers beside the m*u accumulators, two input vectors
// and two temporaries.
func gfniRowsUnroll(nregs, m int) int { return (nregs - 4 - m) / m }

func gfni256() *isa {
	return &isa{
		name: "GFNI256", vec: 32, maxRows: maxRowsGFNI256,
		tabType: "*[256]uint64", mulArg: "*uint64",
		unroll: func(m int) int {
			if m == 1 {
				return 8
			}
			return gfniRowsUnroll(16, m)
		},
		regs: []VecPhysical{Y0, Y1, Y2, Y3, Y4, Y5, Y6, Y7, Y8, Y9, Y10, Y11, Y12, Y13, Y14, Y15},
	}
}

func avx2() *isa {
	return &isa{
		name: "AVX2", vec: 32, maxRows: maxRowsAVX2,
		tabType: "*[256][32]byte", mulArg: "*[32]byte",
		unroll: func(m int) int {
			switch m {
			case 1:
				return 8
			case 2:
				return 3
			}
			return 2
		},
		regs: []VecPhysical{Y0, Y1, Y2, Y3, Y4, Y5, Y6, Y7, Y8, Y9, Y10, Y11, Y12, Y13, Y14, Y15},
	}
}

func (a *isa) gfni() bool { return a.name != "AVX2" }

// regPool hands out physical vector registers in order; the generator chooses them
// explicitly so that VEX kernels never touch registers 16-31 and the output is stable.
type regPool struct {
	regs []VecPhysical
	next int
}

func (p *regPool) get() VecPhysical {
	if p.next == len(p.regs) {
		log.Fatal("out of vector registers")
	}
	r := p.regs[p.next]
	p.next++
	return r
}

// mulop emits the per-coefficient work of one instruction set.
type mulop struct {
	c    *build.Context
	a    *isa
	mask VecPhysical // AVX2: 0x0f in every byte
	// Coefficient tables, loaded by loadCoef.
	mat    VecPhysical // GFNI: the broadcast matrix
	lo, hi VecPhysical // AVX2: the nibble tables
	tmp    []VecPhysical
}

func newMulop(c *build.Context, a *isa, p *regPool) *mulop {
	o := &mulop{c: c, a: a}
	if a.gfni() {
		o.mat = p.get()
		o.tmp = []VecPhysical{p.get(), p.get()}
	} else {
		o.mask = p.get()
		o.lo, o.hi = p.get(), p.get()
		o.tmp = []VecPhysical{p.get()}
	}
	return o
}

// setup emits what the kernel needs once (the nibble mask).
func (o *mulop) setup() {
	if o.a.gfni() {
		return
	}
	t := o.c.GP64()
	o.c.MOVQ(U64(0x0f0f0f0f0f0f0f0f), t)
	x := o.mask.AsX()
	o.c.MOVQ(t, x)
	o.c.VPBROADCASTQ(x, o.mask)
}

// loadCoef loads the multiplier tables for the coefficient whose table starts at m.
func (o *mulop) loadCoef(m Mem) {
	if o.a.gfni() {
		o.c.VPBROADCASTQ(m, o.mat)
		return
	}
	o.c.VBROADCASTI128(m, o.lo)
	o.c.VBROADCASTI128(m.Offset(16), o.hi)
}

// split prepares an input vector x for several products: for AVX2 it returns the
// low and high nibble index vectors (x itself becomes the low one).
func (o *mulop) split(x, hiDst VecPhysical) {
	if o.a.gfni() {
		return
	}
	o.c.VPSRLQ(U8(4), x, hiDst)
	o.c.VPAND(o.mask, x, x)
	o.c.VPAND(o.mask, hiDst, hiDst)
}

// mulInto emits acc ^= coef*x (or acc = coef*x with set), x prepared by split;
// xh is the high-nibble vector for AVX2. t picks a temporary.
func (o *mulop) mulInto(acc, x, xh VecPhysical, t int, set bool) {
	c := o.c
	tmp := o.tmp[t%len(o.tmp)]
	switch o.a.name {
	case "GFNI512":
		if set {
			c.VGF2P8AFFINEQB(U8(0), o.mat, x, acc)
			return
		}
		c.VGF2P8AFFINEQB(U8(0), o.mat, x, tmp)
		c.VPXORQ(tmp, acc, acc)
	case "GFNI256":
		if set {
			c.VGF2P8AFFINEQB(U8(0), o.mat, x, acc)
			return
		}
		c.VGF2P8AFFINEQB(U8(0), o.mat, x, tmp)
		c.VPXOR(tmp, acc, acc)
	default:
		if set {
			c.VPSHUFB(x, o.lo, acc)
			c.VPSHUFB(xh, o.hi, tmp)
			c.VPXOR(tmp, acc, acc)
			return
		}
		c.VPSHUFB(x, o.lo, tmp)
		c.VPXOR(tmp, acc, acc)
		c.VPSHUFB(xh, o.hi, tmp)
		c.VPXOR(tmp, acc, acc)
	}
}

func (o *mulop) load(m Mem, dst VecPhysical, k Register) {
	if o.a.vec == 64 {
		if k != nil {
			o.c.VMOVDQU8_Z(m, k, dst)
			return
		}
		o.c.VMOVDQU64(m, dst)
		return
	}
	o.c.VMOVDQU(m, dst)
}

func (o *mulop) store(src VecPhysical, m Mem, k Register) {
	if o.a.vec == 64 {
		if k != nil {
			o.c.VMOVDQU8(src, k, m)
			return
		}
		o.c.VMOVDQU64(src, m)
		return
	}
	o.c.VMOVDQU(src, m)
}

// zero clears r.
func (o *mulop) zero(r VecPhysical) {
	if o.a.vec == 64 {
		o.c.VPXORQ(r, r, r)
		return
	}
	o.c.VPXOR(r, r, r)
}

// tailMask sets k to the low rem bits (0 < rem < 64).
func tailMask(c *build.Context, rem Register, k Register) {
	t := c.GP64()
	c.MOVQ(I64(-1), t)
	c.BZHIQ(rem, t, t)
	c.KMOVQ(t, k)
}

// genMul writes mul<ISA>(tab, in, out []byte) or mulAdd<ISA>: out[:n] (^)= c*in[:n]
// for n = len(in) (AVX-512, tail under a mask) or len(in) rounded down to 32 bytes.
func genMul(c *build.Context, a *isa, add bool) {
	name := "mul" + a.name
	op := "="
	if add {
		name = "mulAdd" + a.name
		op = "^="
	}
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr(fmt.Sprintf("func(tab %s, in []byte, out []byte)", a.mulArg))
	tail := "len(in) rounded down to a multiple of 32"
	if a.masked {
		tail = "len(in)"
	}
	c.Doc(fmt.Sprintf("%s sets out[i] %s c*in[i] for i < %s; tab is c's table.", name, op, tail))
	c.Pragma("noescape")

	p := &regPool{regs: a.regs}
	o := newMulop(c, a, p)
	const u = 8
	var xs, xh, accs [4]VecPhysical
	for i := range xs {
		xs[i] = p.get()
		accs[i] = p.get()
		if !a.gfni() {
			xh[i] = p.get()
		}
	}

	tab := c.Load(c.Param("tab"), c.GP64())
	in := c.Load(c.Param("in").Base(), c.GP64())
	out := c.Load(c.Param("out").Base(), c.GP64())
	n := c.Load(c.Param("in").Len(), c.GP64())
	off := c.GP64()
	c.XORQ(off, off)
	o.setup()
	o.loadCoef(Mem{Base: tab})

	body := func(nv int, k Register) {
		for i := 0; i < nv; i++ {
			x, h := xs[i%len(xs)], xh[i%len(xh)]
			m := Mem{Base: in, Index: off, Scale: 1, Disp: i * a.vec}
			o.load(m, x, k)
			o.split(x, h)
			dst := Mem{Base: out, Index: off, Scale: 1, Disp: i * a.vec}
			acc := accs[i%len(accs)]
			if add {
				o.load(dst, acc, k)
				o.mulInto(acc, x, h, 0, false)
			} else {
				o.mulInto(acc, x, h, 0, true)
			}
			o.store(acc, dst, k)
		}
	}

	rem := c.GP64()
	c.Label("block")
	c.MOVQ(n, rem)
	c.SUBQ(off, rem)
	c.CMPQ(rem, U32(u*a.vec))
	c.JB(LabelRef("single"))
	body(u, nil)
	c.ADDQ(U32(u*a.vec), off)
	c.JMP(LabelRef("block"))

	c.Label("single")
	c.CMPQ(rem, U32(a.vec))
	c.JB(LabelRef("tail"))
	body(1, nil)
	c.ADDQ(U32(a.vec), off)
	c.SUBQ(U32(a.vec), rem)
	c.JMP(LabelRef("single"))

	c.Label("tail")
	if a.masked {
		c.TESTQ(rem, rem)
		c.JZ(LabelRef("done"))
		tailMask(c, rem, K1)
		body(1, K1)
	}
	c.Label("done")
	c.VZEROUPPER()
	c.RET()
}

// genFused writes the k→m kernel for m rows (the k→1 Dot kernel when dot is set):
//
//	dot<ISA>(coeffs []byte, tab, in [][]byte, out []byte, add bool)
//	matrix<ISA>x<m>(coeffs []byte, tab, in [][]byte, out [][]byte, n int, add bool)
//
// Row r's coefficient for input i is coeffs[r*len(in)+i]; len(in) must be at least 1.
func genFused(c *build.Context, a *isa, m int, dot bool) {
	u := a.unroll(m)
	var name, sig string
	if dot {
		name = "dot" + a.name
		sig = fmt.Sprintf("func(coeffs []byte, tab %s, in [][]byte, out []byte, add bool)", a.tabType)
	} else {
		name = fmt.Sprintf("matrix%sx%d", a.name, m)
		sig = fmt.Sprintf("func(coeffs []byte, tab %s, in [][]byte, out [][]byte, n int, add bool)", a.tabType)
	}
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr(sig)
	span := "n"
	if dot {
		span = "len(out)"
	}
	if !a.masked {
		span += " rounded down to a multiple of 32"
	}
	if dot {
		c.Doc(fmt.Sprintf("%s sets out (or xors into it, with add) Σ_i coeffs[i]*in[i] over the first %s bytes.", name, span))
	} else {
		c.Doc(fmt.Sprintf("%s sets out[r] (or xors into it, with add) Σ_i coeffs[r*len(in)+i]*in[i] for r < %d, over the first %s bytes.", name, m, span))
	}
	c.Pragma("noescape")

	p := &regPool{regs: a.regs}
	o := newMulop(c, a, p)
	acc := make([][]VecPhysical, m)
	for r := range acc {
		acc[r] = make([]VecPhysical, u)
		for j := range acc[r] {
			acc[r][j] = p.get()
		}
	}
	// Input vectors: with one row, or with GFNI where every row's matrix stays in a
	// register, each is consumed at once; with AVX2 they are shared by all rows.
	nx := u
	if m == 1 || a.gfni() {
		nx = min(u, 2)
	}
	var mats []VecPhysical
	if m > 1 && a.gfni() {
		mats = append(mats, o.mat)
		for len(mats) < m {
			mats = append(mats, p.get())
		}
	}
	xs := make([]VecPhysical, nx)
	xh := make([]VecPhysical, nx)
	for i := range xs {
		xs[i] = p.get()
		if !a.gfni() {
			xh[i] = p.get()
		}
	}

	coeffs := c.Load(c.Param("coeffs").Base(), c.GP64())
	tab := c.Load(c.Param("tab"), c.GP64())
	in := c.Load(c.Param("in").Base(), c.GP64())
	k := c.Load(c.Param("in").Len(), c.GP64())
	outp := c.Load(c.Param("out").Base(), c.GP64())
	nParam := c.Param("n")
	if dot {
		nParam = c.Param("out").Len()
	}
	addBasic, err := c.Param("add").Resolve()
	if err != nil {
		log.Fatal(err)
	}
	o.setup()
	off := c.GP64()
	c.XORQ(off, off)

	// remaining sets rem = n - off (n is re-read from the frame to spare a register).
	remaining := func() Register {
		rem := c.GP64()
		c.Load(nParam, rem)
		c.SUBQ(off, rem)
		return rem
	}

	rowMem := func(j int, ptr Register) Mem {
		return Mem{Base: ptr, Index: off, Scale: 1, Disp: j * a.vec}
	}
	rowPtr := func(r int) Register {
		if dot {
			return outp
		}
		ptr := c.GP64()
		c.MOVQ(Mem{Base: outp, Disp: 24 * r}, ptr)
		return ptr
	}

	shift := 3
	if !a.gfni() {
		shift = 5
	}

	block := func(label string, nv int, kmask Register) {
		hdr := c.GP64()
		cp := c.GP64()
		cnt := c.GP64()
		c.MOVQ(in, hdr)
		c.MOVQ(coeffs, cp)
		c.MOVQ(k, cnt)

		// One input: load its block, then multiply it into every row. With one row,
		// an input whose coefficient is zero is skipped (sparse rows in decoding).
		oneInput := func() {
			ptr := c.GP64()
			coef := c.GP64()
			if m == 1 {
				c.MOVBQZX(Mem{Base: cp}, coef)
				c.TESTQ(coef, coef)
				c.JZ(LabelRef(label + "_next"))
				c.MOVQ(Mem{Base: hdr}, ptr)
				c.SHLQ(U8(shift), coef)
				o.loadCoef(Mem{Base: tab, Index: coef, Scale: 1})
				for j := 0; j < nv; j++ {
					x, h := xs[j%nx], xh[j%nx]
					o.load(Mem{Base: ptr, Index: off, Scale: 1, Disp: j * a.vec}, x, kmask)
					o.split(x, h)
					o.mulInto(acc[0][j], x, h, j, false)
				}
				return
			}
			c.MOVQ(Mem{Base: hdr}, ptr)
			if mats != nil {
				// GFNI: broadcast every row's matrix, then stream the input once.
				rowc := c.GP64()
				c.MOVQ(cp, rowc)
				for r := 0; r < m; r++ {
					c.MOVBQZX(Mem{Base: rowc}, coef)
					if r < m-1 {
						c.ADDQ(k, rowc)
					}
					c.VPBROADCASTQ(Mem{Base: tab, Index: coef, Scale: 8}, mats[r])
				}
				for j := 0; j < nv; j++ {
					x := xs[j%nx]
					o.load(Mem{Base: ptr, Index: off, Scale: 1, Disp: j * a.vec}, x, kmask)
					for r := 0; r < m; r++ {
						o.mat = mats[r]
						o.mulInto(acc[r][j], x, nil, r*nv+j, false)
					}
				}
				o.mat = mats[0]
				return
			}
			for j := 0; j < nv; j++ {
				o.load(Mem{Base: ptr, Index: off, Scale: 1, Disp: j * a.vec}, xs[j], kmask)
				o.split(xs[j], xh[j])
			}
			rowc := c.GP64()
			c.MOVQ(cp, rowc)
			for r := 0; r < m; r++ {
				c.MOVBQZX(Mem{Base: rowc}, coef)
				if r < m-1 {
					c.ADDQ(k, rowc)
				}
				c.SHLQ(U8(shift), coef)
				o.loadCoef(Mem{Base: tab, Index: coef, Scale: 1})
				for j := 0; j < nv; j++ {
					o.mulInto(acc[r][j], xs[j], xh[j], r*nv+j, false)
				}
			}
		}

		// The accumulators start as the output (add) or zero.
		c.CMPB(addBasic.Addr, U8(0))
		c.JNE(LabelRef(label + "_load"))
		for r := 0; r < m; r++ {
			for j := 0; j < nv; j++ {
				o.zero(acc[r][j])
			}
		}
		c.JMP(LabelRef(label + "_input"))
		c.Label(label + "_load")
		for r := 0; r < m; r++ {
			pr := rowPtr(r)
			for j := 0; j < nv; j++ {
				o.load(rowMem(j, pr), acc[r][j], kmask)
			}
		}
		c.Label(label + "_input")
		oneInput()
		c.Label(label + "_next")
		c.ADDQ(U8(24), hdr)
		c.INCQ(cp)
		c.DECQ(cnt)
		c.JNZ(LabelRef(label + "_input"))

		for r := 0; r < m; r++ {
			pr := rowPtr(r)
			for j := 0; j < nv; j++ {
				o.store(acc[r][j], rowMem(j, pr), kmask)
			}
		}
	}

	// Blocks of u vectors, then of u/2, u/4, ... down to single vectors, so short
	// outputs still run mostly in wide blocks.
	for nv := u; nv >= 1; nv /= 2 {
		stage := fmt.Sprintf("stage%d", nv)
		next := "tail"
		if nv > 1 {
			next = fmt.Sprintf("stage%d", nv/2)
		}
		c.Label(stage)
		rem := remaining()
		c.CMPQ(rem, U32(nv*a.vec))
		c.JB(LabelRef(next))
		block(fmt.Sprintf("b%d", nv), nv, nil)
		c.ADDQ(U32(nv*a.vec), off)
		c.JMP(LabelRef(stage))
	}

	c.Label("tail")
	if a.masked {
		rem := remaining()
		c.TESTQ(rem, rem)
		c.JZ(LabelRef("done"))
		tailMask(c, rem, K1)
		block("t", 1, K1)
	}
	c.Label("done")
	c.VZEROUPPER()
	c.RET()
}
