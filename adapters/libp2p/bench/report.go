package bench

import "github.com/weftnet/weft/adapters/libp2p/internal/harness"

// Result is one protocol at one size, pooled over the publishers; its JSON is the
// simulator's (testnet/sim.Result). Times are from the publish moment; ratios are
// bytes divided by the message size. Bytes are counted on the simulated wire
// (QUIC packets), so they include transport overhead the simulator leaves out.
type Result = harness.Result

// Ideal is the lower bound for a size (testnet/sim.Ideal).
type Ideal = harness.Ideal

// Report is a whole run (testnet/sim.Report).
type Report = harness.Report

// Format renders a report as a plain table, the ideal bound above each size.
func Format(rep *Report) string { return harness.Format(rep) }
