package da

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/weftnet/weft/core"
)

// net is a deterministic in-memory network of Engines: frames go FIFO, each
// reported sent when handed over.
type testNet struct {
	t     *testing.T
	engs  []*core.Engine
	queue []frameTo
	now   time.Time
	got   map[int][][]byte
	pens  map[int][]core.Penalty
	drop  func(from, to int, frame []byte) bool
}

type frameTo struct {
	from, to int
	frame    []byte
}

func newTestNet(t *testing.T, n int, edges [][2]int, st *Strategy, batch int) *testNet {
	return newTestNetEach(t, n, edges, func(int) *Strategy { return st }, batch)
}

// newTestNetEach is newTestNet with node i's Strategy st(i) (a Strategy with a
// Pool is per Engine).
// headerOnlyNet is two engines where node 0 publishes payload as session id
// and node 1 gets the header only (chunks dropped), with peer 3 (no engine)
// added to node 1 for a test to attack it.
func headerOnlyNet(t *testing.T, st *Strategy, batch int, id core.MessageID, payload []byte) *testNet {
	t.Helper()
	tn := newTestNet(t, 2, [][2]int{{0, 1}}, st, batch)
	if err := tn.engs[1].AddPeer(3); err != nil {
		t.Fatal(err)
	}
	tn.drop = func(_, _ int, frame []byte) bool {
		fi, err := core.PeekFrame(frame)
		return err == nil && fi.Type == core.FrameChunk
	}
	if err := tn.engs[0].Publish(tn.now, id, payload, core.PublishOptions{Strategy: StrategyID}); err != nil {
		t.Fatal(err)
	}
	tn.run()
	return tn
}

func newTestNetEach(t *testing.T, n int, edges [][2]int, st func(int) *Strategy, batch int) *testNet {
	tn := &testNet{t: t, now: time.Unix(1_700_000_000, 0), got: map[int][][]byte{}, pens: map[int][]core.Penalty{}}
	signer := core.NewEd25519Signer(bytes.Repeat([]byte{7}, 32))
	for i := range n {
		cfg := core.Config{Seed: uint64(i + 1), Strategies: []core.Strategy{st(i)}, DefaultStrategy: StrategyID,
			VerifyBatch: batch, MaxMessageSize: 1 << 20}
		cfg.Signer = signer
		if i > 0 {
			cfg.Signer = core.NewEd25519Signer(bytes.Repeat([]byte{byte(7 + i)}, 32))
		}
		e, err := core.New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		tn.engs = append(tn.engs, e)
	}
	for _, ed := range edges {
		if err := tn.engs[ed[0]].AddPeer(core.PeerID(ed[1] + 1)); err != nil {
			t.Fatal(err)
		}
		if err := tn.engs[ed[1]].AddPeer(core.PeerID(ed[0] + 1)); err != nil {
			t.Fatal(err)
		}
	}
	return tn
}

func (tn *testNet) drain(i int) {
	e := tn.engs[i]
	if !e.HasReady() {
		return
	}
	rd := e.Ready()
	for _, f := range rd.Frames {
		to := int(f.To) - 1
		tn.queue = append(tn.queue, frameTo{i, to, append([]byte(nil), f.Frame...)})
		e.Sent(f.To, 1)
	}
	for _, d := range rd.Delivered {
		tn.got[i] = append(tn.got[i], append([]byte(nil), d.Payload...))
	}
	tn.pens[i] = append(tn.pens[i], rd.Penalties...)
	e.Advance()
}

// run delivers frames until the network is quiet, ticking every 100 frames.
func (tn *testNet) run() {
	for steps := 0; ; steps++ {
		for i := range tn.engs {
			tn.drain(i)
		}
		if len(tn.queue) == 0 {
			tn.now = tn.now.Add(10 * time.Millisecond)
			quiet := true
			for i, e := range tn.engs {
				e.Tick(tn.now)
				if e.HasReady() {
					quiet = false
				}
				tn.drain(i)
			}
			if quiet && len(tn.queue) == 0 {
				return
			}
			if steps > 100000 {
				tn.t.Fatal("network does not settle")
			}
			continue
		}
		f := tn.queue[0]
		tn.queue = tn.queue[1:]
		if tn.drop != nil && tn.drop(f.from, f.to, f.frame) {
			continue
		}
		_ = tn.engs[f.to].Step(tn.now, core.PeerID(f.from+1), f.frame)
		tn.drain(f.to)
		if steps%100 == 0 {
			tn.now = tn.now.Add(time.Millisecond)
		}
	}
}

// sidecarsFor builds the fixture block's sidecars under a signed header whose
// body includes the commitments.
func sidecarsFor(t testing.TB, f *fixture, cols ...int) (*Block, map[int][]byte) {
	body, incl := bodyWith(f.block.Commitments)
	hdr := SignedBeaconBlockHeader{Message: BeaconBlockHeader{Slot: 99, BodyRoot: body}}
	blk, err := NewBlock(hdr.Message.HashTreeRoot(), f.block.Commitments)
	if err != nil {
		t.Fatal(err)
	}
	out := map[int][]byte{}
	for _, j := range cols {
		sc, err := sourceOf(t, blk, f.blobs, j).Sidecar(hdr, incl)
		if err != nil {
			t.Fatal(err)
		}
		if out[j], err = sc.MarshalSSZ(); err != nil {
			t.Fatal(err)
		}
	}
	return blk, out
}

// TestCoreDissemination: columns published through core.Engines reach every
// node of a small network through relays that recombine, verified in batches,
// and each delivers the exact sidecar.
func TestCoreDissemination(t *testing.T) {
	f := getFixture(t)
	edges := [][2]int{{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 4}, {4, 5}, {2, 5}}
	held := make(chan *Column, 16)
	for _, batch := range []int{1, 4} {
		st := &Strategy{Batch: batch}
		if batch == 4 {
			// Hold mode: columns handed over undecoded, headers delivered.
			st.Hold = func(c *Column) { held <- c }
		}
		tn := newTestNet(t, 6, edges, st, batch)
		blk, scs := sidecarsFor(t, f, 5, 77)
		for _, j := range []int{5, 77} {
			if err := tn.engs[0].Publish(tn.now, ColumnID(blk.Root, j), scs[j], core.PublishOptions{Strategy: StrategyID}); err != nil {
				t.Fatal(err)
			}
		}
		tn.run()
		for i := 1; i < 6; i++ {
			if len(tn.got[i]) != 2 {
				t.Fatalf("batch %d: node %d delivered %d columns", batch, i, len(tn.got[i]))
			}
			for _, p := range tn.got[i] {
				want := [][]byte{scs[5], scs[77]}
				if st.Hold != nil {
					want = [][]byte{headerOf(t, scs[5]), headerOf(t, scs[77])}
				}
				if !bytes.Equal(p, want[0]) && !bytes.Equal(p, want[1]) {
					t.Fatalf("node %d delivered a wrong sidecar", i)
				}
			}
			if len(tn.pens[i]) != 0 {
				t.Fatalf("honest network penalised: %v", tn.pens[i][0].Err)
			}
		}
		if st.Hold != nil {
			// Five nodes held two columns each; each decodes to the sidecar.
			if len(held) != 10 {
				t.Fatalf("%d columns held", len(held))
			}
			for len(held) > 0 {
				c := <-held
				var sc DataColumnSidecar
				_ = sc.UnmarshalSSZ(scs[c.Index()])
				got, err := c.Sidecar(sc.SignedBlockHeader, sc.KZGCommitmentsInclusionProof)
				if err != nil {
					t.Fatal(err)
				}
				b, _ := got.MarshalSSZ()
				if !bytes.Equal(b, scs[c.Index()]) {
					t.Fatalf("held column %d decodes wrong", c.Index())
				}
			}
		}
		// Relays recoded: node 3 and beyond only hear relays.
		if c := tn.engs[4].Counters(); c.ChunksUseful < 2*testBlobs {
			t.Fatalf("node 4 useful chunks %d", c.ChunksUseful)
		}
	}
}

func headerOf(t *testing.T, sidecar []byte) []byte {
	var sc DataColumnSidecar
	if err := sc.UnmarshalSSZ(sidecar); err != nil {
		t.Fatal(err)
	}
	b, err := columnHeader(&sc).MarshalSSZ()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// chunkFrame wraps a piece as a core chunk frame of session id.
func chunkFrame(id core.MessageID, p *Piece) []byte {
	b, _ := p.MarshalBinary()
	f := []byte{core.Version, byte(core.FrameChunk), 0, 0, 0, 0}
	f = append(f, id[:]...)
	f = append(f, b...)
	binary.BigEndian.PutUint32(f[2:], uint32(len(f)-core.EnvelopeLen))
	return f
}

// TestCoreBadPieces: a peer sending bad pieces into a column session is refused
// with the typed reason and penalised by the Engine; nothing bad is delivered.
func TestCoreBadPieces(t *testing.T) {
	f := getFixture(t)
	blk, scs := sidecarsFor(t, f, 9, 10)
	var sc9 DataColumnSidecar
	_ = sc9.UnmarshalSSZ(scs[9])
	b9, _ := sc9.SidecarBlock()
	src9 := sourceOf(t, b9, f.blobs, 9)
	src10 := sourceOf(t, b9, f.blobs, 10)
	otherSrc := sourceOf(t, f.other, []*BlobCells{f.blobs[2], f.blobs[0], f.blobs[1]}, 9)
	good, _ := src9.Systematic(0)
	r := fixedRand(3)
	rng := &r
	for _, c := range []struct {
		name  string
		piece func() *Piece
		want  error
		core  error
	}{
		{"tampered", func() *Piece { p, _ := src9.Recode(rng); p.Cell[1000] ^= 1; return p }, ErrProof, core.ErrInvalidChunk},
		{"wrong cell index", func() *Piece { p, _ := src10.Recode(rng); return p }, ErrWrongColumn, core.ErrInvalidChunk},
		{"relabelled index", func() *Piece { p, _ := src10.Recode(rng); p.Column = 9; return p }, ErrProof, core.ErrInvalidChunk},
		{"replay from another block", func() *Piece { p, _ := otherSrc.Recode(rng); return p }, ErrWrongBlock, core.ErrInvalidChunk},
		{"not in block", func() *Piece {
			p := *good
			p.Terms = []Term{{Blob: 40, Coeff: good.Terms[0].Coeff}}
			return &p
		}, ErrNotInBlock, core.ErrInvalidChunk},
		{"zero coefficient", func() *Piece { p := *good; return &p }, ErrZeroCoefficient, core.ErrInvalidChunk},
		{"identity", func() *Piece { p := *good; p.Proof = Proof{0xc0}; return &p }, ErrIdentity, core.ErrInvalidChunk},
	} {
		t.Run(c.name, func(t *testing.T) {
			// Node 0 publishes to node 1; peer 2 (no engine) attacks node 1.
			tn := newTestNet(t, 2, [][2]int{{0, 1}}, &Strategy{}, 1)
			if err := tn.engs[1].AddPeer(3); err != nil {
				t.Fatal(err)
			}
			id := ColumnID(blk.Root, 9)
			var hdr []byte
			tn.drop = func(from, to int, frame []byte) bool {
				fi, err := core.PeekFrame(frame)
				if err == nil && fi.Type == core.FrameHeader && hdr == nil {
					hdr = frame
				}
				return fi.Type == core.FrameChunk // node 1 gets the header only
			}
			if err := tn.engs[0].Publish(tn.now, id, scs[9], core.PublishOptions{Strategy: StrategyID}); err != nil {
				t.Fatal(err)
			}
			tn.run()
			if hdr == nil {
				t.Fatal("no header")
			}
			frame := chunkFrame(id, c.piece())
			if c.name == "zero coefficient" {
				// The systematic piece's one coefficient (1, one byte) written as zero.
				at := core.EnvelopeLen + core.IDLen + 38
				frame[at] = 0
				frame = append(frame[:at+1], frame[at+2:]...)
				binary.BigEndian.PutUint32(frame[2:], uint32(len(frame)-core.EnvelopeLen))
			}
			err := tn.engs[1].Step(tn.now, 3, frame)
			if !errors.Is(err, c.want) || !errors.Is(err, c.core) {
				t.Fatalf("got %v, want %v and %v", err, c.want, c.core)
			}
			rd := tn.engs[1].Ready()
			if len(rd.Penalties) != 1 || rd.Penalties[0].Peer != 3 || !errors.Is(rd.Penalties[0].Err, c.want) {
				t.Fatalf("penalties %+v", rd.Penalties)
			}
			if len(rd.Delivered) != 0 || tn.engs[1].Counters().ChunksUseful != 0 {
				t.Fatal("bad piece counted")
			}
			tn.engs[1].Advance()
		})
	}
}

type fixedRand uint64

func (r *fixedRand) Uint64() uint64 {
	*r = *r*6364136223846793005 + 1442695040888963407
	return uint64(*r)
}

// TestCoreBatchRefusal: with batch verification a bad piece is queued, then
// refused at the batch's flush, its sender penalised, the good ones kept.
func TestCoreBatchRefusal(t *testing.T) {
	f := getFixture(t)
	blk, scs := sidecarsFor(t, f, 9)
	var sc DataColumnSidecar
	_ = sc.UnmarshalSSZ(scs[9])
	b9, _ := sc.SidecarBlock()
	src := sourceOf(t, b9, f.blobs, 9)
	id := ColumnID(blk.Root, 9)
	tn := headerOnlyNet(t, &Strategy{Batch: 4}, 4, id, scs[9])
	r := fixedRand(5)
	good, _ := src.Recode(&r)
	bad, _ := src.Recode(&r)
	bad.Cell[7] ^= 1
	for _, p := range []*Piece{good, bad} {
		if err := tn.engs[1].Step(tn.now, 3, chunkFrame(id, p)); err != nil {
			t.Fatalf("queued piece: %v", err)
		}
	}
	tn.now = tn.now.Add(time.Second)
	tn.engs[1].Tick(tn.now)
	rd := tn.engs[1].Ready()
	if len(rd.Penalties) != 1 || rd.Penalties[0].Peer != 3 || !errors.Is(rd.Penalties[0].Err, core.ErrInvalidChunk) {
		t.Fatalf("penalties %+v", rd.Penalties)
	}
	if c := tn.engs[1].Counters(); c.ChunksUseful != 1 || c.ChunksRejected != 1 {
		t.Fatalf("counters %+v", c)
	}
	tn.engs[1].Advance()
}

// TestPenalize: refusals found outside sessions (sample answers) reach the
// Engine's penalties with their reason.
func TestPenalize(t *testing.T) {
	e, err := core.New(core.Config{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.AddPeer(9); err != nil {
		t.Fatal(err)
	}
	if err := Penalize(e, 9, ErrNotInnovative); err != nil || e.HasReady() {
		t.Fatal("a useless piece is no offence")
	}
	_ = Penalize(e, 9, fmt.Errorf("sample answer: %w", ErrProof))
	rd := e.Ready()
	if len(rd.Penalties) != 1 || rd.Penalties[0].Points != 100 || !errors.Is(rd.Penalties[0].Err, ErrProof) {
		t.Fatalf("%+v", rd.Penalties)
	}
	if Points(ErrMalformed) != 50 || Points(nil) != 0 {
		t.Fatal("points")
	}
}

// TestReconstructAndServe: a node holding half the columns reconstructs a
// missing one and serves it through its Engine; a node that had only the
// column's session header completes it from the reconstructor's pieces.
func TestReconstructAndServe(t *testing.T) {
	f := getFixture(t)
	const missing = 100
	cols := []int{missing}
	for j := 0; j < Columns/2; j++ {
		cols = append(cols, j)
	}
	blk, scs := sidecarsFor(t, f, cols...)
	var sc DataColumnSidecar
	if err := sc.UnmarshalSSZ(scs[missing]); err != nil {
		t.Fatal(err)
	}
	// 0 publishes, 1 hears only its header, 2 reconstructs and serves 1.
	tn := newTestNet(t, 3, [][2]int{{0, 1}, {2, 1}}, &Strategy{}, 1)
	tn.drop = func(from, _ int, frame []byte) bool {
		fi, err := core.PeekFrame(frame)
		return from == 0 && err == nil && fi.Type == core.FrameChunk
	}
	id := ColumnID(blk.Root, missing)
	if err := tn.engs[0].Publish(tn.now, id, scs[missing], core.PublishOptions{Strategy: StrategyID}); err != nil {
		t.Fatal(err)
	}
	tn.run()
	if len(tn.got[1]) != 0 {
		t.Fatal("delivered without chunks")
	}
	var have []*Column
	for j := 0; j < Columns/2; j++ {
		var s DataColumnSidecar
		_ = s.UnmarshalSSZ(scs[j])
		b, _ := s.SidecarBlock()
		c, err := NewSourceColumn(b, j, s.Column, s.KZGProofs)
		if err != nil {
			t.Fatal(err)
		}
		have = append(have, c)
	}
	b, _ := sc.SidecarBlock()
	all, err := Reconstruct(b, have)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := all[missing].Sidecar(sc.SignedBlockHeader, sc.KZGCommitmentsInclusionProof)
	if err != nil {
		t.Fatal(err)
	}
	payload, _ := rec.MarshalSSZ()
	if !bytes.Equal(payload, scs[missing]) {
		t.Fatal("reconstructed sidecar differs")
	}
	if err := tn.engs[2].Publish(tn.now, id, payload, core.PublishOptions{Strategy: StrategyID}); err != nil {
		t.Fatal(err)
	}
	tn.run()
	if len(tn.got[1]) != 1 || !bytes.Equal(tn.got[1][0], scs[missing]) {
		t.Fatalf("node 1 delivered %d sidecars", len(tn.got[1]))
	}
	if len(tn.pens[1]) != 0 {
		t.Fatalf("penalties: %v", tn.pens[1][0].Err)
	}
}

// FuzzColumnChunk feeds arbitrary chunk bodies into an open column session
// through the Engine: refused or ignored, never a panic, never a delivery.
func FuzzColumnChunk(f *testing.F) {
	fx := getFixture(f)
	blk, scs := sidecarsFor(f, fx, 9)
	var sc DataColumnSidecar
	_ = sc.UnmarshalSSZ(scs[9])
	b9, _ := sc.SidecarBlock()
	good, _ := sourceOf(f, b9, fx.blobs, 9).Systematic(1)
	gb, _ := good.MarshalBinary()
	f.Add(gb)
	f.Add(gb[:100])
	bad := append([]byte(nil), gb...)
	bad[len(bad)-200] ^= 1
	f.Add(bad)
	f.Fuzz(func(t *testing.T, body []byte) {
		id := ColumnID(blk.Root, 9)
		tn := headerOnlyNet(t, &Strategy{}, 1, id, scs[9])
		frame := []byte{core.Version, byte(core.FrameChunk), 0, 0, 0, 0}
		frame = append(frame, id[:]...)
		frame = append(frame, body...)
		binary.BigEndian.PutUint32(frame[2:], uint32(len(frame)-core.EnvelopeLen))
		_ = tn.engs[1].Step(tn.now, 3, frame)
		rd := tn.engs[1].Ready()
		if len(rd.Delivered) != 0 {
			t.Fatal("one chunk delivered a 3-blob column")
		}
		tn.engs[1].Advance()
	})
}

// TestCoreDisseminationMesh: a denser random network of 12 engines, four
// columns at once, batch verification: every node completes every column and
// no honest node is penalised.
func TestCoreDisseminationMesh(t *testing.T) {
	f := getFixture(t)
	r := fixedRand(11)
	const n = 12
	var edges [][2]int
	seen := map[[2]int]bool{}
	for i := 0; i < n; i++ {
		for len(edges) < (i+1)*3 {
			j := int(r.Uint64() % n)
			e := [2]int{min(i, j), max(i, j)}
			if j == i || seen[e] {
				continue
			}
			seen[e] = true
			edges = append(edges, e)
		}
	}
	tn := newTestNet(t, n, edges, &Strategy{Batch: 8}, 8)
	cols := []int{1, 50, 99, 127}
	blk, scs := sidecarsFor(t, f, cols...)
	for _, j := range cols {
		if err := tn.engs[0].Publish(tn.now, ColumnID(blk.Root, j), scs[j], core.PublishOptions{Strategy: StrategyID}); err != nil {
			t.Fatal(err)
		}
	}
	tn.run()
	for i := 1; i < n; i++ {
		if len(tn.got[i]) != len(cols) {
			t.Fatalf("node %d delivered %d of %d columns", i, len(tn.got[i]), len(cols))
		}
		if len(tn.pens[i]) != 0 {
			t.Fatalf("node %d penalised a peer: %v", i, tn.pens[i][0].Err)
		}
	}
}

// TestCorePoolDissemination: the mesh of TestCoreDisseminationMesh with one
// Pool per node, so each flush verifies the node's queued pieces of all four
// columns in one check: every node completes every column, no honest node is
// penalised, and the pools ran fewer checks than the pieces they accepted.
func TestCorePoolDissemination(t *testing.T) {
	f := getFixture(t)
	r := fixedRand(11)
	const n = 12
	var edges [][2]int
	seen := map[[2]int]bool{}
	for i := 0; i < n; i++ {
		for len(edges) < (i+1)*3 {
			j := int(r.Uint64() % n)
			e := [2]int{min(i, j), max(i, j)}
			if j == i || seen[e] {
				continue
			}
			seen[e] = true
			edges = append(edges, e)
		}
	}
	pools := make([]*Pool, n)
	tn := newTestNetEach(t, n, edges, func(i int) *Strategy {
		pools[i] = NewPool(nil)
		return &Strategy{Batch: 8, Pool: pools[i]}
	}, 8)
	cols := []int{1, 50, 99, 127}
	blk, scs := sidecarsFor(t, f, cols...)
	for _, j := range cols {
		if err := tn.engs[0].Publish(tn.now, ColumnID(blk.Root, j), scs[j], core.PublishOptions{Strategy: StrategyID}); err != nil {
			t.Fatal(err)
		}
	}
	tn.run()
	checks, useful := 0, uint64(0)
	for i := 1; i < n; i++ {
		if len(tn.got[i]) != len(cols) {
			t.Fatalf("node %d delivered %d of %d columns", i, len(tn.got[i]), len(cols))
		}
		if len(tn.pens[i]) != 0 {
			t.Fatalf("node %d penalised a peer: %v", i, tn.pens[i][0].Err)
		}
		checks += pools[i].Checks()
		useful += tn.engs[i].Counters().ChunksUseful
	}
	if checks == 0 || uint64(checks) >= useful {
		t.Fatalf("%d checks for %d useful chunks", checks, useful)
	}
}

// TestCorePoolRefusal: in a pool, a bad piece of one column queued beside a
// good piece of another is refused at the flush and its sender penalised; the
// good piece counts.
func TestCorePoolRefusal(t *testing.T) {
	f := getFixture(t)
	blk, scs := sidecarsFor(t, f, 9, 10)
	var sc DataColumnSidecar
	_ = sc.UnmarshalSSZ(scs[9])
	b9, _ := sc.SidecarBlock()
	src9, src10 := sourceOf(t, b9, f.blobs, 9), sourceOf(t, b9, f.blobs, 10)
	pools := []*Pool{NewPool(nil), NewPool(nil)}
	tn := newTestNetEach(t, 2, [][2]int{{0, 1}}, func(i int) *Strategy { return &Strategy{Batch: 4, Pool: pools[i]} }, 4)
	if err := tn.engs[1].AddPeer(3); err != nil {
		t.Fatal(err)
	}
	tn.drop = func(_, _ int, frame []byte) bool {
		fi, err := core.PeekFrame(frame)
		return err == nil && fi.Type == core.FrameChunk
	}
	for _, j := range []int{9, 10} {
		if err := tn.engs[0].Publish(tn.now, ColumnID(blk.Root, j), scs[j], core.PublishOptions{Strategy: StrategyID}); err != nil {
			t.Fatal(err)
		}
	}
	tn.run()
	r := fixedRand(5)
	good, _ := src9.Recode(&r)
	bad, _ := src10.Recode(&r)
	bad.Cell[7] ^= 1
	if err := tn.engs[1].Step(tn.now, 3, chunkFrame(ColumnID(blk.Root, 9), good)); err != nil {
		t.Fatalf("queued piece: %v", err)
	}
	if err := tn.engs[1].Step(tn.now, 3, chunkFrame(ColumnID(blk.Root, 10), bad)); err != nil {
		t.Fatalf("queued piece: %v", err)
	}
	if pools[1].Pending() != 2 || pools[1].Columns() != 2 {
		t.Fatalf("pool holds %d pieces of %d columns", pools[1].Pending(), pools[1].Columns())
	}
	tn.now = tn.now.Add(time.Second)
	tn.engs[1].Tick(tn.now)
	rd := tn.engs[1].Ready()
	if len(rd.Penalties) != 1 || rd.Penalties[0].Peer != 3 || !errors.Is(rd.Penalties[0].Err, core.ErrInvalidChunk) {
		t.Fatalf("penalties %+v", rd.Penalties)
	}
	if c := tn.engs[1].Counters(); c.ChunksUseful != 1 || c.ChunksRejected != 1 {
		t.Fatalf("counters %+v", c)
	}
	// One check for both columns; it fails, so each column's claim is
	// checked on its own (one piece each: no further bisection).
	if pools[1].Checks() != 3 {
		t.Fatalf("%d checks", pools[1].Checks())
	}
	tn.engs[1].Advance()
}

// TestCoreCompletingBatch: a queue that would complete the column is verified
// at once, not after VerifyDelay: three good pieces of a three-blob column
// deliver it on the third; with a bad one among them, the column stays
// incomplete and the bad piece's sender is penalised at the Engine's next flush.
func TestCoreCompletingBatch(t *testing.T) {
	f := getFixture(t)
	blk, scs := sidecarsFor(t, f, 9)
	var sc DataColumnSidecar
	_ = sc.UnmarshalSSZ(scs[9])
	b9, _ := sc.SidecarBlock()
	src := sourceOf(t, b9, f.blobs, 9)
	id := ColumnID(blk.Root, 9)
	for _, bad := range []int{-1, 0, 2} {
		tn := headerOnlyNet(t, &Strategy{Batch: 8}, 8, id, scs[9])
		r := fixedRand(uint64(7 + bad))
		for i := range testBlobs {
			p, _ := src.Recode(&r)
			if i == bad {
				p.Cell[3*32+31] ^= 1
			}
			if err := tn.engs[1].Step(tn.now, 3, chunkFrame(id, p)); err != nil {
				t.Fatalf("bad %d, piece %d: %v", bad, i, err)
			}
		}
		rd := tn.engs[1].Ready()
		if got := len(rd.Delivered); (bad < 0) != (got == 1) {
			t.Fatalf("bad %d: %d delivered before any tick", bad, got)
		}
		tn.engs[1].Advance()
		if bad < 0 {
			continue
		}
		tn.now = tn.now.Add(time.Second)
		tn.engs[1].Tick(tn.now)
		rd = tn.engs[1].Ready()
		if len(rd.Penalties) != 1 || rd.Penalties[0].Peer != 3 || !errors.Is(rd.Penalties[0].Err, core.ErrInvalidChunk) {
			t.Fatalf("bad %d: penalties %+v", bad, rd.Penalties)
		}
		if c := tn.engs[1].Counters(); c.ChunksRejected != 1 {
			t.Fatalf("bad %d: counters %+v", bad, c)
		}
		tn.engs[1].Advance()
	}
}
