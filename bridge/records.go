package bridge

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net/netip"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/p2p/enode"
	"github.com/ethereum/go-ethereum/p2p/enr"
	"github.com/ethereum/go-ethereum/rlp"
)

// MaxRecordSize is EIP-778's limit on an encoded ENR, which the registry enforces too.
const MaxRecordSize = 300

// ErrBadRecord reports an ENR that does not decode or does not verify.
var ErrBadRecord = errors.New("bridge: invalid node record")

// NewRecord builds and signs (scheme "v4") an ENR for a node reachable at addr over TCP
// (and UDP on the same port when udp is true), with sequence number seq ≥ 1. It
// returns the RLP encoding, which is what the registry stores the hash of.
func NewRecord(nodeKey *ecdsa.PrivateKey, seq uint64, addr netip.AddrPort, udp bool) ([]byte, error) {
	if nodeKey == nil {
		return nil, errors.New("bridge: nil node key")
	}
	if seq == 0 {
		return nil, errors.New("bridge: record sequence numbers start at 1")
	}
	if !addr.IsValid() || addr.Port() == 0 {
		return nil, fmt.Errorf("bridge: invalid endpoint %v", addr)
	}
	var r enr.Record
	r.SetSeq(seq)
	ip := addr.Addr().Unmap()
	if ip.Is4() {
		r.Set(enr.IPv4Addr(ip))
		r.Set(enr.TCP(addr.Port()))
		if udp {
			r.Set(enr.UDP(addr.Port()))
		}
	} else {
		r.Set(enr.IPv6Addr(ip))
		r.Set(enr.TCP6(addr.Port()))
		if udp {
			r.Set(enr.UDP6(addr.Port()))
		}
	}
	if err := enode.SignV4(&r, nodeKey); err != nil {
		return nil, err
	}
	b, err := rlp.EncodeToBytes(&r)
	if err != nil {
		return nil, err
	}
	if len(b) > MaxRecordSize {
		return nil, fmt.Errorf("%w: %d bytes > %d", ErrBadRecord, len(b), MaxRecordSize)
	}
	return b, nil
}

// DecodeRecord decodes an RLP-encoded ENR and verifies its signature.
func DecodeRecord(b []byte) (*enode.Node, error) {
	if len(b) == 0 || len(b) > MaxRecordSize {
		return nil, fmt.Errorf("%w: size %d", ErrBadRecord, len(b))
	}
	var r enr.Record
	if err := rlp.DecodeBytes(b, &r); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadRecord, err)
	}
	n, err := enode.New(enode.ValidSchemes, &r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadRecord, err)
	}
	if n.Pubkey() == nil {
		return nil, fmt.Errorf("%w: no secp256k1 key", ErrBadRecord)
	}
	return n, nil
}

// NodeAddress is the Ethereum address of a node's key: the identity the registry uses.
// (The ENR node id is keccak256 of the same public key; the address is its last 20 bytes.)
func NodeAddress(n *enode.Node) common.Address {
	return crypto.PubkeyToAddress(*n.Pubkey())
}
