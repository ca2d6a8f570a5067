package bridge_test

// End-to-end: three nodes registered on chain, a message relayed A -> R -> B over TCP
// loopback, B paying R per innovative byte with vouchers, R claiming on chain.
//
// Two fabrics carry the message. TestEndToEndCoreRelayPaidPerInnovativeByte
// (e2e_core_test.go) runs weft's core.Node (RLNC) on each node. The test here runs a
// plain chunk relay written in this file, uncoded, which lets it assert exact byte
// counts: the message is cut into fixed-size chunks, the relay forwards every chunk it
// receives (including a publisher's retransmission, so duplicates reach B), and B calls
// a chunk "innovative" when it did not hold that chunk index yet — the uncoded analogue
// of rank. Everything the bridge does — resolution, admission, metering, vouchers over
// the wire, collection, the batch claim and the watcher — is the real code, driven by
// bytes that really crossed the sockets.

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/rand"
	"net"
	"net/netip"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/weftnet/weft/bridge"
)

const (
	frameChunk   = 1
	frameVoucher = 2
	frameDone    = 3
	chunkSize    = 4096
)

func writeFrame(w io.Writer, typ byte, body []byte) error {
	hdr := make([]byte, 5)
	hdr[0] = typ
	binary.BigEndian.PutUint32(hdr[1:], uint32(len(body)))
	_, err := w.Write(append(hdr, body...))
	return err
}

func readFrame(r io.Reader) (byte, []byte, error) {
	hdr := make([]byte, 5)
	if _, err := io.ReadFull(r, hdr); err != nil {
		return 0, nil, err
	}
	n := binary.BigEndian.Uint32(hdr[1:])
	if n > 1<<20 {
		return 0, nil, fmt.Errorf("frame of %d bytes", n)
	}
	body := make([]byte, n)
	_, err := io.ReadFull(r, body)
	return hdr[0], body, err
}

// chunk body: message id (32) | index (2) | total (2) | payload
func chunkBody(id [32]byte, idx, total int, payload []byte) []byte {
	b := append([]byte{}, id[:]...)
	b = binary.BigEndian.AppendUint16(b, uint16(idx))
	b = binary.BigEndian.AppendUint16(b, uint16(total))
	return append(b, payload...)
}

func parseChunk(b []byte) (id [32]byte, idx, total int, payload []byte, err error) {
	if len(b) < 36 {
		return id, 0, 0, nil, errors.New("short chunk")
	}
	copy(id[:], b)
	return id, int(binary.BigEndian.Uint16(b[32:])), int(binary.BigEndian.Uint16(b[34:])), b[36:], nil
}

type testNode struct {
	key *ecdsa.PrivateKey
	op  int
	ln  net.Listener
	id  bridge.Identity
}

// trio is three registered nodes, A and B connected to R over TCP loopback, each
// connection admitted both ways by the bridge's handshake and registry policy, and B's
// escrow funded with collateral for R's operator.
type trio struct {
	e       *env
	A, R, B *testNode
	// connAR is A's end of A-R, rFromA R's end; connBR is B's end of B-R, rToB R's end.
	connAR, rFromA, connBR, rToB net.Conn
	// clR is R as B's handshake proved it; clA and clB are A and B as R saw them.
	clR, clA, clB bridge.Claim
	collateral    *big.Int
	watcher       *bridge.Watcher
}

func (tr *trio) chainNow() time.Time {
	ts, err := tr.e.ch.Now()
	if err != nil {
		panic(err)
	}
	return time.Unix(int64(ts), 0)
}

func newTrio(t *testing.T, cctx context.Context) *trio {
	e := newEnv(t)
	tr := &trio{e: e}
	// Three nodes, each listening on loopback and registered on chain by its operator.
	nodes := map[string]*testNode{}
	for i, name := range []string{"A", "R", "B"} {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ln.Close() })
		n := &testNode{key: nodeKey(100 + i), op: []int{opA, opR, opB}[i], ln: ln}
		n.id = bridge.Identity{NodeKey: n.key, Operator: e.ch.Addrs[n.op]}
		e.registerNode(n.op, n.key, 1, netip.MustParseAddrPort(ln.Addr().String()))
		nodes[name] = n
	}
	tr.A, tr.R, tr.B = nodes["A"], nodes["R"], nodes["B"]
	strict := bridge.Policy{RequireRegistered: true}

	// B funds the escrow, authorises a hot key and guarantees collateral to R's operator.
	pay := e.payments()
	e.send(pay, opB, new(big.Int).Mul(big.NewInt(1e18), big.NewInt(1)), payABI.PackDepositETH())
	e.send(pay, opB, nil, payABI.PackSetSigner(addrOf(hot)))
	tr.collateral = big.NewInt(5e17)
	e.send(pay, opB, nil, payABI.PackAllocate(e.ch.Addrs[opR], common.Address{}, tr.collateral))
	tr.watcher = bridge.NewWatcher(e.c, 0)
	if _, err := tr.watcher.Poll(cctx); err != nil { // catch up on setup
		t.Fatal(err)
	}

	// dial resolves an operator on chain and connects to its first node, admitting it.
	dial := func(self *testNode, operator common.Address) (net.Conn, bridge.Claim) {
		peers, err := e.c.Resolve(cctx, operator)
		if err != nil || len(peers) != 1 {
			t.Fatalf("resolve %s: %v %v", operator, peers, err)
		}
		ep, ok := peers[0].Record.TCPEndpoint()
		if !ok {
			t.Fatal("record without TCP endpoint")
		}
		conn, err := net.Dial("tcp", ep.String())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { conn.Close() })
		cl, err := bridge.Handshake(cctx, conn, self.id, e.c, nil)
		if err != nil {
			t.Fatal(err)
		}
		if cl.Node != peers[0].Node {
			t.Fatalf("dialled %s, peer proved %s", peers[0].Node, cl.Node)
		}
		if err := strict.Admit(cctx, e.c, cl); err != nil {
			t.Fatal(err)
		}
		return conn, cl
	}
	// R accepts two connections and admits the peers.
	type accepted struct {
		conn  net.Conn
		claim bridge.Claim
		err   error
	}
	acceptCh := make(chan accepted, 2)
	go func() {
		for i := 0; i < 2; i++ {
			conn, err := tr.R.ln.Accept()
			if err != nil {
				acceptCh <- accepted{err: err}
				return
			}
			cl, err := bridge.Handshake(cctx, conn, tr.R.id, e.c, nil)
			if err == nil {
				err = strict.Admit(cctx, e.c, cl)
			}
			acceptCh <- accepted{conn, cl, err}
		}
	}()
	tr.connAR, _ = dial(tr.A, e.ch.Addrs[opR])
	inA := <-acceptCh
	if inA.err != nil || inA.claim.Node != addrOf(tr.A.key) {
		t.Fatalf("R admitting A: %+v", inA)
	}
	tr.connBR, tr.clR = dial(tr.B, e.ch.Addrs[opR])
	inB := <-acceptCh
	if inB.err != nil || inB.claim.Node != addrOf(tr.B.key) {
		t.Fatalf("R admitting B: %+v", inB)
	}
	tr.rFromA, tr.clA = inA.conn, inA.claim
	tr.rToB, tr.clB = inB.conn, inB.claim
	t.Cleanup(func() { tr.rFromA.Close(); tr.rToB.Close() })
	return tr
}

func TestEndToEndRelayPaidPerByte(t *testing.T) {
	cctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	tr := newTrio(t, cctx)
	e, chainNow, collateral, watcher := tr.e, tr.chainNow, tr.collateral, tr.watcher
	connAR, rFromA, connBR, rToB, clR := tr.connAR, tr.rFromA, tr.connBR, tr.rToB, tr.clR
	pay := e.payments()
	price := big.NewInt(1e9) // wei per innovative byte

	// B's meter pays whoever R's handshake proved to be (its operator).
	var book bridge.PayeeBook
	book.Add(clR.Node, clR.Operator)
	meter, err := bridge.NewMeter(bridge.MeterConfig{Chain: e.c, Payer: e.ch.Addrs[opB], Signer: hot, PricePerByte: price,
		VoucherEvery: 64 << 10, Lifetime: 30 * time.Minute, PayeeOf: book.PayeeOf, Now: chainNow})
	if err != nil {
		t.Fatal(err)
	}
	col, err := bridge.NewCollector(bridge.CollectorConfig{Chain: e.c, Relay: e.ch.Addrs[opR], Lifetime: e.p.VoucherLifetime, ClaimMargin: 5 * time.Minute})
	if err != nil {
		t.Fatal(err)
	}

	// The message: 200 KiB + a partial chunk, deterministic.
	msg := make([]byte, 200<<10+1234)
	rand.New(rand.NewSource(42)).Read(msg)
	id := crypto.Keccak256Hash(msg)
	total := (len(msg) + chunkSize - 1) / chunkSize
	const retransmit = 10 // A resends its first 10 chunks, as a publisher retry would

	var wg sync.WaitGroup
	errs := make(chan error, 64)

	// A publishes: every chunk, then a retransmission of the first ones.
	wg.Add(1)
	go func() {
		defer wg.Done()
		send := func(i int) error {
			end := min((i+1)*chunkSize, len(msg))
			return writeFrame(connAR, frameChunk, chunkBody(id, i, total, msg[i*chunkSize:end]))
		}
		for i := 0; i < total; i++ {
			if err := send(i); err != nil {
				errs <- fmt.Errorf("A send: %w", err)
				return
			}
		}
		for i := 0; i < retransmit; i++ {
			if err := send(i); err != nil {
				errs <- fmt.Errorf("A resend: %w", err)
				return
			}
		}
		if err := writeFrame(connAR, frameDone, nil); err != nil {
			errs <- err
		}
	}()

	// R relays: forwards each chunk to B as soon as it arrives (cut-through), and counts
	// the payload bytes it actually wrote to B.
	var rSentPayload, rSentUnique int64
	wg.Add(1)
	go func() {
		defer wg.Done()
		seen := map[int]bool{}
		for {
			typ, body, err := readFrame(rFromA)
			if err != nil {
				errs <- fmt.Errorf("R read from A: %w", err)
				return
			}
			if typ == frameDone {
				return
			}
			_, idx, _, payload, err := parseChunk(body)
			if err != nil {
				errs <- err
				return
			}
			if err := writeFrame(rToB, frameChunk, body); err != nil {
				errs <- fmt.Errorf("R forward: %w", err)
				return
			}
			rSentPayload += int64(len(payload))
			if !seen[idx] {
				seen[idx] = true
				rSentUnique += int64(len(payload))
			}
		}
	}()

	// R collects B's vouchers from the same connection.
	var accepted_, rejected int
	rDone := make(chan struct{})
	go func() {
		defer close(rDone)
		for {
			typ, body, err := readFrame(rToB)
			if err != nil {
				errs <- fmt.Errorf("R read from B: %w", err)
				return
			}
			if typ == frameDone {
				return
			}
			sv, err := bridge.DecodeVoucher(body)
			if err == nil {
				err = col.Accept(cctx, chainNow(), sv)
			}
			if err != nil {
				rejected++
				errs <- fmt.Errorf("R rejected a voucher: %w", err)
				continue
			}
			accepted_++
		}
	}()

	// B receives, counts innovative bytes through the bridge's Meter, and pays as it goes.
	got := make([][]byte, total)
	have := 0
	var bReceived int64
	sendVouchers := func() error {
		for _, v := range meter.Drain() {
			b, err := bridge.EncodeVoucher(v)
			if err != nil {
				return err
			}
			if err := writeFrame(connBR, frameVoucher, b); err != nil {
				return err
			}
		}
		return nil
	}
	for have < total {
		typ, body, err := readFrame(connBR)
		if err != nil {
			t.Fatalf("B read: %v", err)
		}
		if typ != frameChunk {
			t.Fatalf("B got frame type %d", typ)
		}
		mid, idx, tot, payload, err := parseChunk(body)
		if err != nil || mid != id || tot != total || idx >= total {
			t.Fatalf("B got a bad chunk: %v", err)
		}
		bReceived += int64(len(payload))
		innovative := got[idx] == nil
		if innovative {
			got[idx] = append([]byte{}, payload...)
			have++
		}
		meter.Delivered(bridge.Delivery{From: clR.Node, Message: mid, Bytes: len(payload), Innovative: innovative})
		if err := sendVouchers(); err != nil {
			t.Fatalf("B send voucher: %v", err)
		}
	}
	// B has the message: it drains what R still forwards (the retransmitted duplicates).
	for bReceived < int64(len(msg))+int64(retransmit*chunkSize) {
		_, body, err := readFrame(connBR)
		if err != nil {
			t.Fatalf("B read: %v", err)
		}
		_, idx, _, payload, _ := parseChunk(body)
		bReceived += int64(len(payload))
		meter.Delivered(bridge.Delivery{From: clR.Node, Message: id, Bytes: len(payload), Innovative: got[idx] == nil})
	}
	if !bytes.Equal(bytes.Join(got, nil), msg) {
		t.Fatal("B reassembled a different message")
	}
	for _, v := range meter.Flush() {
		b, _ := bridge.EncodeVoucher(v)
		if err := writeFrame(connBR, frameVoucher, b); err != nil {
			t.Fatal(err)
		}
	}
	if err := writeFrame(connBR, frameDone, nil); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	<-rDone
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if t.Failed() {
		return
	}

	// What moved, by each side's own count.
	st := meter.Stats()
	dupBytes := int64(retransmit * chunkSize)
	if rSentUnique != int64(len(msg)) || rSentPayload != int64(len(msg))+dupBytes || bReceived != rSentPayload {
		t.Fatalf("R sent %d (%d unique), B received %d", rSentPayload, rSentUnique, bReceived)
	}
	if st.InnovativeBytes != rSentUnique || st.RedundantBytes != dupBytes {
		t.Fatalf("meter %+v, R unique %d, dup %d", st, rSentUnique, dupBytes)
	}
	if accepted_ != st.Vouchers || rejected != 0 {
		t.Fatalf("vouchers: B signed %d, R accepted %d, rejected %d", st.Vouchers, accepted_, rejected)
	}

	// R claims what it holds in one batch transaction.
	due := col.Due(chainNow(), true)
	if len(due) != 1 {
		t.Fatalf("R holds %d vouchers, want 1 (latest cumulative for B)", len(due))
	}
	claimRc := e.mine(e.c.ClaimBatch(e.ch.Opts(opR), due))
	want := new(big.Int).Mul(big.NewInt(rSentUnique), price)
	earned, err := e.c.Earnings(cctx, e.ch.Addrs[opR], common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	if earned.Cmp(want) != 0 {
		t.Fatalf("R earned %v, want %d bytes × %v = %v", earned, rSentUnique, price, want)
	}
	paid, coll, err := e.c.Channel(cctx, e.ch.Addrs[opB], e.ch.Addrs[opR], common.Address{})
	if err != nil || paid.Cmp(want) != 0 || new(big.Int).Add(coll, want).Cmp(collateral) != 0 {
		t.Fatalf("channel paid %v collateral %v (%v)", paid, coll, err)
	}
	col.Settled(e.ch.Addrs[opB], common.Address{}, paid)

	// The watcher sees the claim.
	evs, err := watcher.Poll(cctx)
	if err != nil {
		t.Fatal(err)
	}
	var claimed *bridge.Claimed
	for _, ev := range evs {
		if c, ok := ev.(bridge.Claimed); ok {
			claimed = &c
		}
	}
	if claimed == nil || claimed.Paid.Cmp(want) != 0 || claimed.Unpaid.Sign() != 0 || claimed.Relay != e.ch.Addrs[opR] {
		t.Fatalf("watcher: %+v", claimed)
	}

	// R pulls its earnings to its operator wallet.
	before, _ := e.ch.BalanceOf(e.ch.Addrs[opR])
	rc := e.send(pay, opR, nil, payABI.PackWithdrawEarnings(common.Address{}))
	after, _ := e.ch.BalanceOf(e.ch.Addrs[opR])
	fee := new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice)
	if new(big.Int).Sub(new(big.Int).Add(after, fee), before).Cmp(want) != 0 {
		t.Fatalf("R's wallet gained %v, want %v", new(big.Int).Sub(new(big.Int).Add(after, fee), before), want)
	}
	t.Logf("relayed %d bytes (+%d duplicate), %d vouchers, claim gas %d, paid %v wei", rSentUnique, dupBytes, st.Vouchers, claimRc.GasUsed, want)
}
