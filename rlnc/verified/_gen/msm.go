package main

import (
	"github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

// Eight-lane bucket accumulation for the fixed-base MSM over GF(2^255-19) in
// radix 2^52 (five limbs; limbs 0-3 below 2^52, limb 4 below 2^47+2^11 when
// normalised). The Go twin of every operation is in ifma_msm.go of package
// verified; the tests compare the two bit for bit.
//
// Scratch layout (uint64 offsets): constants at 0 (see the k* indices), then
// the field-element temporaries, 40 uint64s each ([limb][lane]).
const (
	kMask52 = iota
	kMask47
	k19
	k608
	k608sq
	kOne
	kQ0     // kQ0..kQ0+4: 16·p with every limb large enough to subtract a normalised limb
	nConsts = kQ0 + 5
	// temporaries
	tmpBase = 16
	feSize  = 40 // uint64s per field element
)

// prefetchSteps is how many steps ahead msmSteps52 prefetches its points
// (ifma_msm.go gives idx that many rows of slack).
const prefetchSteps = 4

// Field element temporaries in the scratch area.
const (
	tQP = iota // ypx after the sign swap
	tQM        // ymx after the sign swap
	tQT        // t2d after the sign
	tT1
	tT2
	tPP
	tMM
	tTT
	tZZ
	tX
	tY
	tZ
	tT
	tZ2 // 2·Z2 in the full addition
	tD2 // the constant 2d, broadcast (filled by Go)
	nTemps
)

type fe52 struct {
	base Register
	off  int // bytes
}

func (f fe52) limb(i int) Mem { return Mem{Base: f.base, Disp: f.off + 64*i} }

type msmGen struct {
	c       *build.Context
	scratch Register
}

func (g *msmGen) konst(i int) Mem { return Mem{Base: g.scratch, Disp: 8 * i} }

func (g *msmGen) tmp(i int) fe52 { return fe52{g.scratch, 8 * (tmpBase + i*feSize)} }

func (g *msmGen) load(f fe52) [5]VecVirtual {
	var v [5]VecVirtual
	for i := range v {
		v[i] = g.c.ZMM()
		g.c.VMOVDQU64(f.limb(i), v[i])
	}
	return v
}

func (g *msmGen) store(v [5]VecVirtual, f fe52) {
	for i := range v {
		g.c.VMOVDQU64(v[i], f.limb(i))
	}
}

// norm: limbs below 2^63 in, normalised out. Fold the bits from 2^255 up (limb
// 4 from bit 47) times 19 into limb 0, then carry limbs 0→1→2→3→4.
func (g *msmGen) norm(r [5]VecVirtual) {
	c := g.c
	t := c.ZMM()
	c.VPSRLQ(U8(47), r[4], t)
	c.VPANDQ_BCST(g.konst(kMask47), r[4], r[4])
	c.VPMULLQ_BCST(g.konst(k19), t, t)
	c.VPADDQ(t, r[0], r[0])
	for i := 0; i < 4; i++ {
		c.VPSRLQ(U8(52), r[i], t)
		c.VPANDQ_BCST(g.konst(kMask52), r[i], r[i])
		c.VPADDQ(t, r[i+1], r[i+1])
	}
}

// add: dst = norm(a + b).
func (g *msmGen) add(a, b, dst fe52) {
	x := g.load(a)
	for i := range x {
		g.c.VPADDQ(b.limb(i), x[i], x[i])
	}
	g.norm(x)
	g.store(x, dst)
}

// sub: dst = norm(a + 16p - b).
func (g *msmGen) sub(a, b, dst fe52) {
	x := g.load(a)
	for i := range x {
		g.c.VPADDQ_BCST(g.konst(kQ0+i), x[i], x[i])
		g.c.VPSUBQ(b.limb(i), x[i], x[i])
	}
	g.norm(x)
	g.store(x, dst)
}

// mul: dst = norm(fold(a·b)), a and b normalised.
func (g *msmGen) mul(a, b, dst fe52) {
	c := g.c
	x := g.load(a)
	y := g.load(b)
	var z [10]VecVirtual
	for k := range z {
		z[k] = c.ZMM()
		c.VPXORQ(x[0], x[0], z[k]) // zero, from a defined register (avo's liveness)
	}
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			c.VPMADD52LUQ(y[j], x[i], z[i+j])
			c.VPMADD52HUQ(y[j], x[i], z[i+j+1])
		}
	}
	// z_k for k ≥ 5 sits at 2^(52k) = 2^(52(k-5))·2^260 ≡ 608·2^(52(k-5)).
	// Split each into its low 52 bits (times 608, into column k-5) and the rest
	// (times 608, into column k-4; column 5 of that wraps to 608² at column 0).
	t := c.ZMM()
	for k := 5; k < 10; k++ {
		c.VPSRLQ(U8(52), z[k], t)
		c.VPANDQ_BCST(g.konst(kMask52), z[k], z[k])
		c.VPMULLQ_BCST(g.konst(k608), z[k], z[k])
		c.VPADDQ(z[k], z[k-5], z[k-5])
		if k < 9 {
			c.VPMULLQ_BCST(g.konst(k608), t, t)
			c.VPADDQ(t, z[k-4], z[k-4])
		} else {
			c.VPMULLQ_BCST(g.konst(k608sq), t, t)
			c.VPADDQ(t, z[0], z[0])
		}
	}
	r := [5]VecVirtual{z[0], z[1], z[2], z[3], z[4]}
	g.norm(r)
	g.store(r, dst)
}

// genMSMSteps writes msmSteps52: steps mixed additions of eight lanes each.
func genMSMSteps(c *build.Context) {
	c.Function("msmSteps52")
	c.Pragma("noescape")
	c.Doc("msmSteps52 runs steps rounds of eight mixed additions acc[lane] += ±P, where P is",
		"the table point at uint64 offset idx[step][lane] of tab (the identity where the",
		"lane's valid bit is clear), in radix 2^52 (see ifma_msm.go for the layouts and the",
		"flags). After a step whose end byte is non-zero it copies acc to out and moves out",
		"on by 160 uint64s. Needs AVX-512F, AVX-512DQ and IFMA.")
	c.SignatureExpr("func(acc *[160]uint64, tab *uint64, idx *uint64, flags *uint32, out *uint64, steps int, scratch *uint64)")
	accP := c.Load(c.Param("acc"), c.GP64())
	tab := c.Load(c.Param("tab"), c.GP64())
	idx := c.Load(c.Param("idx"), c.GP64())
	flags := c.Load(c.Param("flags"), c.GP64())
	out := c.Load(c.Param("out"), c.GP64())
	steps := c.Load(c.Param("steps"), c.GP64())
	scratch := c.Load(c.Param("scratch"), c.GP64())
	g := &msmGen{c: c, scratch: scratch}

	accX := fe52{accP, 0}
	accY := fe52{accP, 320}
	accZ := fe52{accP, 640}
	accT := fe52{accP, 960}

	c.Label("step")
	// Prefetch the points prefetchSteps steps ahead (the sorted order visits
	// the table at random, and long chunks' tables do not fit in cache); idx
	// has prefetchSteps rows of slack at its end.
	{
		r := c.GP64()
		for lane := 0; lane < 8; lane++ {
			c.MOVQ(Mem{Base: idx, Disp: 8 * (8*prefetchSteps + lane)}, r)
			for _, d := range []int{0, 64, 119} {
				c.PREFETCHT0(Mem{Base: tab, Index: r, Scale: 8, Disp: d})
			}
		}
	}
	// Reset lanes start a new bucket segment: acc = identity (0, 1, 1, 0).
	c.KMOVB(Mem{Base: flags, Disp: 1}, K2)
	c.KORTESTB(K2, K2)
	c.JZ(LabelRef("noreset"))
	{
		one := c.ZMM()
		c.VPBROADCASTQ(g.konst(kOne), one)
		zero := c.ZMM()
		c.VPXORQ(one, one, zero)
		for _, f := range []fe52{accX, accY, accZ, accT} {
			for i := 0; i < 5; i++ {
				v := c.ZMM()
				c.VMOVDQU64(f.limb(i), v)
				src := zero
				if i == 0 && (f == accY || f == accZ) {
					src = one
				}
				c.VPBLENDMQ(src, v, K2, v)
				c.VMOVDQU64(v, f.limb(i))
			}
		}
	}
	c.Label("noreset")
	// Gather the valid lanes' points over the identity (1, 1, 0); negative
	// digits add -P = (ymx, ypx, -t2d).
	c.KMOVB(Mem{Base: flags, Disp: 0}, K1)
	{
		vidx := c.ZMM()
		c.VMOVDQU64(Mem{Base: idx}, vidx)
		one := c.ZMM()
		c.VPBROADCASTQ(g.konst(kOne), one)
		var pt [3][5]VecVirtual
		for k := 0; k < 3; k++ {
			for i := 0; i < 5; i++ {
				v := c.ZMM()
				if i == 0 && k < 2 {
					c.VMOVDQA64(one, v)
				} else {
					c.VPXORQ(one, one, v)
				}
				c.KMOVB(Mem{Base: flags, Disp: 3}, K3)
				c.VPGATHERQQ(Mem{Base: tab, Index: vidx, Scale: 8, Disp: 8 * (5*k + i)}, K3, v)
				pt[k][i] = v
			}
		}
		for i := 0; i < 5; i++ {
			a, b := c.ZMM(), c.ZMM()
			c.VPBLENDMQ(pt[1][i], pt[0][i], K1, a)
			c.VPBLENDMQ(pt[0][i], pt[1][i], K1, b)
			c.VMOVDQU64(a, g.tmp(tQP).limb(i))
			c.VMOVDQU64(b, g.tmp(tQM).limb(i))
		}
		// -t2d = norm(16p - t2d), blended in for the negative lanes.
		n := [5]VecVirtual{}
		for i := range n {
			n[i] = c.ZMM()
			c.VPBROADCASTQ(g.konst(kQ0+i), n[i])
			c.VPSUBQ(pt[2][i], n[i], n[i])
		}
		g.norm(n)
		for i := 0; i < 5; i++ {
			c.VPBLENDMQ(n[i], pt[2][i], K1, pt[2][i])
			c.VMOVDQU64(pt[2][i], g.tmp(tQT).limb(i))
		}
	}
	// The mixed addition of point.addNiels, lane by lane.
	g.add(accY, accX, g.tmp(tT1))
	g.sub(accY, accX, g.tmp(tT2))
	g.mul(g.tmp(tT1), g.tmp(tQP), g.tmp(tPP))
	g.mul(g.tmp(tT2), g.tmp(tQM), g.tmp(tMM))
	g.mul(accT, g.tmp(tQT), g.tmp(tTT))
	g.add(accZ, accZ, g.tmp(tZZ))
	g.sub(g.tmp(tPP), g.tmp(tMM), g.tmp(tX))
	g.add(g.tmp(tPP), g.tmp(tMM), g.tmp(tY))
	g.add(g.tmp(tZZ), g.tmp(tTT), g.tmp(tZ))
	g.sub(g.tmp(tZZ), g.tmp(tTT), g.tmp(tT))
	g.mul(g.tmp(tX), g.tmp(tT), accX)
	g.mul(g.tmp(tY), g.tmp(tZ), accY)
	g.mul(g.tmp(tZ), g.tmp(tT), accZ)
	g.mul(g.tmp(tX), g.tmp(tY), accT)

	// End lanes finish a bucket segment: hand acc to Go.
	c.CMPB(Mem{Base: flags, Disp: 2}, U8(0))
	c.JE(LabelRef("noend"))
	for i := 0; i < 20; i++ {
		v := c.ZMM()
		c.VMOVDQU64(Mem{Base: accP, Disp: 64 * i}, v)
		c.VMOVDQU64(v, Mem{Base: out, Disp: 64 * i})
	}
	c.ADDQ(U32(1280), out)
	c.Label("noend")
	c.ADDQ(U8(4), flags)
	c.ADDQ(U8(64), idx)
	c.DECQ(steps)
	c.JNZ(LabelRef("step"))
	c.VZEROUPPER()
	c.RET()
}

// quad is a point (X, Y, Z, T) at base+off, four field elements apart.
type quad struct {
	base Register
	off  int
}

func (q quad) coord(i int) fe52 { return fe52{q.base, q.off + 320*i} }

// addFull: dst = p1 + p2 (extended coordinates, the formula of point.add:
// p2 prepared as (Y+X, Y-X, 2dT, 2Z), then point.fromCompleted). dst may be p1.
func (g *msmGen) addFull(p1, p2, dst quad) {
	g.add(p2.coord(1), p2.coord(0), g.tmp(tQP))
	g.sub(p2.coord(1), p2.coord(0), g.tmp(tQM))
	g.mul(p2.coord(3), g.tmp(tD2), g.tmp(tQT))
	g.add(p2.coord(2), p2.coord(2), g.tmp(tZ2))
	g.add(p1.coord(1), p1.coord(0), g.tmp(tT1))
	g.sub(p1.coord(1), p1.coord(0), g.tmp(tT2))
	g.mul(g.tmp(tT1), g.tmp(tQP), g.tmp(tPP))
	g.mul(g.tmp(tT2), g.tmp(tQM), g.tmp(tMM))
	g.mul(p1.coord(3), g.tmp(tQT), g.tmp(tTT))
	g.mul(p1.coord(2), g.tmp(tZ2), g.tmp(tZZ))
	g.sub(g.tmp(tPP), g.tmp(tMM), g.tmp(tX))
	g.add(g.tmp(tPP), g.tmp(tMM), g.tmp(tY))
	g.add(g.tmp(tZZ), g.tmp(tTT), g.tmp(tZ))
	g.sub(g.tmp(tZZ), g.tmp(tTT), g.tmp(tT))
	g.mul(g.tmp(tX), g.tmp(tT), dst.coord(0))
	g.mul(g.tmp(tY), g.tmp(tZ), dst.coord(1))
	g.mul(g.tmp(tZ), g.tmp(tT), dst.coord(2))
	g.mul(g.tmp(tX), g.tmp(tY), dst.coord(3))
}

// genBucketSum writes msmBucketSum52: the running sums of the bucket sum on
// eight lanes, each lane a contiguous range of buckets.
func genBucketSum(c *build.Context) {
	c.Function("msmBucketSum52")
	c.Pragma("noescape")
	c.Doc("msmBucketSum52 runs, for r = n-1 down to 0, sum += rows[r] and acc += sum on eight",
		"lanes (rows of 160 uint64s in the acc layout of ifma_msm.go). Needs AVX-512F,",
		"AVX-512DQ and IFMA; n ≥ 1.")
	c.SignatureExpr("func(rows *uint64, n int, sum *[160]uint64, acc *[160]uint64, scratch *uint64)")
	rows := c.Load(c.Param("rows"), c.GP64())
	n := c.Load(c.Param("n"), c.GP64())
	sum := c.Load(c.Param("sum"), c.GP64())
	acc := c.Load(c.Param("acc"), c.GP64())
	scratch := c.Load(c.Param("scratch"), c.GP64())
	g := &msmGen{c: c, scratch: scratch}
	// rows points at the last row; walk down.
	t := c.GP64()
	c.MOVQ(n, t)
	c.DECQ(t)
	c.IMUL3Q(U32(1280), t, t)
	c.ADDQ(t, rows)
	c.Label("row")
	g.addFull(quad{sum, 0}, quad{rows, 0}, quad{sum, 0})
	g.addFull(quad{acc, 0}, quad{sum, 0}, quad{acc, 0})
	c.SUBQ(U32(1280), rows)
	c.DECQ(n)
	c.JNZ(LabelRef("row"))
	c.VZEROUPPER()
	c.RET()
}
