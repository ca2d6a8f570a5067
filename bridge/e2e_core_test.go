package bridge_test

// The same three registered nodes, but the message is relayed by weft's own fabric:
// a core.Node (RLNC strategy) on each of A, R and B, speaking over the admitted TCP
// connections. B's core Tracer reports every chunk it processes and whether it raised
// B's rank; a tracer adapter (below: the few lines a node needs) turns that into
// bridge.Delivery values for B's Meter, whose vouchers travel back to R on the same
// connection. R claims them; the escrow pays R exactly the innovative bytes B metered,
// which are bounded by the chunk bytes R really wrote to B.

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"math/big"
	"math/rand"
	"net"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/weftnet/weft/bridge"
	"github.com/weftnet/weft/contracts"
	"github.com/weftnet/weft/core"
)

// muxConn carries core frames (frameChunk), vouchers (frameVoucher) and an end marker
// (frameDone) over one connection; writes are serialised.
type muxConn struct {
	mu    sync.Mutex
	c     net.Conn
	coreN atomic.Int64 // bytes of core frames written
}

func (m *muxConn) write(typ byte, body []byte) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if typ == frameChunk {
		m.coreN.Add(int64(len(body)))
	}
	return writeFrame(m.c, typ, body)
}

// tcpTransport implements core.Transport over muxConns.
type tcpTransport struct{ peers map[core.PeerID]*muxConn }

func (t *tcpTransport) Send(_ context.Context, to core.PeerID, frame []byte) error {
	m := t.peers[to]
	if m == nil {
		return fmt.Errorf("no connection to peer %d", to)
	}
	return m.write(frameChunk, frame)
}

// meterTracer is the adapter between core's Tracer and the bridge: ChunkReceived from a
// core peer becomes a Delivery from that peer's admitted node address.
type meterTracer struct {
	sink   bridge.DeliverySink
	nodeOf map[core.PeerID]common.Address // from the admission handshake
	kick   chan struct{}
}

func (m *meterTracer) ChunkReceived(from core.PeerID, id core.MessageID, n int, useful bool) {
	node, ok := m.nodeOf[from]
	if !ok {
		return
	}
	m.sink.Delivered(bridge.Delivery{From: node, Message: id, Bytes: n, Innovative: useful})
	select {
	case m.kick <- struct{}{}:
	default:
	}
}
func (*meterTracer) SessionOpened(core.MessageID, core.StrategyID, core.PeerID, int) {}
func (*meterTracer) SessionClosed(core.MessageID, string)                            {}
func (*meterTracer) FrameSent(core.PeerID, core.FrameType, core.MessageID, int)      {}
func (*meterTracer) FrameRejected(core.PeerID, error)                                {}
func (*meterTracer) Delivered(core.MessageID, int)                                   {}
func (*meterTracer) Penalized(core.PeerID, int, int, error)                          {}

var _ core.Tracer = (*meterTracer)(nil)

// readLoop feeds core frames from c to node as peer `from`, and hands other frames to other.
func readLoop(c net.Conn, node *core.Node, from core.PeerID, other func(typ byte, body []byte) bool) error {
	for {
		typ, body, err := readFrame(c)
		if err != nil {
			return err
		}
		if typ == frameChunk {
			// After Close the node refuses frames; keep reading for vouchers and the end marker.
			if err := node.Receive(from, body); err != nil && !errors.Is(err, core.ErrClosed) {
				return err
			}
			continue
		}
		if other == nil || !other(typ, body) {
			return nil
		}
	}
}

func TestEndToEndCoreRelayPaidPerInnovativeByte(t *testing.T) {
	cctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	tr := newTrio(t, cctx)
	e := tr.e
	price := big.NewInt(1e9)

	// Peer ids are per node: each side numbers its connections.
	const toR, toA, toB = core.PeerID(1), core.PeerID(1), core.PeerID(2)
	mAR, mRA := &muxConn{c: tr.connAR}, &muxConn{c: tr.rFromA}
	mBR, mRB := &muxConn{c: tr.connBR}, &muxConn{c: tr.rToB}

	var book bridge.PayeeBook
	book.Add(tr.clR.Node, tr.clR.Operator)
	meter, err := bridge.NewMeter(bridge.MeterConfig{Chain: e.c, Payer: e.ch.Addrs[opB], Signer: hot, PricePerByte: price,
		VoucherEvery: 32 << 10, Lifetime: 30 * time.Minute, PayeeOf: book.PayeeOf, Now: tr.chainNow})
	if err != nil {
		t.Fatal(err)
	}
	col, err := bridge.NewCollector(bridge.CollectorConfig{Chain: e.c, Relay: e.ch.Addrs[opR], Lifetime: e.p.VoucherLifetime, ClaimMargin: 5 * time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	tracer := &meterTracer{sink: meter, nodeOf: map[core.PeerID]common.Address{toR: tr.clR.Node}, kick: make(chan struct{}, 1)}

	delivered := make(chan []byte, 1)
	newNode := func(seed uint64, t0 core.Transport, trc core.Tracer, deliver func(core.Delivery), signer core.Signer) *core.Node {
		n, err := core.NewNode(core.NodeConfig{
			Engine:    core.Config{Seed: seed, Signer: signer, Tracer: trc},
			Transport: t0, Deliver: deliver,
		})
		if err != nil {
			t.Fatal(err)
		}
		n.Start()
		return n
	}
	pubSeed := crypto.Keccak256([]byte("weft e2e publisher"))
	nodeA := newNode(1, &tcpTransport{peers: map[core.PeerID]*muxConn{toR: mAR}}, nil, nil, core.NewEd25519Signer(pubSeed[:ed25519.SeedSize]))
	nodeR := newNode(2, &tcpTransport{peers: map[core.PeerID]*muxConn{toA: mRA, toB: mRB}}, nil, nil, nil)
	nodeB := newNode(3, &tcpTransport{peers: map[core.PeerID]*muxConn{toR: mBR}}, tracer, func(d core.Delivery) {
		select {
		case delivered <- append([]byte{}, d.Payload...):
		default:
		}
	}, nil)
	for _, c := range []struct {
		n  *core.Node
		id core.PeerID
	}{{nodeA, toR}, {nodeR, toA}, {nodeR, toB}, {nodeB, toR}} {
		if err := c.n.AddPeer(c.id); err != nil {
			t.Fatal(err)
		}
	}

	var wg sync.WaitGroup
	var stopping atomic.Bool
	loopErr := func(who string, err error) {
		if err != nil && !stopping.Load() {
			t.Errorf("%s: %v", who, err)
		}
	}
	var accepted, rejected atomic.Int64
	rDone := make(chan struct{})
	wg.Add(4)
	go func() { defer wg.Done(); loopErr("R<-A", readLoop(tr.rFromA, nodeR, toA, nil)) }()
	go func() { defer wg.Done(); loopErr("A<-R", readLoop(tr.connAR, nodeA, toR, nil)) }()
	go func() { defer wg.Done(); loopErr("B<-R", readLoop(tr.connBR, nodeB, toR, nil)) }()
	go func() {
		defer wg.Done()
		defer close(rDone)
		loopErr("R<-B", readLoop(tr.rToB, nodeR, toB, func(typ byte, body []byte) bool {
			if typ != frameVoucher {
				return false // frameDone
			}
			sv, err := bridge.DecodeVoucher(body)
			if err == nil {
				err = col.Accept(cctx, tr.chainNow(), sv)
			}
			if err != nil {
				rejected.Add(1)
				t.Errorf("R rejected a voucher: %v", err)
			} else {
				accepted.Add(1)
			}
			return true
		}))
	}()
	// B's voucher sender: off the engine's goroutine, woken by the tracer.
	sendVouchers := func(vs []contracts.SignedVoucher) error {
		for _, v := range vs {
			b, err := bridge.EncodeVoucher(v)
			if err != nil {
				return err
			}
			if err := mBR.write(frameVoucher, b); err != nil {
				return err
			}
		}
		return nil
	}
	senderDone := make(chan struct{})
	stopSender := make(chan struct{})
	go func() {
		defer close(senderDone)
		for {
			select {
			case <-tracer.kick:
				loopErr("B vouchers", sendVouchers(meter.Drain()))
			case <-stopSender:
				return
			}
		}
	}()

	// A publishes 256 KiB with RLNC.
	msg := make([]byte, 256<<10)
	rand.New(rand.NewSource(7)).Read(msg)
	var id core.MessageID
	copy(id[:], crypto.Keccak256(msg))
	if err := nodeA.Publish(cctx, id, msg, core.PublishOptions{Strategy: core.StrategyRLNC}); err != nil {
		t.Fatal(err)
	}
	var got []byte
	select {
	case got = <-delivered:
	case <-cctx.Done():
		t.Fatal("B never decoded the message")
	}
	if string(got) != string(msg) {
		t.Fatal("B decoded a different message")
	}

	// Stop the fabric, then settle: B's last vouchers, then the end marker.
	stopping.Store(true)
	for _, n := range []*core.Node{nodeA, nodeR, nodeB} {
		cctx2, c2 := context.WithTimeout(context.Background(), 10*time.Second)
		_ = n.Close(cctx2)
		c2()
	}
	close(stopSender)
	<-senderDone
	if err := sendVouchers(append(meter.Drain(), meter.Flush()...)); err != nil {
		t.Fatal(err)
	}
	if err := mBR.write(frameDone, nil); err != nil {
		t.Fatal(err)
	}
	<-rDone
	tr.connAR.Close()
	tr.rFromA.Close()
	tr.connBR.Close()
	wg.Wait()
	if t.Failed() {
		return
	}

	st := meter.Stats()
	sentRB := mRB.coreN.Load()
	if st.InnovativeBytes < int64(len(msg)) || st.InnovativeBytes > sentRB {
		t.Fatalf("B metered %d innovative bytes; message %d, R wrote %d frame bytes to B", st.InnovativeBytes, len(msg), sentRB)
	}
	if int(accepted.Load()) != st.Vouchers || rejected.Load() != 0 {
		t.Fatalf("vouchers: B signed %d, R accepted %d, rejected %d", st.Vouchers, accepted.Load(), rejected.Load())
	}
	due := col.Due(tr.chainNow(), true)
	if len(due) != 1 {
		t.Fatalf("R holds %d vouchers", len(due))
	}
	rc := e.mine(e.c.ClaimBatch(e.ch.Opts(opR), due))
	want := new(big.Int).Mul(big.NewInt(st.InnovativeBytes), price)
	earned, err := e.c.Earnings(cctx, e.ch.Addrs[opR], common.Address{})
	if err != nil || earned.Cmp(want) != 0 {
		t.Fatalf("R earned %v, want %v (%v)", earned, want, err)
	}
	paid, coll, err := e.c.Channel(cctx, e.ch.Addrs[opB], e.ch.Addrs[opR], common.Address{})
	if err != nil || paid.Cmp(want) != 0 || new(big.Int).Add(coll, paid).Cmp(tr.collateral) != 0 {
		t.Fatalf("channel paid %v collateral %v (%v)", paid, coll, err)
	}
	t.Logf("core rlnc: message %d B, R wrote %d frame bytes to B, B paid for %d innovative (%d redundant), %d vouchers, claim gas %d",
		len(msg), sentRB, st.InnovativeBytes, st.RedundantBytes, st.Vouchers, rc.GasUsed)
}
