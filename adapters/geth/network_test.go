package weftgeth_test

import (
	"context"
	"crypto/ecdsa"
	"math/rand/v2"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gcore "github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	weftgeth "github.com/weftnet/weft/adapters/geth"
	"github.com/weftnet/weft/adapters/geth/internal/gethtest"
)

func TestMain(m *testing.M) {
	// geth logs at warn and above; the tests assert on events, not logs.
	log.SetDefault(log.NewLogger(log.NewTerminalHandlerWithLevel(os.Stderr, log.LevelError, false)))
	os.Exit(m.Run())
}

// fixedKey returns a deterministic secp256k1 key.
func fixedKey(t testing.TB, b byte) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(common.LeftPadBytes([]byte{b, 0x77}, 32))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// net is the test network: a dev-mode sequencer, three weft followers and
// one follower without weft.
type testNet struct {
	g          *gcore.Genesis
	accts      []*gethtest.Account
	seqKey     *ecdsa.PrivateKey
	seq        *gethtest.Node
	f1, f2, f3 *gethtest.Node
	plain      *gethtest.Node
	f2Dir      string
	f2Key      *ecdsa.PrivateKey
	top        *testing.T // owns the nodes' lifetimes
}

func (n *testNet) followerCfg() *weftgeth.Config {
	return &weftgeth.Config{SequencerAddress: crypto.PubkeyToAddress(n.seqKey.PublicKey), GapTimeout: 300 * time.Millisecond}
}

func start(t *testing.T, g *gcore.Genesis, o gethtest.Options) *gethtest.Node {
	t.Helper()
	n, err := gethtest.Start(g, o)
	if err != nil {
		t.Fatalf("start %s: %v", o.Name, err)
	}
	t.Cleanup(func() { _ = n.Close() })
	return n
}

func connect(t *testing.T, ctx context.Context, a, b *gethtest.Node) {
	t.Helper()
	if err := gethtest.Connect(ctx, a, b); err != nil {
		t.Fatal(err)
	}
}

// TestNetwork runs five geth nodes connected only by devp2p over loopback:
//
//	seq ── f1 ── f3 ── plain
//	  \    |    /      /
//	   └── f2 ┘───────┘
//
// seq is the dev-mode sequencer; f1, f2, f3 run weft; plain does not. f3 and
// plain have no link to the sequencer.
func TestNetwork(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	n := &testNet{accts: gethtest.Accounts(1, 4), seqKey: fixedKey(t, 1), f2Key: fixedKey(t, 2), f2Dir: t.TempDir(), top: t}
	n.g = gethtest.Genesis(gethtest.Addrs(n.accts)...)
	n.seq = start(t, n.g, gethtest.Options{Name: "seq", Sequencer: true, Weft: &weftgeth.Config{SequencerKey: n.seqKey}})
	n.f1 = start(t, n.g, gethtest.Options{Name: "f1", Weft: n.followerCfg()})
	n.f2 = start(t, n.g, gethtest.Options{Name: "f2", Weft: n.followerCfg(), DataDir: n.f2Dir, Key: n.f2Key})
	n.f3 = start(t, n.g, gethtest.Options{Name: "f3", Weft: n.followerCfg()})
	n.plain = start(t, n.g, gethtest.Options{Name: "plain"})
	for _, e := range [][2]*gethtest.Node{{n.f1, n.seq}, {n.f2, n.seq}, {n.f1, n.f2}, {n.f3, n.f1}, {n.f3, n.f2}, {n.plain, n.f3}, {n.plain, n.f2}} {
		connect(t, ctx, e[0], e[1])
	}
	if !n.seq.Weft.IsSequencer() || n.f1.Weft.IsSequencer() {
		t.Fatal("sequencer role misassigned")
	}
	r := rand.New(rand.NewPCG(7, 7))

	if !t.Run("blocks", func(t *testing.T) { testBlocks(t, ctx, n, r) }) {
		return
	}
	if !t.Run("plain follower syncs over eth", func(t *testing.T) { testPlain(t, ctx, n) }) {
		return
	}
	if !t.Run("blob tx", func(t *testing.T) { testBlobTx(t, ctx, n, r) }) {
		return
	}
	if !t.Run("restart", func(t *testing.T) { testRestart(t, ctx, n, r) }) {
		return
	}
	t.Run("hostile", func(t *testing.T) { testHostile(t, ctx, n, r) })
}

// testBlocks seals blocks of growing size and checks every weft follower
// imports each one through weft.
func testBlocks(t *testing.T, ctx context.Context, n *testNet, r *rand.Rand) {
	before := map[string]int64{}
	for _, f := range []*gethtest.Node{n.f1, n.f2, n.f3} {
		before[f.Name] = f.Weft.Stats().BlocksImported
	}
	const blocks = 4
	for i := range blocks {
		var txs []*types.Transaction
		for j := range i + 1 {
			txs = append(txs, n.accts[j%2].DataTx(n.g, r, 40<<10))
		}
		b, err := n.seq.Seal(txs...)
		if err != nil {
			t.Fatal(err)
		}
		if err := gethtest.WaitHead(ctx, b.Hash(), n.f1, n.f2, n.f3); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []*gethtest.Node{n.f1, n.f2, n.f3} {
		st := f.Weft.Stats()
		if got := st.BlocksImported - before[f.Name]; got != blocks {
			t.Errorf("%s imported %d blocks through weft, want %d (stats %+v)", f.Name, got, blocks, st)
		}
		if st.BlocksRejected != 0 || st.PenaltyPoints != 0 {
			t.Errorf("%s: honest network, yet rejections or penalties: %+v", f.Name, st)
		}
	}
	if st := n.seq.Weft.Stats(); st.BlocksPublished != blocks {
		t.Errorf("sequencer published %d blocks, want %d", st.BlocksPublished, blocks)
	}
}

// testPlain: the node without weft is told the head, as a consensus client
// would, and syncs it over eth/69+ from weft followers.
func testPlain(t *testing.T, ctx context.Context, n *testNet) {
	for _, p := range n.plain.Stack.Server().Peers() {
		if p.RunningCap(weftgeth.ProtocolName, []uint{weftgeth.ProtocolVersion}) {
			t.Fatalf("plain node runs weft/1 with %s", p.Name())
		}
		if !p.RunningCap("eth", []uint{69, 70, 71, 72}) {
			t.Fatalf("plain node does not run eth with %s", p.Name())
		}
	}
	head := n.seq.Eth.BlockChain().CurrentBlock()
	if err := n.plain.Eth.Downloader().BeaconSync(head, head); err != nil {
		t.Fatal(err)
	}
	if err := gethtest.WaitHead(ctx, head.Hash(), n.plain); err != nil {
		t.Fatal(err)
	}
}

// testBlobTx submits a blob transaction to f3 (no link to the sequencer) and
// waits for it in every weft node's pool.
func testBlobTx(t *testing.T, ctx context.Context, n *testNet, r *rand.Rand) {
	tx, err := n.accts[2].BlobTx(n.g, r, 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.f3.Eth.APIBackend.SendTx(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if err := gethtest.WaitTx(ctx, tx.Hash(), n.seq, n.f1, n.f2, n.f3); err != nil {
		t.Fatal(err)
	}
	if st := n.f3.Weft.Stats(); st.TxsPublished != 1 {
		t.Errorf("f3 published %d txs through weft, want 1", st.TxsPublished)
	}
	var viaWeft int64
	for _, f := range []*gethtest.Node{n.seq, n.f1, n.f2} {
		viaWeft += f.Weft.Stats().TxsImported
	}
	if viaWeft == 0 {
		t.Error("no node pooled the blob tx from weft")
	}
	// The sequencer includes it; the followers import that block too.
	b, err := n.seq.Seal(tx)
	if err != nil {
		t.Fatal(err)
	}
	if err := gethtest.WaitHead(ctx, b.Hash(), n.f1, n.f2, n.f3); err != nil {
		t.Fatal(err)
	}
}

// testRestart stops f2, seals blocks without it, restarts it from its data
// directory and checks it catches up.
func testRestart(t *testing.T, ctx context.Context, n *testNet, r *rand.Rand) {
	start := time.Now()
	phase := func(what string) { t.Logf("%v: %s", time.Since(start).Round(time.Millisecond), what) }
	if err := n.f2.Close(); err != nil {
		t.Fatal(err)
	}
	phase("f2 stopped")
	var last *types.Block
	for range 3 {
		b, err := n.seq.Seal(n.accts[3].DataTx(n.g, r, 20<<10))
		if err != nil {
			t.Fatal(err)
		}
		last = b
	}
	if err := gethtest.WaitHead(ctx, last.Hash(), n.f1, n.f3); err != nil {
		t.Fatal(err)
	}
	phase("3 blocks at f1 and f3")
	f2, err := gethtest.Start(n.g, gethtest.Options{Name: "f2", Weft: n.followerCfg(), DataDir: n.f2Dir, Key: n.f2Key})
	if err != nil {
		t.Fatal(err)
	}
	phase("f2 restarted")
	n.f2 = f2
	n.top.Cleanup(func() { _ = f2.Close() })
	if _, num := f2.Head(); num >= last.NumberU64() {
		t.Fatalf("restarted f2 at #%d already", num)
	}
	connect(t, ctx, f2, n.seq)
	connect(t, ctx, f2, n.f1)
	phase("f2 connected")
	b, err := n.seq.Seal(n.accts[3].DataTx(n.g, r, 20<<10))
	if err != nil {
		t.Fatal(err)
	}
	if err := gethtest.WaitHead(ctx, b.Hash(), f2, n.f1, n.f3); err != nil {
		t.Fatal(err)
	}
	phase("f2 at the head")
	// Two ways back, both legitimate: peers still serving the missed blocks'
	// sessions push them to the new peer (weft), or the gap below the new
	// block is filled by a beacon sync over eth (TestImporterGap covers that
	// logic; the plain follower runs geth's beacon sync for real).
	st := f2.Weft.Stats()
	t.Logf("f2 back: %d blocks through weft, %d held, %d catch-ups over eth", st.BlocksImported, st.BlocksHeld, st.CatchUps)
	for i := uint64(1); i <= b.NumberU64(); i++ {
		if f2.Eth.BlockChain().GetCanonicalHash(i) != n.seq.Eth.BlockChain().GetCanonicalHash(i) {
			t.Fatalf("f2's block #%d differs from the sequencer's", i)
		}
	}
}
