package bridge

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/weftnet/weft/contracts"
)

// The admission handshake. Each side sends, at once and without waiting:
//
//	hello = magic "weft-admit/1" (12 bytes) || nonce (32 random bytes)
//
// then, having read the peer's hello:
//
//	proof = operator (20 bytes) || signature (65 bytes, r||s||v)
//
// where the signature is the node key's over
//
//	keccak256("weft-admission/1" || chainID (32) || registry (20) || keccak256(binding) ||
//	          own nonce || peer's nonce || operator)
//
// The chain id and registry address scope a proof to one deployment; the two nonces make
// it fresh and specific to this connection; binding should carry a value both ends
// derive from the secure channel underneath (e.g. a TLS exporter or a noise handshake
// hash) so that a proof cannot be relayed onto another connection. Nothing secret is
// exchanged: the handshake authenticates, the transport encrypts.
const (
	admissionMagic = "weft-admit/1"
	admissionTag   = "weft-admission/1"
	helloSize      = len(admissionMagic) + 32
	proofSize      = 20 + 65
)

// Errors of the admission handshake and policy.
var (
	ErrHandshake     = errors.New("bridge: admission handshake failed")
	ErrNotRegistered = errors.New("bridge: peer's node is not registered to the operator it claims")
	ErrNotAllowed    = errors.New("bridge: peer's operator is not allowed")
	ErrStakeTooLow   = errors.New("bridge: peer's operator stake is below the minimum")
)

// Identity is this node's side of the handshake.
type Identity struct {
	NodeKey  *ecdsa.PrivateKey
	Operator common.Address
}

// Claim is what a peer proved in the handshake: it holds the key of Node and says it
// runs for Operator. Whether the registry agrees is Policy's business.
type Claim struct {
	Node     common.Address
	PubKey   *ecdsa.PublicKey
	Operator common.Address
}

// Handshake runs the admission handshake over conn and returns the peer's verified
// claim. rw is read and written concurrently by both ends, so it must be full duplex
// (a net.Conn is). If conn is a net.Conn and ctx has a deadline, it bounds the exchange.
func Handshake(ctx context.Context, rw io.ReadWriter, self Identity, c *Chain, binding []byte) (Claim, error) {
	if self.NodeKey == nil || c == nil {
		return Claim{}, errors.New("bridge: handshake needs a node key and a chain")
	}
	if nc, ok := rw.(net.Conn); ok {
		if dl, ok := ctx.Deadline(); ok {
			_ = nc.SetDeadline(dl)
			defer func() { _ = nc.SetDeadline(timeZero) }()
		}
	}
	var myNonce [32]byte
	if _, err := rand.Read(myNonce[:]); err != nil {
		return Claim{}, err
	}
	hello := append([]byte(admissionMagic), myNonce[:]...)
	peerHello := make([]byte, helloSize)
	if err := exchange(rw, hello, peerHello); err != nil {
		return Claim{}, fmt.Errorf("%w: hello: %w", ErrHandshake, err)
	}
	if string(peerHello[:len(admissionMagic)]) != admissionMagic {
		return Claim{}, fmt.Errorf("%w: bad magic %q", ErrHandshake, peerHello[:len(admissionMagic)])
	}
	var peerNonce [32]byte
	copy(peerNonce[:], peerHello[len(admissionMagic):])
	if peerNonce == myNonce {
		return Claim{}, fmt.Errorf("%w: reflected nonce", ErrHandshake)
	}

	digest := admissionDigest(c, binding, myNonce, peerNonce, self.Operator)
	sig, err := crypto.Sign(digest[:], self.NodeKey)
	if err != nil {
		return Claim{}, err
	}
	sig[64] += 27
	proof := append(append([]byte{}, self.Operator[:]...), sig...)
	peerProof := make([]byte, proofSize)
	if err := exchange(rw, proof, peerProof); err != nil {
		return Claim{}, fmt.Errorf("%w: proof: %w", ErrHandshake, err)
	}
	op := common.BytesToAddress(peerProof[:20])
	peerDigest := admissionDigest(c, binding, peerNonce, myNonce, op)
	pub, err := recoverPub(peerDigest, peerProof[20:])
	if err != nil {
		return Claim{}, fmt.Errorf("%w: %w", ErrHandshake, err)
	}
	return Claim{Node: crypto.PubkeyToAddress(*pub), PubKey: pub, Operator: op}, nil
}

func admissionDigest(c *Chain, binding []byte, signerNonce, verifierNonce [32]byte, operator common.Address) common.Hash {
	bh := crypto.Keccak256(binding)
	return crypto.Keccak256Hash([]byte(admissionTag), common.LeftPadBytes(c.chainID.Bytes(), 32), c.addrs.Registry[:], bh,
		signerNonce[:], verifierNonce[:], operator[:])
}

func recoverPub(digest common.Hash, sig []byte) (*ecdsa.PublicKey, error) {
	// Same acceptance rules as the contracts (65 bytes, v 27/28, low s).
	if _, err := contracts.Recover(digest, sig); err != nil {
		return nil, err
	}
	raw := append([]byte{}, sig...)
	raw[64] -= 27
	return crypto.SigToPub(digest[:], raw)
}

// exchange writes out and reads len(in) bytes concurrently, so that two peers that
// both write first cannot block each other on an unbuffered transport.
func exchange(rw io.ReadWriter, out, in []byte) error {
	werr := make(chan error, 1)
	go func() {
		_, err := rw.Write(out)
		werr <- err
	}()
	_, rerr := io.ReadFull(rw, in)
	if rerr != nil {
		// A failed read usually means the connection is gone; the writer then fails too.
		if c, ok := rw.(io.Closer); ok {
			_ = c.Close()
		}
		<-werr
		return rerr
	}
	return <-werr
}

// Policy decides whom to admit. The zero Policy admits anyone who completes the
// handshake (the claim is then unverified against the chain).
type Policy struct {
	// RequireRegistered refuses peers whose node is not currently registered on chain
	// to the operator they claim (unregistered, removed or slashed nodes).
	RequireRegistered bool
	// Operators, when non-empty, admits only these operators (implies the registry check).
	Operators []common.Address
	// MinStake, when set, requires the operator's slashable stake to be at least this
	// (implies the registry check).
	MinStake *big.Int
}

// Admit checks a handshake claim against the policy and the chain.
func (p Policy) Admit(ctx context.Context, c *Chain, cl Claim) error {
	if !p.RequireRegistered && len(p.Operators) == 0 && p.MinStake == nil {
		return nil
	}
	if c == nil {
		return errors.New("bridge: policy needs a chain to check the registry")
	}
	if len(p.Operators) > 0 {
		ok := false
		for _, o := range p.Operators {
			ok = ok || o == cl.Operator
		}
		if !ok {
			return fmt.Errorf("%w: %s", ErrNotAllowed, cl.Operator)
		}
	}
	op, active, err := c.NodeInfo(ctx, cl.Node)
	if err != nil {
		return err
	}
	if !active || op != cl.Operator {
		return fmt.Errorf("%w: node %s claims operator %s (registry: %s, active %v)", ErrNotRegistered, cl.Node, cl.Operator, op, active)
	}
	if p.MinStake != nil {
		s, err := c.Stake(ctx, op)
		if err != nil {
			return err
		}
		if s.Cmp(p.MinStake) < 0 {
			return fmt.Errorf("%w: %v < %v", ErrStakeTooLow, s, p.MinStake)
		}
	}
	return nil
}
