package core

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

// memTransport connects Nodes in memory, with a per-frame delay.
type memTransport struct {
	self  PeerID
	nodes map[PeerID]*Node
	delay time.Duration
	mu    *sync.Mutex
	sent  *int
}

func (m memTransport) Send(ctx context.Context, to PeerID, frame []byte) error {
	select {
	case <-time.After(m.delay):
	case <-ctx.Done():
		return ctx.Err()
	}
	m.mu.Lock()
	*m.sent++
	dst := m.nodes[to]
	m.mu.Unlock()
	if dst == nil {
		return nil
	}
	return dst.Receive(m.self, append([]byte(nil), frame...))
}

func TestNodeDelivers(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const n = 6
		nodes := map[PeerID]*Node{}
		var mu sync.Mutex
		sent := 0
		got := make(chan [2]any, n)
		for i := 1; i <= n; i++ {
			id := PeerID(i)
			seed := make([]byte, 32)
			seed[0] = byte(i)
			nd, err := NewNode(NodeConfig{
				Engine:    Config{Seed: uint64(i), Signer: NewEd25519Signer(seed), MinChunkSize: 1024},
				Transport: memTransport{self: id, nodes: nodes, delay: 5 * time.Millisecond, mu: &mu, sent: &sent},
				Deliver:   func(d Delivery) { got <- [2]any{id, d.Payload} },
			})
			if err != nil {
				t.Fatal(err)
			}
			mu.Lock()
			nodes[id] = nd
			mu.Unlock()
			nd.Start()
		}
		// A ring plus chords.
		for i := 1; i <= n; i++ {
			for _, j := range []int{i%n + 1, (i+1)%n + 1} {
				if err := nodes[PeerID(i)].AddPeer(PeerID(j)); err != nil {
					t.Fatal(err)
				}
				_ = nodes[PeerID(j)].AddPeer(PeerID(i)) // may exist already
			}
		}
		msg := bytes.Repeat([]byte("weft node test "), 4000)
		id := MessageID(sha256.Sum256(msg))
		if err := nodes[1].Publish(context.Background(), id, msg, PublishOptions{Strategy: StrategyRLNC}); err != nil {
			t.Fatal(err)
		}
		for k := 0; k < n-1; k++ {
			select {
			case d := <-got:
				if !bytes.Equal(d[1].([]byte), msg) {
					t.Fatalf("node %v delivered a wrong message", d[0])
				}
			case <-time.After(10 * time.Second):
				t.Fatalf("only %d of %d nodes delivered", k, n-1)
			}
		}
		st, err := nodes[1].Stats()
		if err != nil || st.Costs.Count[OpSign] != 1 {
			t.Fatalf("stats %+v, %v", st, err)
		}
		for _, nd := range nodes {
			if err := nd.Close(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		if err := nodes[1].Publish(context.Background(), MessageID{9}, msg, PublishOptions{}); !errors.Is(err, ErrClosed) {
			t.Fatalf("publish after close: %v", err)
		}
	})
}

// TestNodeCloseAbortsBlockedSends: a transport that never completes does not
// keep Close from returning once its context ends.
func TestNodeCloseAbortsBlockedSends(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		block := blockingTransport{}
		seed := make([]byte, 32)
		nd, err := NewNode(NodeConfig{Engine: Config{Signer: NewEd25519Signer(seed)}, Transport: block, QueueLen: 2})
		if err != nil {
			t.Fatal(err)
		}
		nd.Start()
		_ = nd.AddPeer(7)
		msg := make([]byte, 200_000)
		if err := nd.Publish(context.Background(), MessageID{1}, msg, PublishOptions{Strategy: StrategyRS}); err != nil {
			t.Fatal(err)
		}
		synctest.Wait()
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		if err := nd.Close(ctx); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("Close = %v, want deadline exceeded", err)
		}
	})
}

type blockingTransport struct{}

func (blockingTransport) Send(ctx context.Context, _ PeerID, _ []byte) error {
	<-ctx.Done()
	return ctx.Err()
}

func TestSenderQueuePolicy(t *testing.T) {
	s := &sender{wake: make(chan struct{}, 1)}
	id := MessageID{1}
	frame := func(t FrameType, b byte) []byte {
		f, _ := beginFrame(nil, t, &id)
		return endFrame(append(f, b), 0)
	}
	chunk := func(b byte) []byte { return frame(FrameChunk, b) }
	have := func(b byte) []byte { return frame(FrameHave, b) }
	drops := 0
	for i := 0; i < 5; i++ {
		if s.push(chunk(byte(i)), 3) {
			drops++
		}
	}
	if s.push(have(1), 3) {
		t.Fatal("first have dropped")
	}
	if !s.push(have(2), 3) {
		t.Fatal("second have did not replace the first")
	}
	if drops != 2 || len(s.q) != 4 {
		t.Fatalf("drops=%d queue=%d", drops, len(s.q))
	}
	f, _ := s.pop()
	if f[len(f)-1] != 2 {
		t.Fatalf("oldest chunks not dropped first: got chunk %d", f[len(f)-1])
	}
}

// TestNodePenalizes: garbage from a peer reaches the Penalized callback, the
// peer is disconnected and banned, and Close returns.
func TestNodePenalizes(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		pens := make(chan Penalty, 8)
		var mu sync.Mutex
		sent := 0
		nd, err := NewNode(NodeConfig{
			Engine:    Config{Signer: NewEd25519Signer(make([]byte, 32))},
			Transport: memTransport{self: 1, nodes: map[PeerID]*Node{}, delay: time.Millisecond, mu: &mu, sent: &sent},
			Penalized: func(p Penalty) { pens <- p },
		})
		if err != nil {
			t.Fatal(err)
		}
		nd.Start()
		if err := nd.AddPeer(2); err != nil {
			t.Fatal(err)
		}
		if err := nd.Publish(context.Background(), MessageID{1}, make([]byte, 10_000), PublishOptions{}); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 2; i++ {
			if err := nd.Receive(2, []byte{1, 2, 3}); err != nil {
				t.Fatal(err)
			}
		}
		var last Penalty
		for i := 0; i < 2; i++ {
			last = <-pens
		}
		if !last.Disconnect || last.Peer != 2 || !errors.Is(last.Err, ErrMalformed) {
			t.Fatalf("penalty %+v", last)
		}
		if err := nd.AddPeer(2); !errors.Is(err, ErrBanned) {
			t.Fatalf("re-adding a banned peer: %v", err)
		}
		if err := nd.Close(context.Background()); err != nil {
			t.Fatal(err)
		}
	})
}
