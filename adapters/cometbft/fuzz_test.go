package weftcmt

import (
	"bytes"
	"testing"

	"github.com/cometbft/cometbft/crypto/ed25519"
	"github.com/cometbft/cometbft/p2p"
)

// FuzzTopic: any topic bytes either fail with an error or decode to a proposal
// that encodes back to a topic decoding to the same proposal; the proposer
// check never panics on it.
func FuzzTopic(f *testing.F) {
	tv := newTestVals(4)
	prop := proposerOf(tv.set, 0)
	p := signedProposalF(f, tv.priv(prop.PubKey.Bytes()), []byte("seed block"))
	good, err := encodeTopic(p)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte("wcmt1"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, topic []byte) {
		p, err := decodeTopic(topic)
		if err != nil {
			return
		}
		again, err := encodeTopic(p)
		if err != nil {
			return // a decodable topic can still re-encode above the size cap
		}
		q, err := decodeTopic(again)
		if err != nil || q.Height != p.Height || q.Round != p.Round || !q.BlockID.Equals(p.BlockID) ||
			!bytes.Equal(q.Signature, p.Signature) {
			t.Fatalf("round trip: %v, %v", q, err)
		}
		_ = checkProposal("c", tv.set, prop.PubKey.Bytes(), p)
	})
}

// FuzzHello: a hello verifies only when it is the exact signed introduction.
func FuzzHello(f *testing.F) {
	k := ed25519.GenPrivKeyFromSecret([]byte("fuzz hello")) // the same in every fuzz worker
	sig, err := k.Sign(helloSignBytes("c", "aa", "bb"))
	if err != nil {
		f.Fatal(err)
	}
	good := append(append(append([]byte(nil), helloMagic...), k.PubKey().Bytes()...), sig...)
	f.Add(good)
	f.Add([]byte("weft-hello-v1"))
	r := &Reactor{chainID: "c", self: p2p.ID("bb")}
	f.Fuzz(func(t *testing.T, msg []byte) {
		pub, err := r.parseHello("aa", msg)
		if err == nil && !bytes.Equal(msg, good) {
			// ed25519 signatures are not malleable in CometBFT's verifier
			t.Fatalf("altered hello accepted: %x (key %x)", msg, pub)
		}
		if bytes.Equal(msg, good) && err != nil {
			t.Fatalf("good hello refused: %v", err)
		}
	})
}
