package devnet

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Arrival is when one beacon node first held one block, by path.
type Arrival struct {
	Node int
	Slot uint64
	Root string
	// Gossip is the node's block_gossip event (gossipsub delivery, before
	// validation); Weft is its weft delivery (decoded and checked). Zero: never.
	Gossip, Weft time.Time
}

// First is the earlier of the two paths.
func (a Arrival) First() time.Time {
	switch {
	case a.Gossip.IsZero():
		return a.Weft
	case a.Weft.IsZero():
		return a.Gossip
	case a.Weft.Before(a.Gossip):
		return a.Weft
	}
	return a.Gossip
}

// Recorder collects block arrivals at every node from the Beacon API event
// streams and the weft delivery log lines.
type Recorder struct {
	n  *Net
	mu sync.Mutex
	a  map[string]*Arrival // node/root
	wg sync.WaitGroup
}

// Record subscribes to every node's block_gossip events until ctx ends.
func (n *Net) Record(ctx context.Context) (*Recorder, error) {
	r := &Recorder{n: n, a: map[string]*Arrival{}}
	for _, nd := range n.Nodes {
		if err := nd.WaitHTTP(ctx); err != nil {
			return nil, err
		}
		evs, err := nd.Events(ctx, "block_gossip")
		if err != nil {
			return nil, err
		}
		r.wg.Add(1)
		go func(nd *Node) {
			defer r.wg.Done()
			for ev := range evs {
				var d struct {
					Slot  string `json:"slot"`
					Block string `json:"block"`
				}
				if json.Unmarshal(ev.Data, &d) != nil {
					continue
				}
				slot, _ := strconv.ParseUint(d.Slot, 10, 64)
				r.mu.Lock()
				a := r.get(nd.Index, slot, d.Block)
				if a.Gossip.IsZero() {
					a.Gossip = ev.At
				}
				r.mu.Unlock()
			}
		}(nd)
	}
	return r, nil
}

func (r *Recorder) get(node int, slot uint64, root string) *Arrival {
	k := fmt.Sprintf("%d/%s", node, root)
	a := r.a[k]
	if a == nil {
		a = &Arrival{Node: node, Slot: slot, Root: root}
		r.a[k] = a
	}
	return a
}

// publishLine is a sidecar's record of a proposer's publication (weft and
// pass-through mode alike): the benchmark's time origin.
var publishLine = regexp.MustCompile(`weft publish request"? slot=(\d+) .*at_unix_ms=(\d+)`)

// Publishes returns, per slot, when a validator client posted its block to
// its sidecar or to weft-beacon-chain's front (the earliest such line of the
// slot; none with neither).
func (r *Recorder) Publishes() map[uint64]time.Time {
	out := map[uint64]time.Time{}
	for _, nd := range r.n.Nodes {
		lg := nd.Beacon
		if nd.Sidecar != nil {
			lg = nd.Sidecar
		}
		for _, l := range lg.Lines("weft publish request") {
			m := publishLine.FindStringSubmatch(l)
			if m == nil {
				continue
			}
			slot, _ := strconv.ParseUint(m[1], 10, 64)
			ms, err := strconv.ParseInt(m[2], 10, 64)
			if err != nil {
				continue
			}
			at := time.UnixMilli(ms)
			if old, ok := out[slot]; !ok || at.Before(old) {
				out[slot] = at
			}
		}
	}
	return out
}

var weftLine = regexp.MustCompile(`weft block received"? slot=(\d+) .*root=(0x[0-9a-f]+).* since_slot_ms=(-?\d+)`)

// Arrivals returns every arrival, with the weft deliveries taken from the
// beacon logs (the sidecars' logs in Sidecar devnets), sorted by slot and node.
// A weft delivery's time is its since_slot_ms (taken when the block was
// delivered, decoded and checked) after the slot start: the line itself is
// written after the node's import (ReceiveBlock, or the sidecar's post), so
// its own time stamp would add the import to weft's arrival.
func (r *Recorder) Arrivals() []Arrival {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, nd := range r.n.Nodes {
		lg := nd.Beacon
		if nd.Sidecar != nil {
			lg = nd.Sidecar
		}
		for _, l := range lg.Lines("weft block received") {
			m := weftLine.FindStringSubmatch(l)
			if m == nil {
				continue
			}
			slot, _ := strconv.ParseUint(m[1], 10, 64)
			ms, err := strconv.ParseInt(m[3], 10, 64)
			if err != nil {
				continue
			}
			a := r.get(nd.Index, slot, m[2])
			a.Weft = r.n.SlotStart(slot).Add(time.Duration(ms) * time.Millisecond)
		}
	}
	out := make([]Arrival, 0, len(r.a))
	for _, a := range r.a {
		out = append(out, *a)
	}
	slices.SortFunc(out, func(x, y Arrival) int {
		if x.Slot != y.Slot {
			return int(x.Slot) - int(y.Slot)
		}
		return x.Node - y.Node
	})
	return out
}

// BlockSize fetches a block's SSZ size from a node.
func (nd *Node) BlockSize(ctx context.Context, root string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, nd.BeaconAPI()+"/eth/v2/beacon/blocks/"+root, nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Accept", "application/octet-stream")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("devnet: block %s: %s", root, resp.Status)
	}
	n, err := io.Copy(io.Discard, resp.Body)
	return int(n), err
}

// Percentile returns the p-th percentile (0..100) of ds (nearest rank).
func Percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(p/100*float64(len(s))+0.5) - 1
	return s[min(max(i, 0), len(s)-1)]
}

// Summary is one run's result.
type Summary struct {
	Mode      string
	Target    int
	Blocks    int
	MeanBytes int
	Arrivals  int
	P50, P95  time.Duration
	// PubArrivals, PubP50 and PubP95 are measured from the proposer's
	// publication (its sidecar's publish request line) instead of the slot
	// start, over the arrivals whose publication was seen.
	PubArrivals    int
	PubP50, PubP95 time.Duration
	WeftFirst      int
	WeftP50        time.Duration
	WeftMissing    int
	// SentPerSlot is the bytes all nodes sent per slot over the measured slots
	// (beacon and weft links; set by the caller).
	SentPerSlot int64
}

// String is one table row.
func (s Summary) String() string {
	pub := "– | –"
	if s.PubArrivals > 0 {
		pub = fmt.Sprintf("%d | %d", s.PubP50.Milliseconds(), s.PubP95.Milliseconds())
		if s.PubArrivals != s.Arrivals {
			pub += fmt.Sprintf(" (%d arrivals)", s.PubArrivals)
		}
	}
	return fmt.Sprintf("| %s | %s | %d | %d KiB | %d | %s | %d | %d | %.1f MiB | %s |", s.Mode, sizeName(s.Target), s.Blocks, s.MeanBytes>>10,
		s.Arrivals, pub, s.P50.Milliseconds(), s.P95.Milliseconds(), float64(s.SentPerSlot)/(1<<20), weftCol(s))
}

// weftMode reports whether a mode runs weft (weft, sidecar, sidecar:...).
func weftMode(mode string) bool {
	base, _, _ := strings.Cut(mode, ":")
	return base == "weft" || base == "sidecar" || base == "front" || base == "mixed"
}

func weftCol(s Summary) string {
	if !weftMode(s.Mode) {
		return "–"
	}
	return fmt.Sprintf("%d/%d first, weft-only p50 %d ms, %d not via weft", s.WeftFirst, s.Arrivals, s.WeftP50.Milliseconds(), s.WeftMissing)
}

func sizeName(n int) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d KiB", n>>10)
}

// Summarize computes arrival percentiles (from slot start) over the slots in
// [from, to), for blocks of at least minBytes (sizes fetched from node 0).
func (r *Recorder) Summarize(ctx context.Context, mode string, target int, from, to uint64, minBytes int) (Summary, []string, error) {
	s := Summary{Mode: mode, Target: target}
	sizes := map[string]int{}
	var rows []string
	var all, fromPub, weftOnly []time.Duration
	var total int
	pubs := r.Publishes()
	for _, a := range r.Arrivals() {
		if a.Slot < from || a.Slot >= to {
			continue
		}
		sz, ok := sizes[a.Root]
		if !ok {
			var err error
			if sz, err = r.n.Nodes[0].BlockSize(ctx, a.Root); err != nil {
				sz = -1 // orphaned or not on node 0: skipped
			}
			sizes[a.Root] = sz
			if sz >= minBytes {
				s.Blocks++
				total += sz
			}
		}
		if sz < minBytes {
			continue
		}
		start := r.n.SlotStart(a.Slot)
		d := a.First().Sub(start)
		all = append(all, d)
		s.Arrivals++
		g, w, p := "", "", ""
		if at, ok := pubs[a.Slot]; ok {
			fromPub = append(fromPub, a.First().Sub(at))
			p = strconv.FormatInt(at.Sub(start).Milliseconds(), 10)
		}
		if !a.Gossip.IsZero() {
			g = strconv.FormatInt(a.Gossip.Sub(start).Milliseconds(), 10)
		}
		if !a.Weft.IsZero() {
			w = strconv.FormatInt(a.Weft.Sub(start).Milliseconds(), 10)
			weftOnly = append(weftOnly, a.Weft.Sub(start))
			if a.Gossip.IsZero() || a.Weft.Before(a.Gossip) {
				s.WeftFirst++
			}
		} else if weftMode(mode) {
			s.WeftMissing++
		}
		rows = append(rows, fmt.Sprintf("%s\t%d\t%d\t%s\t%d\t%s\t%s\t%s", mode, a.Slot, a.Node, a.Root[:10], sz, g, w, p))
	}
	if s.Blocks > 0 {
		s.MeanBytes = total / s.Blocks
	}
	s.P50, s.P95 = Percentile(all, 50), Percentile(all, 95)
	s.WeftP50 = Percentile(weftOnly, 50)
	s.PubArrivals = len(fromPub)
	s.PubP50, s.PubP95 = Percentile(fromPub, 50), Percentile(fromPub, 95)
	if len(all) == 0 {
		return s, rows, fmt.Errorf("devnet: no arrivals in slots [%d, %d)", from, to)
	}
	return s, rows, nil
}

// HeaderRow is the table header for Summary rows.
// "from publish" is measured from the proposer's publication (sidecar and
// passthrough modes), "from slot" from the slot start.
const HeaderRow = "| mode | target | blocks | mean block | arrivals | p50 ms from publish | p95 ms from publish | p50 ms from slot | p95 ms from slot | sent per slot (all nodes) | weft |\n|---|---|---|---|---|---|---|---|---|---|---|"

// RowsHeader is the header of the per node per slot TSV rows (ms from the
// slot start; publish_ms: the proposer's publication, when seen).
const RowsHeader = "mode\tslot\tnode\troot\tbytes\tgossip_ms\tweft_ms\tpublish_ms\n"
