package verified_test

import (
	"bytes"
	"crypto/ed25519"
	"fmt"

	"github.com/weftnet/weft/rlnc/verified"
)

// A publisher, a relay that checks before it recodes, and a receiver.
func Example() {
	msg := bytes.Repeat([]byte("weft "), 200) // 1000 bytes
	const n = 4
	gens, _ := verified.NewGenerators(verified.ChunkScalars(len(msg), n))
	_, priv, _ := ed25519.GenerateKey(verified.NewSeededReader(1))

	// Publisher: commit, sign, send the header once per peer, then chunks.
	enc, _ := verified.NewEncoder(gens, n)
	hdr, _ := enc.Commit(msg, verified.Session{MessageID: [32]byte{1}, Epoch: 7}, verified.Ed25519Signer{Key: priv})

	// Relay: check the header, then every chunk before recoding it.
	trusted := verified.Ed25519Verifier{Keys: []ed25519.PublicKey{priv.Public().(ed25519.PublicKey)}}
	h, err := verified.ParseHeader(hdr.Bytes(), trusted, verified.WithEpochs(7, 8))
	if err != nil {
		panic(err)
	}
	relay, _ := verified.NewRecoder(gens, h)
	var p verified.Packet
	_ = enc.Systematic(0, &p)
	ok, err := relay.Add(&p) // first chunk: checked alone, forwardable at once
	fmt.Println("first chunk:", ok, err)
	for seed := uint32(0); relay.Rank()+relay.Pending() < n; seed++ {
		_ = enc.Seeded(seed, &p)
		_, _ = relay.Queue(&p, uint64(seed)) // the rest: checked in one batch
	}
	accepted, rejected, _ := relay.Flush()
	fmt.Println("batch:", accepted, "accepted,", len(rejected), "rejected")

	// A polluted chunk is rejected and never recoded.
	_ = relay.Recode(nil, &p)
	p.Payload[5] ^= 1
	dec, _ := verified.NewDecoder(gens, h)
	_, err = dec.Add(&p)
	fmt.Println("polluted:", err != nil)

	// Receiver: decodes from the relay's recoded chunks.
	for !dec.Done() {
		_ = relay.Recode(nil, &p)
		if _, err := dec.Add(&p); err != nil {
			panic(err)
		}
	}
	got, _ := dec.Decode()
	fmt.Println("decoded:", bytes.Equal(got, msg))
	// Output:
	// first chunk: true <nil>
	// batch: 3 accepted, 0 rejected
	// polluted: true
	// decoded: true
}
