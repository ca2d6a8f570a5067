package weftgeth

import (
	"crypto/ecdsa"
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/weftnet/weft/core"
)

// signDomain separates weft header signatures from every other use of an
// Ethereum key: a signature over a weft header is never a valid transaction,
// message or block signature.
const signDomain = "weft-geth/1 header\x00"

// Secp256k1Signer signs weft session headers with an Ethereum (secp256k1)
// key. Its public key, as receivers see it, is the key's 20-byte address; its
// signatures are 65 bytes [R || S || V] over keccak256(signDomain || msg), so a
// receiver recovers the address from the signature (Secp256k1Verifier).
type Secp256k1Signer struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// ErrNoKey is returned by NewSecp256k1Signer for a nil key.
var ErrNoKey = errors.New("weft/geth: no key")

// NewSecp256k1Signer returns a signer for key.
func NewSecp256k1Signer(key *ecdsa.PrivateKey) (*Secp256k1Signer, error) {
	if key == nil {
		return nil, ErrNoKey
	}
	return &Secp256k1Signer{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}, nil
}

// Address returns the address receivers see as the publisher.
func (s *Secp256k1Signer) Address() common.Address { return s.addr }

// PublicKey implements core.Signer: the 20-byte address.
func (s *Secp256k1Signer) PublicKey() []byte { return s.addr.Bytes() }

// Sign implements core.Signer.
func (s *Secp256k1Signer) Sign(msg []byte) ([]byte, error) {
	return crypto.Sign(headerHash(msg), s.key)
}

// Secp256k1Verifier checks Secp256k1Signer signatures: it recovers the signing
// address and compares it with the publisher's 20-byte address.
type Secp256k1Verifier struct{}

// Verify implements core.Verifier.
func (Secp256k1Verifier) Verify(pub, msg, sig []byte) bool {
	if len(pub) != common.AddressLength || len(sig) != crypto.SignatureLength {
		return false
	}
	key, err := crypto.SigToPub(headerHash(msg), sig)
	if err != nil {
		return false
	}
	return crypto.PubkeyToAddress(*key) == common.BytesToAddress(pub)
}

func headerHash(msg []byte) []byte {
	return crypto.Keccak256([]byte(signDomain), msg)
}

var (
	_ core.Signer   = (*Secp256k1Signer)(nil)
	_ core.Verifier = Secp256k1Verifier{}
)
