package da

import (
	"encoding/binary"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// Term is one coefficient of a coded piece: Coeff times blob Blob's cell.
type Term struct {
	Blob  uint16
	Coeff fr.Element
}

// Piece is a coded cell: for one block and one cell index (column), the
// combination Σ c_i·cell_{i,Column} over the block's blobs i, with the proof
// Σ c_i·π_{i,Column}. It verifies against Σ c_i·C_i with the ordinary cell check,
// which the verifier rebuilds from the block's commitments.
//
// Terms are sparse (only the blobs with a non-zero coefficient), in increasing
// blob order. A systematic piece (a blob's own cell) has one term with
// coefficient 1.
type Piece struct {
	Root   Root
	Column uint16
	Terms  []Term
	Cell   Cell
	Proof  Proof
}

// Wire form of a piece (all integers big-endian):
//
//	root      32 bytes
//	column    uint16, < 128
//	terms     uint16 n, 1..MaxBlobs
//	n × term  uint16 blob index (strictly increasing), uint8 L (1..32),
//	          L bytes of the coefficient, big-endian, canonical (< r), no leading zero byte
//	cell      2048 bytes (64 canonical scalars)
//	proof     48 bytes (compressed G1)
//
// Coefficients take as few bytes as their value needs: a systematic piece's
// coefficient 1 takes one byte, an 8-bit random one one byte, and they grow by
// about one byte per hop of recombination.
const pieceFixed = 32 + 2 + 2 + CellSize + PointSize

// Size returns the length of the piece's wire form.
func (p *Piece) Size() int {
	n := pieceFixed
	for i := range p.Terms {
		n += 3 + coeffLen(&p.Terms[i].Coeff)
	}
	return n
}

func coeffLen(c *fr.Element) int {
	b := c.Bytes()
	i := 0
	for i < 32 && b[i] == 0 {
		i++
	}
	return 32 - i
}

// AppendBinary appends the piece's wire form to dst.
func (p *Piece) AppendBinary(dst []byte) ([]byte, error) {
	if len(p.Terms) == 0 || len(p.Terms) > MaxBlobs {
		return dst, fmt.Errorf("%w: %d terms", ErrZeroCoefficient, len(p.Terms))
	}
	dst = append(dst, p.Root[:]...)
	dst = binary.BigEndian.AppendUint16(dst, p.Column)
	dst = binary.BigEndian.AppendUint16(dst, uint16(len(p.Terms)))
	for i := range p.Terms {
		t := &p.Terms[i]
		b := t.Coeff.Bytes()
		l := coeffLen(&t.Coeff)
		if l == 0 {
			return dst, fmt.Errorf("%w: term %d", ErrZeroCoefficient, i)
		}
		dst = binary.BigEndian.AppendUint16(dst, t.Blob)
		dst = append(dst, byte(l))
		dst = append(dst, b[32-l:]...)
	}
	dst = append(dst, p.Cell[:]...)
	return append(dst, p.Proof[:]...), nil
}

// MarshalBinary returns the piece's wire form.
func (p *Piece) MarshalBinary() ([]byte, error) { return p.AppendBinary(make([]byte, 0, p.Size())) }

// UnmarshalBinary parses a piece's wire form. It checks the form only
// (ErrMalformed, ErrWrongColumn for an index ≥ 128, ErrZeroCoefficient,
// ErrDuplicateTerm); whether the piece belongs to a block and verifies is the
// Column's and the Verifier's business. It never panics.
func (p *Piece) UnmarshalBinary(b []byte) error {
	if len(b) < pieceFixed {
		return malformed("piece of %d bytes", len(b))
	}
	copy(p.Root[:], b[:32])
	p.Column = binary.BigEndian.Uint16(b[32:])
	if p.Column >= Columns {
		return fmt.Errorf("%w: %d", ErrWrongColumn, p.Column)
	}
	n := int(binary.BigEndian.Uint16(b[34:]))
	if n == 0 {
		return fmt.Errorf("%w: no terms", ErrZeroCoefficient)
	}
	if n > MaxBlobs {
		return malformed("%d terms", n)
	}
	rest := b[36:]
	p.Terms = p.Terms[:0]
	prev := -1
	for i := 0; i < n; i++ {
		if len(rest) < 3 {
			return malformed("term %d truncated", i)
		}
		blob := int(binary.BigEndian.Uint16(rest))
		l := int(rest[2])
		rest = rest[3:]
		if blob == prev {
			return fmt.Errorf("%w: blob %d", ErrDuplicateTerm, blob)
		}
		if blob < prev {
			return malformed("terms not in increasing blob order")
		}
		prev = blob
		if l == 0 {
			return fmt.Errorf("%w: term %d", ErrZeroCoefficient, i)
		}
		if l > 32 || len(rest) < l {
			return malformed("term %d: coefficient of %d bytes", i, l)
		}
		if rest[0] == 0 {
			return malformed("term %d: coefficient with a leading zero byte", i)
		}
		var buf [32]byte
		copy(buf[32-l:], rest[:l])
		var t Term
		t.Blob = uint16(blob)
		if err := t.Coeff.SetBytesCanonical(buf[:]); err != nil {
			return malformed("term %d: coefficient not canonical", i)
		}
		p.Terms = append(p.Terms, t)
		rest = rest[l:]
	}
	if len(rest) != CellSize+PointSize {
		return malformed("%d bytes after the terms, want %d", len(rest), CellSize+PointSize)
	}
	copy(p.Cell[:], rest[:CellSize])
	copy(p.Proof[:], rest[CellSize:])
	return nil
}
