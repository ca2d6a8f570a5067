package da

import (
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// strausWindow is the window of strausMSM's signed digits: digits in
// [−16, 16), a table of 16 multiples per point.
const strausWindow = 5

// strausMSM sets dst to Σ s_i·P_i by Straus's interleaved method with signed
// fixed windows: one shared doubling chain of bits doublings (bits: the
// scalars' size, at most 256) and one mixed addition per point and window.
// For the check's small MSMs (up to a few dozen points) it costs about half
// of gnark's bucket method, whose fixed part (about 0.3 ms) dominates at that
// size.
func strausMSM(dst *bls12381.G1Affine, pts []bls12381.G1Affine, s []fr.Element, bits int) {
	const half = 1 << (strausWindow - 1)
	n := len(pts)
	// Multiples 1..half of each point, in affine coordinates.
	jac := make([]bls12381.G1Jac, n*half)
	for i := range pts {
		row := jac[i*half : (i+1)*half]
		row[0].FromAffine(&pts[i])
		for d := 1; d < half; d++ {
			row[d] = row[d-1]
			row[d].AddMixed(&pts[i])
		}
	}
	tbl := bls12381.BatchJacobianToAffineG1(jac)
	// Signed digits, least significant window first.
	windows := (bits + strausWindow) / strausWindow // one more for the last carry
	digits := make([]int8, n*windows)
	for i := range s {
		words := s[i].Bits() // little-endian 64-bit words, regular form
		carry := 0
		for w := range windows {
			v := carry
			for b := range strausWindow {
				pos := w*strausWindow + b
				if pos < 256 && words[pos/64]>>(pos%64)&1 == 1 {
					v += 1 << b
				}
			}
			carry = 0
			if v >= half {
				v -= 2 * half
				carry = 1
			}
			digits[i*windows+w] = int8(v)
		}
	}
	var acc bls12381.G1Jac
	var neg bls12381.G1Affine
	for w := windows - 1; w >= 0; w-- {
		if w < windows-1 {
			for range strausWindow {
				acc.DoubleAssign()
			}
		}
		for i := range n {
			switch d := digits[i*windows+w]; {
			case d > 0:
				acc.AddMixed(&tbl[i*half+int(d)-1])
			case d < 0:
				neg.Neg(&tbl[i*half+int(-d)-1])
				acc.AddMixed(&neg)
			}
		}
	}
	dst.FromJacobian(&acc)
}
