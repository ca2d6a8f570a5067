package bench

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gcore "github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	weftgeth "github.com/weftnet/weft/adapters/geth"
	"github.com/weftnet/weft/adapters/geth/internal/gethtest"
	"github.com/weftnet/weft/adapters/geth/shape"
	"github.com/weftnet/weft/core"
)

// Config sets up a measurement. Zero fields take the defaults named.
type Config struct {
	// Followers besides the sequencer (default 5).
	Followers int
	// UpRate is every node's upload bandwidth in bytes per second (default
	// 12,500,000: 100 Mbit/s).
	UpRate int64
	// Latency is every link's one-way latency (default 20ms).
	Latency time.Duration
	// Sizes are the blocks' transaction bytes (default 128 KiB, 1 MiB, 4 MiB).
	Sizes []int
	// Repeats is how many blocks or blob transactions per size and mode
	// (default 3).
	Repeats int
	// Blobs per blob transaction (default 2).
	Blobs int
	// Seed makes the transactions' contents reproducible (default 1).
	Seed uint64
	// Engine configures every weft node's engine (zero: weftgeth's defaults),
	// to compare tunings such as PushPercent.
	Engine core.Config
}

func (c Config) withDefaults() (Config, error) {
	if c.Followers < 0 || c.UpRate < 0 || c.Latency < 0 || c.Repeats < 0 || c.Blobs < 0 {
		return c, errors.New("bench: negative config field")
	}
	if c.Followers == 0 {
		c.Followers = 5
	}
	if c.UpRate == 0 {
		c.UpRate = 12_500_000
	}
	if c.Latency == 0 {
		c.Latency = 20 * time.Millisecond
	}
	if len(c.Sizes) == 0 {
		c.Sizes = []int{128 << 10, 1 << 20, 4 << 20}
	}
	for _, s := range c.Sizes {
		if s <= 0 || s > 8<<20 {
			return c, fmt.Errorf("bench: block size %d outside 1..8 MiB", s)
		}
	}
	if c.Repeats == 0 {
		c.Repeats = 3
	}
	if c.Blobs == 0 {
		c.Blobs = 2
	}
	if c.Blobs > 6 {
		return c, fmt.Errorf("bench: %d blobs, at most 6 per transaction", c.Blobs)
	}
	if c.Seed == 0 {
		c.Seed = 1
	}
	return c, nil
}

// Sample is one measurement.
type Sample struct {
	// Last is the time until the last node had it; Median the median node.
	Last, Median time.Duration
	// Bytes carried on all links meanwhile (devp2p: eth, weft/1, RLPx framing).
	Bytes int64
	// WeftBytes is the part that was weft/1 frames (zero without weft).
	WeftBytes int64
}

// weftBytes sums the weft/1 frame bytes the nodes have sent.
func weftBytes(nodes []*gethtest.Node) int64 {
	var n int64
	for _, x := range nodes {
		if x.Weft != nil {
			n += x.Weft.Stats().BytesOut
		}
	}
	return n
}

// Result is the samples of one mode and size.
type Result struct {
	Mode    string // weft, direct (blocks) or eth (blobs)
	Size    int    // transaction bytes of the block, or blob bytes of the tx
	Samples []Sample
}

// MedianLast returns the median over samples of Last.
func (r Result) MedianLast() time.Duration {
	return median(r.Samples, func(s Sample) time.Duration { return s.Last })
}

// MedianWeftBytes returns the median over samples of WeftBytes.
func (r Result) MedianWeftBytes() int64 {
	return int64(median(r.Samples, func(s Sample) time.Duration { return time.Duration(s.WeftBytes) }))
}

// MedianBytes returns the median over samples of Bytes.
func (r Result) MedianBytes() int64 {
	return int64(median(r.Samples, func(s Sample) time.Duration { return time.Duration(s.Bytes) }))
}

func median(ss []Sample, f func(Sample) time.Duration) time.Duration {
	if len(ss) == 0 {
		return 0
	}
	v := make([]time.Duration, len(ss))
	for i, s := range ss {
		v[i] = f(s)
	}
	slices.Sort(v)
	return v[len(v)/2]
}

// network is one shaped geth network.
type network struct {
	sn    *shape.Net
	nodes []*gethtest.Node // nodes[0] is the sequencer in block runs
}

func (n *network) close() {
	for _, x := range n.nodes {
		_ = x.Close()
	}
}

type nodeSpec struct {
	name      string
	weft      *weftgeth.Config
	sequencer bool
}

func startNetwork(ctx context.Context, cfg Config, g *gcore.Genesis, specs []nodeSpec, links [][2]int) (*network, error) {
	n := &network{sn: shape.New(cfg.Latency)}
	for _, s := range specs {
		h := shape.NewHost(cfg.UpRate)
		x, err := gethtest.Start(g, gethtest.Options{Name: s.name, Weft: s.weft, Sequencer: s.sequencer, Dialer: n.sn.Dialer(h)})
		if err != nil {
			n.close()
			return nil, err
		}
		n.sn.Register(x.Stack.Server(), h)
		n.nodes = append(n.nodes, x)
	}
	for _, l := range links {
		if err := gethtest.Connect(ctx, n.nodes[l[0]], n.nodes[l[1]]); err != nil {
			n.close()
			return nil, err
		}
	}
	return n, nil
}

func mesh(n int) [][2]int {
	var l [][2]int
	for i := range n {
		for j := range i {
			l = append(l, [2]int{i, j})
		}
	}
	return l
}

func star(n int) [][2]int {
	var l [][2]int
	for i := 1; i < n; i++ {
		l = append(l, [2]int{i, 0})
	}
	return l
}

// Blocks measures sequencer blocks reaching every follower, weft against
// direct, for each size.
func Blocks(ctx context.Context, cfg Config) ([]Result, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	var out []Result
	for _, mode := range []string{"weft", "direct"} {
		rs, err := blockRun(ctx, cfg, mode)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", mode, err)
		}
		out = append(out, rs...)
	}
	return out, nil
}

func blockRun(ctx context.Context, cfg Config, mode string) ([]Result, error) {
	seqKey, err := crypto.ToECDSA(common.LeftPadBytes([]byte{0x5e, 0x9}, 32))
	if err != nil {
		return nil, err
	}
	seqAddr := crypto.PubkeyToAddress(seqKey.PublicKey)
	strategy, links := core.StrategyRLNC, mesh(cfg.Followers+1)
	if mode == "direct" {
		strategy, links = core.StrategyFlood, star(cfg.Followers+1)
	}
	accts := gethtest.Accounts(cfg.Seed, 1)
	g := gethtest.Genesis(gethtest.Addrs(accts)...)
	specs := []nodeSpec{{name: "seq", sequencer: true,
		weft: &weftgeth.Config{Engine: cfg.Engine, SequencerKey: seqKey, BlockStrategy: strategy, LargeTxSize: -1}}}
	for i := range cfg.Followers {
		specs = append(specs, nodeSpec{name: fmt.Sprintf("f%d", i+1),
			weft: &weftgeth.Config{Engine: cfg.Engine, SequencerAddress: seqAddr, BlockStrategy: strategy, LargeTxSize: -1}})
	}
	nw, err := startNetwork(ctx, cfg, g, specs, links)
	if err != nil {
		return nil, err
	}
	defer nw.close()
	seq, followers := nw.nodes[0], nw.nodes[1:]
	heads := watchHeads(nw.nodes)
	defer heads.stop()
	// A first block makes every follower synced (eth then takes transactions).
	if _, err := seal(ctx, heads, seq, followers, nil, nw.sn); err != nil {
		return nil, fmt.Errorf("warm-up block: %w", err)
	}
	r := rand.New(rand.NewPCG(cfg.Seed, 1))
	var out []Result
	for _, size := range cfg.Sizes {
		res := Result{Mode: mode, Size: size}
		for range cfg.Repeats {
			txs := blockTxs(g, accts[0], r, size)
			// Let eth spread the transactions first: the measurement is the
			// block alone, and the links are quiet once every pool has them.
			if errs := seq.Eth.TxPool().Add(txs, true); errors.Join(errs...) != nil {
				return nil, errors.Join(errs...)
			}
			for _, tx := range txs {
				if err := gethtest.WaitTx(ctx, tx.Hash(), followers...); err != nil {
					return nil, err
				}
			}
			s, err := seal(ctx, heads, seq, followers, txs, nw.sn)
			if err != nil {
				return nil, err
			}
			res.Samples = append(res.Samples, s)
		}
		out = append(out, res)
	}
	return out, nil
}

// blockTxs returns transactions carrying size bytes of calldata in all, each
// under the pool's 128 KiB limit.
func blockTxs(g *gcore.Genesis, a *gethtest.Account, r *rand.Rand, size int) []*types.Transaction {
	const per = 120 << 10
	n := (size + per - 1) / per
	var txs []*types.Transaction
	for i := range n {
		d := size / n
		if i == n-1 {
			d = size - d*(n-1)
		}
		txs = append(txs, a.DataTx(g, r, d))
	}
	return txs
}

// seal seals a block and returns when it is head at every follower.
func seal(ctx context.Context, hw *headWatch, seq *gethtest.Node, followers []*gethtest.Node, txs []*types.Transaction, sn *shape.Net) (Sample, error) {
	b0, w0 := sn.Bytes(), weftBytes(append([]*gethtest.Node{seq}, followers...))
	b, err := seq.Seal(txs...)
	if err != nil {
		return Sample{}, err
	}
	times, err := hw.wait(ctx, b.Hash(), append([]*gethtest.Node{seq}, followers...))
	if err != nil {
		return Sample{}, err
	}
	t0 := times[0]
	var d []time.Duration
	for _, t := range times[1:] {
		d = append(d, t.Sub(t0))
	}
	slices.Sort(d)
	return Sample{Last: d[len(d)-1], Median: d[len(d)/2], Bytes: sn.Bytes() - b0,
		WeftBytes: weftBytes(append([]*gethtest.Node{seq}, followers...)) - w0}, nil
}

// Blobs measures a blob transaction reaching every node's pool, weft against
// eth alone.
func Blobs(ctx context.Context, cfg Config) ([]Result, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	accts := gethtest.Accounts(cfg.Seed+1, cfg.Repeats)
	g := gethtest.Genesis(gethtest.Addrs(accts)...)
	r := rand.New(rand.NewPCG(cfg.Seed, 2))
	var txs []*types.Transaction
	for _, a := range accts {
		tx, err := a.BlobTx(g, r, cfg.Blobs)
		if err != nil {
			return nil, err
		}
		txs = append(txs, tx)
	}
	var out []Result
	for _, mode := range []string{"weft", "eth"} {
		res, err := blobRun(ctx, cfg, g, mode, txs)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", mode, err)
		}
		out = append(out, res)
	}
	return out, nil
}

func blobRun(ctx context.Context, cfg Config, g *gcore.Genesis, mode string, txs []*types.Transaction) (Result, error) {
	var specs []nodeSpec
	for i := range cfg.Followers + 1 {
		s := nodeSpec{name: fmt.Sprintf("n%d", i)}
		if mode == "weft" {
			s.weft = &weftgeth.Config{Engine: cfg.Engine}
		}
		specs = append(specs, s)
	}
	nw, err := startNetwork(ctx, cfg, g, specs, mesh(len(specs)))
	if err != nil {
		return Result{}, err
	}
	defer nw.close()
	for _, x := range nw.nodes {
		x.Eth.SetSynced() // eth takes transactions only from synced nodes
	}
	res := Result{Mode: mode, Size: cfg.Blobs * 128 << 10}
	origin := nw.nodes[1]
	for _, tx := range txs {
		pw := watchPools(nw.nodes, tx.Hash())
		b0, w0 := nw.sn.Bytes(), weftBytes(nw.nodes)
		t0 := time.Now()
		err := origin.Eth.APIBackend.SendTx(ctx, tx)
		if err == nil {
			var times []time.Time
			times, err = pw.wait(ctx)
			if err == nil {
				var d []time.Duration
				for _, t := range times {
					d = append(d, t.Sub(t0))
				}
				slices.Sort(d)
				res.Samples = append(res.Samples, Sample{Last: d[len(d)-1], Median: d[len(d)/2], Bytes: nw.sn.Bytes() - b0,
					WeftBytes: weftBytes(nw.nodes) - w0})
			}
		}
		pw.stop()
		if err != nil {
			return res, err
		}
	}
	return res, nil
}
