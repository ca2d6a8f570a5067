package bridge

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/weftnet/weft/contracts"
)

// Event is a chain event the bridge follows; one of the types below.
type Event interface{ isEvent() }

// Registry events.
type (
	NodeRegistered struct {
		Operator, Node common.Address
		Seq            uint64
	}
	RecordUpdated struct {
		Node   common.Address
		Seq    uint64
		Record []byte
	}
	NodeRemoved struct{ Operator, Node common.Address }
	Slashed     struct {
		Operator, Node, Reporter common.Address
		Penalty                  *big.Int
	}
)

// Escrow events.
type (
	Deposited struct {
		Payer, Token common.Address
		Amount       *big.Int
	}
	SignerChanged struct{ Payer, Signer common.Address }
	EpochBumped   struct {
		Payer common.Address
		Epoch uint64
	}
	WithdrawalRequested struct {
		Payer, Token common.Address
		Amount       *big.Int
		UnlockAt     uint64
	}
	// Claimed is one voucher claimed, from a Claimed event or one entry of a
	// ClaimedBatch event.
	Claimed struct {
		Payer, Relay, Token common.Address
		Paid, Unpaid        *big.Int
	}
)

func (NodeRegistered) isEvent()      {}
func (RecordUpdated) isEvent()       {}
func (NodeRemoved) isEvent()         {}
func (Slashed) isEvent()             {}
func (Deposited) isEvent()           {}
func (SignerChanged) isEvent()       {}
func (EpochBumped) isEvent()         {}
func (WithdrawalRequested) isEvent() {}
func (Claimed) isEvent()             {}

// Watcher follows the registry's and the escrow's events. It does not start
// goroutines: call Poll when convenient (on each new head, or on a timer the node owns).
type Watcher struct {
	c    *Chain
	next uint64
	// Confirmations: blocks behind the head to stay (reorg safety). Zero follows the head.
	Confirmations uint64
}

// NewWatcher returns a watcher that starts at block from.
func NewWatcher(c *Chain, from uint64) *Watcher { return &Watcher{c: c, next: from} }

// Next is the first block the next Poll will read.
func (w *Watcher) Next() uint64 { return w.next }

// Poll returns the events from the next unread block up to the head (minus
// Confirmations), in chain order, and advances. Logs it does not know are skipped.
func (w *Watcher) Poll(ctx context.Context) ([]Event, error) {
	head, err := w.c.backend.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("bridge: head: %w", err)
	}
	if head < w.Confirmations {
		return nil, nil
	}
	to := head - w.Confirmations
	if to < w.next {
		return nil, nil
	}
	logs, err := w.c.backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(w.next),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: []common.Address{w.c.addrs.Registry, w.c.addrs.Payments},
	})
	if err != nil {
		return nil, fmt.Errorf("bridge: logs %d..%d: %w", w.next, to, err)
	}
	var out []Event
	for i := range logs {
		out = append(out, decodeEvent(w.c, &logs[i])...)
	}
	w.next = to + 1
	return out, nil
}

// decodeEvent returns the events of one log: none for unknown logs, one per voucher
// for a ClaimedBatch.
func decodeEvent(c *Chain, l *types.Log) []Event {
	if len(l.Topics) == 0 {
		return nil
	}
	switch l.Address {
	case c.addrs.Registry:
		if e, err := registryABI.UnpackNodeRegisteredEvent(l); err == nil {
			return []Event{NodeRegistered{Operator: e.Operator, Node: e.Node, Seq: e.Seq}}
		}
		if e, err := registryABI.UnpackRecordUpdatedEvent(l); err == nil {
			return []Event{RecordUpdated{Node: e.Node, Seq: e.Seq, Record: e.Record}}
		}
		if e, err := registryABI.UnpackNodeRemovedEvent(l); err == nil {
			return []Event{NodeRemoved{Operator: e.Operator, Node: e.Node}}
		}
		if e, err := registryABI.UnpackSlashedEvent(l); err == nil {
			return []Event{Slashed{Operator: e.Operator, Node: e.Node, Reporter: e.Reporter, Penalty: e.Penalty}}
		}
	case c.addrs.Payments:
		if e, err := paymentsABI.UnpackDepositedEvent(l); err == nil {
			return []Event{Deposited{Payer: e.Payer, Token: e.Token, Amount: e.Amount}}
		}
		if e, err := paymentsABI.UnpackSignerChangedEvent(l); err == nil {
			return []Event{SignerChanged{Payer: e.Payer, Signer: e.Signer}}
		}
		if e, err := paymentsABI.UnpackEpochBumpedEvent(l); err == nil {
			return []Event{EpochBumped{Payer: e.Payer, Epoch: e.Epoch}}
		}
		if e, err := paymentsABI.UnpackWithdrawalRequestedEvent(l); err == nil {
			return []Event{WithdrawalRequested{Payer: e.Payer, Token: e.Token, Amount: e.Amount, UnlockAt: e.UnlockAt}}
		}
		if e, err := paymentsABI.UnpackClaimedEvent(l); err == nil {
			return []Event{Claimed{Payer: e.Payer, Relay: e.Relay, Token: e.Token, Paid: e.Paid, Unpaid: e.Unpaid}}
		}
		if e, err := paymentsABI.UnpackClaimedBatchEvent(l); err == nil {
			cs, err := contracts.ParseBatchClaims(e.Claims)
			if err != nil {
				return nil
			}
			out := make([]Event, len(cs))
			for i, c := range cs {
				out[i] = Claimed{Payer: c.Payer, Relay: e.Relay, Token: e.Token, Paid: c.Paid, Unpaid: c.Unpaid}
			}
			return out
		}
	}
	return nil
}
