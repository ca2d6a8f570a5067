package core

import (
	"crypto/ed25519"
)

// Signer signs the session headers of messages this node publishes.
type Signer interface {
	// PublicKey returns the key receivers check signatures against (at most 255 bytes).
	PublicKey() []byte
	// Sign signs msg; the result is at most 255 bytes.
	Sign(msg []byte) ([]byte, error)
}

// Verifier checks publishers' header signatures.
type Verifier interface {
	// Verify reports whether sig is pub's signature of msg. It must not keep msg.
	Verify(pub, msg, sig []byte) bool
}

// Ed25519Signer signs with an ed25519 private key.
type Ed25519Signer struct{ Key ed25519.PrivateKey }

// NewEd25519Signer returns a signer for the key derived from a 32-byte seed.
func NewEd25519Signer(seed []byte) Ed25519Signer {
	return Ed25519Signer{Key: ed25519.NewKeyFromSeed(seed)}
}

// PublicKey implements Signer.
func (s Ed25519Signer) PublicKey() []byte { return s.Key.Public().(ed25519.PublicKey) }

// Sign implements Signer.
func (s Ed25519Signer) Sign(msg []byte) ([]byte, error) { return ed25519.Sign(s.Key, msg), nil }

// Ed25519Verifier verifies ed25519 signatures; it is the default Verifier.
type Ed25519Verifier struct{}

// Verify implements Verifier.
func (Ed25519Verifier) Verify(pub, msg, sig []byte) bool {
	if len(pub) != ed25519.PublicKeySize || len(sig) != ed25519.SignatureSize {
		return false
	}
	return ed25519.Verify(pub, msg, sig)
}

var (
	_ Signer   = Ed25519Signer{}
	_ Verifier = Ed25519Verifier{}
)
