package gf

// Poly is the reduction polynomial x^8 + x^4 + x^3 + x^2 + 1 (0x11D), the field of
// klauspost/reedsolomon, ISA-L and most erasure codes, so they can serve as oracles.
const Poly = 0x11D

// Tables are computed once at package initialisation and never written afterwards.
var (
	expTable [510]byte // expTable[i] = g^i for the generator g = 2, doubled to skip a modulo
	logTable [256]byte // logTable[x] = i with g^i = x, for x != 0
	invTable [256]byte // invTable[x] = x^-1, invTable[0] = 0
	mulTable [256][256]byte
	// Nibble tables for the PSHUFB kernels: mulLow[c][x] = c*x, mulHigh[c][x] = c*(x<<4).
	mulLow  [256][16]byte
	mulHigh [256][16]byte
	// gfniMatrix[c] is the 8x8 bit matrix of multiplication by c in the layout of
	// GF2P8AFFINEQB, so that affine(x, gfniMatrix[c], 0) = c*x in this field.
	gfniMatrix [256]uint64
)

func init() {
	x := 1
	for i := 0; i < 255; i++ {
		expTable[i] = byte(x)
		expTable[i+255] = byte(x)
		logTable[x] = byte(i)
		x <<= 1
		if x&0x100 != 0 {
			x ^= Poly
		}
	}
	for a := 1; a < 256; a++ {
		invTable[a] = expTable[255-int(logTable[a])]
		for b := 1; b < 256; b++ {
			mulTable[a][b] = expTable[int(logTable[a])+int(logTable[b])]
		}
	}
	for c := 0; c < 256; c++ {
		for v := 0; v < 16; v++ {
			mulLow[c][v] = mulTable[c][v]
			mulHigh[c][v] = mulTable[c][v<<4]
		}
		// Column j of the multiplication matrix is c * 2^j. GF2P8AFFINEQB computes
		// bit i of the result as parity(matrix.byte[7-i] & x), so byte 7-i holds
		// row i: bit j of row i is bit i of c*2^j.
		var m uint64
		for i := 0; i < 8; i++ {
			var row byte
			for j := 0; j < 8; j++ {
				if mulTable[c][1<<j]>>i&1 != 0 {
					row |= 1 << j
				}
			}
			m |= uint64(row) << (8 * (7 - i))
		}
		gfniMatrix[c] = m
	}
}

// Mul returns a*b in GF(2^8).
func Mul(a, b byte) byte { return mulTable[a][b] }

// Inv returns the multiplicative inverse of a; Inv(0) is 0 (zero has no inverse and
// callers must not divide by it).
func Inv(a byte) byte { return invTable[a] }

// Div returns a/b; Div(a, 0) is 0.
func Div(a, b byte) byte { return mulTable[a][invTable[b]] }

// Exp returns g^e for the field generator g = 2.
func Exp(e int) byte { return expTable[e%255] }

// MulTable returns the row of the multiplication table for c: MulTable(c)[x] = c*x.
func MulTable(c byte) *[256]byte { return &mulTable[c] }

// NibbleTables returns the 16-entry tables used by split-nibble (PSHUFB) kernels:
// c*x = low[x&15] ^ high[x>>4].
func NibbleTables(c byte) (low, high *[16]byte) { return &mulLow[c], &mulHigh[c] }

// AffineMatrix returns the GF2P8AFFINEQB matrix that multiplies by c in this field.
func AffineMatrix(c byte) uint64 { return gfniMatrix[c] }
