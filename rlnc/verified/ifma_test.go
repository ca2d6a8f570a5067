package verified

import (
	"bytes"
	"math/big"
	"math/rand/v2"
	"testing"
)

// withKernels runs f once per available path of the vector kernels: the pure-Go
// one (forced, as on a CPU without AVX-512 IFMA or with -tags noasm) and the
// IFMA kernels (Decode's and the MSM's) when the CPU has them.
func withKernels(t *testing.T, f func(t *testing.T)) {
	t.Helper()
	saved := kernels
	defer func() { kernels = saved }()
	kernels.ifma, kernels.msm = false, false
	t.Run("kernel=go", f)
	if saved.ifma || saved.msm {
		kernels = saved
		t.Run("kernel=ifma", f)
	}
}

// edgeLimbs52 returns five-limb values the kernel must handle: zero, one, ℓ−1,
// ℓ, 2^256−1 (not reduced) and every limb at 2^52−1 (2^260−1, the largest
// value the layout holds).
func edgeLimbs52() [][5]uint64 {
	var out [][5]uint64
	for _, s := range []sc{{}, {1}, {ell[0] - 1, ell[1], ell[2], ell[3]}, ell, {^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}} {
		var l [5]uint64
		setLimbs52(l[:], 1, &s)
		out = append(out, l)
	}
	return append(out, [5]uint64{mask52, mask52, mask52, mask52, mask52})
}

func limbs52ToBig(l []uint64, step int) *big.Int {
	v := new(big.Int)
	for i := 4; i >= 0; i-- {
		v.Lsh(v, 52)
		v.Add(v, new(big.Int).SetUint64(l[i*step]))
	}
	return v
}

// randDot52 fills m transform scalars and a block of eight per row with random
// canonical values, with edge values mixed in when edges is set.
func randDot52(r *rand.Rand, m int, edges bool) (t, x []uint64) {
	const stride = 3 * block52 // rows apart, as in Decode's layout
	t = make([]uint64, 5*m)
	x = make([]uint64, (m-1)*stride+block52)
	edge := edgeLimbs52()
	for j := 0; j < m; j++ {
		s := randSc(r)
		setLimbs52(t[5*j:], 1, &s)
		if edges && r.IntN(3) == 0 {
			copy(t[5*j:5*j+5], edge[r.IntN(len(edge))][:])
		}
		for lane := 0; lane < 8; lane++ {
			s := randSc(r)
			dst := x[j*stride+lane:]
			setLimbs52(dst, 8, &s)
			if edges && r.IntN(3) == 0 {
				e := edge[r.IntN(len(edge))]
				for b := range e {
					dst[8*b] = e[b]
				}
			}
		}
	}
	return t, x
}

// TestDot52KernelMatchesGeneric: the IFMA kernel leaves exactly the columns of
// its pure-Go twin, on random values, edge values (0, ℓ−1, ℓ, 2^256−1,
// 2^260−1) and the most rows a Decoder uses.
func TestDot52KernelMatchesGeneric(t *testing.T) {
	if dot52Kernel == nil {
		t.Skip("no IFMA kernel on this CPU or build")
	}
	r := rand.New(rand.NewPCG(52, 1))
	for _, m := range []int{1, 2, 3, 5, 8, 16, 31, 32, 100, maxDot52Rows} {
		for _, edges := range []bool{false, true} {
			for rep := 0; rep < 5; rep++ {
				tt, x := randDot52(r, m, edges)
				var got, want [80]uint64
				dot52Kernel(&got, &tt[0], &x[0], 3*block52*8, m)
				dot52Generic(&want, tt, x, 3*block52, m)
				if got != want {
					t.Fatalf("m=%d edges=%v: kernel columns differ from the generic ones", m, edges)
				}
			}
		}
	}
	// All-maximal inputs: the largest columns the kernel can produce.
	m := maxDot52Rows
	tt := make([]uint64, 5*m)
	x := make([]uint64, (m-1)*block52+block52)
	for i := range tt {
		tt[i] = mask52
	}
	for i := range x {
		x[i] = mask52
	}
	var got, want [80]uint64
	dot52Kernel(&got, &tt[0], &x[0], block52*8, m)
	dot52Generic(&want, tt, x, block52, m)
	if got != want {
		t.Fatal("maximal inputs: kernel columns differ from the generic ones")
	}
}

// TestDot52Value: columns → colsToWide → redc is (Σ t_j·x_j)·2^-320 mod ℓ, on
// every path, including unreduced inputs and the maximal ones.
func TestDot52Value(t *testing.T) {
	k320 := new(big.Int).Lsh(big.NewInt(1), 320)
	kinv := new(big.Int).ModInverse(k320, bigEll)
	withKernels(t, func(t *testing.T) {
		r := rand.New(rand.NewPCG(52, 2))
		for _, m := range []int{1, 2, 7, 32, maxDot52Rows} {
			for _, edges := range []bool{false, true} {
				tt, x := randDot52(r, m, edges)
				if edges && m == maxDot52Rows {
					for i := range tt {
						tt[i] = mask52
					}
					for j := 0; j < m; j++ {
						for b := 0; b < block52; b++ {
							x[j*3*block52+b] = mask52
						}
					}
				}
				var cols [80]uint64
				dot52(&cols, tt, x, 3*block52, m)
				for lane := 0; lane < 8; lane++ {
					want := new(big.Int)
					for j := 0; j < m; j++ {
						want.Add(want, new(big.Int).Mul(limbs52ToBig(tt[5*j:], 1), limbs52ToBig(x[j*3*block52+lane:], 8)))
					}
					want.Mul(want, kinv).Mod(want, bigEll)
					var w wide
					var s sc
					colsToWide(&cols, lane, &w)
					s.redc(&w)
					if scToBig(&s).Cmp(want) != 0 {
						t.Fatalf("m=%d edges=%v lane %d: got %v want %v", m, edges, lane, scToBig(&s), want)
					}
				}
			}
		}
	})
}

// TestDecodeKernelsAgree: Decode gives the same message on every path, for
// recoded (every output row mixed), seeded and partly systematic sessions, at
// chunk lengths that leave partial blocks.
func TestDecodeKernelsAgree(t *testing.T) {
	r := rand.New(rand.NewPCG(52, 3))
	for _, tc := range []struct{ size, n int }{{1, 1}, {31 * 8, 1}, {1000, 3}, {5000, 8}, {31 * 8 * 16, 16}, {9001, 32}} {
		msg := randMsg(r, tc.size)
		enc, h := publish(t, msg, tc.n)
		relay, err := NewDecoder(gens(t), h, WithRand(NewSeededReader(3)))
		if err != nil {
			t.Fatal(err)
		}
		var p Packet
		for s := uint32(0); !relay.Done(); s++ {
			if err := enc.Seeded(s, &p); err != nil {
				t.Fatal(err)
			}
			if _, err := relay.Add(&p); err != nil {
				t.Fatal(err)
			}
		}
		recoded := make([]Packet, 2*tc.n)
		for i := range recoded {
			if err := relay.Recode(NewSeededReader(uint64(i)), &recoded[i]); err != nil {
				t.Fatal(err)
			}
		}
		withKernels(t, func(t *testing.T) {
			for _, mode := range []string{"recoded", "seeded", "systematic+recoded"} {
				dec, err := NewDecoder(gens(t), h, WithRand(NewSeededReader(4)))
				if err != nil {
					t.Fatal(err)
				}
				var q Packet
				for i := 0; !dec.Done(); i++ {
					pp := &q
					switch {
					case mode == "seeded":
						err = enc.Seeded(uint32(1000+i), &q)
					case mode == "systematic+recoded" && i < tc.n/2:
						err = enc.Systematic(i, &q)
					default:
						pp = &recoded[i%len(recoded)]
					}
					if err != nil {
						t.Fatal(err)
					}
					if _, err := dec.Add(pp); err != nil {
						t.Fatal(err)
					}
					if i > 4*tc.n {
						t.Fatal("no full rank")
					}
				}
				got, err := dec.Decode()
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, msg) {
					t.Fatalf("size %d n %d %s: decoded message differs", tc.size, tc.n, mode)
				}
			}
		})
	}
}
