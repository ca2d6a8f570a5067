package cmtnet

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	dbm "github.com/cometbft/cometbft-db"
	"github.com/cometbft/cometbft/abci/example/kvstore"
	cfg "github.com/cometbft/cometbft/config"
	"github.com/cometbft/cometbft/crypto"
	"github.com/cometbft/cometbft/crypto/ed25519"
	"github.com/cometbft/cometbft/libs/log"
	nm "github.com/cometbft/cometbft/node"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
	"github.com/cometbft/cometbft/proxy"
	"github.com/cometbft/cometbft/types"
	cmttime "github.com/cometbft/cometbft/types/time"
	weftcmt "github.com/weftnet/weft/adapters/cometbft"
)

// Options configure a Net. Zero fields take the defaults their comments name.
type Options struct {
	// Validators is the number of validators, each of power 10 (at least 1).
	Validators int
	// Dir holds the validators' home directories (required).
	Dir string
	// Weft says which validators run weft (nil: all).
	Weft func(i int) bool
	// WeftConfig configures validator i's weft Reactor (nil: defaults).
	WeftConfig func(i int) weftcmt.Config
	// OnReactor, when set, is called with each new Reactor before its node
	// starts (tests install Byzantine behaviour through it).
	OnReactor func(i int, r *weftcmt.Reactor)
	// BlockMaxBytes is the consensus block size limit (default 24 MiB).
	BlockMaxBytes int64
	// DBBackend is the databases' backend (default "memdb"). Each validator's
	// memdb instances are kept across Stop and Start, so a restart finds its
	// data as on disk, and CometBFT goroutines that outlive a node's Stop (its
	// consensus reactor's per-peer routines read the block store after the
	// node closed it) find a store that is still readable instead of panicking.
	DBBackend string
	// Dial, when set, gives the address validator from dials to reach
	// validator to, and whether it dials at all (a shaping proxy, say); nil:
	// every validator dials every other directly.
	Dial func(from, to int, toAddr string) (addr string, ok bool)
	// Tune, when set, adjusts each validator's CometBFT config last.
	Tune func(i int, c *cfg.Config)
	// Logger receives the nodes' logs (nil: discarded).
	Logger log.Logger
}

// Validator is one validator of a Net.
type Validator struct {
	Index   int
	Home    string
	Config  *cfg.Config
	PV      *privval.FilePV
	NodeKey *p2p.NodeKey
	// Addr is the host:port the validator listens on.
	Addr string

	mu      sync.Mutex
	node    *nm.Node
	reactor *weftcmt.Reactor
}

// Node returns the running node, or nil while stopped.
func (v *Validator) Node() *nm.Node {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.node
}

// Reactor returns the running node's weft Reactor, or nil (stopped, or no weft).
func (v *Validator) Reactor() *weftcmt.Reactor {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.reactor
}

// Net is a network of validators.
type Net struct {
	opts    Options
	dbMu    sync.Mutex
	dbs     map[string]dbm.DB
	Vals    []*Validator
	Genesis *types.GenesisDoc
}

// New creates the validators' keys, genesis and configs; no node runs yet.
func New(o Options) (*Net, error) {
	if o.Validators < 1 {
		return nil, errors.New("cmtnet: need at least one validator")
	}
	if o.Dir == "" {
		return nil, errors.New("cmtnet: Dir is required")
	}
	if o.BlockMaxBytes == 0 {
		o.BlockMaxBytes = 24 << 20
	}
	if o.DBBackend == "" {
		o.DBBackend = "memdb"
	}
	if o.Logger == nil {
		o.Logger = log.NewNopLogger()
	}
	if o.WeftConfig == nil {
		o.WeftConfig = func(int) weftcmt.Config { return weftcmt.Config{} }
	}
	n := &Net{opts: o, dbs: map[string]dbm.DB{}}
	params := types.DefaultConsensusParams()
	params.Block.MaxBytes = o.BlockMaxBytes
	gen := &types.GenesisDoc{ChainID: "weft-test", GenesisTime: cmttime.Now(), ConsensusParams: params, InitialHeight: 1}
	var held []net.Listener
	defer func() {
		for _, l := range held {
			_ = l.Close()
		}
	}()
	for i := 0; i < o.Validators; i++ {
		home := filepath.Join(o.Dir, fmt.Sprintf("v%02d", i))
		c := cfg.DefaultConfig()
		c.SetRoot(home)
		cfg.EnsureRoot(home)
		pv, err := privval.GenFilePV(c.PrivValidatorKeyFile(), c.PrivValidatorStateFile(),
			func() (crypto.PrivKey, error) { return ed25519.GenPrivKey(), nil })
		if err != nil {
			return nil, err
		}
		pv.Save()
		nk, err := p2p.LoadOrGenNodeKey(c.NodeKeyFile())
		if err != nil {
			return nil, err
		}
		// hold the port until every validator and proxy has its own
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		held = append(held, l)
		addr := l.Addr().String()
		pub, err := pv.GetPubKey()
		if err != nil {
			return nil, err
		}
		gen.Validators = append(gen.Validators, types.GenesisValidator{
			Address: pub.Address(), PubKey: pub, Power: 10, Name: fmt.Sprintf("v%02d", i)})
		n.Vals = append(n.Vals, &Validator{Index: i, Home: home, Config: c, PV: pv, NodeKey: nk, Addr: addr})
	}
	if err := gen.ValidateAndComplete(); err != nil {
		return nil, err
	}
	n.Genesis = gen
	for _, v := range n.Vals {
		if err := gen.SaveAs(v.Config.GenesisFile()); err != nil {
			return nil, err
		}
		n.configure(v)
	}
	return n, nil
}

func (n *Net) configure(v *Validator) {
	c, o := v.Config, n.opts
	c.Moniker = fmt.Sprintf("v%02d", v.Index)
	c.DBBackend = o.DBBackend
	c.ProxyApp = ""
	c.RPC.ListenAddress = ""
	c.GRPC.ListenAddress = ""
	c.Instrumentation.Prometheus = false
	c.TxIndex.Indexer = "null"
	c.P2P.ListenAddress = "tcp://" + v.Addr
	c.P2P.AllowDuplicateIP = true
	c.P2P.AddrBookStrict = false
	c.P2P.PexReactor = false
	c.P2P.MaxNumInboundPeers = 4 * o.Validators
	c.P2P.MaxNumOutboundPeers = 4 * o.Validators
	c.P2P.SendRate = 512 << 20
	c.P2P.RecvRate = 512 << 20
	c.P2P.PersistentPeersMaxDialPeriod = 2 * time.Second
	var peers []string
	for _, w := range n.Vals {
		if w == v {
			continue
		}
		addr, ok := w.Addr, true
		if o.Dial != nil {
			addr, ok = o.Dial(v.Index, w.Index, w.Addr)
		}
		if ok {
			peers = append(peers, string(w.NodeKey.ID())+"@"+addr)
		}
	}
	c.P2P.PersistentPeers = strings.Join(peers, ",")
	c.Mempool.Broadcast = false
	c.Mempool.MaxTxBytes = int(o.BlockMaxBytes)
	c.Mempool.MaxTxsBytes = 4 * o.BlockMaxBytes
	c.Mempool.Recheck = false
	c.Consensus.TimeoutCommit = 300 * time.Millisecond
	// multi-MB blocks on a loaded 2-core machine (the race detector, the
	// benchmark's shaped links) must not make rounds fail
	c.Consensus.TimeoutPropose = 10 * time.Second
	c.Consensus.PeerGossipSleepDuration = 20 * time.Millisecond
	if o.Tune != nil {
		o.Tune(v.Index, c)
	}
}

// dbProvider returns validator v's databases: memdb instances kept for the
// Net's lifetime, or CometBFT's default provider for other backends.
func (n *Net) dbProvider(v *Validator) cfg.DBProvider {
	if n.opts.DBBackend != string(dbm.MemDBBackend) {
		return cfg.DefaultDBProvider
	}
	return func(ctx *cfg.DBContext) (dbm.DB, error) {
		n.dbMu.Lock()
		defer n.dbMu.Unlock()
		key := v.Home + "/" + ctx.ID
		if db := n.dbs[key]; db != nil {
			return db, nil
		}
		db := dbm.NewMemDB()
		n.dbs[key] = db
		return db, nil
	}
}

// UsesWeft reports whether validator i runs weft.
func (n *Net) UsesWeft(i int) bool { return n.opts.Weft == nil || n.opts.Weft(i) }

// Start builds and starts validator i's node from its home directory (again
// after Stop: a restart from its databases, replaying blocks into a fresh
// in-memory kvstore).
func (n *Net) Start(i int) error {
	v := n.Vals[i]
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.node != nil {
		return fmt.Errorf("cmtnet: validator %d already running", i)
	}
	var opts []nm.Option
	var r *weftcmt.Reactor
	if n.UsesWeft(i) {
		var err error
		if r, err = weftcmt.NewReactor(n.opts.WeftConfig(i)); err != nil {
			return err
		}
		if n.opts.OnReactor != nil {
			n.opts.OnReactor(i, r)
		}
		opts = append(opts, weftcmt.Option(r))
	}
	node, err := nm.NewNode(context.Background(), v.Config, v.PV, v.NodeKey,
		proxy.NewLocalClientCreator(kvstore.NewInMemoryApplication()),
		nm.DefaultGenesisDocProviderFunc(v.Config), n.dbProvider(v),
		nm.DefaultMetricsProvider(v.Config.Instrumentation),
		n.opts.Logger.With("validator", i), opts...)
	if err != nil {
		return fmt.Errorf("cmtnet: validator %d: %w", i, err)
	}
	if err := node.Start(); err != nil {
		return fmt.Errorf("cmtnet: validator %d: start: %w", i, err)
	}
	v.node, v.reactor = node, r
	return nil
}

// StartAll starts every validator.
func (n *Net) StartAll() error {
	for i := range n.Vals {
		if err := n.Start(i); err != nil {
			return err
		}
	}
	return nil
}

// Stop stops validator i's node; its home directory stays for a restart.
func (n *Net) Stop(i int) error {
	v := n.Vals[i]
	v.mu.Lock()
	node := v.node
	v.node, v.reactor = nil, nil
	v.mu.Unlock()
	if node == nil {
		return nil
	}
	if err := node.Stop(); err != nil {
		return err
	}
	node.Wait()
	return nil
}

// Close stops every validator.
func (n *Net) Close() error {
	var errs []error
	for i := range n.Vals {
		errs = append(errs, n.Stop(i))
	}
	return errors.Join(errs...)
}

// Running returns the indexes of the running validators.
func (n *Net) Running() []int {
	var out []int
	for i, v := range n.Vals {
		if v.Node() != nil {
			out = append(out, i)
		}
	}
	return out
}

// Submit adds tx to the mempool of every running validator (mempool gossip is
// off, so large transactions do not cross the network twice).
func (n *Net) Submit(tx types.Tx) error {
	for _, i := range n.Running() {
		node := n.Vals[i].Node()
		if node == nil {
			continue
		}
		if _, err := node.Mempool().CheckTx(tx, ""); err != nil {
			return fmt.Errorf("cmtnet: validator %d: CheckTx: %w", i, err)
		}
	}
	return nil
}

// WaitHeight waits until every validator in which (nil: every running one)
// has committed height h, driven by each node's NewBlockHeader events. It
// fails when ctx ends first.
func (n *Net) WaitHeight(ctx context.Context, which []int, h int64) error {
	if which == nil {
		which = n.Running()
	}
	errc := make(chan error, len(which))
	for _, i := range which {
		go func(i int) { errc <- n.waitOne(ctx, i, h) }(i)
	}
	var errs []error
	for range which {
		errs = append(errs, <-errc)
	}
	return errors.Join(errs...)
}

var subSeq struct {
	sync.Mutex
	n int
}

func subscriber(prefix string) string {
	subSeq.Lock()
	defer subSeq.Unlock()
	subSeq.n++
	return prefix + strconv.Itoa(subSeq.n)
}

func (n *Net) waitOne(ctx context.Context, i int, h int64) error {
	node := n.Vals[i].Node()
	if node == nil {
		return fmt.Errorf("cmtnet: validator %d not running", i)
	}
	name := subscriber("cmtnet-wait-")
	sub, err := node.EventBus().Subscribe(ctx, name, types.EventQueryNewBlockHeader, 64)
	if err != nil {
		return err
	}
	defer func() { _ = node.EventBus().Unsubscribe(context.Background(), name, types.EventQueryNewBlockHeader) }()
	for node.BlockStore().Height() < h {
		select {
		case <-ctx.Done():
			return fmt.Errorf("cmtnet: validator %d at height %d, want %d: %w", i, node.BlockStore().Height(), h, ctx.Err())
		case <-sub.Canceled():
			return fmt.Errorf("cmtnet: validator %d: subscription canceled: %w", i, sub.Err())
		case <-sub.Out():
		}
	}
	return nil
}

// WaitConnected waits until every running weft validator has exchanged weft
// hellos with every other running weft validator, or ctx ends.
func (n *Net) WaitConnected(ctx context.Context) error {
	var weft []*Validator
	for _, i := range n.Running() {
		if n.Vals[i].Reactor() != nil {
			weft = append(weft, n.Vals[i])
		}
	}
	for _, v := range weft {
		if err := v.Reactor().WaitPeers(ctx, len(weft)-1); err != nil {
			return fmt.Errorf("cmtnet: validator %d: %w", v.Index, err)
		}
	}
	return nil
}

// AppHash returns the app hash validator i's own application returned for
// height h (its stored FinalizeBlock response).
func (n *Net) AppHash(i int, h int64) ([]byte, error) {
	node := n.Vals[i].Node()
	if node == nil {
		return nil, fmt.Errorf("cmtnet: validator %d not running", i)
	}
	env, err := node.ConfigureRPC()
	if err != nil {
		return nil, err
	}
	resp, err := env.StateStore.LoadFinalizeBlockResponse(h)
	if err != nil {
		return nil, fmt.Errorf("cmtnet: validator %d height %d: %w", i, h, err)
	}
	return resp.AppHash, nil
}

// RemoveAll deletes the validators' directories.
func (n *Net) RemoveAll() error { return os.RemoveAll(n.opts.Dir) }
