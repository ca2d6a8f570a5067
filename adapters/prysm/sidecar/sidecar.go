package sidecar

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prysmaticlabs/prysm/v5/beacon-chain/blockchain/kzg"
	"github.com/prysmaticlabs/prysm/v5/config/params"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/blocks"
	"github.com/prysmaticlabs/prysm/v5/consensus-types/interfaces"
	ethpb "github.com/prysmaticlabs/prysm/v5/proto/prysm/v1alpha1"
	"github.com/prysmaticlabs/prysm/v5/runtime/version"
	weftprysm "github.com/weftnet/weft/adapters/prysm"
)

// Config configures a Sidecar. Zero fields take the documented defaults.
type Config struct {
	// Listen is the address the sidecar serves the Beacon API on, for the
	// validator client (default 127.0.0.1:5053).
	Listen string
	// NodeURL is the base URL of the beacon node's Beacon API (required).
	NodeURL string
	// Weft configures the weft host (Key required; Blobs on to carry blobs).
	// Its Logger and Registerer default to the sidecar's.
	Weft weftprysm.Config
	// MaxBodySize caps a publish request's body; a larger one is answered 413
	// and not forwarded (default 64 MiB).
	MaxBodySize int64
	// BlobWait is how long a block received through weft waits for its blobs
	// before it is given up (default 4 s).
	BlobWait time.Duration
	// ConnectTimeout bounds the wait for the node at Start (default 5 min).
	ConnectTimeout time.Duration
	// HeadStart is the longest a block publication is held back from the node
	// while weft hands the network one coded copy of the block (see
	// weftprysm.Service.PublishBlockSent): the node's gossip then queues its
	// full copies behind weft's chunks on a shared uplink. The request is
	// forwarded as soon as that copy is written, or the check fails (the block
	// is not published through weft), or HeadStart has passed. Zero: forwarded
	// at once, weft publishing in parallel.
	HeadStart time.Duration
	// HeadStartMinSize is the smallest block (SSZ bytes) given a head start;
	// a smaller one is forwarded at once, weft publishing in parallel
	// (default 0: every block). Small blocks are latency-bound: the node's
	// gossip, one hop to every peer, can beat weft's relayed chunks, and the
	// head start would delay it for nothing.
	HeadStartMinSize int
	// HeadStartUntilDelivered holds a publication back until every weft peer
	// has reported the block decoded (weftprysm.Service.PublishBlockDelivered)
	// instead of until one coded copy is written, still at most HeadStart: the
	// node's gossip copies then never share the uplink with weft's delivery,
	// and peers without weft get the block that much later.
	HeadStartUntilDelivered bool
	// PublishTimeout bounds the forward of a block publication to the node
	// (default 12 s). The forward does not end when the validator client stops
	// waiting: its deadline is the end of the slot, which a head start brings
	// closer, and a forward cancelled with it would leave the proposer's own
	// node without its block (not imported, not gossiped).
	PublishTimeout time.Duration
	// PassThrough runs no weft: every request is only forwarded, and block
	// publications are logged ("weft publish request") like in weft
	// mode, so a gossip-only baseline is observed at the same point. Weft is
	// then ignored.
	PassThrough bool
	// Logger (nil: slog.Default()).
	Logger *slog.Logger
	// Registerer receives the sidecar's and weft's metrics (nil: none).
	Registerer prometheus.Registerer
}

// ErrConfig is wrapped by every configuration error.
var ErrConfig = errors.New("weft sidecar: invalid config")

// Defaults.
const (
	DefaultListen      = "127.0.0.1:5053"
	DefaultMaxBodySize = 64 << 20
	DefaultBlobWait    = 4 * time.Second
	// DefaultPublishTimeout is Config.PublishTimeout's default: a mainnet slot.
	DefaultPublishTimeout = 12 * time.Second
	// MaxHeadStart bounds Config.HeadStart: a validator client waits for its
	// publish call, and a block forwarded late misses its slot's attestations.
	MaxHeadStart = 2 * time.Second
	// DefaultHeadStart is weft-sidecar's --head-start (Config's zero is none):
	// the cap on the wait for weft's delivery to its peers
	// (DefaultHeadStartUntil), which took 0.4-0.8 s at 1-2 MiB on the devnet in
	// docs/benchmarks.md (Prysm, session 7).
	DefaultHeadStart = time.Second
	// DefaultHeadStartUntil is weft-sidecar's --head-start-until (Config's
	// zero, HeadStartUntilDelivered false, is "copy"): waiting until the weft
	// peers have decoded the block gave p50 1.56-1.68x the gossip-only devnet at
	// 1 and 2 MiB, against 1.34-1.43x when the wait ended at one copy written.
	DefaultHeadStartUntil = "delivered"
	// DefaultHeadStartMinSize is weft-sidecar's --head-start-min-size
	// (Config's zero gives every block a head start), from the same runs.
	DefaultHeadStartMinSize = 512 << 10
)

// Validate checks the Config and fills defaults.
func (c *Config) Validate() error {
	if c.Listen == "" {
		c.Listen = DefaultListen
	}
	if _, _, err := net.SplitHostPort(c.Listen); err != nil {
		return fmt.Errorf("%w: listen address %q: %w", ErrConfig, c.Listen, err)
	}
	if c.NodeURL == "" {
		return fmt.Errorf("%w: no beacon node URL", ErrConfig)
	}
	u, err := url.Parse(c.NodeURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%w: beacon node URL %q: want http(s)://host:port", ErrConfig, c.NodeURL)
	}
	if c.MaxBodySize < 0 || c.BlobWait < 0 || c.ConnectTimeout < 0 || c.HeadStart < 0 || c.HeadStartMinSize < 0 || c.PublishTimeout < 0 {
		return fmt.Errorf("%w: negative body size, blob wait, connect timeout, head start or publish timeout", ErrConfig)
	}
	if c.HeadStart > MaxHeadStart {
		return fmt.Errorf("%w: head start %v above %v", ErrConfig, c.HeadStart, MaxHeadStart)
	}
	if c.MaxBodySize == 0 {
		c.MaxBodySize = DefaultMaxBodySize
	}
	if c.BlobWait == 0 {
		c.BlobWait = DefaultBlobWait
	}
	if c.ConnectTimeout == 0 {
		c.ConnectTimeout = 5 * time.Minute
	}
	if c.PublishTimeout == 0 {
		c.PublishTimeout = DefaultPublishTimeout
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.Weft.Logger == nil {
		c.Weft.Logger = c.Logger
	}
	if c.Weft.Registerer == nil {
		c.Weft.Registerer = c.Registerer
	}
	if c.PassThrough {
		return nil
	}
	return c.Weft.Validate()
}

// Sidecar fronts a beacon node's Beacon API for a validator client: every
// request is forwarded to the node; a block posted to /eth/v1/beacon/blocks
// or /eth/v2/beacon/blocks is also published through weft, and blocks
// received through weft are posted to the node.
type Sidecar struct {
	cfg   Config
	node  *nodeAPI
	proxy *httputil.ReverseProxy
	met   *metrics
	log   *slog.Logger

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
	jobs   chan struct{} // publish jobs in flight

	// front: the weft Service is the caller's, running beside the node in
	// this process (NewFront).
	front bool

	mu    sync.Mutex
	weft  *weftprysm.Service
	chain *apiChain
	srv   *http.Server
	ln    net.Listener
}

// maxJobs bounds the publish checks running at once; a request beyond it is
// forwarded without being published.
const maxJobs = 4

// New builds a Sidecar; Start connects it. New does no I/O.
func New(cfg Config) (*Sidecar, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	base, _ := url.Parse(cfg.NodeURL)
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 32
	s := &Sidecar{cfg: cfg, met: newMetrics(cfg.Registerer), log: cfg.Logger, jobs: make(chan struct{}, maxJobs),
		node: &nodeAPI{base: base, hc: &http.Client{Transport: tr, Timeout: 30 * time.Second}}}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	s.proxy = &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			pr.SetURL(base)
			pr.Out.Host = base.Host
		},
		Transport:     tr,
		FlushInterval: -1, // event streams pass through as they come
		ErrorHandler: func(w http.ResponseWriter, r *http.Request, err error) {
			if errors.Is(r.Context().Err(), context.Canceled) {
				return // the client went away
			}
			s.met.proxyErrors.Inc()
			s.log.Warn("weft sidecar: forward failed", "method", r.Method, "path", r.URL.Path, "err", err)
			writeError(w, http.StatusBadGateway, "weft sidecar: beacon node unreachable: "+err.Error())
		},
	}
	return s, nil
}

// NewFront builds a Sidecar around a weft Service that already runs in this
// process beside the beacon node (weft-beacon-chain's --weft-api-listen):
// the validator client talks to it instead of the node's own Beacon API; block
// publications are published through w (with cfg.HeadStart) and then handed
// to cfg.NodeURL, the node's own Beacon API; everything else is forwarded.
// No network config is loaded (the process's Prysm config is the node's) and
// no weft host is started; Close leaves w running. cfg.Weft and
// cfg.PassThrough are ignored.
func NewFront(cfg Config, w *weftprysm.Service) (*Sidecar, error) {
	if w == nil {
		return nil, fmt.Errorf("%w: nil weft service", ErrConfig)
	}
	cfg.PassThrough = true // Validate: no weft key needed here
	s, err := New(cfg)
	if err != nil {
		return nil, err
	}
	s.cfg.PassThrough = false
	s.front, s.weft = true, w
	s.cfg.Weft.Blobs = w.Blobs()
	return s, nil
}

// Start waits for the node (up to ConnectTimeout), makes Prysm's active chain
// config the node's (this process's Prysm code then follows the node's
// network), starts weft and serves the Beacon API on Listen.
func (s *Sidecar) Start(ctx context.Context) error {
	if s.front {
		return s.serve(ctx)
	}
	nw, err := s.waitNode(ctx)
	if err != nil {
		return err
	}
	params.OverrideBeaconConfig(nw.cfg)
	var w *weftprysm.Service
	chain := newAPIChain(s.node, nw, s.log, s.met, s.cfg.Weft.Blobs, s.cfg.BlobWait)
	if !s.cfg.PassThrough {
		if err := startKZG(); err != nil {
			return fmt.Errorf("weft sidecar: KZG trusted setup: %w", err)
		}
		if w, err = weftprysm.New(s.cfg.Weft, chain, nil); err != nil {
			return err
		}
		if err := w.Start(); err != nil {
			_ = w.Close()
			return err
		}
	}
	ln, err := (&net.ListenConfig{}).Listen(ctx, "tcp", s.cfg.Listen)
	if err != nil {
		if w != nil {
			_ = w.Close()
		}
		return fmt.Errorf("weft sidecar: listen: %w", err)
	}
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	s.mu.Lock()
	s.weft, s.chain, s.srv, s.ln = w, chain, srv, ln
	s.mu.Unlock()
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("weft sidecar: serve", "err", err)
		}
	}()
	if w == nil {
		s.log.Info("weft sidecar started, pass-through (no weft)", "listen", ln.Addr().String(), "node", s.cfg.NodeURL,
			"config", nw.cfg.ConfigName, "genesis", nw.genesis.UTC().Format(time.RFC3339),
			"seconds_per_slot", nw.cfg.SecondsPerSlot)
		return nil
	}
	s.log.Info("weft sidecar started", "listen", ln.Addr().String(), "node", s.cfg.NodeURL,
		"config", nw.cfg.ConfigName, "genesis", nw.genesis.UTC().Format(time.RFC3339),
		"seconds_per_slot", nw.cfg.SecondsPerSlot, "weft_id", w.ID().String(), "blobs", s.cfg.Weft.Blobs,
		"head_start", s.cfg.HeadStart)
	return nil
}

// serve listens and serves (front mode).
func (s *Sidecar) serve(ctx context.Context) error {
	ln, err := (&net.ListenConfig{}).Listen(ctx, "tcp", s.cfg.Listen)
	if err != nil {
		return fmt.Errorf("weft front: listen: %w", err)
	}
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	s.mu.Lock()
	s.srv, s.ln = srv, ln
	s.mu.Unlock()
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("weft front: serve", "err", err)
		}
	}()
	s.log.Info("weft front started", "listen", ln.Addr().String(), "node", s.cfg.NodeURL, "head_start", s.cfg.HeadStart)
	return nil
}

var kzgOnce struct {
	sync.Once
	err error
}

func startKZG() error {
	kzgOnce.Do(func() { kzgOnce.err = kzg.Start() })
	return kzgOnce.err
}

// waitNode loads the network from the node, retrying while the node cannot
// be reached.
func (s *Sidecar) waitNode(ctx context.Context) (*network, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.ConnectTimeout)
	defer cancel()
	delay := 250 * time.Millisecond
	var last time.Time
	for {
		n, err := loadNetwork(ctx, s.node)
		if err == nil {
			return n, nil
		}
		var se *statusError
		notYet := errors.Is(err, errTransient) || (errors.As(err, &se) && se.Code == http.StatusNotFound)
		if !notYet {
			return nil, err // the node answered, wrongly: retrying will not help
		}
		if time.Since(last) > 10*time.Second {
			s.log.Info("weft sidecar: waiting for the beacon node", "node", s.cfg.NodeURL, "err", err)
			last = time.Now()
		}
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("weft sidecar: beacon node %s not reachable: %w (last error: %w)", s.cfg.NodeURL, ctx.Err(), err)
		case <-t.C:
		}
		delay = min(2*delay, 5*time.Second)
	}
}

// Addr is the address the sidecar serves on (nil before Start).
func (s *Sidecar) Addr() net.Addr {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln == nil {
		return nil
	}
	return s.ln.Addr()
}

// Weft is the weft service (nil before Start).
func (s *Sidecar) Weft() *weftprysm.Service {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.weft
}

// isPublish reports whether a request is a (non-blinded) block publication.
func isPublish(r *http.Request) bool {
	return r.Method == http.MethodPost && (r.URL.Path == "/eth/v1/beacon/blocks" || r.URL.Path == "/eth/v2/beacon/blocks")
}

// ServeHTTP forwards every request to the node; block publications are also
// published through weft (with Config.HeadStart, before they are forwarded).
func (s *Sidecar) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !isPublish(r) {
		s.proxy.ServeHTTP(w, r)
		return
	}
	recv := time.Now() // the proposer's publish, as this front sees it
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBodySize))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			s.met.tooLarge.Inc()
			s.log.Warn("weft sidecar: publish request too large, refused", "limit", s.cfg.MaxBodySize)
			writeError(w, http.StatusRequestEntityTooLarge,
				fmt.Sprintf("weft sidecar: request body above %d bytes (--max-body-size)", s.cfg.MaxBodySize))
			return
		}
		writeError(w, http.StatusBadRequest, "weft sidecar: reading the request body: "+err.Error())
		return
	}
	// release lets the request go to the node: closed by the publish job once
	// weft has handed the network its copy (why: copy_sent), or at once for a
	// block below HeadStartMinSize (small) or one not published (not_published).
	var release chan struct{}
	why := "not_published"
	if s.cfg.HeadStart > 0 && !s.cfg.PassThrough {
		release = make(chan struct{})
	}
	select {
	case s.jobs <- struct{}{}:
		hdr := r.Header.Clone()
		// The job's slot is given back before its outcome is counted, so
		// whoever sees the count can post again at once.
		done := sync.OnceFunc(func() { <-s.jobs })
		letGo := func(string) {}
		if release != nil {
			var once sync.Once
			letGo = func(reason string) {
				once.Do(func() {
					why = reason
					close(release)
				})
			}
		}
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			defer letGo("not_published")
			defer done()
			if s.cfg.PassThrough {
				s.observe(hdr, body, recv, done)
				return
			}
			s.publish(hdr, body, recv, done, letGo)
		}()
	default:
		if !s.cfg.PassThrough {
			s.skip(nil, "busy", errors.New("too many publications in flight"), r.URL.Path)
		}
		release = nil
	}
	if release != nil {
		t := time.NewTimer(s.cfg.HeadStart)
		var outcome string
		select {
		case <-release:
			outcome = why
		case <-t.C:
			outcome = "timeout"
		case <-r.Context().Done():
			outcome = "client_gone"
		}
		t.Stop()
		s.met.headStart.WithLabelValues(outcome).Inc()
		s.log.Info("weft sidecar forwarding", "outcome", outcome, "held_ms", time.Since(recv).Milliseconds())
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	r.ContentLength = int64(len(body))
	if s.cfg.PassThrough {
		s.proxy.ServeHTTP(w, r)
		return
	}
	// The node imports and gossips the block even when the validator client
	// has stopped waiting (Config.PublishTimeout).
	client := r.Context()
	ctx, cancel := context.WithTimeout(context.WithoutCancel(client), s.cfg.PublishTimeout)
	defer cancel()
	sw := &statusWriter{ResponseWriter: w}
	fwd := time.Now()
	stop := context.AfterFunc(client, func() {
		s.log.Info("weft sidecar: the validator client stopped waiting; the publish goes on to the node",
			"forwarding_ms", time.Since(fwd).Milliseconds())
	})
	defer stop()
	s.proxy.ServeHTTP(sw, r.WithContext(ctx))
	s.log.Info("weft sidecar: publish forwarded", "status", sw.code, "node_ms", time.Since(fwd).Milliseconds(),
		"client_gone", client.Err() != nil)
}

// statusWriter records the status of the answer a forwarded request got.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection's flusher.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// logRequest writes the line that marks a proposer's publication (the
// benchmark's time origin), in weft and pass-through mode alike.
func (s *Sidecar) logRequest(blk interfaces.ReadOnlySignedBeaconBlock, recv time.Time) {
	root, err := blk.Block().HashTreeRoot()
	if err != nil {
		return
	}
	s.log.Info("weft publish request", "slot", uint64(blk.Block().Slot()),
		"proposer", uint64(blk.Block().ProposerIndex()), "root", fmt.Sprintf("%#x", root),
		"at_unix_ms", recv.UnixMilli(), "decode_ms", time.Since(recv).Milliseconds())
}

// observe decodes a publication in pass-through mode, only to log it.
func (s *Sidecar) observe(hdr http.Header, body []byte, recv time.Time, done func()) {
	defer done()
	c, err := decodeRequest(hdr, body)
	if err != nil {
		s.log.Warn("weft sidecar: publish request not decoded", "err", err)
		return
	}
	s.logRequest(c.blk, recv)
}

// publish decodes and checks a block the validator client posted and, if it
// passes, publishes it and its blobs through weft. Anything wrong is logged
// and counted; the request goes to the node regardless. letGo releases the
// request to the node (Config.HeadStart): once weft has handed the network
// a copy of the block, or at once when the block is not published.
func (s *Sidecar) publish(hdr http.Header, body []byte, recv time.Time, done func(), letGo func(why string)) {
	start := time.Now()
	w := s.Weft()
	if w == nil {
		s.skip(done, "not_ready", weftprysm.ErrNotReady, "")
		return
	}
	c, err := decodeRequest(hdr, body)
	if err != nil {
		reason := "undecodable"
		if errors.Is(err, ErrFork) {
			reason = "fork"
		} else if errors.Is(err, ErrNoVersion) {
			reason = "no_version"
		}
		s.skip(done, reason, err, "")
		return
	}
	blk := c.blk
	s.logRequest(blk, recv)
	if err := w.CheckProposer(s.ctx, blk); err != nil {
		reason := weftprysm.Reason(err)
		if errors.Is(err, weftprysm.ErrNotReady) {
			reason = "not_ready"
		}
		s.skip(done, reason, err, "", "slot", uint64(blk.Block().Slot()), "proposer", uint64(blk.Block().ProposerIndex()))
		return
	}
	var sidecars []blocks.VerifiedROBlob
	if blk.Version() >= version.Deneb && s.cfg.Weft.Blobs {
		if sidecars, err = blobSidecars(c); err != nil {
			s.skip(done, "blob", err, "", "slot", uint64(blk.Block().Slot()))
			return
		}
	}
	checked := time.Since(start)
	var sent <-chan struct{}
	var unwatch func()
	if s.cfg.HeadStart > 0 && blk.SizeSSZ() >= s.cfg.HeadStartMinSize {
		if s.front {
			// In the node's process: import now, hold back only the gossip.
			// (Unheld, the node's publish imports it at once itself.)
			w.ImportOwn(blk, sidecars)
		}
		if s.cfg.HeadStartUntilDelivered {
			sent, unwatch, err = w.PublishBlockDelivered(blk)
		} else {
			sent, unwatch, err = w.PublishBlockSent(blk)
		}
	} else {
		letGo("small") // no head start for this one
		err = w.PublishBlock(blk)
	}
	if err != nil {
		s.skip(done, "publish", err, "", "slot", uint64(blk.Block().Slot()))
		return
	}
	published := time.Since(start)
	for _, b := range sidecars {
		if err := w.PublishBlob(b); err != nil {
			s.log.Warn("weft sidecar: blob not published", "slot", uint64(b.Slot()), "index", b.Index, "err", err)
		}
	}
	done()
	s.met.published.WithLabelValues(version.String(blk.Version())).Inc()
	s.log.Info("weft sidecar published", "slot", uint64(blk.Block().Slot()), "proposer", uint64(blk.Block().ProposerIndex()),
		"fork", version.String(blk.Version()), "blobs", len(sidecars), "check_ms", checked.Milliseconds(),
		"publish_ms", published.Milliseconds(), "total_ms", time.Since(start).Milliseconds())
	if sent != nil {
		why := "copy_sent"
		if s.cfg.HeadStartUntilDelivered {
			why = "delivered"
		}
		t := time.NewTimer(s.cfg.HeadStart)
		select {
		case <-sent:
		case <-t.C:
			why = "timeout"
		case <-s.ctx.Done():
			why = "stopped"
		}
		t.Stop()
		unwatch()
		letGo(why)
	}
}

// skip counts and logs a publication not made; done (if any) gives the job's
// slot back first.
func (s *Sidecar) skip(done func(), reason string, err error, path string, attrs ...any) {
	if done != nil {
		done()
	}
	s.met.skipped.WithLabelValues(reason).Inc()
	args := append([]any{"reason", reason, "err", err}, attrs...)
	if path != "" {
		args = append(args, "path", path)
	}
	s.log.Warn("weft sidecar: not published through weft (forwarded to the node only)", args...)
}

// blobSidecars builds the blob sidecars of a posted block (inclusion proofs
// computed here) and checks their KZG proofs, so nothing a receiver would
// refuse is published.
func blobSidecars(c *contents) ([]blocks.VerifiedROBlob, error) {
	cs, err := c.blk.Block().Body().BlobKzgCommitments()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBlobs, err)
	}
	if len(cs) != len(c.blobs) || len(cs) != len(c.proofs) {
		return nil, fmt.Errorf("%w: %d commitments, %d blobs, %d proofs", ErrBlobs, len(cs), len(c.blobs), len(c.proofs))
	}
	if len(cs) == 0 {
		return nil, nil
	}
	hdr, err := c.blk.Header()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBlobs, err)
	}
	root, err := c.blk.Block().HashTreeRoot()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBlobs, err)
	}
	robs := make([]blocks.ROBlob, len(cs))
	for i := range cs {
		proof, err := blocks.MerkleProofKZGCommitment(c.blk.Block().Body(), i)
		if err != nil {
			return nil, fmt.Errorf("%w: inclusion proof %d: %w", ErrBlobs, i, err)
		}
		sc := &ethpb.BlobSidecar{Index: uint64(i), Blob: c.blobs[i], KzgCommitment: cs[i], KzgProof: c.proofs[i],
			SignedBlockHeader: hdr, CommitmentInclusionProof: proof}
		if robs[i], err = blocks.NewROBlobWithRoot(sc, root); err != nil {
			return nil, fmt.Errorf("%w: blob %d: %w", ErrBlobs, i, err)
		}
	}
	if err := kzg.Verify(robs...); err != nil {
		return nil, fmt.Errorf("%w: KZG proofs: %w", ErrBlobs, err)
	}
	out := make([]blocks.VerifiedROBlob, len(robs))
	for i, rob := range robs {
		out[i] = blocks.NewVerifiedROBlob(rob)
	}
	return out, nil
}

// writeError writes a Beacon API error body.
func writeError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	}{code, msg})
}

// Close stops serving and stops weft; publications in flight finish first.
func (s *Sidecar) Close() error {
	s.mu.Lock()
	srv, w := s.srv, s.weft
	s.mu.Unlock()
	var err error
	if srv != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		err = srv.Shutdown(ctx)
		cancel()
		if err != nil {
			_ = srv.Close()
		}
	}
	s.cancel()
	s.wg.Wait()
	if w != nil && !s.front {
		if e := w.Close(); e != nil && err == nil {
			err = e
		}
	}
	return err
}
