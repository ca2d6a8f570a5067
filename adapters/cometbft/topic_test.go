package weftcmt

import (
	"bytes"
	"errors"
	"testing"

	"github.com/cometbft/cometbft/crypto/ed25519"
	"github.com/cometbft/cometbft/crypto/tmhash"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/types"
	cmttime "github.com/cometbft/cometbft/types/time"
	"github.com/weftnet/weft/core"
)

type testVals struct {
	privs []ed25519.PrivKey
	set   *types.ValidatorSet
}

func newTestVals(n int) testVals {
	var tv testVals
	var vs []*types.Validator
	for i := 0; i < n; i++ {
		k := ed25519.GenPrivKey()
		tv.privs = append(tv.privs, k)
		vs = append(vs, types.NewValidator(k.PubKey(), 10))
	}
	tv.set = types.NewValidatorSet(vs)
	return tv
}

func (tv testVals) priv(pub []byte) ed25519.PrivKey {
	for _, k := range tv.privs {
		if bytes.Equal(k.PubKey().Bytes(), pub) {
			return k
		}
	}
	return nil
}

func signedProposal(t *testing.T, chainID string, k ed25519.PrivKey, h int64, r int32, block []byte) *types.Proposal {
	t.Helper()
	ps := types.NewPartSetFromData(block, types.BlockPartSizeBytes)
	p := types.NewProposal(h, r, -1, types.BlockID{Hash: tmhash.Sum(block), PartSetHeader: ps.Header()}, cmttime.Now())
	sig, err := k.Sign(types.ProposalSignBytes(chainID, p.ToProto()))
	if err != nil {
		t.Fatal(err)
	}
	p.Signature = sig
	return p
}

func signedProposalF(f *testing.F, k ed25519.PrivKey, block []byte) *types.Proposal {
	f.Helper()
	ps := types.NewPartSetFromData(block, types.BlockPartSizeBytes)
	p := types.NewProposal(3, 0, -1, types.BlockID{Hash: tmhash.Sum(block), PartSetHeader: ps.Header()}, cmttime.Now())
	sig, err := k.Sign(types.ProposalSignBytes("c", p.ToProto()))
	if err != nil {
		f.Fatal(err)
	}
	p.Signature = sig
	return p
}

func TestTopicRoundTrip(t *testing.T) {
	tv := newTestVals(4)
	block := bytes.Repeat([]byte("block"), 50000)
	prop := proposerOf(tv.set, 2)
	p := signedProposal(t, "c", tv.priv(prop.PubKey.Bytes()), 7, 2, block)
	topic, err := encodeTopic(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(topic) > core.MaxTopicLen {
		t.Fatalf("topic of %d bytes", len(topic))
	}
	got, err := decodeTopic(topic)
	if err != nil {
		t.Fatal(err)
	}
	if got.Height != 7 || got.Round != 2 || !got.BlockID.Equals(p.BlockID) || !bytes.Equal(got.Signature, p.Signature) {
		t.Fatalf("decoded %v, want %v", got, p)
	}
	if err := checkProposal("c", tv.set, prop.PubKey.Bytes(), got); err != nil {
		t.Fatalf("proposer's own proposal: %v", err)
	}
	if messageID(topic) == messageID(append(topic[:len(topic):len(topic)], 0)) {
		t.Fatal("ids of different topics collide")
	}
}

func TestTopicRejects(t *testing.T) {
	tv := newTestVals(4)
	block := []byte("some block bytes")
	prop := proposerOf(tv.set, 0)
	var other ed25519.PrivKey
	for _, k := range tv.privs {
		if !bytes.Equal(k.PubKey().Bytes(), prop.PubKey.Bytes()) {
			other = k
		}
	}
	good := signedProposal(t, "c", tv.priv(prop.PubKey.Bytes()), 5, 0, block)
	byOther := signedProposal(t, "c", other, 5, 0, block)
	wrongChain := signedProposal(t, "other-chain", tv.priv(prop.PubKey.Bytes()), 5, 0, block)
	for _, tc := range []struct {
		name string
		pub  []byte
		p    *types.Proposal
		vals *types.ValidatorSet
		want error
	}{
		{"non-proposer publisher", other.PubKey().Bytes(), byOther, tv.set, ErrNotProposer},
		{"proposer key, someone else's proposal", prop.PubKey.Bytes(), byOther, tv.set, ErrBadProposalSig},
		{"other chain", prop.PubKey.Bytes(), wrongChain, tv.set, ErrBadProposalSig},
		{"unknown validator set", prop.PubKey.Bytes(), good, nil, ErrUnknownHeight},
	} {
		if err := checkProposal("c", tc.vals, tc.pub, tc.p); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
	for _, topic := range [][]byte{nil, []byte("wcmt1"), []byte("wcmt1\xff\xff"), []byte("xxxxx junk")} {
		if _, err := decodeTopic(topic); !errors.Is(err, ErrBadTopic) {
			t.Errorf("topic %q: %v, want ErrBadTopic", topic, err)
		}
	}
}

func TestSplitBlock(t *testing.T) {
	block := make([]byte, 3*types.BlockPartSizeBytes+100)
	for i := range block {
		block[i] = byte(i)
	}
	hdr := types.NewPartSetFromData(block, types.BlockPartSizeBytes).Header()
	ps, err := splitBlock(block, hdr)
	if err != nil || ps.Total() != 4 || !ps.IsComplete() {
		t.Fatalf("split: %v, %v", ps, err)
	}
	bad := append([]byte(nil), block...)
	bad[types.BlockPartSizeBytes+1] ^= 1
	if _, err := splitBlock(bad, hdr); !errors.Is(err, ErrBlockMismatch) {
		t.Fatalf("altered block: %v", err)
	}
	if _, err := splitBlock(block[:len(block)-1], hdr); !errors.Is(err, ErrBlockMismatch) {
		t.Fatalf("short block: %v", err)
	}
	if _, err := splitBlock(nil, hdr); !errors.Is(err, ErrBlockMismatch) {
		t.Fatalf("empty block: %v", err)
	}
}

func TestHello(t *testing.T) {
	k := ed25519.GenPrivKey()
	a := &Reactor{chainID: "c", self: p2p.ID("aa")}
	b := &Reactor{chainID: "c", self: p2p.ID("bb")}
	sig, err := k.Sign(helloSignBytes("c", "aa", "bb"))
	if err != nil {
		t.Fatal(err)
	}
	msg := append(append(append([]byte(nil), helloMagic...), k.PubKey().Bytes()...), sig...)
	pub, err := b.parseHello("aa", msg)
	if err != nil || !bytes.Equal(pub, k.PubKey().Bytes()) {
		t.Fatalf("hello from aa at bb: %x, %v", pub, err)
	}
	// replayed on another connection, or to the sender itself
	if _, err := b.parseHello("cc", msg); !errors.Is(err, ErrBadHello) {
		t.Fatalf("replayed hello: %v", err)
	}
	if _, err := a.parseHello("aa", msg); !errors.Is(err, ErrBadHello) {
		t.Fatalf("reflected hello: %v", err)
	}
	if _, err := b.parseHello("aa", msg[:len(msg)-1]); !errors.Is(err, ErrBadHello) {
		t.Fatalf("short hello: %v", err)
	}
}

func TestConfigValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    Config
		ok   bool
	}{
		{"zero", Config{}, true},
		{"consensus data channel", Config{Channel: 0x21}, false},
		{"hello would hit 0x20", Config{Channel: 0x1f}, false},
		{"last channel", Config{Channel: 0xff}, false},
		{"negative priority", Config{Priority: -1}, false},
		{"signer set", Config{Engine: core.Config{Signer: core.NewEd25519Signer(make([]byte, 32))}}, false},
		{"max message size set", Config{Engine: core.Config{MaxMessageSize: 1 << 20}}, false},
		{"huge block", Config{MaxBlockSize: 2 << 30}, false},
		{"unknown strategy", Config{Strategy: 99}, false},
		{"rs", Config{Strategy: core.StrategyRS}, true},
	} {
		err := tc.c.Validate()
		if (err == nil) != tc.ok {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
}
