package contracts

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/weftnet/weft/contracts/bindings"
)

// Domain names and version of the contracts' EIP-712 domains. Every signed message
// also carries the chain id and the verifying contract's address.
const (
	RegistryDomainName = "weft NodeRegistry"
	PaymentsDomainName = "weft RelayPayments"
	DomainVersion      = "1"
)

var (
	domainTypeHash     = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	nodeRecordTypeHash = crypto.Keccak256Hash([]byte("NodeRecord(address node,address operator,uint64 seq,bytes32 recordHash)"))
	voucherTypeHash    = crypto.Keccak256Hash([]byte("Voucher(address payer,address relay,address token,uint256 cumulative,uint64 epoch,uint64 expiry)"))
)

// Errors returned by the signing and verification helpers.
var (
	ErrNilKey        = errors.New("contracts: nil private key")
	ErrNilChainID    = errors.New("contracts: nil or non-positive chain id")
	ErrBadSignature  = errors.New("contracts: malformed signature")
	ErrBadAmount     = errors.New("contracts: amount must be non-negative and fit in 128 bits")
	ErrSignerUnknown = errors.New("contracts: signature does not recover to the expected signer")
)

// DomainSeparator computes the EIP-712 domain separator of a weft contract.
func DomainSeparator(name string, chainID *big.Int, contract common.Address) (common.Hash, error) {
	if chainID == nil || chainID.Sign() <= 0 {
		return common.Hash{}, ErrNilChainID
	}
	return crypto.Keccak256Hash(
		domainTypeHash[:],
		crypto.Keccak256([]byte(name)),
		crypto.Keccak256([]byte(DomainVersion)),
		word(chainID),
		common.LeftPadBytes(contract[:], 32),
	), nil
}

func typedDataDigest(domain, structHash common.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domain[:], structHash[:])
}

// word left-pads a non-negative integer to 32 bytes.
func word(x *big.Int) []byte { return common.LeftPadBytes(x.Bytes(), 32) }

func u64word(x uint64) []byte { return word(new(big.Int).SetUint64(x)) }

func addrWord(a common.Address) []byte { return common.LeftPadBytes(a[:], 32) }

// NodeRecord is what a node key signs to bind itself, at sequence Seq, to an operator
// and a record (an ENR, by its keccak256 hash).
type NodeRecord struct {
	Node       common.Address
	Operator   common.Address
	Seq        uint64
	RecordHash common.Hash
}

// Digest is the EIP-712 digest NodeRegistry.recordDigest computes.
func (r NodeRecord) Digest(chainID *big.Int, registry common.Address) (common.Hash, error) {
	dom, err := DomainSeparator(RegistryDomainName, chainID, registry)
	if err != nil {
		return common.Hash{}, err
	}
	sh := crypto.Keccak256Hash(nodeRecordTypeHash[:], addrWord(r.Node), addrWord(r.Operator), u64word(r.Seq), r.RecordHash[:])
	return typedDataDigest(dom, sh), nil
}

// Sign signs the record with the node key; the result is the 65-byte r||s||v form
// (v = 27 or 28) that OpenZeppelin's ECDSA accepts.
func (r NodeRecord) Sign(nodeKey *ecdsa.PrivateKey, chainID *big.Int, registry common.Address) ([]byte, error) {
	d, err := r.Digest(chainID, registry)
	if err != nil {
		return nil, err
	}
	return signDigest(nodeKey, d)
}

// Voucher mirrors RelayPayments.Voucher: "payer owes relay, in total, Cumulative of
// Token (zero address = ETH)", valid in Epoch until Expiry (unix seconds).
type Voucher struct {
	Payer      common.Address
	Relay      common.Address
	Token      common.Address
	Cumulative *big.Int
	Epoch      uint64
	Expiry     uint64
}

var maxUint128 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))

// Digest is the EIP-712 digest RelayPayments.voucherDigest computes.
func (v Voucher) Digest(chainID *big.Int, payments common.Address) (common.Hash, error) {
	if v.Cumulative == nil || v.Cumulative.Sign() < 0 || v.Cumulative.Cmp(maxUint128) > 0 {
		return common.Hash{}, ErrBadAmount
	}
	dom, err := DomainSeparator(PaymentsDomainName, chainID, payments)
	if err != nil {
		return common.Hash{}, err
	}
	sh := crypto.Keccak256Hash(voucherTypeHash[:], addrWord(v.Payer), addrWord(v.Relay), addrWord(v.Token),
		word(v.Cumulative), u64word(v.Epoch), u64word(v.Expiry))
	return typedDataDigest(dom, sh), nil
}

// Sign signs the voucher with the payer's key or its authorised hot key.
func (v Voucher) Sign(key *ecdsa.PrivateKey, chainID *big.Int, payments common.Address) ([]byte, error) {
	d, err := v.Digest(chainID, payments)
	if err != nil {
		return nil, err
	}
	return signDigest(key, d)
}

// Binding converts the voucher to the generated binding's struct.
func (v Voucher) Binding() bindings.RelayPaymentsVoucher {
	return bindings.RelayPaymentsVoucher{
		Payer: v.Payer, Relay: v.Relay, Token: v.Token,
		Cumulative: new(big.Int).Set(v.Cumulative), Epoch: v.Epoch, Expiry: v.Expiry,
	}
}

// Recover returns the address that produced sig over digest. It rejects what
// OpenZeppelin's ECDSA rejects: lengths other than 65, v not 27/28, and high-s values.
func Recover(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("%w: length %d, want 65", ErrBadSignature, len(sig))
	}
	v := sig[64]
	if v != 27 && v != 28 {
		return common.Address{}, fmt.Errorf("%w: v = %d, want 27 or 28", ErrBadSignature, v)
	}
	s := new(big.Int).SetBytes(sig[32:64])
	if s.Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, fmt.Errorf("%w: high s", ErrBadSignature)
	}
	raw := make([]byte, 65)
	copy(raw, sig)
	raw[64] = v - 27
	pub, err := crypto.SigToPub(digest[:], raw)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %w", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

var (
	secp256k1N     = crypto.S256().Params().N
	secp256k1HalfN = new(big.Int).Rsh(secp256k1N, 1)
)

// MalleateSignature returns the other valid (high-s) form of a low-s signature: the
// same signer recovers from it with raw ecrecover, which OpenZeppelin's ECDSA rejects.
// It exists for tests of that rejection.
func MalleateSignature(sig []byte) ([]byte, error) {
	if len(sig) != 65 {
		return nil, ErrBadSignature
	}
	out := make([]byte, 65)
	copy(out, sig)
	s := new(big.Int).SetBytes(sig[32:64])
	copy(out[32:64], common.LeftPadBytes(new(big.Int).Sub(secp256k1N, s).Bytes(), 32))
	out[64] = 55 - sig[64] // 27 <-> 28
	return out, nil
}

func signDigest(key *ecdsa.PrivateKey, d common.Hash) ([]byte, error) {
	if key == nil {
		return nil, ErrNilKey
	}
	sig, err := crypto.Sign(d[:], key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// Compact converts a 65-byte r||s||v signature into the ERC-2098 form (r, yParity<<255|s)
// that RelayPayments takes. It rejects malformed and high-s signatures (which the
// compact form cannot express unambiguously).
func Compact(sig []byte) (r, vs [32]byte, err error) {
	if len(sig) != 65 {
		return r, vs, fmt.Errorf("%w: length %d, want 65", ErrBadSignature, len(sig))
	}
	v := sig[64]
	if v != 27 && v != 28 {
		return r, vs, fmt.Errorf("%w: v = %d, want 27 or 28", ErrBadSignature, v)
	}
	if new(big.Int).SetBytes(sig[32:64]).Cmp(secp256k1HalfN) > 0 {
		return r, vs, fmt.Errorf("%w: high s", ErrBadSignature)
	}
	copy(r[:], sig[:32])
	copy(vs[:], sig[32:64])
	if v == 28 {
		vs[0] |= 0x80
	}
	return r, vs, nil
}

// CompactUnchecked is Compact without the low-s check, for tests that must submit a
// malleated signature to see the contract refuse it.
func CompactUnchecked(sig []byte) (r, vs [32]byte) {
	if len(sig) != 65 {
		return r, vs // all zero: recovers to nobody
	}
	copy(r[:], sig[:32])
	copy(vs[:], sig[32:64])
	if sig[64] == 28 {
		vs[0] |= 0x80
	}
	return r, vs
}

// SignedVoucher binds a voucher to its 65-byte signature.
type SignedVoucher struct {
	Voucher
	Sig []byte
}

// Binding converts to the claimBatch element type.
func (s SignedVoucher) Binding() (bindings.RelayPaymentsSignedVoucher, error) {
	r, vs, err := Compact(s.Sig)
	if err != nil {
		return bindings.RelayPaymentsSignedVoucher{}, err
	}
	return bindings.RelayPaymentsSignedVoucher{Voucher: s.Voucher.Binding(), R: r, Vs: vs}, nil
}

// BatchClaim is one entry of RelayPayments' ClaimedBatch event.
type BatchClaim struct {
	Payer  common.Address
	Paid   *big.Int
	Unpaid *big.Int
}

// ParseBatchClaims decodes the packed `claims` of a ClaimedBatch event: 52 bytes per
// voucher, payer (20) || paid (16) || unpaid (16).
func ParseBatchClaims(claims []byte) ([]BatchClaim, error) {
	if len(claims)%52 != 0 {
		return nil, fmt.Errorf("contracts: ClaimedBatch data of %d bytes is not a multiple of 52", len(claims))
	}
	out := make([]BatchClaim, 0, len(claims)/52)
	for b := claims; len(b) > 0; b = b[52:] {
		out = append(out, BatchClaim{
			Payer:  common.BytesToAddress(b[:20]),
			Paid:   new(big.Int).SetBytes(b[20:36]),
			Unpaid: new(big.Int).SetBytes(b[36:52]),
		})
	}
	return out, nil
}
