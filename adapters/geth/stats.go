package weftgeth

import (
	"sync/atomic"

	"github.com/ethereum/go-ethereum/metrics"
)

// counter is an atomic count, mirrored into go-ethereum's metrics registry when
// Config.Metrics is set.
type counter struct {
	v atomic.Int64
	m *metrics.Counter
}

func (c *counter) inc() { c.add(1) }

func (c *counter) add(n int64) {
	c.v.Add(n)
	if c.m != nil {
		c.m.Inc(n)
	}
}

type stats struct {
	peers atomic.Int64

	framesIn, framesOut, bytesIn, bytesOut, badFrames        counter
	penalties, disconnects, dropped                          counter
	blocksPublished, blocksImported, blocksKnown, blocksHeld counter
	blocksRejected, catchUps                                 counter
	txsPublished, txsImported, txsKnown, txsRefused          counter
	txsRejected                                              counter
}

func (st *stats) init(register bool) {
	if !register {
		return
	}
	for name, c := range map[string]*counter{
		"weft/frames/in": &st.framesIn, "weft/frames/out": &st.framesOut,
		"weft/bytes/in": &st.bytesIn, "weft/bytes/out": &st.bytesOut, "weft/frames/bad": &st.badFrames,
		"weft/penalty/points": &st.penalties, "weft/penalty/disconnects": &st.disconnects,
		"weft/queue/dropped": &st.dropped, "weft/blocks/published": &st.blocksPublished,
		"weft/blocks/imported": &st.blocksImported, "weft/blocks/known": &st.blocksKnown,
		"weft/blocks/held": &st.blocksHeld, "weft/blocks/rejected": &st.blocksRejected,
		"weft/blocks/catchups": &st.catchUps, "weft/txs/published": &st.txsPublished,
		"weft/txs/imported": &st.txsImported, "weft/txs/known": &st.txsKnown,
		"weft/txs/refused": &st.txsRefused, "weft/txs/rejected": &st.txsRejected,
	} {
		c.m = metrics.GetOrRegisterCounter(name, metrics.DefaultRegistry)
	}
}

// Stats is a snapshot of a Service's counters.
type Stats struct {
	Peers                                        int64
	FramesIn, FramesOut, BytesIn, BytesOut       int64
	BadFrames, PenaltyPoints, Disconnects        int64
	Dropped                                      int64
	BlocksPublished, BlocksImported, BlocksKnown int64
	BlocksHeld, BlocksRejected, CatchUps         int64
	TxsPublished, TxsImported, TxsKnown          int64
	TxsRefused, TxsRejected                      int64
}

// Stats returns the Service's counters.
func (s *Service) Stats() Stats {
	st := &s.st
	return Stats{Peers: st.peers.Load(),
		FramesIn: st.framesIn.v.Load(), FramesOut: st.framesOut.v.Load(), BytesIn: st.bytesIn.v.Load(), BytesOut: st.bytesOut.v.Load(),
		BadFrames: st.badFrames.v.Load(), PenaltyPoints: st.penalties.v.Load(), Disconnects: st.disconnects.v.Load(),
		Dropped: st.dropped.v.Load(), BlocksPublished: st.blocksPublished.v.Load(), BlocksImported: st.blocksImported.v.Load(),
		BlocksKnown: st.blocksKnown.v.Load(), BlocksHeld: st.blocksHeld.v.Load(), BlocksRejected: st.blocksRejected.v.Load(),
		CatchUps: st.catchUps.v.Load(), TxsPublished: st.txsPublished.v.Load(), TxsImported: st.txsImported.v.Load(),
		TxsKnown: st.txsKnown.v.Load(), TxsRefused: st.txsRefused.v.Load(), TxsRejected: st.txsRejected.v.Load()}
}
