package bench

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"sync"
	"syscall"
	"time"

	cfg "github.com/cometbft/cometbft/config"
	"github.com/cometbft/cometbft/types"
	weftcmt "github.com/weftnet/weft/adapters/cometbft"
	"github.com/weftnet/weft/adapters/cometbft/internal/cmtnet"
	"github.com/weftnet/weft/adapters/cometbft/internal/shape"
)

// Options configure a run.
type Options struct {
	// Scenario gives the links (required).
	Scenario *Scenario
	// Validators is the network size (default 16).
	Validators int
	// Sizes are the transaction sizes that make the measured blocks.
	Sizes []int
	// Blocks is how many blocks of each size are measured (default 3).
	Blocks int
	// Dir is where each mode's validator homes go, in a fresh directory
	// removed afterwards (default: /dev/shm when it exists, so WAL fsyncs cost
	// nothing; but every validator's WAL holds every block part it received,
	// duplicates included, so large blocks need a disk).
	Dir string
	// Weft configures the Reactor in weft mode.
	Weft weftcmt.Config
	// Modes to run, in order (default: stock, weft, weft-throttled): the stock
	// part gossip alone; weft beside it; weft beside the stock gossip
	// throttled by GossipSleep.
	Modes []string
	// GossipSleep, in weft-throttled mode, sets CometBFT's
	// peer_gossip_intraloop_sleep_duration: the stock part gossip beside weft
	// waits up to this long before each part it sends a peer, so it hears of
	// the parts weft already delivered (zero: CometBFT's default, no wait).
	GossipSleep time.Duration
	// Sequential runs one mode's network at a time (all its blocks, then the
	// next mode), for machines without the memory for every mode's network at
	// once; by default the networks run together and blocks alternate between
	// modes.
	Sequential bool
	// TimeoutCommit is CometBFT's timeout_commit (default 1s, its default).
	TimeoutCommit time.Duration
	// Log receives progress lines (nil: none).
	Log func(format string, args ...any)
}

// Block is one measured block.
type Block struct {
	Mode   string
	Size   int // transaction bytes
	Height int64
	Round  int32
	// Bytes is the encoded block size.
	Bytes int
	// TwoThirds is the time from the proposer holding its complete block until
	// validators with more than 2/3 of the power do; Median and Last likewise
	// for half and all of them.
	TwoThirds, Median, Last time.Duration
	// Commit is the median over validators of the time from the proposer
	// holding its complete block to committing it; Interval is Commit plus
	// timeout_commit, the block interval of a chain producing such blocks back
	// to back (block building, the same in every mode, left out).
	Commit, Interval time.Duration
	// CPU is the process's CPU time (user and system) during the block; the
	// other modes' networks sit idle meanwhile (no empty blocks).
	CPU time.Duration
	// Moved is the bytes all validators sent during the block (from the
	// submission of its transaction to its commit everywhere); WeftBytes the
	// part of it that was weft frames.
	Moved, WeftBytes int64
	// Fed counts validators that got the block from weft.
	Fed int
}

// Run runs the benchmark.
func Run(ctx context.Context, o Options) ([]Block, error) {
	if o.Scenario == nil {
		return nil, errors.New("bench: no scenario")
	}
	if o.Validators == 0 {
		o.Validators = 16
	}
	if o.Blocks == 0 {
		o.Blocks = 3
	}
	if len(o.Modes) == 0 {
		o.Modes = []string{"stock", "weft", "weft-throttled"}
	}
	if o.TimeoutCommit == 0 {
		o.TimeoutCommit = time.Second
	}
	if o.Log == nil {
		o.Log = func(string, ...any) {}
	}
	for _, mode := range o.Modes {
		if mode != "stock" && mode != "weft" && mode != "weft-throttled" {
			return nil, fmt.Errorf("bench: unknown mode %q", mode)
		}
	}
	rng := rand.New(rand.NewPCG(o.Scenario.Seed, 1))
	if o.Sequential {
		var out []Block
		for _, mode := range o.Modes {
			bs, err := runModes(ctx, o, []string{mode}, rng)
			out = append(out, bs...)
			if err != nil {
				return out, err
			}
		}
		return out, nil
	}
	return runModes(ctx, o, o.Modes, rng)
}

// runModes starts the networks of modes together and measures the blocks in
// turn, mode after mode, so a change in the machine's load hits every mode alike.
func runModes(ctx context.Context, o Options, modes []string, rng *rand.Rand) ([]Block, error) {
	var nets []*modeNet
	defer func() {
		for _, m := range nets {
			m.close()
		}
	}()
	for _, mode := range modes {
		m, err := setupMode(ctx, o, mode)
		if m != nil {
			nets = append(nets, m)
		}
		if err != nil {
			return nil, err
		}
	}
	var out []Block
	for _, size := range o.Sizes {
		for k := 0; k < o.Blocks; k++ {
			for _, m := range nets {
				b, err := measure(ctx, m, rng, size, fmt.Sprintf("%s-%d-%d", m.mode, size, k))
				if err != nil {
					return out, err
				}
				o.Log("%s %d B: height %d round %d: 2/3 at %v, all at %v, commit at %v, moved %.1f MB (weft %.1f MB), fed by weft %d, CPU %v",
					m.mode, size, b.Height, b.Round, b.TwoThirds.Round(time.Millisecond), b.Last.Round(time.Millisecond),
					b.Commit.Round(time.Millisecond), float64(b.Moved)/1e6, float64(b.WeftBytes)/1e6, b.Fed, b.CPU.Round(time.Millisecond))
				out = append(out, b)
			}
		}
	}
	return out, nil
}

// recorder keeps event times per validator.
type recorder struct {
	mu       sync.Mutex
	complete map[[2]int64]map[int]time.Time // (height, round) -> validator -> time
	commit   map[int64]map[int]time.Time
}

func (r *recorder) addComplete(v int, h int64, round int32, t time.Time) {
	r.mu.Lock()
	defer r.mu.Unlock()
	k := [2]int64{h, int64(round)}
	if r.complete[k] == nil {
		r.complete[k] = map[int]time.Time{}
	}
	if _, ok := r.complete[k][v]; !ok {
		r.complete[k][v] = t
	}
}

func (r *recorder) addCommit(v int, h int64, t time.Time) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.commit[h] == nil {
		r.commit[h] = map[int]time.Time{}
	}
	r.commit[h][v] = t
}

// modeNet is one mode's running network.
type modeNet struct {
	mode          string
	timeoutCommit time.Duration
	net           *cmtnet.Net
	nodes         []*shape.Node
	rec           *recorder
	cleanup       []func()
}

func (m *modeNet) close() {
	for i := len(m.cleanup) - 1; i >= 0; i-- {
		m.cleanup[i]()
	}
}

// setupMode starts one mode's network; the caller closes it, also on error.
func setupMode(ctx context.Context, o Options, mode string) (*modeNet, error) {
	m := &modeNet{mode: mode, timeoutCommit: o.TimeoutCommit}
	n := o.Validators
	dir := o.Dir
	if dir == "" {
		base := ""
		if st, err := os.Stat("/dev/shm"); err == nil && st.IsDir() {
			base = "/dev/shm"
		}
		d, err := os.MkdirTemp(base, "weft-cometbft-bench-")
		if err != nil {
			return nil, err
		}
		dir = d
		m.cleanup = append(m.cleanup, func() { _ = os.RemoveAll(d) })
	} else {
		d, err := os.MkdirTemp(dir, "weft-cometbft-bench-")
		if err != nil {
			return nil, err
		}
		dir = d
		m.cleanup = append(m.cleanup, func() { _ = os.RemoveAll(d) })
	}
	layout := o.Scenario.Layout(n)
	nodes := make([]*shape.Node, n)
	for i := range nodes {
		nodes[i] = shape.NewNode(layout.UpBps[i], layout.DownBps[i])
	}
	m.nodes = nodes
	var proxies []*shape.Proxy
	var proxyErr error
	m.cleanup = append(m.cleanup, func() {
		for _, p := range proxies {
			_ = p.Close()
		}
	})
	maxSize := slices.Max(o.Sizes)
	net, err := cmtnet.New(cmtnet.Options{
		Validators:    n,
		Dir:           dir,
		Weft:          func(int) bool { return mode != "stock" },
		WeftConfig:    func(int) weftcmt.Config { return o.Weft },
		BlockMaxBytes: int64(maxSize) + 1<<20,
		DBBackend:     "memdb",
		Dial: func(from, to int, toAddr string) (string, bool) {
			if from > to {
				return "", false // the lower index dials: one connection per pair
			}
			p, err := shape.Listen(toAddr, nodes[from], nodes[to], layout.OneWay[from][to])
			if err != nil {
				proxyErr = errors.Join(proxyErr, err)
				return "", false
			}
			proxies = append(proxies, p)
			return p.Addr(), true
		},
		Tune: func(_ int, c *cfg.Config) {
			// CometBFT's defaults where the test network departs from them
			c.P2P.SendRate = cfg.DefaultP2PConfig().SendRate
			c.P2P.RecvRate = cfg.DefaultP2PConfig().RecvRate
			c.Consensus.PeerGossipSleepDuration = cfg.DefaultConsensusConfig().PeerGossipSleepDuration
			c.Consensus.TimeoutCommit = o.TimeoutCommit
			if mode == "weft-throttled" {
				c.Consensus.PeerGossipIntraloopSleepDuration = o.GossipSleep
			}
			// a slow round must not turn into a second round: we measure propagation
			c.Consensus.TimeoutPropose = 60 * time.Second
			// the networks of the other modes sit idle while one is measured
			c.Consensus.CreateEmptyBlocks = false
		},
	})
	if err != nil {
		return m, err
	}
	m.net = net
	m.cleanup = append(m.cleanup, func() { _ = net.Close() })
	if proxyErr != nil {
		return m, proxyErr
	}
	if err := net.StartAll(); err != nil {
		return m, err
	}
	rec := &recorder{complete: map[[2]int64]map[int]time.Time{}, commit: map[int64]map[int]time.Time{}}
	m.rec = rec
	wctx, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	m.cleanup = append(m.cleanup, func() { stop(); wg.Wait() })
	for i, v := range net.Vals {
		bus := v.Node().EventBus()
		cp, err := bus.Subscribe(wctx, "bench", types.EventQueryCompleteProposal, 256)
		if err != nil {
			return m, err
		}
		nb, err := bus.Subscribe(wctx, "bench", types.EventQueryNewBlockHeader, 256)
		if err != nil {
			return m, err
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-wctx.Done():
					return
				case m := <-cp.Out():
					if ev, ok := m.Data().(types.EventDataCompleteProposal); ok {
						rec.addComplete(i, ev.Height, ev.Round, time.Now())
					}
				case m := <-nb.Out():
					if ev, ok := m.Data().(types.EventDataNewBlockHeader); ok {
						rec.addCommit(i, ev.Header.Height, time.Now())
					}
				case <-cp.Canceled():
					return
				case <-nb.Canceled():
					return
				}
			}
		}()
	}
	if mode != "stock" {
		if err := net.WaitConnected(ctx); err != nil {
			return m, err
		}
	}
	// without empty blocks the chain stops after height 1 until a transaction comes
	if err := net.WaitHeight(ctx, nil, 1); err != nil {
		return m, err
	}
	o.Log("%s: %d validators running", mode, n)
	return m, nil
}

// measure commits one block holding a transaction of size bytes and returns
// its measurements.
func measure(ctx context.Context, m *modeNet, rng *rand.Rand, size int, key string) (Block, error) {
	net, nodes, rec, mode := m.net, m.nodes, m.rec, m.mode
	sent0 := sentBytes(nodes)
	weft0, fed0 := weftStats(net)
	cpu0 := cpuTime()
	tx := bigTx(rng, key, size)
	if err := net.Submit(tx); err != nil {
		return Block{}, err
	}
	h, err := waitTx(ctx, net, tx)
	if err != nil {
		return Block{}, err
	}
	v0 := net.Vals[0].Node()
	commit := v0.BlockStore().LoadSeenCommit(h)
	meta := v0.BlockStore().LoadBlockMeta(h)
	if commit == nil || meta == nil {
		return Block{}, fmt.Errorf("bench: height %d not stored", h)
	}
	weft1, fed1 := weftStats(net)
	b := Block{Mode: mode, Size: size, Height: h, Round: commit.Round, Bytes: meta.BlockSize,
		Moved: sentBytes(nodes) - sent0, WeftBytes: weft1 - weft0, Fed: fed1 - fed0, CPU: cpuTime() - cpu0}

	rec.mu.Lock()
	defer rec.mu.Unlock()
	times := rec.complete[[2]int64{h, int64(commit.Round)}]
	vals, err := validatorsAt(net, h)
	if err != nil {
		return b, err
	}
	if commit.Round > 0 {
		vals = vals.CopyIncrementProposerPriority(commit.Round)
	}
	pi := -1
	for i, v := range net.Vals {
		if bytes.Equal(v.PV.Key.Address, vals.GetProposer().Address) {
			pi = i
		}
	}
	t0, ok := times[pi]
	if !ok {
		return b, fmt.Errorf("bench: height %d: proposer %d has no complete-proposal time", h, pi)
	}
	var lat []time.Duration
	for _, t := range times {
		lat = append(lat, t.Sub(t0))
	}
	slices.Sort(lat)
	n := len(net.Vals)
	need := 2*n/3 + 1 // equal power: more than 2/3
	if len(lat) < need {
		return b, fmt.Errorf("bench: height %d: only %d validators completed the proposal", h, len(lat))
	}
	b.TwoThirds, b.Median, b.Last = lat[need-1], lat[(n-1)/2], lat[len(lat)-1]
	var cm []time.Duration
	for _, t := range rec.commit[h] {
		cm = append(cm, t.Sub(t0))
	}
	if len(cm) > 0 {
		slices.Sort(cm)
		b.Commit = cm[len(cm)/2]
		b.Interval = b.Commit + m.timeoutCommit
	}
	return b, nil
}

// cpuTime returns the process's user and system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func validatorsAt(net *cmtnet.Net, h int64) (*types.ValidatorSet, error) {
	env, err := net.Vals[0].Node().ConfigureRPC()
	if err != nil {
		return nil, err
	}
	return env.StateStore.LoadValidators(h)
}

func sentBytes(nodes []*shape.Node) int64 {
	var s int64
	for _, n := range nodes {
		s += n.Sent.Load()
	}
	return s
}

func weftStats(net *cmtnet.Net) (bytesOut int64, fed int) {
	for _, v := range net.Vals {
		if r := v.Reactor(); r != nil {
			st := r.Stats()
			bytesOut += int64(st.BytesOut)
			fed += int(st.Delivered)
		}
	}
	return bytesOut, fed
}

// waitTx waits until every validator has committed the block holding tx and
// returns its height.
func waitTx(ctx context.Context, net *cmtnet.Net, tx types.Tx) (int64, error) {
	v0 := net.Vals[0].Node()
	from := v0.BlockStore().Height() + 1
	for h := from; ; h++ {
		if err := net.WaitHeight(ctx, []int{0}, h); err != nil {
			return 0, err
		}
		b, _ := v0.BlockStore().LoadBlock(h)
		if b == nil {
			continue
		}
		for _, btx := range b.Txs {
			if bytes.Equal(btx, tx) {
				return h, net.WaitHeight(ctx, nil, h+1)
			}
		}
	}
}

// bigTx returns a kvstore transaction "key=value" of size bytes.
func bigTx(rng *rand.Rand, key string, size int) types.Tx {
	const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	tx := make([]byte, 0, size)
	tx = append(tx, key...)
	tx = append(tx, '=')
	for len(tx) < size {
		tx = append(tx, letters[rng.IntN(len(letters))])
	}
	return tx
}
