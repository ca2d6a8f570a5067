package dasim

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/weftnet/weft/da"
	"github.com/weftnet/weft/testnet/scenario"
)

func loadScenario(t *testing.T, name string) *scenario.Scenario {
	for _, d := range []string{"../../../shared/scenarios", "../../shared/scenarios"} {
		if sc, err := scenario.Load(filepath.Join(d, name)); err == nil {
			return sc
		}
	}
	t.Fatalf("%s not found beside the repository", name)
	return nil
}

// testCosts are plausible inputs (the command measures real ones).
func testCosts(k int) da.Costs {
	return da.Costs{Blobs: k, VerifyFixed: 3 * time.Millisecond, VerifyPiece: 150 * time.Microsecond,
		Recode: 200 * time.Microsecond, Answer: time.Millisecond, SampleCheck: 3 * time.Millisecond,
		Systematic: time.Millisecond, ColumnVerify: 5 * time.Millisecond, RecoverRow: 250 * time.Millisecond}
}

func TestRunSmall(t *testing.T) {
	sc := loadScenario(t, "small-100.toml")
	// 8 custody columns: about 6 custodians per column (eth-1000 has 31).
	// With 4, a column of small-100 has about 3, and two partial custodians
	// with equal ranks but different spans can stall waiting for each other
	// (the model's relay rule sends nothing to a peer reporting our rank);
	// waiting 175 ms for a verification batch makes that likely.
	opt := Options{Blobs: []int{4}, Costs: map[int]da.Costs{4: testCosts(4)}, Trials: 50, Base: Params{Seed: 3, Custody: 8}}
	rep, err := Run(sc, opt)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Rows) != 6 || len(rep.Trials) != 2 {
		t.Fatalf("%d rows, %d trial lines", len(rep.Rows), len(rep.Trials))
	}
	for _, r := range rep.Rows {
		switch {
		case r.Case == "all columns":
			// Everything released: every node's check passes.
			if r.Passed != 1 || r.P95 == nil || r.RxKB <= 0 || r.PubRatio <= 0 {
				t.Errorf("%s all columns: passed %.3f p95 %v rx %.1f pub %.2f", r.Protocol, r.Passed, r.P95, r.RxKB, r.PubRatio)
			}
		case r.Case == "63 columns" && r.Protocol == "weft":
			// Unrecoverable: no weft node may pass.
			if r.PassedN != 0 {
				t.Errorf("weft passed %d nodes with 63 columns", r.PassedN)
			}
		case r.Case == "65 columns" && r.Protocol == "weft":
			// Just over half released: reconstruction brings every column back.
			if r.Passed != 1 || r.ReconMS == nil {
				t.Errorf("weft 65 columns: passed %.3f, reconstructed %v", r.Passed, r.ReconMS)
			}
		}
		for _, x := range r.Times {
			if x < 0 || math.IsNaN(x) {
				t.Fatalf("time %v", x)
			}
		}
	}
	// PeerDAS without supernodes never brings withheld columns back.
	for _, r := range rep.Rows {
		if r.Protocol == "peerdas" && r.Case != "all columns" && r.ReconMS != nil {
			t.Errorf("peerdas %s reconstructed", r.Case)
		}
	}
	w, pd := rep.Trials[0], rep.Trials[1]
	if w.Protocol != "weft" || w.NodeTrials != 50*99 || pd.NodeTrials != w.NodeTrials {
		t.Fatalf("trials %+v %+v", w, pd)
	}
	if len(rep.Targets) == 0 || Format(rep) == "" {
		t.Fatal("no targets or table")
	}
	// Deterministic per seed.
	again, err := Run(sc, opt)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(rep)
	b, _ := json.Marshal(again)
	if string(a) != string(b) {
		t.Fatal("two runs with one seed differ")
	}
	png := filepath.Join(t.TempDir(), "da.png")
	if err := PlotPNG(rep, png); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(png); err != nil || st.Size() == 0 {
		t.Fatal("no plot", err)
	}
}

func TestWithholdingTrialsMatchTheOdds(t *testing.T) {
	p := Params{}
	p.defaults()
	p.Samples = 2 // weak on purpose, so false accepts show and can be counted
	tr := withholdingTrials(200, 0, p, 300, 5)
	for _, x := range tr {
		if x.NodeTrials != 300*199 {
			t.Fatalf("%+v", x)
		}
		// Within 5 standard deviations of the expectation (binomial).
		sd := math.Sqrt(x.Expected)
		if math.Abs(float64(x.FalseAccepts)-x.Expected) > 5*sd+1 {
			t.Errorf("%s: %d false accepts, expected %.1f", x.Protocol, x.FalseAccepts, x.Expected)
		}
	}
}

func TestRunRefuses(t *testing.T) {
	sc := loadScenario(t, "small-100.toml")
	for _, opt := range []Options{
		{},
		{Blobs: []int{200}, Costs: map[int]da.Costs{200: testCosts(200)}},
		{Blobs: []int{4}},
		{Blobs: []int{4}, Costs: map[int]da.Costs{4: testCosts(4)}, Base: Params{Custody: 1}},
	} {
		if _, err := Run(sc, opt); err == nil {
			t.Errorf("%+v: accepted", opt.Blobs)
		}
	}
}

// TestVerifyPolicy: on one network and seed, a node-wide verification queue
// (one check for all of a node's columns, da.Pool) forms larger batches than
// per-column queues and spends less verification per piece; verifying a queue
// at once when it completes a column makes custody faster than waiting out the
// delay. Runs are deterministic, so these are exact comparisons, not timings.
func TestVerifyPolicy(t *testing.T) {
	sc := loadScenario(t, "small-100.toml")
	w := newWorld(sc, 3)
	run := func(p Params) *RunResult {
		// 16 custody columns per node: about 12 custodians per column, as
		// a real overlay has (with 3, a column's two partial custodians can
		// stall at equal ranks: a limit of the model's relay rule).
		p.Blobs, p.Costs, p.Seed, p.Custody = 8, testCosts(8), 3, 16
		p.VerifyDelay = 100 * time.Millisecond
		p.defaults()
		return runWeft(&p, w)
	}
	node, col := run(Params{}), run(Params{VerifyScope: ScopeColumn})
	if node.PiecesPerCheck <= col.PiecesPerCheck || node.VerifyPerCell >= col.VerifyPerCell {
		t.Fatalf("node queue: %.1f pieces per check, %.3f ms per piece; column queues: %.1f, %.3f",
			node.PiecesPerCheck, node.VerifyPerCell, col.PiecesPerCheck, col.VerifyPerCell)
	}
	// The charge per check is VerifyFixed + pieces·VerifyPiece (+ columns).
	c := testCosts(8)
	floor := (float64(c.VerifyFixed)/node.PiecesPerCheck + float64(c.VerifyPiece)) / 1e6
	if node.VerifyPerCell < floor-1e-9 {
		t.Fatalf("%.4f ms per piece below the cost model's floor %.4f", node.VerifyPerCell, floor)
	}
	lazy := run(Params{NoCompletionFlush: true})
	p95 := func(r *RunResult) float64 {
		v := slices.Clone(r.Times)
		slices.Sort(v)
		return *percentile(v, 0.95)
	}
	if p95(node) >= p95(lazy) {
		t.Fatalf("completion flush: p95 %.0f ms, without %.0f ms", p95(node), p95(lazy))
	}
	for _, r := range []*RunResult{node, col, lazy} {
		for _, x := range r.Times {
			if math.IsInf(x, 0) {
				t.Fatal("a node did not pass with every column released")
			}
		}
	}
}

// TestAnswersInPool: sample answers verified in the node's checks (da.Pool)
// instead of one check each cost less verification per coded cell, no more
// checks in all, and no later DA; a completion grace forms larger checks.
// Exact comparisons of deterministic runs.
func TestAnswersInPool(t *testing.T) {
	sc := loadScenario(t, "small-100.toml")
	w := newWorld(sc, 3)
	run := func(p Params) *RunResult {
		p.Blobs, p.Costs, p.Seed, p.Custody = 8, testCosts(8), 3, 16
		p.defaults()
		return runWeft(&p, w)
	}
	pooled := run(Params{})
	single := run(Params{SingleAnswers: true})
	if pooled.Cells == 0 || pooled.Cells != single.Cells {
		t.Fatalf("cells verified: pooled %d, single %d", pooled.Cells, single.Cells)
	}
	if pooled.VerifyPerCell >= single.VerifyPerCell || pooled.Checks >= single.Checks {
		t.Fatalf("pooled answers: %.3f ms per cell, %d checks; single: %.3f, %d",
			pooled.VerifyPerCell, pooled.Checks, single.VerifyPerCell, single.Checks)
	}
	mean := func(r *RunResult) float64 {
		s := 0.0
		for _, x := range r.Times {
			if math.IsInf(x, 0) {
				t.Fatal("a node did not pass with every column released")
			}
			s += x
		}
		return s / float64(len(r.Times))
	}
	if mean(pooled) > mean(single) {
		t.Fatalf("mean DA time: pooled answers %.0f ms, single %.0f ms", mean(pooled), mean(single))
	}
	graced := run(Params{CompletionGrace: 50 * time.Millisecond})
	if graced.PiecesPerCheck <= pooled.PiecesPerCheck {
		t.Fatalf("grace: %.1f cells per check, without %.1f", graced.PiecesPerCheck, pooled.PiecesPerCheck)
	}
	// Without the completion rules answers wait like pieces, and still
	// every node passes.
	mean(run(Params{NoCompletionFlush: true}))
}
