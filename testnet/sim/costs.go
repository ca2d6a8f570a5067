package sim

import (
	"crypto/ed25519"
	"crypto/sha256"
	"fmt"
	"time"

	"github.com/klauspost/reedsolomon"
	"github.com/weftnet/weft/core"
	"github.com/weftnet/weft/rlnc"
)

// Costs are the processing times the simulator charges, so that CPU work is never
// free in virtual time. Calibrate measures them on this machine with the real codec
// and hash; tests use fixed values.
type Costs struct {
	// HashNsPerByte is SHA-256 over message bytes (integrity checks).
	HashNsPerByte float64
	// SigVerify and SigSign are one Ed25519 operation.
	SigVerify, SigSign time.Duration
	// CodeNsPerByte is GF(2^8) multiply-accumulate per input byte in the fused
	// kernel (an encode or recode of one packet from k chunks of s bytes costs
	// CodeNsPerByte·k·s).
	CodeNsPerByte float64
	// DecodeNsPerByte is a whole-generation decode per message byte, at k=32.
	DecodeNsPerByte float64
	// RejectNsPerByte is coefficient-space work per byte of k·k (rejecting a
	// non-innovative packet).
	RejectNsPerByte float64
	// CopyNsPerByte is a memory copy.
	CopyNsPerByte float64
	// RSEncodeNsPerByte and RSReconstructNsPerByte are klauspost/reedsolomon with
	// as many parity as data shards, per data byte.
	RSEncodeNsPerByte, RSReconstructNsPerByte float64
	// VerifyNsPerByte is the verified codec's per-chunk check per chunk byte.
	VerifyNsPerByte float64
	// Kernel names the GF(2^8) kernel the codec figures were measured with.
	Kernel string
}

// FixedCosts are round figures for tests and for reproducing results across machines
// (pass --costs fixed to the CLI).
func FixedCosts() Costs {
	return Costs{HashNsPerByte: 2, SigVerify: 50 * time.Microsecond, SigSign: 20 * time.Microsecond,
		CodeNsPerByte: 0.05, DecodeNsPerByte: 2, RejectNsPerByte: 0.5, CopyNsPerByte: 0.1,
		RSEncodeNsPerByte: 0.5, RSReconstructNsPerByte: 0.5, VerifyNsPerByte: 20, Kernel: "fixed"}
}

// Hash returns the cost of hashing n bytes.
func (c Costs) Hash(n int) time.Duration { return time.Duration(c.HashNsPerByte * float64(n)) }

// Code returns the cost of one encoded or recoded packet from k chunks of s bytes.
func (c Costs) Code(k, s int) time.Duration {
	return time.Duration(c.CodeNsPerByte * float64(k) * float64(s))
}

// Decode returns the cost of decoding a whole message of n bytes.
func (c Costs) Decode(n int) time.Duration { return time.Duration(c.DecodeNsPerByte * float64(n)) }

func (c Costs) String() string {
	return fmt.Sprintf("sha256 %.2f ns/B, ed25519 verify %v sign %v, rlnc code %.3f ns/B (kernel %s), "+
		"rlnc decode %.2f ns/B, reject %.2f ns/B, copy %.3f ns/B, rs encode %.2f / reconstruct %.2f ns/B, verify %.1f ns/B",
		c.HashNsPerByte, c.SigVerify, c.SigSign, c.CodeNsPerByte, c.Kernel, c.DecodeNsPerByte, c.RejectNsPerByte,
		c.CopyNsPerByte, c.RSEncodeNsPerByte, c.RSReconstructNsPerByte, c.VerifyNsPerByte)
}

// engine converts an Engine's counted work into processing time. Payload bytes
// are multiplied by scale (see Weft.Scale); coefficient-space work is not.
func (c Costs) engine(d core.Costs, scale int) time.Duration {
	s := float64(scale)
	b := func(op core.Op) float64 { return float64(d.Bytes[op]) }
	ns := (b(core.OpEncode)+b(core.OpRecode)+b(core.OpDecodeSolve))*c.CodeNsPerByte*s +
		b(core.OpReject)*c.RejectNsPerByte +
		(b(core.OpDecodeAdd)+b(core.OpCopy))*c.CopyNsPerByte*s +
		b(core.OpHash)*c.HashNsPerByte*s +
		b(core.OpVerifyChunk)*c.VerifyNsPerByte*s +
		b(core.OpRSEncode)*c.RSEncodeNsPerByte*s +
		b(core.OpRSReconstruct)*c.RSReconstructNsPerByte*s +
		float64(d.Count[core.OpSign])*float64(c.SigSign) +
		float64(d.Count[core.OpVerifySig])*float64(c.SigVerify)
	return time.Duration(ns)
}

// measure returns the mean duration of f over enough runs to take about 50 ms.
func measure(f func()) time.Duration {
	f()
	n := 1
	for {
		start := time.Now()
		for i := 0; i < n; i++ {
			f()
		}
		el := time.Since(start)
		if el > 50*time.Millisecond || n >= 1<<20 {
			return el / time.Duration(n)
		}
		n *= 2
	}
}

// Calibrate measures Costs on this machine with the real primitives: SHA-256, Ed25519,
// and the rlnc codec (encode at k=32, 16 KiB chunks; decode of a 1 MiB generation).
func Calibrate() (Costs, error) {
	var c Costs
	buf := make([]byte, 1<<20)
	c.HashNsPerByte = float64(measure(func() { sha256.Sum256(buf) })) / float64(len(buf))
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		return c, err
	}
	msg := []byte("weft calibration")
	sig := ed25519.Sign(priv, msg)
	c.SigSign = measure(func() { ed25519.Sign(priv, msg) })
	c.SigVerify = measure(func() { ed25519.Verify(pub, msg, sig) })

	const k, s = 32, 16 << 10
	src := make([][]byte, k)
	rnd := rlnc.NewRand(1)
	for i := range src {
		src[i] = make([]byte, s)
		rnd.Fill(src[i])
	}
	enc, err := rlnc.NewEncoder(k, s)
	if err != nil {
		return c, err
	}
	c.Kernel = enc.Kernel()
	if err := enc.SetSource(0, src); err != nil {
		return c, err
	}
	p := &rlnc.Packet{Payload: make([]byte, s), Coeffs: make([]byte, k)}
	seed := uint32(0)
	c.CodeNsPerByte = float64(measure(func() { seed++; _ = enc.Seeded(seed, p) })) / float64(k*s)

	pkts := make([]*rlnc.Packet, k)
	for i := range pkts {
		pkts[i] = &rlnc.Packet{Payload: make([]byte, s)}
		_ = enc.Seeded(uint32(1000+i), pkts[i])
	}
	dec, err := rlnc.NewDecoder(k, s)
	if err != nil {
		return c, err
	}
	// Keep only innovative packets, so every timed decode reaches full rank.
	pkts = pkts[:0]
	for i := 0; !dec.Done(); i++ {
		p := &rlnc.Packet{Payload: make([]byte, s)}
		_ = enc.Seeded(uint32(1000+i), p)
		if ok, _ := dec.Add(p); ok {
			pkts = append(pkts, p)
		}
	}
	rp := &rlnc.Packet{Payload: make([]byte, s), Coeffs: make([]byte, k)}
	_ = dec.Recode(rnd, rp)
	c.RejectNsPerByte = float64(measure(func() { _, _ = dec.Add(rp) })) / float64(k*k)
	c.CopyNsPerByte = float64(measure(func() { copy(buf, buf[len(buf)/2:]) })) / float64(len(buf)/2)
	c.DecodeNsPerByte = float64(measure(func() {
		dec.Reset(0)
		for _, p := range pkts {
			_, _ = dec.Add(p)
		}
		_, _ = dec.Decode()
	})) / float64(k*s)

	rs, err := reedsolomon.New(k, k, reedsolomon.WithMaxGoroutines(1))
	if err != nil {
		return c, err
	}
	shards := append(append([][]byte{}, src...), make([][]byte, k)...)
	for i := k; i < 2*k; i++ {
		shards[i] = make([]byte, s)
	}
	c.RSEncodeNsPerByte = float64(measure(func() { _ = rs.Encode(shards) })) / float64(k*s)
	c.RSReconstructNsPerByte = float64(measure(func() {
		for i := 0; i < k/2; i++ {
			shards[i] = shards[i][:0]
		}
		_ = rs.ReconstructData(shards)
	})) / float64(k*s)
	// The verified codec's per-chunk cost is measured with its own benchmarks
	// (docs/benchmarks.md); until the simulator calibrates it here it uses the
	// measured figure for 2 MiB messages.
	c.VerifyNsPerByte = FixedCosts().VerifyNsPerByte
	return c, nil
}
