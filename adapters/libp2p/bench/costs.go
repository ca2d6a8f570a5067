package bench

import (
	"crypto/ed25519"
	"crypto/sha256"
	"fmt"
	"time"

	"github.com/weftnet/weft/core"
	"github.com/weftnet/weft/rlnc"
)

// Costs are the processing times charged in virtual time, field for field the
// simulator's (testnet/sim.Costs), so the root command can pass its calibration
// through unchanged.
type Costs struct {
	// HashNsPerByte is SHA-256 over message bytes.
	HashNsPerByte float64
	// SigVerify and SigSign are one Ed25519 operation.
	SigVerify, SigSign time.Duration
	// CodeNsPerByte is GF(2^8) multiply-accumulate per input byte.
	CodeNsPerByte float64
	// DecodeNsPerByte is a whole-generation decode per message byte, at k=32.
	DecodeNsPerByte float64
	// RejectNsPerByte is coefficient-space work per byte of k·k.
	RejectNsPerByte float64
	// CopyNsPerByte is a memory copy.
	CopyNsPerByte float64
	// RSEncodeNsPerByte and RSReconstructNsPerByte are Reed-Solomon per data byte.
	RSEncodeNsPerByte, RSReconstructNsPerByte float64
	// VerifyNsPerByte is the verified codec's per-chunk check per chunk byte.
	VerifyNsPerByte float64
	// Kernel names the GF(2^8) kernel the codec figures were measured with.
	Kernel string
}

// FixedCosts are the simulator's round figures.
func FixedCosts() Costs {
	return Costs{HashNsPerByte: 2, SigVerify: 50 * time.Microsecond, SigSign: 20 * time.Microsecond,
		CodeNsPerByte: 0.05, DecodeNsPerByte: 2, RejectNsPerByte: 0.5, CopyNsPerByte: 0.1,
		RSEncodeNsPerByte: 0.5, RSReconstructNsPerByte: 0.5, VerifyNsPerByte: 20, Kernel: "fixed"}
}

// Hash returns the cost of hashing n bytes.
func (c Costs) Hash(n int) time.Duration { return time.Duration(c.HashNsPerByte * float64(n)) }

// Engine converts an engine's counted work into processing time, as the
// simulator does for its weft nodes.
func (c Costs) Engine(d core.Costs) time.Duration {
	b := func(op core.Op) float64 { return float64(d.Bytes[op]) }
	ns := (b(core.OpEncode)+b(core.OpRecode)+b(core.OpDecodeSolve))*c.CodeNsPerByte +
		b(core.OpReject)*c.RejectNsPerByte +
		(b(core.OpDecodeAdd)+b(core.OpCopy))*c.CopyNsPerByte +
		b(core.OpHash)*c.HashNsPerByte +
		b(core.OpVerifyChunk)*c.VerifyNsPerByte +
		b(core.OpRSEncode)*c.RSEncodeNsPerByte +
		b(core.OpRSReconstruct)*c.RSReconstructNsPerByte +
		float64(d.Count[core.OpSign])*float64(c.SigSign) +
		float64(d.Count[core.OpVerifySig])*float64(c.SigVerify)
	return time.Duration(ns)
}

func (c Costs) String() string {
	return fmt.Sprintf("sha256 %.2f ns/B, ed25519 verify %v sign %v, rlnc code %.3f ns/B (kernel %s), "+
		"rlnc decode %.2f ns/B, reject %.2f ns/B, copy %.3f ns/B, rs encode %.2f / reconstruct %.2f ns/B, verify %.1f ns/B",
		c.HashNsPerByte, c.SigVerify, c.SigSign, c.CodeNsPerByte, c.Kernel, c.DecodeNsPerByte, c.RejectNsPerByte,
		c.CopyNsPerByte, c.RSEncodeNsPerByte, c.RSReconstructNsPerByte, c.VerifyNsPerByte)
}

func measure(f func()) time.Duration {
	f()
	n := 1
	for {
		start := time.Now()
		for range n {
			f()
		}
		el := time.Since(start)
		if el > 50*time.Millisecond || n >= 1<<20 {
			return el / time.Duration(n)
		}
		n *= 2
	}
}

// Calibrate measures Costs on this machine with the real primitives (SHA-256,
// Ed25519, the rlnc codec at k=32 with 16 KiB chunks), as the simulator's
// Calibrate does; Reed-Solomon and verified-codec figures keep FixedCosts'.
// Call it outside a synctest bubble: inside one the clock does not move.
func Calibrate() (Costs, error) {
	c := FixedCosts()
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
	dec, err := rlnc.NewDecoder(k, s)
	if err != nil {
		return c, err
	}
	var pkts []*rlnc.Packet
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
	return c, nil
}
