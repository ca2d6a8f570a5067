package weftgeth

import (
	"github.com/ethereum/go-ethereum/common"
	gcore "github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/event"
)

// Chain is what the Service needs of the block chain; *core.BlockChain
// implements it.
type Chain interface {
	CurrentBlock() *types.Header
	GetHeader(hash common.Hash, number uint64) *types.Header
	GetBlock(hash common.Hash, number uint64) *types.Block
	HasBlock(hash common.Hash, number uint64) bool
	// InsertChain is the chain's own import path: it validates and executes the
	// blocks and makes the last one head.
	InsertChain(types.Blocks) (int, error)
	SubscribeChainHeadEvent(ch chan<- gcore.ChainHeadEvent) event.Subscription
}

// TxPool is what the Service needs of the transaction pool; *txpool.TxPool
// implements it.
type TxPool interface {
	Add(txs []*types.Transaction, sync bool) []error
	// Get returns a pooled transaction with its blob sidecar, if any.
	Get(hash common.Hash) *types.Transaction
	Has(hash common.Hash) bool
	SubscribeTransactions(ch chan<- gcore.NewTxsEvent, reorgs bool) event.Subscription
}

// Backend is the host the Service drives: the narrow view of a geth node that
// weft needs. NewEthBackend adapts *eth.Ethereum.
type Backend interface {
	Chain() Chain
	TxPool() TxPool
	// BeaconSync catches the chain up over eth to head, a header the sequencer
	// signed (the downloader's beacon sync, as a consensus client would start).
	BeaconSync(head *types.Header) error
	// SetSynced tells the host its chain follows the network's head, which
	// turns on eth's transaction processing.
	SetSynced()
}

// NewEthBackend returns the Backend of a geth node's eth service.
func NewEthBackend(e *eth.Ethereum) Backend { return ethBackend{e} }

type ethBackend struct{ e *eth.Ethereum }

func (b ethBackend) Chain() Chain   { return b.e.BlockChain() }
func (b ethBackend) TxPool() TxPool { return b.e.TxPool() }
func (b ethBackend) BeaconSync(head *types.Header) error {
	return b.e.Downloader().BeaconSync(head, nil)
}
func (b ethBackend) SetSynced() { b.e.SetSynced() }
