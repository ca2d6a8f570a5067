package verified

import (
	"math/big"
	"math/bits"
	"math/rand/v2"
	"testing"

	"filippo.io/edwards25519"
	"filippo.io/edwards25519/field"
)

// The pure-Go twin of msmSteps52, operation for operation (see _gen/msm.go).

func norm52(r *fe52) {
	c := r[4] >> 47
	r[4] &= mask47
	r[0] += 19 * c
	for i := 0; i < 4; i++ {
		r[i+1] += r[i] >> 52
		r[i] &= mask52
	}
}

func add52(a, b *fe52) fe52 {
	var r fe52
	for i := range r {
		r[i] = a[i] + b[i]
	}
	norm52(&r)
	return r
}

func sub52(a, b *fe52) fe52 {
	var r fe52
	for i := range r {
		r[i] = a[i] + consts52[6+i] - b[i]
	}
	norm52(&r)
	return r
}

func mul52(a, b *fe52) fe52 {
	var z [10]uint64
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			hi, lo := bits.Mul64(a[i]&mask52, b[j]&mask52)
			z[i+j] += lo & mask52
			z[i+j+1] += hi<<12 | lo>>52
		}
	}
	for k := 5; k < 10; k++ {
		t := z[k] >> 52
		z[k-5] += 608 * (z[k] & mask52)
		if k < 9 {
			z[k-4] += 608 * t
		} else {
			z[0] += 608 * 608 * t
		}
	}
	r := fe52{z[0], z[1], z[2], z[3], z[4]}
	norm52(&r)
	return r
}

// step52Ref is one lane of one step of msmSteps52.
func step52Ref(acc *[4]fe52, pt *[3]fe52, neg, reset bool) {
	if reset {
		*acc = [4]fe52{{}, {1}, {1}, {}}
	}
	qp, qm, qt := pt[0], pt[1], pt[2]
	if neg {
		qp, qm = qm, qp
		var zero fe52
		qt = sub52(&zero, &qt)
	}
	x, y, z, t := &acc[0], &acc[1], &acc[2], &acc[3]
	t1, t2 := add52(y, x), sub52(y, x)
	pp, mm, tt, zz := mul52(&t1, &qp), mul52(&t2, &qm), mul52(t, &qt), add52(z, z)
	cx, cy, cz, ct := sub52(&pp, &mm), add52(&pp, &mm), add52(&zz, &tt), sub52(&zz, &tt)
	*x, *y, *z, *t = mul52(&cx, &ct), mul52(&cy, &cz), mul52(&cz, &ct), mul52(&cx, &cy)
}

var p25519 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 255), big.NewInt(19))

func fe52Big(f *fe52) *big.Int {
	v := new(big.Int)
	for i := 4; i >= 0; i-- {
		v.Lsh(v, 52).Add(v, new(big.Int).SetUint64(f[i]))
	}
	return v
}

// randFe52 returns a normalised element: random, or an edge (0, p-1, p, p+1,
// the largest normalised limbs, values at and above 2^255).
func randFe52(r *rand.Rand) fe52 {
	switch r.IntN(8) {
	case 0:
		return fe52{}
	case 1: // p - 1
		return fe52{mask52 - 19, mask52, mask52, mask52, mask47}
	case 2: // p
		return fe52{mask52 - 18, mask52, mask52, mask52, mask47}
	case 3: // p + 1, not reduced
		return fe52{mask52 - 17, mask52, mask52, mask52, mask47}
	case 4: // every limb at its normalised maximum (above 2^255)
		return fe52{mask52, mask52, mask52, mask52, 1<<47 + 1<<11 - 1}
	default:
		f := fe52{r.Uint64() & mask52, r.Uint64() & mask52, r.Uint64() & mask52, r.Uint64() & mask52, r.Uint64() & mask47}
		if r.IntN(4) == 0 {
			f[4] += r.Uint64() & (1<<11 - 1)
		}
		return f
	}
}

// TestFe52Arithmetic: the twin's field operations are right modulo p and
// keep their outputs normalised, on random and edge inputs.
func TestFe52Arithmetic(t *testing.T) {
	r := rand.New(rand.NewPCG(52, 10))
	normalised := func(f *fe52) bool {
		return f[0] <= mask52 && f[1] <= mask52 && f[2] <= mask52 && f[3] <= mask52 && f[4] < 1<<47+1<<11
	}
	for i := 0; i < 20000; i++ {
		a, b := randFe52(r), randFe52(r)
		A, B := fe52Big(&a), fe52Big(&b)
		for _, tc := range []struct {
			name string
			got  fe52
			want *big.Int
		}{
			{"add", add52(&a, &b), new(big.Int).Add(A, B)},
			{"sub", sub52(&a, &b), new(big.Int).Sub(A, B)},
			{"mul", mul52(&a, &b), new(big.Int).Mul(A, B)},
		} {
			if !normalised(&tc.got) {
				t.Fatalf("%s(%x, %x) = %x: not normalised", tc.name, a, b, tc.got)
			}
			got := fe52Big(&tc.got)
			if got.Mod(got, p25519).Cmp(tc.want.Mod(tc.want, p25519)) != 0 {
				t.Fatalf("%s(%x, %x) wrong", tc.name, a, b)
			}
		}
		var e field.Element
		a.fieldElement(&e)
		var back fe52
		back.setFe(&e)
		if fe52Big(&back).Cmp(new(big.Int).Mod(A, p25519)) != 0 {
			t.Fatalf("fieldElement(%x) round trip wrong", a)
		}
	}
}

// TestMSMStepsKernelMatchesTwin: the kernel leaves exactly the twin's
// accumulators and end copies, over random and edge coordinates (normalised,
// not necessarily reduced or on the curve: the arithmetic is checked, not the
// group law), random signs, resets, ends and valid (gathered) lanes.
func TestMSMStepsKernelMatchesTwin(t *testing.T) {
	if msmKernel == nil {
		t.Skip("no IFMA MSM kernel on this CPU or build")
	}
	r := rand.New(rand.NewPCG(52, 11))
	for rep := 0; rep < 20; rep++ {
		steps := 1 + r.IntN(40)
		var acc [160]uint64
		var ref [8][4]fe52
		for lane := range ref {
			for c := range ref[lane] {
				ref[lane][c] = randFe52(r)
				for l := 0; l < 5; l++ {
					acc[(5*c+l)*8+lane] = ref[lane][c][l]
				}
			}
		}
		tab := make([]uint64, 15*8*steps)
		for p := 0; p < 8*steps; p++ {
			for c := 0; c < 3; c++ {
				f := randFe52(r)
				copy(tab[15*p+5*c:], f[:])
			}
		}
		idx := make([]uint64, 8*(steps+prefetchSteps))
		flags := make([]uint32, steps)
		refPts := make([][8][3]fe52, steps)
		for s := range flags {
			flags[s] = r.Uint32()
			for lane := 0; lane < 8; lane++ {
				p := r.IntN(8 * steps)
				idx[8*s+lane] = 15 * uint64(p)
				for c := 0; c < 3; c++ {
					f := fe52(tab[15*p+5*c : 15*p+5*c+5])
					if flags[s]>>(24+lane)&1 == 0 { // not valid: the identity
						f = fe52{}
						if c < 2 {
							f[0] = 1
						}
					}
					refPts[s][lane][c] = f
				}
			}
		}
		out := make([]uint64, steps*stepAcc)
		var scratch [scratch52N]uint64
		initScratch52(&scratch)
		msmKernel(&acc, &tab[0], &idx[0], &flags[0], &out[0], steps, &scratch[0])
		q := 0
		for s, f := range flags {
			for lane := 0; lane < 8; lane++ {
				step52Ref(&ref[lane], &refPts[s][lane], f>>lane&1 != 0, f>>(8+lane)&1 != 0)
			}
			if f>>16&0xff == 0 {
				continue
			}
			for lane := 0; lane < 8; lane++ {
				for c := 0; c < 4; c++ {
					for l := 0; l < 5; l++ {
						if got := out[q*stepAcc+(5*c+l)*8+lane]; got != ref[lane][c][l] {
							t.Fatalf("rep %d step %d lane %d coord %d limb %d: kernel %x, twin %x", rep, s, lane, c, l, got, ref[lane][c][l])
						}
					}
				}
			}
			q++
		}
		for lane := 0; lane < 8; lane++ {
			for c := 0; c < 4; c++ {
				for l := 0; l < 5; l++ {
					if acc[(5*c+l)*8+lane] != ref[lane][c][l] {
						t.Fatalf("rep %d lane %d: final accumulator differs from the twin", rep, lane)
					}
				}
			}
		}
	}
}

// TestStep52AddsPoints: one twin step is the group addition (point.addNiels)
// on real points, with either sign.
func TestStep52AddsPoints(t *testing.T) {
	g := gens(t)
	for i := 0; i < 200; i++ {
		var a point
		k := sc{uint64(i + 1)}
		a.fromEdwards(new(edwards25519.Point).ScalarBaseMult(k.edScalar()))
		q := &g.narrow.niels()[i*7]
		for _, neg := range []bool{false, true} {
			var want point
			want.addNiels(&a, q, neg)
			var acc [4]fe52
			acc[0].setFe(&a.X)
			acc[1].setFe(&a.Y)
			acc[2].setFe(&a.Z)
			acc[3].setFe(&a.T)
			var pt [3]fe52
			pt[0].setFe(&q.YplusX)
			pt[1].setFe(&q.YminusX)
			pt[2].setFe(&q.T2d)
			step52Ref(&acc, &pt, neg, false)
			var got point
			acc[0].fieldElement(&got.X)
			acc[1].fieldElement(&got.Y)
			acc[2].fieldElement(&got.Z)
			acc[3].fieldElement(&got.T)
			if !got.equal(&want) {
				t.Fatalf("i=%d neg=%v: step differs from addNiels", i, neg)
			}
		}
	}
}

// TestMSMKernelsAgree: the MSM gives the same point on every path, for both
// tables, on scalars with zeros, ℓ-1, small values, unreduced values (≥ ℓ,
// up to 2^256-1, reduced against the Straus reference), lengths that leave
// lanes empty or uneven, one repeated scalar (buckets spanning several lanes)
// and tiny scalars (few buckets).
func TestMSMKernelsAgree(t *testing.T) {
	g := gens(t)
	withKernels(t, func(t *testing.T) {
		r := rand.New(rand.NewPCG(52, 12))
		for i, l := range []int{1, 2, 3, 8, 9, 100, 257, 512, 512, 512} {
			s := make([]sc, l)
			same := randSc(r)
			for k := range s {
				switch i {
				case 8: // one scalar everywhere: a few buckets, each longer than a lane
					s[k] = same
					continue
				case 9: // tiny scalars: only the lowest buckets and digits
					s[k] = sc{uint64(r.IntN(4))}
					continue
				}
				switch r.IntN(7) {
				case 0:
					s[k] = sc{}
				case 1:
					s[k] = sc{ell[0] - 1, ell[1], ell[2], ell[3]}
				case 2:
					s[k] = sc{uint64(r.IntN(3))}
				case 3:
					s[k] = ell
				case 4:
					s[k] = sc{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
				default:
					s[k] = randSc(r)
				}
			}
			scalars := make([]*edwards25519.Scalar, l)
			for k := range s {
				v := new(big.Int).Mod(scToBig(&s[k]), bigEll)
				var b [32]byte
				v.FillBytes(b[:])
				for i, j := 0, 31; i < j; i, j = i+1, j-1 {
					b[i], b[j] = b[j], b[i]
				}
				sk, err := edwards25519.NewScalar().SetCanonicalBytes(b[:])
				if err != nil {
					t.Fatal(err)
				}
				scalars[k] = sk
			}
			want := new(edwards25519.Point).VarTimeMultiScalarMult(scalars, baselineGenerators(l))
			var w point
			w.fromEdwards(want)
			for _, tab := range []*table{g.narrow, g.wide} {
				got := g.msmTable(tab, s, 0, new(msmScratch))
				if !got.equal(&w) {
					t.Fatalf("l=%d window %d: msm differs from Straus", l, tab.window)
				}
			}
		}
	})
}

// addFull52Ref is the twin of the kernels' full addition (point.add's formula).
func addFull52Ref(p1, p2 *[4]fe52) [4]fe52 {
	var d2 fe52
	d2.setFe(feD2)
	x2, y2, z2, t2 := &p2[0], &p2[1], &p2[2], &p2[3]
	qp, qm, qt, qz := add52(y2, x2), sub52(y2, x2), mul52(t2, &d2), add52(z2, z2)
	x1, y1, z1, t1 := &p1[0], &p1[1], &p1[2], &p1[3]
	a, b := add52(y1, x1), sub52(y1, x1)
	pp, mm, tt, zz := mul52(&a, &qp), mul52(&b, &qm), mul52(t1, &qt), mul52(z1, &qz)
	cx, cy, cz, ct := sub52(&pp, &mm), add52(&pp, &mm), add52(&zz, &tt), sub52(&zz, &tt)
	return [4]fe52{mul52(&cx, &ct), mul52(&cy, &cz), mul52(&cz, &ct), mul52(&cx, &cy)}
}

// TestBucketSumKernelMatchesTwin: msmBucketSum52 leaves exactly the twin's
// sum and acc over random and edge coordinates, and the twin's full addition
// is point.add on real points.
func TestBucketSumKernelMatchesTwin(t *testing.T) {
	r := rand.New(rand.NewPCG(52, 13))
	toQuad := func(p *point) [4]fe52 {
		var q [4]fe52
		for c, e := range []*field.Element{&p.X, &p.Y, &p.Z, &p.T} {
			q[c].setFe(e)
		}
		return q
	}
	for i := 1; i < 50; i++ {
		var a, b, want point
		k1, k2 := sc{uint64(i)}, sc{uint64(1000 * i)}
		a.fromEdwards(new(edwards25519.Point).ScalarBaseMult(k1.edScalar()))
		b.fromEdwards(new(edwards25519.Point).ScalarBaseMult(k2.edScalar()))
		want.add(&a, &b)
		qa, qb := toQuad(&a), toQuad(&b)
		q := addFull52Ref(&qa, &qb)
		var got point
		for c, e := range []*field.Element{&got.X, &got.Y, &got.Z, &got.T} {
			q[c].fieldElement(e)
		}
		if !got.equal(&want) {
			t.Fatalf("i=%d: twin full addition differs from point.add", i)
		}
	}
	if msmBucketSumKernel == nil {
		t.Skip("no IFMA MSM kernel on this CPU or build")
	}
	for rep := 0; rep < 10; rep++ {
		n := 1 + r.IntN(20)
		rows := make([]uint64, n*stepAcc)
		var sum, acc [160]uint64
		var refRows = make([][8][4]fe52, n)
		var refSum, refAcc [8][4]fe52
		set := func(buf []uint64, lane int, q *[4]fe52) {
			for c := 0; c < 4; c++ {
				for l := 0; l < 5; l++ {
					buf[(5*c+l)*8+lane] = q[c][l]
				}
			}
		}
		for lane := 0; lane < 8; lane++ {
			for c := 0; c < 4; c++ {
				refSum[lane][c], refAcc[lane][c] = randFe52(r), randFe52(r)
			}
			set(sum[:], lane, &refSum[lane])
			set(acc[:], lane, &refAcc[lane])
			for row := 0; row < n; row++ {
				for c := 0; c < 4; c++ {
					refRows[row][lane][c] = randFe52(r)
				}
				set(rows[row*stepAcc:], lane, &refRows[row][lane])
			}
		}
		var scratch [scratch52N]uint64
		initScratch52(&scratch)
		msmBucketSumKernel(&rows[0], n, &sum, &acc, &scratch[0])
		for lane := 0; lane < 8; lane++ {
			for row := n - 1; row >= 0; row-- {
				refSum[lane] = addFull52Ref(&refSum[lane], &refRows[row][lane])
				refAcc[lane] = addFull52Ref(&refAcc[lane], &refSum[lane])
			}
			var gotSum, gotAcc [4]fe52
			for c := 0; c < 4; c++ {
				for l := 0; l < 5; l++ {
					gotSum[c][l] = sum[(5*c+l)*8+lane]
					gotAcc[c][l] = acc[(5*c+l)*8+lane]
				}
			}
			if gotSum != refSum[lane] || gotAcc != refAcc[lane] {
				t.Fatalf("rep %d lane %d: kernel differs from the twin", rep, lane)
			}
		}
	}
}
