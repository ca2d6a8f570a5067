package harness

import (
	"time"

	"github.com/weftnet/weft/core/report"
)

// Result, Ideal and Report are the shared report shape (core/report): the
// simulator's columns. Bytes here are counted on each node's socket (QUIC packets),
// so they include transport overhead the simulator leaves out.
type (
	Result = report.Result
	Ideal  = report.Ideal
	Report = report.Report
)

// Format renders a report as a plain table, the ideal bound above each size.
func Format(rep *Report) string { return report.Format(rep) }

func bytesPerSec(mbps float64) float64 { return mbps * 1e6 / 8 }

// idealTimes is the simulator's bound (report.IdealTimes) on this network.
func idealTimes(c *Config, p, size int) []float64 {
	l := report.Links{Peers: c.Peers, Up: make([]float64, c.Nodes), Down: make([]float64, c.Nodes),
		EdgeLatency: func(i, k int) time.Duration { return c.Latency(i, c.Peers[i][k]) }}
	for v := range c.Nodes {
		l.Up[v], l.Down[v] = bytesPerSec(c.UpMbps[v]), bytesPerSec(c.DownMbps[v])
	}
	return report.IdealTimes(l, p, size, func(int) bool { return true })
}
