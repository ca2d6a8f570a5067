package costmodel

import (
	"crypto/ed25519"
	"crypto/sha256"
	"fmt"
	"time"

	"github.com/klauspost/reedsolomon"
	"github.com/weftnet/weft/core"
	"github.com/weftnet/weft/rlnc"
	"github.com/weftnet/weft/rlnc/verified"
)

// measure returns the duration of one call of f: the fastest of five rounds of
// about 8 ms each. The minimum, not the mean, so that other work on a shared
// machine (which only ever adds time) inflates the figure as little as possible.
func measure(f func()) time.Duration {
	f()
	n := 1
	for ; n < 1<<20; n *= 2 {
		start := time.Now()
		for range n {
			f()
		}
		if time.Since(start) > 8*time.Millisecond {
			break
		}
	}
	best := time.Duration(-1)
	for range 5 {
		start := time.Now()
		for range n {
			f()
		}
		if el := time.Since(start) / time.Duration(n); best < 0 || el < best {
			best = el
		}
	}
	return best
}

func perByte(d time.Duration, n int) float64 { return float64(d) / float64(n) }

// Calibrate measures every op on this machine with the real primitives: SHA-256,
// Ed25519, the GF(2^8) codec at k=32 and 16 KiB chunks, klauspost/reedsolomon with
// as many parity as data shards, and the verified codec at N=16 chunks of 16 KiB.
// It takes a few seconds.
func Calibrate() (Model, error) {
	var m Model
	buf := make([]byte, 1<<20)
	m.PerByte[core.OpHash] = perByte(measure(func() { sha256.Sum256(buf) }), len(buf))
	m.PerByte[core.OpCopy] = perByte(measure(func() { copy(buf[:len(buf)/2], buf[len(buf)/2:]) }), len(buf)/2)
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		return m, err
	}
	msg := []byte("weft calibration")
	sig := ed25519.Sign(priv, msg)
	m.PerOp[core.OpSign] = measure(func() { ed25519.Sign(priv, msg) })
	m.PerOp[core.OpVerifySig] = measure(func() { ed25519.Verify(pub, msg, sig) })
	if err := calibrateGF(&m); err != nil {
		return m, fmt.Errorf("costmodel: rlnc: %w", err)
	}
	if err := calibrateRS(&m); err != nil {
		return m, fmt.Errorf("costmodel: reedsolomon: %w", err)
	}
	if err := calibrateVerified(&m); err != nil {
		return m, fmt.Errorf("costmodel: verified: %w", err)
	}
	return m, nil
}

func calibrateGF(m *Model) error {
	const k, s = 32, 16 << 10
	rnd := rlnc.NewRand(1)
	src := make([][]byte, k)
	for i := range src {
		src[i] = make([]byte, s)
		rnd.Fill(src[i])
	}
	enc, err := rlnc.NewEncoder(k, s)
	if err != nil {
		return err
	}
	m.Kernel = enc.Kernel()
	if err := enc.SetSource(0, src); err != nil {
		return err
	}
	p := &rlnc.Packet{Payload: make([]byte, s), Coeffs: make([]byte, k)}
	seed := uint32(0)
	m.PerByte[core.OpEncode] = perByte(measure(func() { seed++; _ = enc.Seeded(seed, p) }), k*s)

	// A full-rank decoder from innovative packets only.
	dec, err := rlnc.NewDecoder(k, s)
	if err != nil {
		return err
	}
	var pkts []*rlnc.Packet
	for i := 0; !dec.Done(); i++ {
		q := &rlnc.Packet{Payload: make([]byte, s)}
		_ = enc.Seeded(uint32(1000+i), q)
		if ok, _ := dec.Add(q); ok {
			pkts = append(pkts, q)
		}
	}
	m.PerByte[core.OpRecode] = perByte(measure(func() { _ = dec.Recode(rnd, p) }), k*s)
	m.PerByte[core.OpReject] = perByte(measure(func() { _, _ = dec.Add(p) }), k*k)
	add := measure(func() {
		dec.Reset(0)
		for _, q := range pkts {
			_, _ = dec.Add(q)
		}
	})
	m.PerByte[core.OpDecodeAdd] = perByte(add, k*s)
	solve := measure(func() {
		dec.Reset(0)
		for _, q := range pkts {
			_, _ = dec.Add(q)
		}
		_, _ = dec.Decode()
	}) - add
	m.PerByte[core.OpDecodeSolve] = perByte(max(solve, 1), k*k*s)
	return nil
}

func calibrateRS(m *Model) error {
	const k, s = 32, 16 << 10
	rs, err := reedsolomon.New(k, k, reedsolomon.WithMaxGoroutines(1))
	if err != nil {
		return err
	}
	shards := make([][]byte, 2*k)
	for i := range shards {
		shards[i] = make([]byte, s)
	}
	rlnc.NewRand(2).Fill(shards[0])
	m.PerByte[core.OpRSEncode] = perByte(measure(func() { _ = rs.Encode(shards) }), k*s)
	m.PerByte[core.OpRSReconstruct] = perByte(measure(func() {
		for i := 0; i < k/2; i++ {
			shards[i] = shards[i][:0]
		}
		_ = rs.ReconstructData(shards)
	}), k*s)
	return nil
}

func calibrateVerified(m *Model) error {
	const n, size = 16, 256 << 10
	msg := make([]byte, size)
	rlnc.NewRand(3).Fill(msg)
	l := verified.ChunkScalars(size, n)
	gens, err := verified.NewGenerators(l)
	if err != nil {
		return err
	}
	enc, err := verified.NewEncoder(gens, n, verified.WithConcurrency(1))
	if err != nil {
		return err
	}
	_, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		return err
	}
	signer := verified.Ed25519Signer{Key: priv}
	var hdr *verified.Header
	commit := measure(func() { hdr, err = enc.Commit(msg, verified.Session{Epoch: 1}, signer) })
	if err != nil {
		return err
	}
	m.PerByte[core.OpVCommit] = perByte(commit, size)
	chunk := l * 32
	var p verified.Packet
	seed := uint32(0)
	m.PerByte[core.OpVEncode] = perByte(measure(func() { seed++; _ = enc.Seeded(seed, &p) }), n*chunk)

	// Innovative packets for a decoder; each check is one batch of one.
	var pkts []verified.Packet
	dec, err := verified.NewDecoder(gens, hdr, verified.WithConcurrency(1), verified.WithRand(verified.NewSeededReader(4)))
	if err != nil {
		return err
	}
	for i := 0; !dec.Done(); i++ {
		var q verified.Packet
		if err := enc.Seeded(uint32(100+i), &q); err != nil {
			return err
		}
		if ok, err := dec.Add(&q); err != nil {
			return err
		} else if ok {
			pkts = append(pkts, q)
		}
	}
	check := measure(func() {
		_ = dec.Reset(hdr)
		_, _ = dec.Queue(&pkts[0], 0)
		_, _, _ = dec.Flush()
	})
	m.PerByte[core.OpVerifyChunk] = perByte(check, chunk)
	rnd := verified.NewSeededReader(5)
	for _, q := range pkts[1:] {
		_, _ = dec.Add(&q)
	}
	var out verified.Packet
	m.PerByte[core.OpVRecode] = perByte(measure(func() { _ = dec.Recode(rnd, &out) }), n*(chunk+32*n))

	// Decode runs once per decoder, so time it over fresh full-rank decoders fed
	// recoded (dense) packets, which need the whole solve.
	const decoders = 6
	var coded []verified.Packet
	for range n {
		var q verified.Packet
		if err := dec.Recode(rnd, &q); err != nil {
			return err
		}
		coded = append(coded, q)
	}
	ready := make([]*verified.Decoder, 0, decoders)
	for range decoders {
		d, err := verified.NewDecoder(gens, hdr, verified.WithConcurrency(1), verified.WithRand(verified.NewSeededReader(6)))
		if err != nil {
			return err
		}
		for i := range coded {
			if _, err := d.Add(&coded[i]); err != nil {
				return err
			}
		}
		if !d.Done() {
			return fmt.Errorf("calibration decoder at rank %d of %d", d.Rank(), n)
		}
		ready = append(ready, d)
	}
	start := time.Now()
	for _, d := range ready {
		if _, err := d.Decode(); err != nil {
			return err
		}
	}
	m.PerByte[core.OpVDecode] = perByte(time.Since(start)/decoders, n*n*chunk)
	return nil
}
