package gethtest

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	gcore "github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/p2p/enode"
	weftgeth "github.com/weftnet/weft/adapters/geth"
)

// NetworkID of the test chain.
const NetworkID = 1337

// GasLimit of the test chain's blocks: room for 4 MiB of calldata.
const GasLimit = 400_000_000

// Genesis returns a dev-mode genesis (every fork active from block 0, proof
// of stake) that funds the given accounts.
func Genesis(funded ...common.Address) *gcore.Genesis {
	g := gcore.DeveloperGenesisBlock(GasLimit, nil)
	bal := new(big.Int).Exp(big.NewInt(10), big.NewInt(30), nil)
	for _, a := range funded {
		g.Alloc[a] = types.Account{Balance: bal}
	}
	return g
}

// Options configure one node.
type Options struct {
	// Name identifies the node in logs.
	Name string
	// Key is the devp2p node key (nil: a fresh one). Pass the same key to
	// restart a node as itself.
	Key *ecdsa.PrivateKey
	// DataDir keeps the chain on disk ("" : in memory).
	DataDir string
	// Weft, if set, runs weft with this configuration.
	Weft *weftgeth.Config
	// Sequencer runs a dev-mode beacon that seals a block on each Commit.
	Sequencer bool
	// Dialer, if set, makes the node's outbound devp2p connections (shaping).
	Dialer p2p.NodeDialer
	// HTTP serves JSON-RPC on 127.0.0.1 with an ephemeral port.
	HTTP bool
}

// Node is one running geth node.
type Node struct {
	Name   string
	Stack  *node.Node
	Eth    *eth.Ethereum
	Weft   *weftgeth.Service
	Beacon *catalyst.SimulatedBeacon
	Key    *ecdsa.PrivateKey
}

// Start creates and starts a node on genesis.
func Start(genesis *gcore.Genesis, o Options) (*Node, error) {
	key := o.Key
	if key == nil {
		var err error
		if key, err = crypto.GenerateKey(); err != nil {
			return nil, err
		}
	}
	cfg := &node.Config{
		Name:    o.Name,
		DataDir: o.DataDir,
		P2P: p2p.Config{
			ListenAddr:  "127.0.0.1:0",
			NoDiscovery: true,
			MaxPeers:    64,
			PrivateKey:  key,
			Dialer:      o.Dialer,
		},
	}
	if o.DataDir != "" {
		// pebble built with -race runs its invariant checks, which capture a
		// stack trace per table iterator: reopening a chain then takes tens
		// of seconds (the log index reads it at start). leveldb has no such
		// mode.
		cfg.DBEngine = "leveldb"
	}
	if o.HTTP {
		cfg.HTTPHost, cfg.HTTPPort, cfg.HTTPModules = "127.0.0.1", 0, []string{"eth", "net", "web3"}
	}
	stack, err := node.New(cfg)
	if err != nil {
		return nil, err
	}
	ecfg := ethconfig.Defaults
	ecfg.Genesis = genesis
	ecfg.NetworkId = NetworkID
	ecfg.SyncMode = ethconfig.FullSync
	ecfg.Miner.GasCeil = GasLimit
	ecfg.TxPool.AccountSlots = 1024
	ecfg.TxPool.GlobalSlots = 16384
	ecfg.TxPool.AccountQueue = 1024
	ecfg.TxPool.GlobalQueue = 4096
	e, err := eth.New(stack, &ecfg)
	if err != nil {
		_ = stack.Close()
		return nil, err
	}
	n := &Node{Name: o.Name, Stack: stack, Eth: e, Key: key}
	if o.Weft != nil {
		if n.Weft, err = weftgeth.Register(stack, e, *o.Weft); err != nil {
			_ = stack.Close()
			return nil, err
		}
	}
	if o.Sequencer {
		if n.Beacon, err = catalyst.NewSimulatedBeacon(0, common.Address{}, e); err != nil {
			_ = stack.Close()
			return nil, err
		}
		stack.RegisterLifecycle(n.Beacon)
	}
	if err := stack.Start(); err != nil {
		_ = stack.Close()
		return nil, err
	}
	if o.Sequencer {
		e.SetSynced()
	}
	return n, nil
}

// Close stops the node.
func (n *Node) Close() error { return n.Stack.Close() }

// Head returns the hash and number of the node's head block.
func (n *Node) Head() (common.Hash, uint64) {
	h := n.Eth.BlockChain().CurrentBlock()
	return h.Hash(), h.Number.Uint64()
}

// Connect has a dial b over devp2p and waits until both ends have the peer
// (and, when both run weft, until both weft engines have it).
func Connect(ctx context.Context, a, b *Node) error {
	var waits []func() error
	for _, pair := range [][2]*Node{{a, b}, {b, a}} {
		self, other := pair[0], pair[1]
		ch := make(chan *p2p.PeerEvent, 16)
		sub := self.Stack.Server().SubscribeEvents(ch)
		want := other.Stack.Server().Self().ID()
		var wch chan weftgeth.PeerEvent
		var wsub interface{ Unsubscribe() }
		if a.Weft != nil && b.Weft != nil {
			wch = make(chan weftgeth.PeerEvent, 16)
			wsub = self.Weft.SubscribePeers(wch)
		}
		waits = append(waits, func() error {
			defer sub.Unsubscribe()
			if wsub != nil {
				defer wsub.Unsubscribe()
			}
			p2pUp, weftUp := false, wch == nil
			for _, p := range self.Stack.Server().Peers() {
				p2pUp = p2pUp || p.ID() == want
			}
			for !p2pUp || !weftUp {
				select {
				case ev := <-ch:
					if ev.Peer == want && ev.Type == p2p.PeerEventTypeAdd {
						p2pUp = true
					}
				case ev := <-wch:
					if ev.ID == want && ev.Added {
						weftUp = true
					}
				case <-ctx.Done():
					return fmt.Errorf("%s: waiting for peer %s: %w", self.Name, other.Name, ctx.Err())
				}
			}
			return nil
		})
	}
	a.Stack.Server().AddPeer(b.Stack.Server().Self())
	for _, w := range waits {
		if err := w(); err != nil {
			return err
		}
	}
	return nil
}

// WaitHead waits until every node's head is hash.
func WaitHead(ctx context.Context, hash common.Hash, nodes ...*Node) error {
	for _, n := range nodes {
		if err := n.waitHead(ctx, hash); err != nil {
			return err
		}
	}
	return nil
}

func (n *Node) waitHead(ctx context.Context, hash common.Hash) error {
	ch := make(chan gcore.ChainHeadEvent, 64)
	sub := n.Eth.BlockChain().SubscribeChainHeadEvent(ch)
	defer sub.Unsubscribe()
	for {
		if h, _ := n.Head(); h == hash {
			return nil
		}
		select {
		case <-ch:
		case err := <-sub.Err():
			return err
		case <-ctx.Done():
			h, num := n.Head()
			return fmt.Errorf("%s: head #%d %x, waiting for %x: %w", n.Name, num, h, hash, ctx.Err())
		}
	}
}

// WaitTx waits until every node's pool holds the transaction.
func WaitTx(ctx context.Context, hash common.Hash, nodes ...*Node) error {
	for _, n := range nodes {
		pool := n.Eth.TxPool()
		ch := make(chan gcore.NewTxsEvent, 64)
		sub := pool.SubscribeTransactions(ch, false)
		err := func() error {
			defer sub.Unsubscribe()
			for !pool.Has(hash) {
				select {
				case <-ch:
				case err := <-sub.Err():
					return err
				case <-ctx.Done():
					return fmt.Errorf("%s: tx %x not in the pool: %w", n.Name, hash, ctx.Err())
				}
			}
			return nil
		}()
		if err != nil {
			return err
		}
	}
	return nil
}

// WaitDrop waits until n's p2p server drops the peer id; call it with a
// subscription taken before the drop can happen (SubscribeDrops).
func WaitDrop(ctx context.Context, ch <-chan *p2p.PeerEvent, id enode.ID) error {
	for {
		select {
		case ev := <-ch:
			if ev.Peer == id && ev.Type == p2p.PeerEventTypeDrop {
				return nil
			}
		case <-ctx.Done():
			return fmt.Errorf("peer %s not dropped: %w", id.TerminalString(), ctx.Err())
		}
	}
}

// ErrNoBlock is returned by Seal when the sequencer did not advance.
var ErrNoBlock = errors.New("gethtest: the sequencer sealed no block")

// Seal adds txs to the sequencer's pool and seals a block with them; it
// returns the new head.
func (n *Node) Seal(txs ...*types.Transaction) (*types.Block, error) {
	if n.Beacon == nil {
		return nil, fmt.Errorf("gethtest: %s is not a sequencer", n.Name)
	}
	_, before := n.Head()
	if len(txs) > 0 {
		for i, err := range n.Eth.TxPool().Add(txs, true) {
			if err != nil && !errors.Is(err, txpool.ErrAlreadyKnown) {
				return nil, fmt.Errorf("gethtest: tx %d: %w", i, err)
			}
		}
	}
	hash := n.Beacon.Commit()
	b := n.Eth.BlockChain().GetBlockByHash(hash)
	if b == nil || b.NumberU64() != before+1 {
		return nil, ErrNoBlock
	}
	in := map[common.Hash]bool{}
	for _, tx := range b.Transactions() {
		in[tx.Hash()] = true
	}
	for _, tx := range txs {
		if !in[tx.Hash()] {
			return nil, fmt.Errorf("gethtest: block #%d lacks tx %x", b.NumberU64(), tx.Hash())
		}
	}
	return b, nil
}
