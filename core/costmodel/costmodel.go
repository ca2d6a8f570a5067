// Package costmodel turns the work an Engine counts (core.Costs) into processing
// time, so that virtual-time harnesses — the simulator and the real-code libp2p
// harness — never treat CPU work as free. Calibrate measures every op with the
// real primitives on this machine; Fixed gives round figures for tests.
//
//	m, _ := costmodel.Calibrate()
//	before := eng.Costs()
//	_ = eng.Step(now, from, frame)
//	busy := m.Duration(eng.Costs().Sub(before), 1)
//
// The model lives beside the ops it prices so that a new op cannot be added
// without a price: TestEveryOpPriced fails until Calibrate and Fixed know it.
package costmodel

import (
	"fmt"
	"strings"
	"time"

	"github.com/weftnet/weft/core"
)

// Model is the price of each op: nanoseconds per counted byte (PerByte) plus a
// fixed cost per occurrence (PerOp).
type Model struct {
	PerByte [core.NumOps]float64
	PerOp   [core.NumOps]time.Duration
	// Kernel names the GF(2^8) kernel the codec figures were measured with.
	Kernel string
}

// coefficientOps are ops whose bytes do not grow with the payload (coefficient
// space), so payload scaling leaves them alone.
var coefficientOps = [core.NumOps]bool{core.OpReject: true}

// Duration prices counted work. scale multiplies payload-proportional bytes, for
// harnesses that run engines on payloads scaled down by that factor.
func (m *Model) Duration(c core.Costs, scale int) time.Duration {
	s := float64(max(1, scale))
	ns := 0.0
	for op := range core.NumOps {
		b := float64(c.Bytes[op])
		if !coefficientOps[op] {
			b *= s
		}
		ns += b*m.PerByte[op] + float64(c.Count[op])*float64(m.PerOp[op])
	}
	return time.Duration(ns)
}

// Op prices n bytes of one op, for models that are not Engines (gossipsub's
// validation: OpHash and OpVerifySig).
func (m *Model) Op(op core.Op, n int) time.Duration {
	return time.Duration(float64(n)*m.PerByte[op]) + m.PerOp[op]
}

// Fixed returns round figures, for tests and for results that must not depend on
// the machine.
func Fixed() Model {
	var m Model
	m.Kernel = "fixed"
	set := func(op core.Op, perByte float64, perOp time.Duration) { m.PerByte[op], m.PerOp[op] = perByte, perOp }
	set(core.OpEncode, 0.05, 0)
	set(core.OpRecode, 0.05, 0)
	set(core.OpDecodeAdd, 0.1, 0)
	set(core.OpDecodeSolve, 0.05, 0)
	set(core.OpReject, 0.5, 0)
	set(core.OpHash, 2, 0)
	set(core.OpSign, 0, 20*time.Microsecond)
	set(core.OpVerifySig, 0, 50*time.Microsecond)
	set(core.OpVerifyChunk, 20, 0)
	set(core.OpRSEncode, 0.5, 0)
	set(core.OpRSReconstruct, 0.5, 0)
	set(core.OpCopy, 0.1, 0)
	set(core.OpVCommit, 40, 0)
	set(core.OpVEncode, 2, 0)
	set(core.OpVRecode, 2, 0)
	set(core.OpVDecode, 1, 0)
	return m
}

func (m *Model) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "kernel %s;", m.Kernel)
	for op := range core.NumOps {
		if m.PerOp[op] > 0 {
			fmt.Fprintf(&b, " %s %v", op, m.PerOp[op])
		}
		if m.PerByte[op] > 0 {
			fmt.Fprintf(&b, " %s %.3g ns/B", op, m.PerByte[op])
		}
		if op < core.NumOps-1 {
			b.WriteByte(',')
		}
	}
	return b.String()
}
