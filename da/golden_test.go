package da

import (
	"bytes"
	"encoding/hex"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

var writeVectors = flag.Bool("write-test-vectors", false, "rewrite da/testdata wire vectors")

// goldenPiece is a fixed piece in wire form (its cell and proof are patterns, not
// KZG data: the vector pins the encoding).
func goldenPiece() *Piece {
	p := &Piece{Root: Root{0xaa, 0xbb}, Column: 77}
	var big fr.Element
	big.SetUint64(1 << 40)
	p.Terms = []Term{{Blob: 0, Coeff: *new(fr.Element).SetOne()}, {Blob: 5, Coeff: *new(fr.Element).SetUint64(200)}, {Blob: 300, Coeff: big}}
	for i := range p.Cell {
		p.Cell[i] = byte(i % 31) // every 32-byte scalar starts below the modulus
	}
	for i := range p.Proof {
		p.Proof[i] = byte(0x80 + i)
	}
	return p
}

func TestGoldenVectors(t *testing.T) {
	path := filepath.Join("testdata", "piece-v1.hex")
	b, err := goldenPiece().MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if *writeVectors {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(hex.EncodeToString(b)+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	w, err := hex.DecodeString(string(bytes.TrimSpace(want)))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, w) {
		t.Fatalf("piece encoding changed; rerun with -write-test-vectors if that is intended")
	}
	var q Piece
	if err := q.UnmarshalBinary(w); err != nil {
		t.Fatal(err)
	}
	if q.Column != 77 || len(q.Terms) != 3 || q.Terms[2].Blob != 300 || q.Size() != len(w) {
		t.Fatalf("decoded %+v", q.Terms)
	}
}
