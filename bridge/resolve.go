package bridge

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/p2p/enode"
)

// Peer is a registered node, resolved and verified: its ENR is signed by the node key,
// hashes to what the registry holds, and carries the registry's sequence number.
type Peer struct {
	Operator common.Address
	Node     common.Address
	Seq      uint64
	Record   *enode.Node // dial it with Record.TCPEndpoint()
}

// ErrRecordMismatch reports a node whose published record does not match the registry.
var ErrRecordMismatch = errors.New("bridge: record does not match the registry")

// Resolve turns an operator address into its registered, verified peers. Records are
// read from the registry's RecordUpdated logs and checked against the stored hash. A
// node whose record is missing or invalid is left out and reported in err (joined);
// the valid peers are returned either way.
func (c *Chain) Resolve(ctx context.Context, operator common.Address) ([]Peer, error) {
	res, err := bind.Call(c.reg, &bind.CallOpts{Context: ctx}, registryABI.PackResolve(operator), registryABI.UnpackResolve)
	if err != nil {
		return nil, fmt.Errorf("bridge: resolve(%s): %w", operator, err)
	}
	if len(res.Nodes) == 0 {
		return nil, nil
	}
	recs, err := c.records(ctx, res.Nodes)
	if err != nil {
		return nil, err
	}
	var peers []Peer
	var errs []error
	for i, node := range res.Nodes {
		raw, ok := recs[res.Hashes[i]]
		if !ok {
			errs = append(errs, fmt.Errorf("%w: node %s: no published record with hash %x", ErrRecordMismatch, node, res.Hashes[i]))
			continue
		}
		n, err := DecodeRecord(raw)
		if err != nil {
			errs = append(errs, fmt.Errorf("node %s: %w", node, err))
			continue
		}
		if NodeAddress(n) != node {
			errs = append(errs, fmt.Errorf("%w: node %s: record key is %s", ErrRecordMismatch, node, NodeAddress(n)))
			continue
		}
		if n.Seq() != res.Seqs[i] {
			errs = append(errs, fmt.Errorf("%w: node %s: record seq %d, registry %d", ErrRecordMismatch, node, n.Seq(), res.Seqs[i]))
			continue
		}
		peers = append(peers, Peer{Operator: operator, Node: node, Seq: res.Seqs[i], Record: n})
	}
	return peers, errors.Join(errs...)
}

// records fetches the RecordUpdated payloads of the given nodes, keyed by keccak256.
func (c *Chain) records(ctx context.Context, nodes []common.Address) (map[common.Hash][]byte, error) {
	ev := registryABI.GetABI().Events["RecordUpdated"]
	topics := make([]common.Hash, len(nodes))
	for i, n := range nodes {
		topics[i] = common.BytesToHash(n[:])
	}
	logs, err := c.backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(c.fromBlock),
		Addresses: []common.Address{c.addrs.Registry},
		Topics:    [][]common.Hash{{ev.ID}, topics},
	})
	if err != nil {
		return nil, fmt.Errorf("bridge: fetching records: %w", err)
	}
	out := make(map[common.Hash][]byte, len(logs))
	for i := range logs {
		r, err := registryABI.UnpackRecordUpdatedEvent(&logs[i])
		if err != nil {
			continue // not decodable: cannot match any stored hash
		}
		out[crypto.Keccak256Hash(r.Record)] = r.Record
	}
	return out, nil
}

// ResolveName resolves an ENS-style name to its operator and that operator's peers:
// through the ENS registry's resolver for the name when Addresses.ENS is set, else
// through the deployment's WeftResolver.
func (c *Chain) ResolveName(ctx context.Context, name string) (common.Address, []Peer, error) {
	if c.res == nil && c.ens == nil {
		return common.Address{}, nil, ErrNoResolver
	}
	h, err := Namehash(name)
	if err != nil {
		return common.Address{}, nil, err
	}
	opts := &bind.CallOpts{Context: ctx}
	res := c.res
	if c.ens != nil {
		data, err := ensRegistryABI.Pack("resolver", h)
		if err != nil {
			return common.Address{}, nil, err
		}
		ra, err := bind.Call(c.ens, opts, data, func(b []byte) (common.Address, error) {
			out, err := ensRegistryABI.Unpack("resolver", b)
			if err != nil {
				return common.Address{}, fmt.Errorf("bridge: bad resolver() result: %w", err)
			}
			if len(out) != 1 {
				return common.Address{}, errors.New("bridge: bad resolver() result")
			}
			a, ok := out[0].(common.Address)
			if !ok {
				return common.Address{}, errors.New("bridge: bad resolver() result")
			}
			return a, nil
		})
		if err != nil {
			return common.Address{}, nil, fmt.Errorf("bridge: ENS resolver(%s): %w", name, err)
		}
		if ra == (common.Address{}) {
			return common.Address{}, nil, fmt.Errorf("%w: %q has no resolver in ENS", ErrUnknownName, name)
		}
		res = resolverABI.Instance(c.backend, ra) // addr(bytes32) is the same in every EIP-137 resolver
	}
	op, err := bind.Call(res, opts, resolverABI.PackAddr(h), resolverABI.UnpackAddr)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("bridge: addr(%s): %w", name, err)
	}
	if op == (common.Address{}) {
		return common.Address{}, nil, fmt.Errorf("%w: %q", ErrUnknownName, name)
	}
	peers, err := c.Resolve(ctx, op)
	return op, peers, err
}

// ensRegistryABI is the one ENS registry function the bridge calls.
var ensRegistryABI = mustABI(`[{"type":"function","name":"resolver","stateMutability":"view",` +
	`"inputs":[{"name":"node","type":"bytes32"}],"outputs":[{"name":"","type":"address"}]}]`)

func mustABI(s string) abi.ABI {
	a, err := abi.JSON(strings.NewReader(s))
	if err != nil {
		panic(err) // a constant: checked by every test that builds a Chain
	}
	return a
}

// ErrBadName reports a name outside the subset Namehash accepts.
var ErrBadName = errors.New("bridge: invalid name")

// Namehash computes the EIP-137 namehash of a name. Only already-normalised names are
// accepted: labels of lowercase ASCII letters, digits and hyphens, separated by dots
// (full ENSIP-15 normalisation is out of scope; normalise elsewhere first).
func Namehash(name string) (common.Hash, error) {
	var node common.Hash
	if name == "" {
		return node, nil
	}
	labels := strings.Split(name, ".")
	for _, l := range labels {
		if l == "" || len(l) > 63 {
			return common.Hash{}, fmt.Errorf("%w: %q has an empty or over-long label", ErrBadName, name)
		}
		for _, r := range l {
			if (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '-' {
				return common.Hash{}, fmt.Errorf("%w: %q contains %q (normalise to lowercase ASCII first)", ErrBadName, name, r)
			}
		}
	}
	for i := len(labels) - 1; i >= 0; i-- {
		node = crypto.Keccak256Hash(node[:], crypto.Keccak256([]byte(labels[i])))
	}
	return node, nil
}
