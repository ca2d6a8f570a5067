package bench

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gcore "github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/event"
	"github.com/weftnet/weft/adapters/geth/internal/gethtest"
)

type headSeen struct {
	node int
	hash common.Hash
	at   time.Time
}

// headWatch timestamps every node's new heads as they happen.
type headWatch struct {
	seen  chan headSeen
	subs  []event.Subscription
	quit  chan struct{}
	index map[*gethtest.Node]int
	log   map[common.Hash]map[int]time.Time
}

func watchHeads(nodes []*gethtest.Node) *headWatch {
	w := &headWatch{seen: make(chan headSeen, 4096), quit: make(chan struct{}), index: map[*gethtest.Node]int{},
		log: map[common.Hash]map[int]time.Time{}}
	for i, n := range nodes {
		w.index[n] = i
		ch := make(chan gcore.ChainHeadEvent, 256)
		w.subs = append(w.subs, n.Eth.BlockChain().SubscribeChainHeadEvent(ch))
		go func() {
			for {
				select {
				case ev := <-ch:
					select {
					case w.seen <- headSeen{i, ev.Header.Hash(), time.Now()}:
					case <-w.quit:
						return
					}
				case <-w.quit:
					return
				}
			}
		}()
	}
	return w
}

// wait returns when each node's head was hash, in the order of nodes.
func (w *headWatch) wait(ctx context.Context, hash common.Hash, nodes []*gethtest.Node) ([]time.Time, error) {
	for {
		if got := w.log[hash]; len(got) >= len(nodes) {
			out := make([]time.Time, len(nodes))
			ok := true
			for i, n := range nodes {
				t, has := got[w.index[n]]
				out[i], ok = t, ok && has
			}
			if ok {
				return out, nil
			}
		}
		select {
		case s := <-w.seen:
			if w.log[s.hash] == nil {
				w.log[s.hash] = map[int]time.Time{}
			}
			if _, dup := w.log[s.hash][s.node]; !dup {
				w.log[s.hash][s.node] = s.at
			}
		case <-ctx.Done():
			return nil, fmt.Errorf("block %x: %d of %d nodes: %w", hash, len(w.log[hash]), len(nodes), ctx.Err())
		}
	}
}

func (w *headWatch) stop() {
	close(w.quit)
	for _, s := range w.subs {
		s.Unsubscribe()
	}
}

// poolWatch timestamps a transaction's arrival in every node's pool.
type poolWatch struct {
	hash  common.Hash
	nodes []*gethtest.Node
	seen  chan int
	subs  []event.Subscription
	quit  chan struct{}
}

func watchPools(nodes []*gethtest.Node, hash common.Hash) *poolWatch {
	w := &poolWatch{hash: hash, nodes: nodes, seen: make(chan int, len(nodes)), quit: make(chan struct{})}
	for i, n := range nodes {
		ch := make(chan gcore.NewTxsEvent, 256)
		w.subs = append(w.subs, n.Eth.TxPool().SubscribeTransactions(ch, false))
		go func() {
			for {
				select {
				case ev := <-ch:
					for _, tx := range ev.Txs {
						if tx.Hash() == hash {
							w.seen <- i
							return
						}
					}
				case <-w.quit:
					return
				}
			}
		}()
	}
	return w
}

// wait returns when each node pooled the transaction.
func (w *poolWatch) wait(ctx context.Context) ([]time.Time, error) {
	out := make([]time.Time, len(w.nodes))
	for got := 0; got < len(w.nodes); got++ {
		select {
		case i := <-w.seen:
			out[i] = time.Now()
		case <-ctx.Done():
			return nil, fmt.Errorf("tx %x reached %d of %d pools: %w", w.hash, got, len(w.nodes), ctx.Err())
		}
	}
	return out, nil
}

func (w *poolWatch) stop() {
	close(w.quit)
	for _, s := range w.subs {
		s.Unsubscribe()
	}
}
