package weftprysm

import (
	"github.com/prometheus/client_golang/prometheus"
)

type metrics struct {
	published    *prometheus.CounterVec
	delivered    *prometheus.CounterVec
	penalties    *prometheus.CounterVec
	rejected     prometheus.Counter
	importErrors prometheus.Counter
	held         prometheus.Counter
	released     prometheus.Counter
	heldDropped  prometheus.Counter
}

// newMetrics builds the Service's metrics and registers them with r (nil: not
// registered).
func newMetrics(r prometheus.Registerer) *metrics {
	m := &metrics{
		published: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "weft", Name: "prysm_published_total",
			Help: "Beacon objects this node published through weft, by kind."}, []string{"kind"}),
		delivered: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "weft", Name: "prysm_delivered_total",
			Help: "Beacon objects received through weft, by kind and whether weft brought them first."}, []string{"kind", "first"}),
		penalties: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "weft", Name: "prysm_penalties_total",
			Help: "Penalties charged to weft peers, by reason."}, []string{"reason"}),
		rejected: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "weft", Name: "prysm_rejected_total",
			Help: "Decoded messages that did not match their signed header."}),
		importErrors: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "weft", Name: "prysm_import_errors_total",
			Help: "Blocks the node's import path refused: received through weft, or proposed here and imported ahead of a held publish."}),
		held: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "weft", Name: "prysm_headers_held_total",
			Help: "Block session headers held because their parent was not imported yet."}),
		released: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "weft", Name: "prysm_headers_released_total",
			Help: "Held block session headers released to the engine once their parent was known."}),
		heldDropped: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "weft", Name: "prysm_held_frames_dropped_total",
			Help: "Frames of held sessions dropped for the holding bounds."}),
	}
	if r != nil {
		for _, c := range []prometheus.Collector{m.published, m.delivered, m.penalties, m.rejected, m.importErrors, m.held, m.released, m.heldDropped} {
			_ = r.Register(c)
		}
	}
	return m
}
