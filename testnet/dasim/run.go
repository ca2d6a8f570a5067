// Package dasim is the data-availability simulator: weft's coded columns (package
// da) against PeerDAS on the same network, in virtual time, with processing
// charged from costs measured on the machine (da.Calibrate).
//
// Both protocols run on one world built from a shared scenario (testnet/sim's
// bandwidth classes and regions, the publisher on the scenario's publisher
// link) and on per-column overlays built the same way; only what travels
// differs. See Model for exactly what each model includes.
package dasim

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/weftnet/weft/da"
	"github.com/weftnet/weft/testnet/scenario"
)

// Model says what the simulator models, for reports.
const Model = `weft: each node custodies Custody columns and reaches full rank on them through
coded pieces on the column's overlay (degree Degree). The publisher pushes each released column's
systematic pieces, then combinations, to Fanout custodians, up to Redundancy×k pieces per column.
Relays send combinations of their verified pieces with da.Strategy's rules: at most their rank
per link before they are full; credits as core's (a receiver asks each serving link for its remaining need split over the
links serving it, plus one; one piece from a link that has not served it; nothing from a link
whose piece was useless until that link reports a higher rank than ours, or 250 ms without
progress); pushes before a peer's first report: ceil(k/links)+1 from full nodes, 1 from partial
ones; haves every k/8 of rank, on half a link's credit, and on each useless piece. Pieces are
checked for innovation (exact GF(2^8) ranks: 1/256 non-innovative odds, as 8-bit coefficients over
BLS12-381's field) before they are verified: one queue per node for all its columns (da.Pool: one
pairing check for the batch, charged from da.Calibrate's cost curve plus VerifyColumn per further
column), verified once VerifyBatch cells wait, VerifyDelay after the oldest piece, or at once when the
queue would complete a column (after CompletionGrace, if set) or finish the node's DA check (VerifyScope
ScopeColumn: one queue per column). A full
node keeps its column coded (da.Strategy with Hold: decoding is not needed for the DA check and
is left to the host, uncharged) unless Decode is set, which charges k MSMs at completion and
recodes from the decoded cells after. Piece sizes count the sparse coefficients, which grow
about 8+log2(rank) bits per recombination. Each node sends Samples challenges to random custodians of columns it does not
custody; a custodian answers once it holds the column. An answer is a coded cell of its column and
joins the node's queue (da.Sampler.Offer into the node's da.Pool), charged in the check as a piece of
its column, with no wait of its own (SingleAnswers: one Sampler.Check each). DA passes when the
custody columns are full and every sample answer has been checked. Reconstruction (65 columns released): Reconstructors
nodes per blob row, ReconstructAfter into the slot, ask a custodian of every column for the row's
cell, recover the row from the first 64 answers, and send each recovered cell of a missing column
to ReconstructPush of its custodians, which then spread it as above.
PeerDAS: each node subscribes to PeerDASColumns column subnets (custody + sampling) and receives
whole DataColumnSidecars by gossipsub on each subnet's mesh (same overlay construction and
degree); the proposer sends each column to Fanout subscribers; IDONTWANT on arrival, verify (cell
batch check of the column), forward to mesh peers that lack it. DA passes when every subscribed
column has arrived and verified. No node holds 64 columns, so nothing is reconstructed.
Not modelled, for either: IHAVE/IWANT, req/resp, getBlobs from the EL mempool (distributed blob
publishing), supernodes, loss. The block (its commitments) is known to every node at time 0.
One CPU per node; processing is charged from da.Calibrate's measurements on this machine.`

// Params configures one run.
type Params struct {
	Blobs int
	Costs da.Costs
	// Custody is weft's custody columns per node (default 4).
	Custody int
	// Samples is weft's sample challenges per node (default da.SamplesFor(30)).
	Samples int
	// PeerDASColumns is what a PeerDAS node downloads (default 8: 4 custody +
	// sampling up to SAMPLES_PER_SLOT).
	PeerDASColumns int
	// Degree is the per-column overlay degree (default 8, gossipsub's D).
	Degree int
	// Fanout is how many nodes the publisher sends each column to (default 8).
	Fanout int
	// Redundancy caps weft's publisher at Redundancy×k pieces per column (default 1.25).
	Redundancy float64
	// Release lists the columns the publisher releases (nil: all).
	Release []bool
	// Reconstruct turns on weft's distributed reconstruction.
	Reconstruct bool
	// ReconstructAfter is when reconstructors start (default 500 ms).
	ReconstructAfter time.Duration
	// Reconstructors per blob row (default 2).
	Reconstructors int
	// ReconstructPush is how many custodians of each missing column a
	// reconstructor sends each recovered cell to (default 2).
	ReconstructPush int
	// VerifyScope is what one weft verification queue holds: ScopeNode (the
	// default) all of a node's columns and its sample answers, verified
	// together in one cell batch check (a da.Pool); ScopeColumn one column
	// (the first model's per-column batches; answers checked one by one).
	VerifyScope Scope
	// VerifyBatch is how many queued pieces trigger a batch check (default
	// 32); VerifyDelay how long the oldest queued piece waits for more
	// (default 175 ms, of the order of a link's one-way latency: relays
	// forward only verified pieces). A queue that would complete a column is
	// verified at once (da.BatchPolicy) unless NoCompletionFlush is set.
	VerifyBatch       int
	VerifyDelay       time.Duration
	NoCompletionFlush bool
	// SingleAnswers checks each sample answer alone as it arrives
	// (Sampler.Check, Costs.SampleCheck). False: answers join the node's
	// queue (Sampler.Offer into its da.Pool) without a wait bound of their
	// own, and a queue that would finish the node's DA check (custody
	// columns and samples: da.Pool.Finishes) is verified at once unless
	// NoCompletionFlush is set. ScopeColumn implies SingleAnswers.
	SingleAnswers bool
	// CompletionGrace: a queue that would complete a column (but not the
	// node's DA check) waits up to this long for more (other columns about
	// to complete) instead of being verified at once (0: at once).
	CompletionGrace time.Duration
	// Decode charges a full column's decoding (k MSMs) on the custody node's
	// CPU as it completes, and recodes from the decoded cells after (da.Strategy
	// without Hold). False: custody nodes keep the coded column (da.Strategy
	// with Hold) and decode off the dissemination path, uncharged.
	Decode bool
	// Limit stops a run (default 20 s of virtual time).
	Limit time.Duration
	Seed  uint64
}

// Scope is what one weft verification queue holds.
type Scope int

// Verification scopes.
const (
	ScopeNode   Scope = iota // all of a node's columns (da.Pool)
	ScopeColumn              // one column
)

func (p *Params) released(c int) bool { return p.Release == nil || p.Release[c] }

func (p *Params) defaults() {
	if p.Custody == 0 {
		p.Custody = 4
	}
	if p.Samples == 0 {
		p.Samples = da.SamplesFor(30)
	}
	if p.PeerDASColumns == 0 {
		p.PeerDASColumns = 8
	}
	if p.Degree == 0 {
		p.Degree = 8
	}
	if p.Fanout == 0 {
		p.Fanout = 8
	}
	if p.Redundancy == 0 {
		p.Redundancy = 1.25
	}
	if p.ReconstructAfter == 0 {
		p.ReconstructAfter = 500 * time.Millisecond
	}
	if p.Reconstructors == 0 {
		p.Reconstructors = 2
	}
	if p.ReconstructPush == 0 {
		p.ReconstructPush = 2
	}
	if p.VerifyBatch == 0 {
		p.VerifyBatch = 32
	}
	if p.VerifyDelay == 0 {
		p.VerifyDelay = 175 * time.Millisecond
	}
	if p.Limit == 0 {
		p.Limit = 20 * time.Second
	}
}

// RunResult is one run's per-node samples.
type RunResult struct {
	Times         []float64 // DA time per node, ms (+Inf: never)
	Rx, Tx        []float64 // bytes per node
	CPU           []float64 // ms per node
	PubTx         int64
	Reconstructed float64 // ms until every custodian holds every column (-1: never)
	// VerifyPerCell is the verification time charged per cell verified, in ms
	// (weft: per coded cell, pieces and sample answers alike, in the checks
	// that formed; PeerDAS: per cell of a column's batch check).
	VerifyPerCell float64
	// PiecesPerCheck is the mean number of coded cells (pieces and sample
	// answers) per cell batch check (weft).
	PiecesPerCheck float64
	// Cells and Checks are the coded cells verified and the checks run
	// (weft), over all nodes.
	Cells, Checks int
}

func (r *RunResult) add(t float64, rx, tx int64, cpu time.Duration) {
	r.Times = append(r.Times, t)
	r.Rx = append(r.Rx, float64(rx))
	r.Tx = append(r.Tx, float64(tx))
	r.CPU = append(r.CPU, float64(cpu)/float64(time.Millisecond))
}

// Row is one line of the report.
type Row struct {
	Protocol string `json:"protocol"`
	Case     string `json:"case"` // "all columns", "65 columns", "63 columns"
	Blobs    int    `json:"blobs"`
	// DA time over the nodes (ms); nil where fewer nodes passed.
	P50       *float64 `json:"p50_ms"`
	P95       *float64 `json:"p95_ms"`
	P99       *float64 `json:"p99_ms"`
	Passed    float64  `json:"passed_fraction"`
	PassedN   int      `json:"passed_nodes"`
	RxKB      float64  `json:"rx_kb_per_node_mean"`
	RxKBP99   float64  `json:"rx_kb_per_node_p99"`
	TxKB      float64  `json:"tx_kb_per_node_mean"`
	TxKBP99   float64  `json:"tx_kb_per_node_p99"`
	CPUms     float64  `json:"cpu_ms_per_node_mean"`
	Bits      float64  `json:"security_bits_per_node"`
	BitsPerKB float64  `json:"bits_per_kb"`
	PubRatio  float64  `json:"publisher_upload_over_raw"`
	// VerifyMS is the verification time per cell in the run (ms).
	VerifyMS float64 `json:"verify_ms_per_cell"`
	// PerCheck is the mean pieces per cell batch check (weft; 0 for PeerDAS).
	PerCheck float64 `json:"pieces_per_check"`
	// ReconMS is when every custodian held every column (ms), nil if never.
	ReconMS *float64  `json:"all_columns_at_custodians_ms"`
	Times   []float64 `json:"-"`
}

// Trial is the withholding trials' outcome for one protocol.
type Trial struct {
	Protocol     string  `json:"protocol"`
	Trials       int     `json:"trials"`
	NodeTrials   int     `json:"node_trials"`
	FalseAccepts int     `json:"false_accepts"`
	TrialsFooled int     `json:"trials_with_a_false_accept"`
	Expected     float64 `json:"expected_false_accepts"`
}

// Report is a DA simulation's result.
type Report struct {
	Scenario string    `json:"scenario"`
	Model    string    `json:"model"`
	Costs    []string  `json:"costs"`
	Samples  int       `json:"weft_samples"`
	Rows     []Row     `json:"rows"`
	Trials   []Trial   `json:"withholding_trials"`
	Targets  []Outcome `json:"targets"`
	costs    map[int]da.Costs
}

// Options configure Run.
type Options struct {
	Blobs    []int
	Costs    map[int]da.Costs
	Base     Params // Blobs and Costs are set per run
	Trials   int    // withholding trials (default 1000)
	Workers  int
	Progress func(done, total int)
}

type job struct {
	proto string
	cse   string
	p     Params
}

// Run simulates both protocols at every blob count: all columns released, 65
// released (reconstruction), 63 released (withholding), and the withholding
// trials.
func Run(sc *scenario.Scenario, opt Options) (*Report, error) {
	if len(opt.Blobs) == 0 {
		return nil, errors.New("dasim: no blob counts")
	}
	if opt.Trials <= 0 {
		opt.Trials = 1000
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	base := opt.Base
	base.defaults()
	if (sc.Nodes-1)*base.Custody < da.Columns {
		return nil, fmt.Errorf("dasim: %d nodes × %d custody columns leave columns without custodians", sc.Nodes-1, base.Custody)
	}
	rel := func(n int, seed uint64) []bool {
		rng := rand.New(rand.NewPCG(seed, 0x72656c))
		out := make([]bool, da.Columns)
		for _, c := range rng.Perm(da.Columns)[:n] {
			out[c] = true
		}
		return out
	}
	var jobs []job
	for _, k := range opt.Blobs {
		if k < 1 || k > 128 {
			return nil, fmt.Errorf("dasim: %d blobs (the model tracks up to 128)", k)
		}
		c, ok := opt.Costs[k]
		if !ok {
			return nil, fmt.Errorf("dasim: no costs for %d blobs", k)
		}
		p := base
		p.Blobs, p.Costs = k, c
		for _, proto := range []string{"weft", "peerdas"} {
			jobs = append(jobs, job{proto, "all columns", p})
			q := p
			q.Release, q.Reconstruct = rel(da.Columns/2+1, p.Seed), proto == "weft"
			jobs = append(jobs, job{proto, "65 columns", q})
			q = p
			q.Release = rel(da.Columns/2-1, p.Seed)
			jobs = append(jobs, job{proto, "63 columns", q})
		}
	}
	w := newWorld(sc, base.Seed)
	outs := make([]*RunResult, len(jobs))
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		done int
		next = make(chan int)
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				j := jobs[i]
				if j.proto == "weft" {
					outs[i] = runWeft(&j.p, w)
				} else {
					outs[i] = runPeerDAS(&j.p, w)
				}
				if opt.Progress != nil {
					mu.Lock()
					done++
					opt.Progress(done, len(jobs))
					mu.Unlock()
				}
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()

	rep := &Report{Scenario: sc.Name, Model: Model, Samples: base.Samples, costs: opt.Costs}
	for _, k := range opt.Blobs {
		rep.Costs = append(rep.Costs, opt.Costs[k].String())
	}
	for i, j := range jobs {
		rep.Rows = append(rep.Rows, summarize(j, outs[i], base))
	}
	rep.Trials = withholdingTrials(w.n, w.publisher, base, opt.Trials, sc.Seed)
	rep.Targets = targets(rep, opt.Blobs)
	return rep, nil
}

func percentile(sorted []float64, q float64) *float64 {
	if len(sorted) == 0 {
		return nil
	}
	i := int(math.Ceil(q*float64(len(sorted)))) - 1
	i = min(max(i, 0), len(sorted)-1)
	if math.IsInf(sorted[i], 0) {
		return nil
	}
	v := sorted[i]
	return &v
}

func mean(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s / float64(max(1, len(v)))
}

func summarize(j job, o *RunResult, base Params) Row {
	t := slices.Clone(o.Times)
	slices.Sort(t)
	row := Row{Protocol: j.proto, Case: j.cse, Blobs: j.p.Blobs, Times: t}
	row.P50, row.P95, row.P99 = percentile(t, 0.50), percentile(t, 0.95), percentile(t, 0.99)
	for _, x := range t {
		if !math.IsInf(x, 0) {
			row.PassedN++
		}
	}
	row.Passed = float64(row.PassedN) / float64(max(1, len(t)))
	rx, tx := slices.Clone(o.Rx), slices.Clone(o.Tx)
	slices.Sort(rx)
	slices.Sort(tx)
	row.RxKB, row.TxKB = mean(rx)/1000, mean(tx)/1000
	if p := percentile(rx, 0.99); p != nil {
		row.RxKBP99 = *p / 1000
	}
	if p := percentile(tx, 0.99); p != nil {
		row.TxKBP99 = *p / 1000
	}
	row.CPUms = mean(o.CPU)
	row.VerifyMS = o.VerifyPerCell
	row.PerCheck = o.PiecesPerCheck
	if j.proto == "weft" {
		row.Bits = da.SecurityBits(base.Samples)
	} else {
		row.Bits = da.SecurityBits(base.PeerDASColumns)
	}
	row.BitsPerKB = row.Bits / row.RxKB
	row.PubRatio = float64(o.PubTx) / float64(j.p.Blobs*da.BlobSize)
	if o.Reconstructed >= 0 {
		v := o.Reconstructed
		row.ReconMS = &v
	}
	return row
}

// withholdingTrials: in each trial the publisher releases a random 63 columns
// (fewer than half: the data cannot be reconstructed) and every node applies its
// protocol's acceptance rule: weft accepts iff its custody columns and its
// Samples sampled columns (drawn afresh, as da.NewSampler draws them) are all
// released, since an unreleased column can produce no valid answer (package da's
// tests: only the whole column answers a challenge, and answers are checked
// against commitments the sampler rebuilds); PeerDAS accepts iff its
// PeerDASColumns columns are all released.
func withholdingTrials(n, publisher int, p Params, trials int, seed uint64) []Trial {
	cust := columnsOf(n, p.PeerDASColumns, seed)
	out := []Trial{{Protocol: "weft", Trials: trials}, {Protocol: "peerdas", Trials: trials}}
	for t := range trials {
		rng := rand.New(rand.NewPCG(seed, uint64(t)+0x747269))
		rel := make([]bool, da.Columns)
		for _, c := range rng.Perm(da.Columns)[:da.Columns/2-1] {
			rel[c] = true
		}
		var fooled [2]int
		for i := range n {
			if i == publisher {
				continue
			}
			// weft: custody + fresh samples among the other columns.
			s, err := da.NewSampler(fakeBlock, p.Samples+p.Custody, rng)
			if err != nil {
				continue
			}
			ok := true
			for _, c := range cust[i][:p.Custody] {
				ok = ok && rel[c]
			}
			m := 0
			for _, ch := range s.Challenges() {
				if m == p.Samples {
					break
				}
				if slices.Contains(cust[i][:p.Custody], int(ch.Column)) {
					continue
				}
				m++
				ok = ok && rel[ch.Column]
			}
			if ok {
				fooled[0]++
			}
			ok = true
			for _, c := range cust[i] {
				ok = ok && rel[c]
			}
			if ok {
				fooled[1]++
			}
		}
		for k := range 2 {
			out[k].NodeTrials += n - 1
			out[k].FalseAccepts += fooled[k]
			if fooled[k] > 0 {
				out[k].TrialsFooled++
			}
		}
	}
	out[0].Expected = float64(out[0].NodeTrials) * fooledWithCustody(p.Custody, p.Samples)
	out[1].Expected = float64(out[1].NodeTrials) * da.FooledProbability(p.PeerDASColumns)
	return out
}

// fooledWithCustody: custody columns and samples, all distinct, all released.
func fooledWithCustody(c, s int) float64 { return da.FooledProbability(c + s) }

// fakeBlock lets the trials draw columns exactly as da.NewSampler does; no
// answer is checked against it.
var fakeBlock = func() *da.Block {
	var c da.Commitment
	c[0] = 0xc0 // the identity point: a valid encoding
	b, err := da.NewBlock(da.Root{}, []da.Commitment{c})
	if err != nil {
		panic(err)
	}
	return b
}()

// Outcome is one target of issue 9, measured.
type Outcome struct {
	Target   string `json:"target"`
	Measured string `json:"measured"`
	Met      bool   `json:"met"`
}

func find(rep *Report, proto, cse string, k int) *Row {
	for i := range rep.Rows {
		r := &rep.Rows[i]
		if r.Protocol == proto && r.Case == cse && r.Blobs == k {
			return r
		}
	}
	return nil
}

func ms(p *float64) string {
	if p == nil {
		return "never"
	}
	return fmt.Sprintf("%.0f ms", *p)
}

func targets(rep *Report, blobs []int) []Outcome {
	var out []Outcome
	for _, k := range blobs {
		w, pd := find(rep, "weft", "all columns", k), find(rep, "peerdas", "all columns", k)
		out = append(out, Outcome{
			Target:   fmt.Sprintf("%d blobs: confidence ≥ 1−2^-30 for no more bytes than a PeerDAS node downloads", k),
			Measured: fmt.Sprintf("weft %.1f bits for %.0f KB down; PeerDAS %.1f bits for %.0f KB", w.Bits, w.RxKB, pd.Bits, pd.RxKB),
			Met:      w.Bits >= 30 && w.RxKB <= pd.RxKB,
		})
	}
	if w, pd := find(rep, "weft", "all columns", 48), find(rep, "peerdas", "all columns", 48); w != nil && pd != nil {
		met := w.P95 != nil && (pd.P95 == nil || *w.P95 <= 0.7**pd.P95)
		out = append(out, Outcome{Target: "p95 DA time ≥30% lower at 48 blobs",
			Measured: fmt.Sprintf("weft %s, PeerDAS %s", ms(w.P95), ms(pd.P95)), Met: met})
	}
	for _, k := range blobs {
		w := find(rep, "weft", "all columns", k)
		out = append(out, Outcome{Target: fmt.Sprintf("%d blobs: publisher upload ≤ 4× raw data", k),
			Measured: fmt.Sprintf("%.2f×", w.PubRatio), Met: w.PubRatio <= 4})
	}
	for _, k := range blobs {
		w := find(rep, "weft", "65 columns", k)
		met := w.ReconMS != nil && *w.ReconMS <= 4000
		out = append(out, Outcome{Target: fmt.Sprintf("%d blobs: reconstruction within 4 s, no supernode (65 columns released)", k),
			Measured: "every custodian holds every column at " + ms(w.ReconMS), Met: met})
	}
	for _, k := range blobs {
		w := find(rep, "weft", "all columns", k)
		out = append(out, Outcome{Target: fmt.Sprintf("%d blobs: verification ≤ 0.3 ms per coded cell (pieces and sample answers), amortised over the checks that formed in the run", k),
			Measured: fmt.Sprintf("%.3f ms (%.1f cells per check; one check %.2f ms + %.3f ms per piece + %.3f ms per further column)", w.VerifyMS,
				w.PerCheck, float64(rep.costs[k].VerifyFixed)/1e6, float64(rep.costs[k].VerifyPiece)/1e6,
				float64(rep.costs[k].VerifyColumn)/1e6), Met: w.VerifyMS <= 0.3})
	}
	for _, tr := range rep.Trials {
		if tr.Protocol == "weft" {
			out = append(out, Outcome{Target: "zero false accepts in 1000 withholding trials",
				Measured: fmt.Sprintf("%d of %d node-trials (%d trials)", tr.FalseAccepts, tr.NodeTrials, tr.Trials), Met: tr.FalseAccepts == 0})
		}
	}
	for _, k := range blobs {
		w := find(rep, "weft", "63 columns", k)
		out = append(out, Outcome{Target: fmt.Sprintf("%d blobs: no node passes with 63 columns released (network run)", k),
			Measured: fmt.Sprintf("%d nodes passed", w.PassedN), Met: w.PassedN == 0})
	}
	return out
}

// Format renders the report as plain tables.
func Format(rep *Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "scenario %s; weft samples %d per node (%.1f bits)\n\n", rep.Scenario, rep.Samples, da.SecurityBits(rep.Samples))
	fmt.Fprintf(&b, "%-8s %-12s %5s %9s %9s %9s %7s %9s %9s %9s %9s %7s %8s %6s %6s %8s %7s %12s\n",
		"proto", "case", "blobs", "p50", "p95", "p99", "passed", "rx KB", "rx p99", "tx KB", "tx p99", "cpu ms", "ver/cell", "batch", "bits", "bits/KB", "pub/raw", "all columns")
	for _, r := range rep.Rows {
		batch := "-"
		if r.PerCheck > 0 {
			batch = fmt.Sprintf("%.1f", r.PerCheck)
		}
		fmt.Fprintf(&b, "%-8s %-12s %5d %9s %9s %9s %6.1f%% %9.0f %9.0f %9.0f %9.0f %7.1f %8.3f %6s %6.1f %8.4f %7.2f %12s\n",
			r.Protocol, r.Case, r.Blobs, ms(r.P50), ms(r.P95), ms(r.P99), 100*r.Passed, r.RxKB, r.RxKBP99, r.TxKB, r.TxKBP99,
			r.CPUms, r.VerifyMS, batch, r.Bits, r.BitsPerKB, r.PubRatio, ms(r.ReconMS))
	}
	b.WriteString("\nwithholding trials (63 columns released; a node accepting is a false accept):\n")
	for _, t := range rep.Trials {
		fmt.Fprintf(&b, "  %-8s %d trials, %d node-trials: %d false accepts (expected %.2f), %d trials with one\n",
			t.Protocol, t.Trials, t.NodeTrials, t.FalseAccepts, t.Expected, t.TrialsFooled)
	}
	b.WriteString("\ntargets:\n")
	for _, o := range rep.Targets {
		mark := "MISSED"
		if o.Met {
			mark = "met"
		}
		fmt.Fprintf(&b, "  %-6s %s — %s\n", mark, o.Target, o.Measured)
	}
	b.WriteString("\ncosts (measured on this machine):\n")
	for _, c := range rep.Costs {
		fmt.Fprintf(&b, "  %s\n", c)
	}
	return b.String()
}
