package weft

import (
	"errors"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/weftnet/weft/core"
)

// Stats are a PubSub's running totals since New. Frame bytes exclude the length
// prefix.
type Stats struct {
	FramesIn, FramesOut int64
	BytesIn, BytesOut   int64
	// ChunksIn counts chunk frames processed; UsefulChunks those that added rank.
	ChunksIn, UsefulChunks int64
	// UselessChunkBytes are the bytes of chunk frames that added nothing.
	UselessChunkBytes int64
	Delivered         int64
	// Rejected counts frames the engine refused; Penalties the penalties it gave.
	Rejected, Penalties int64
	// Oversized counts streams reset for a frame above the cap.
	Oversized int64
	// ValidationRejected counts messages a topic validator refused.
	ValidationRejected int64
}

type stats struct {
	framesIn, framesOut, bytesIn, bytesOut atomic.Int64
	chunksIn, useful, uselessBytes         atomic.Int64
	delivered, rejected, penalties         atomic.Int64
	oversized, valRejected                 atomic.Int64
}

func (s *stats) snapshot() Stats {
	return Stats{
		FramesIn: s.framesIn.Load(), FramesOut: s.framesOut.Load(),
		BytesIn: s.bytesIn.Load(), BytesOut: s.bytesOut.Load(),
		ChunksIn: s.chunksIn.Load(), UsefulChunks: s.useful.Load(), UselessChunkBytes: s.uselessBytes.Load(),
		Delivered: s.delivered.Load(), Rejected: s.rejected.Load(), Penalties: s.penalties.Load(),
		Oversized: s.oversized.Load(), ValidationRejected: s.valRejected.Load(),
	}
}

// metrics are the Prometheus collectors of one PubSub.
type metrics struct {
	chunks      *prometheus.CounterVec // useful=true|false
	chunkBytes  *prometheus.CounterVec
	framesSent  *prometheus.CounterVec // type
	bytesSent   *prometheus.CounterVec
	innovative  prometheus.GaugeFunc
	decode      prometheus.Histogram
	penalties   prometheus.Counter
	rejected    prometheus.Counter
	delivered   prometheus.Counter
	sessions    prometheus.Gauge
	useful, all atomic.Int64
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		chunks: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "weft", Name: "chunks_received_total",
			Help: "Chunk frames received, by whether they added rank."}, []string{"useful"}),
		chunkBytes: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "weft", Name: "chunk_bytes_received_total",
			Help: "Bytes of chunk frames received, by whether they added rank."}, []string{"useful"}),
		framesSent: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "weft", Name: "frames_sent_total",
			Help: "Frames queued for peers, by frame type."}, []string{"type"}),
		bytesSent: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "weft", Name: "bytes_sent_total",
			Help: "Frame bytes queued for peers, by frame type."}, []string{"type"}),
		decode: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "weft", Name: "decode_latency_seconds",
			Help:    "Time from a session's first header to the decoded message.",
			Buckets: prometheus.ExponentialBuckets(0.005, 2, 14)}),
		penalties: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "weft", Name: "penalty_points_total",
			Help: "Penalty points given to peers."}),
		rejected: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "weft", Name: "frames_rejected_total",
			Help: "Frames the engine refused."}),
		delivered: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "weft", Name: "messages_delivered_total",
			Help: "Messages decoded and checked."}),
		sessions: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "weft", Name: "sessions_open",
			Help: "Open sessions."}),
	}
	m.innovative = prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: "weft", Name: "innovative_ratio",
		Help: "Share of received chunks that added rank, since start."}, func() float64 {
		if a := m.all.Load(); a > 0 {
			return float64(m.useful.Load()) / float64(a)
		}
		return 1
	})
	var err error
	if m.chunks, err = register(reg, m.chunks); err != nil {
		return nil, err
	}
	if m.chunkBytes, err = register(reg, m.chunkBytes); err != nil {
		return nil, err
	}
	if m.framesSent, err = register(reg, m.framesSent); err != nil {
		return nil, err
	}
	if m.bytesSent, err = register(reg, m.bytesSent); err != nil {
		return nil, err
	}
	if _, err = register(reg, m.innovative); err != nil {
		return nil, err
	}
	if m.decode, err = register(reg, m.decode); err != nil {
		return nil, err
	}
	if m.penalties, err = register(reg, m.penalties); err != nil {
		return nil, err
	}
	if m.rejected, err = register(reg, m.rejected); err != nil {
		return nil, err
	}
	if m.delivered, err = register(reg, m.delivered); err != nil {
		return nil, err
	}
	if m.sessions, err = register(reg, m.sessions); err != nil {
		return nil, err
	}
	return m, nil
}

// tracer is the core.Tracer of a PubSub: its Stats, its metrics (optional) and
// the user's tracer (optional). It runs on the engine goroutine only.
type tracer struct {
	st     *stats
	m      *metrics
	user   core.Tracer
	opened map[core.MessageID]time.Time
}

var _ core.Tracer = (*tracer)(nil)

func (t *tracer) SessionOpened(id core.MessageID, s core.StrategyID, from core.PeerID, size int) {
	if from != 0 {
		t.opened[id] = time.Now()
	}
	if t.m != nil {
		t.m.sessions.Inc()
	}
	if t.user != nil {
		t.user.SessionOpened(id, s, from, size)
	}
}

func (t *tracer) SessionClosed(id core.MessageID, reason string) {
	delete(t.opened, id)
	if t.m != nil {
		t.m.sessions.Dec()
	}
	if t.user != nil {
		t.user.SessionClosed(id, reason)
	}
}

func (t *tracer) FrameSent(to core.PeerID, ft core.FrameType, id core.MessageID, n int) {
	if t.m != nil {
		t.m.framesSent.WithLabelValues(ft.String()).Inc()
		t.m.bytesSent.WithLabelValues(ft.String()).Add(float64(n))
	}
	if t.user != nil {
		t.user.FrameSent(to, ft, id, n)
	}
}

func (t *tracer) ChunkReceived(from core.PeerID, id core.MessageID, n int, useful bool) {
	t.st.chunksIn.Add(1)
	if useful {
		t.st.useful.Add(1)
	} else {
		t.st.uselessBytes.Add(int64(n))
	}
	if t.m != nil {
		l := "false"
		t.m.all.Add(1)
		if useful {
			l = "true"
			t.m.useful.Add(1)
		}
		t.m.chunks.WithLabelValues(l).Inc()
		t.m.chunkBytes.WithLabelValues(l).Add(float64(n))
	}
	if t.user != nil {
		t.user.ChunkReceived(from, id, n, useful)
	}
}

func (t *tracer) FrameRejected(from core.PeerID, err error) {
	t.st.rejected.Add(1)
	if t.m != nil {
		t.m.rejected.Inc()
	}
	if t.user != nil {
		t.user.FrameRejected(from, err)
	}
}

func (t *tracer) Delivered(id core.MessageID, size int) {
	t.st.delivered.Add(1)
	if t.m != nil {
		t.m.delivered.Inc()
		if at, ok := t.opened[id]; ok {
			t.m.decode.Observe(time.Since(at).Seconds())
		}
	}
	delete(t.opened, id)
	if t.user != nil {
		t.user.Delivered(id, size)
	}
}

func (t *tracer) Penalized(p core.PeerID, points, total int, err error) {
	t.st.penalties.Add(1)
	if t.m != nil {
		t.m.penalties.Add(float64(points))
	}
	if t.user != nil {
		t.user.Penalized(p, points, total, err)
	}
}

// register registers c, or returns the collector already registered under its
// name, so several PubSubs on one registry share their series.
func register[T prometheus.Collector](reg prometheus.Registerer, c T) (T, error) {
	err := reg.Register(c)
	if err == nil {
		return c, nil
	}
	var are prometheus.AlreadyRegisteredError
	if errors.As(err, &are) {
		if ex, ok := are.ExistingCollector.(T); ok {
			return ex, nil
		}
	}
	return c, err
}
