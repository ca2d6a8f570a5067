package weftcmt

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/cometbft/cometbft/crypto/ed25519"
	"github.com/cometbft/cometbft/p2p"
	gogotypes "github.com/cosmos/gogoproto/types"
)

// Each weft peer introduces its validator key on the hello channel (the
// Reactor's channel + 1) once per connection: helloMagic, the ed25519 public
// key, then its signature of helloMagic | chain ID | sender node ID | receiver
// node ID, so a hello cannot be replayed on another connection or chain. It
// lets the Reactor blame the proposer itself, rather than a relay, for a block
// that does not match the proposal it signed.

var helloMagic = []byte("weft-hello-v1")

// ErrBadHello is the error a peer is stopped for when its hello does not verify.
var ErrBadHello = errors.New("weft/cometbft: bad hello")

func helloSignBytes(chainID string, from, to p2p.ID) []byte {
	b := append([]byte(nil), helloMagic...)
	b = append(b, chainID...)
	b = append(b, 0)
	b = append(b, from...)
	b = append(b, 0)
	return append(b, to...)
}

// sendHello introduces this node's validator key to p.
func (r *Reactor) sendHello(p p2p.Peer) {
	sig, err := r.signer.Sign(helloSignBytes(r.chainID, r.self, p.ID()))
	if err != nil {
		r.Logger.Error("weft: sign hello", "err", err)
		return
	}
	msg := append(append(append([]byte(nil), helloMagic...), r.pub...), sig...)
	p.Send(p2p.Envelope{ChannelID: r.cfg.Channel + 1, Message: &gogotypes.BytesValue{Value: msg}})
}

// parseHello checks a hello from peer from and returns its validator key.
func (r *Reactor) parseHello(from p2p.ID, msg []byte) ([]byte, error) {
	if len(msg) != len(helloMagic)+ed25519.PubKeySize+ed25519.SignatureSize || !bytes.HasPrefix(msg, helloMagic) {
		return nil, fmt.Errorf("%w: %d bytes", ErrBadHello, len(msg))
	}
	pub := msg[len(helloMagic) : len(helloMagic)+ed25519.PubKeySize]
	sig := msg[len(helloMagic)+ed25519.PubKeySize:]
	if !ed25519.PubKey(pub).VerifySignature(helloSignBytes(r.chainID, from, r.self), sig) {
		return nil, fmt.Errorf("%w: signature", ErrBadHello)
	}
	return append([]byte(nil), pub...), nil
}

// receiveHello records which peer holds which validator key.
func (r *Reactor) receiveHello(p p2p.Peer, msg []byte) {
	pub, err := r.parseHello(p.ID(), msg)
	if err != nil {
		r.misbehaved(p, err)
		r.Switch.StopPeerForError(p, err)
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if p.Get(removedKey) != nil {
		return
	}
	r.byKey[string(pub)] = p
	r.changed()
}
