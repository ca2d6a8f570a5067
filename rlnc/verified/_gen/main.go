// Command _gen writes the amd64 assembly kernel of package
// github.com/weftnet/weft/rlnc/verified with avo:
//
//	cd rlnc/verified/_gen && GOWORK=off go run . -out ..
//
// It writes ifma_amd64.s and its Go declaration ifma_amd64.go (build tag
// !noasm). The output depends only on this program, so regenerating is a no-op
// unless the generator changed.
//
// The kernel is the inner loop of Decode (and of any Σ_j t_j·x_j[k] over the
// Ristretto255 scalar field): AVX-512 IFMA (VPMADD52LUQ/VPMADD52HUQ) on scalars
// held in five 52-bit limbs, eight outputs per vector. It accumulates the
// unreduced 10-column product sum; the Go side normalises the columns and does
// the Montgomery reduction (scalar.go), so the kernel has a pure-Go twin in
// mulAddWide and is checked against it.
package main

import (
	"flag"
	"log"
	"os"
	"path/filepath"

	"github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/pass"
	"github.com/mmcloughlin/avo/printer"
	. "github.com/mmcloughlin/avo/reg"
)

func main() {
	fs := flag.NewFlagSet("gen", flag.ExitOnError)
	out := fs.String("out", ".", "directory of package verified")
	_ = fs.Parse(os.Args[1:])

	c := build.NewContext()
	c.ConstraintExpr("!noasm")
	genDot(c)
	genMSMSteps(c)
	genBucketSum(c)

	f, err := c.Result()
	if err != nil {
		log.Fatal(err)
	}
	if err := pass.Compile.Execute(f); err != nil {
		log.Fatal(err)
	}
	cfg := printer.Config{Name: "rlnc/verified/_gen", Pkg: "verified"}
	write := func(name string, p printer.Printer) {
		b, err := p.Print(f)
		if err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(*out, name), b, 0o644); err != nil {
			log.Fatal(err)
		}
	}
	write("ifma_amd64.s", printer.NewGoAsm(cfg))
	write("ifma_amd64.go", printer.NewStubs(cfg))
}

// genDot writes dot52IFMA: for the eight lanes of one block,
//
//	cols[c][lane] = Σ_{j<m} Σ_{a+b=c} lo52(t[j][a]·x_j[b][lane]) + Σ_{a+b=c-1} hi52(t[j][a]·x_j[b][lane])
//
// where t is m scalars of five 52-bit limbs (t[j*5+a]) and x_j is the block of
// row j at x + j·stride bytes: five vectors of eight 52-bit limbs (limb b of
// lane k at 8·b+k). The ten columns are the radix-2^52 digits, not normalised,
// of Σ_j t_j·x_j for each lane. Each column gains less than 9·2^52 per row, so
// m ≤ 256 cannot overflow.
func genDot(c *build.Context) {
	c.Function("dot52IFMA")
	c.Attributes(4) // NOSPLIT
	c.Pragma("noescape")
	c.Doc("dot52IFMA sets cols (10 columns × 8 lanes, radix 2^52, unnormalised) to Σ_{j<m} t_j·x_j",
		"for the 8 lanes of one block; t holds m scalars of five 52-bit limbs, row j's block",
		"(five vectors of eight 52-bit limbs) is at x + j·stride bytes. m ≥ 1. Needs AVX-512F and IFMA.")
	c.SignatureExpr("func(cols *[80]uint64, t *uint64, x *uint64, stride int, m int)")

	cols := c.Load(c.Param("cols"), c.GP64())
	tp := c.Load(c.Param("t"), c.GP64())
	xp := c.Load(c.Param("x"), c.GP64())
	stride := c.Load(c.Param("stride"), c.GP64())
	m := c.Load(c.Param("m"), c.GP64())

	// lo[c] collects the low halves landing in column c (0..8), hi[c] the high
	// halves (1..9): two chains per column halve the latency each row waits on.
	var lo, hi [10]VecVirtual
	for i := 0; i <= 8; i++ {
		lo[i] = c.ZMM()
		c.VPXORQ(lo[i], lo[i], lo[i])
	}
	for i := 1; i <= 9; i++ {
		hi[i] = c.ZMM()
		c.VPXORQ(hi[i], hi[i], hi[i])
	}
	var xs [5]VecVirtual
	for b := range xs {
		xs[b] = c.ZMM()
	}
	c.Label("row")
	for b := range xs {
		c.VMOVDQU64(Mem{Base: xp, Disp: 64 * b}, xs[b])
	}
	for a := 0; a < 5; a++ {
		ta := c.ZMM()
		c.VPBROADCASTQ(Mem{Base: tp, Disp: 8 * a}, ta)
		for b := 0; b < 5; b++ {
			c.VPMADD52LUQ(ta, xs[b], lo[a+b])
			c.VPMADD52HUQ(ta, xs[b], hi[a+b+1])
		}
	}
	c.ADDQ(U8(40), tp)
	c.ADDQ(stride, xp)
	c.DECQ(m)
	c.JNZ(LabelRef("row"))

	for i := 0; i <= 9; i++ {
		var v VecVirtual
		switch i {
		case 0:
			v = lo[0]
		case 9:
			v = hi[9]
		default:
			c.VPADDQ(lo[i], hi[i], lo[i])
			v = lo[i]
		}
		c.VMOVDQU64(v, Mem{Base: cols, Disp: 64 * i})
	}
	c.VZEROUPPER()
	c.RET()
}
