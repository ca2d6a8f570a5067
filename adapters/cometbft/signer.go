package weftcmt

import (
	"errors"
	"fmt"

	"github.com/cometbft/cometbft/crypto/ed25519"
	"github.com/cometbft/cometbft/types"
	"github.com/weftnet/weft/core"
)

// ErrKeyType is returned for a validator key weft cannot sign headers with.
var ErrKeyType = errors.New("weft/cometbft: validator key is not ed25519")

// ValidatorSigner signs weft session headers with the node's validator key
// through its PrivValidator (a file key, or a remote signer that supports
// SignBytes), so receivers can tie a session to the round's proposer.
type ValidatorSigner struct {
	pv  types.PrivValidator
	pub []byte
}

// NewValidatorSigner returns a signer over pv's key. The key must be ed25519
// (CometBFT's default): receivers check header signatures with Verifier.
func NewValidatorSigner(pv types.PrivValidator) (*ValidatorSigner, error) {
	pk, err := pv.GetPubKey()
	if err != nil {
		return nil, fmt.Errorf("weft/cometbft: validator public key: %w", err)
	}
	if pk.Type() != ed25519.KeyType {
		return nil, fmt.Errorf("%w: %s", ErrKeyType, pk.Type())
	}
	return &ValidatorSigner{pv: pv, pub: pk.Bytes()}, nil
}

// PublicKey implements core.Signer: the validator's raw ed25519 public key.
func (s *ValidatorSigner) PublicKey() []byte { return s.pub }

// Sign implements core.Signer with PrivValidator.SignBytes.
func (s *ValidatorSigner) Sign(msg []byte) ([]byte, error) { return s.pv.SignBytes(msg) }

// Verifier checks header signatures with CometBFT's ed25519.
type Verifier struct{}

// Verify implements core.Verifier.
func (Verifier) Verify(pub, msg, sig []byte) bool {
	if len(pub) != ed25519.PubKeySize {
		return false
	}
	return ed25519.PubKey(pub).VerifySignature(msg, sig)
}

var (
	_ core.Signer   = (*ValidatorSigner)(nil)
	_ core.Verifier = Verifier{}
)
