package verified

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var writeVectors = flag.Bool("write-test-vectors", false, "rewrite testdata/vectors.txt")

// TestVectors pins the wire encodings and the generator derivation: the first
// generators, a signed header, and one packet of each kind, built from fixed
// inputs. Any change to the encoding, to the hash-to-group derivation or to the
// commitments shows up here; rewrite the file with -write-test-vectors only on
// purpose (and bump the version bytes).
func TestVectors(t *testing.T) {
	var b strings.Builder
	line := func(name string, v []byte) { fmt.Fprintf(&b, "%s %s\n", name, hex.EncodeToString(v)) }
	for i := 0; i < 4; i++ {
		g := hashGenerator(i)
		var enc [32]byte
		g.encodeRistretto(enc[:])
		line(fmt.Sprintf("generator-%d", i), enc[:])
	}
	var seed [32]byte
	copy(seed[:], "weft verified coding test vector")
	key := ed25519.NewKeyFromSeed(seed[:])
	msg := bytes.Repeat([]byte("0123456789abcdef"), 20)[:317]
	enc, err := NewEncoder(gens(t), 3, WithConcurrency(1), WithCoeffBits(8))
	if err != nil {
		t.Fatal(err)
	}
	h, err := enc.Commit(msg, Session{MessageID: [32]byte{0xaa}, Epoch: 42, Context: []byte("weft/test")}, Ed25519Signer{Key: key})
	if err != nil {
		t.Fatal(err)
	}
	line("header", h.Bytes())
	var p Packet
	pkt := func(name string) {
		out, err := p.AppendBinary(nil)
		if err != nil {
			t.Fatal(err)
		}
		line(name, out)
	}
	_ = enc.Systematic(1, &p)
	pkt("packet-systematic-1")
	_ = enc.Seeded(5, &p)
	pkt("packet-seeded-5")
	dec, _ := NewDecoder(gens(t), h)
	for s := uint32(0); !dec.Done(); s++ {
		_ = enc.Seeded(s, &p)
		_, _ = dec.Add(&p)
	}
	if err := dec.Recode(NewSeededReader(9), &p); err != nil {
		t.Fatal(err)
	}
	pkt("packet-recoded")
	small, _ := NewDecoder(gens(t), h, WithRecodeBits(8))
	for s := uint32(0); !small.Done(); s++ {
		_ = enc.Seeded(s, &p)
		_, _ = small.Add(&p)
	}
	if err := small.Recode(NewSeededReader(10), &p); err != nil {
		t.Fatal(err)
	}
	pkt("packet-compact")

	const path = "testdata/vectors.txt"
	if *writeVectors {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -write-test-vectors to create it)", err)
	}
	if string(want) != b.String() {
		t.Fatalf("wire vectors changed; diff testdata/vectors.txt against:\n%s", b.String())
	}
	// The pinned bytes still parse and verify.
	lines := strings.Split(strings.TrimSpace(string(want)), "\n")
	field := func(name string) []byte {
		for _, l := range lines {
			if v, ok := strings.CutPrefix(l, name+" "); ok {
				bs, err := hex.DecodeString(v)
				if err != nil {
					t.Fatal(err)
				}
				return bs
			}
		}
		t.Fatalf("no %s", name)
		return nil
	}
	ph, err := ParseHeader(field("header"), Ed25519Verifier{Keys: []ed25519.PublicKey{key.Public().(ed25519.PublicKey)}}, WithContext([]byte("weft/test")))
	if err != nil {
		t.Fatal(err)
	}
	d2, _ := NewDecoder(gens(t), ph)
	var q Packet
	if err := q.UnmarshalBinary(field("packet-compact")); err != nil {
		t.Fatal(err)
	}
	if d3, _ := NewDecoder(gens(t), ph); !mustAdd(t, d3, &q) {
		t.Fatal("packet-compact not innovative")
	}
	for _, name := range []string{"packet-systematic-1", "packet-seeded-5", "packet-recoded"} {
		var q Packet
		if err := q.UnmarshalBinary(field(name)); err != nil {
			t.Fatal(err)
		}
		if ok, err := d2.Add(&q); !ok || err != nil {
			t.Fatalf("%s: %v %v", name, ok, err)
		}
	}
	if got, err := d2.Decode(); err != nil || !bytes.Equal(got, msg) {
		t.Fatal("pinned packets do not decode", err)
	}
}

func mustAdd(t *testing.T, d *Decoder, p *Packet) bool {
	t.Helper()
	ok, err := d.Add(p)
	if err != nil {
		t.Fatal(err)
	}
	return ok
}
